// Quizzes for the client (docs/architecture.md, "Learning: quizzes"): the learner view and this
// learner's grades fetched from GET /quizzes into the cache (quiz_store.h) after every pull and
// whenever an attempt was sent; attempts queued through the outbox (quiz.attempt), so they wait
// offline and are graded when they reach the server. Creators read their quiz with its key
// (GET /studio/quiz, online only), save it through the outbox (quiz.put) and read the figures
// (GET /studio/quiz-stats).
#pragma once

#include "api/api_error.h"
#include "learning/quiz_store.h"

#include <QObject>
#include <functional>

namespace lyceum {

class Client;
class SessionState;

class QuizService : public QObject {
    Q_OBJECT
public:
    // Made by the Client with itself as parent (client.cpp); of() finds it.
    QuizService(SessionState &session, Client *client);
    static QuizService &of(Client &client);

    // GET /quizzes[?course=ID] into the cache; emits quizzesChanged once stored.
    void refresh(const QString &courseId, QObject *context,
                 std::function<void(const ApiError &)> done = {});
    void fetchLessonQuiz(const QString &lessonId, QObject *context,
                         std::function<void(std::optional<LessonQuiz>)> done);
    void fetchQuiz(const QString &quizId, QObject *context,
                   std::function<void(std::optional<LessonQuiz>)> done);
    // Per lesson id, the course's quizzes with this learner's attempts.
    void fetchCourseQuizzes(const QString &courseId, QObject *context,
                            std::function<void(QHash<QString, LessonQuiz>)> done);
    // Per course id (course page badges, library rows).
    void fetchSummaries(QObject *context, std::function<void(QHash<QString, CourseQuizzes>)> done);
    // Queues an attempt (answers: quiz_domain.h's shape); done gets the attempt id, or the
    // reason it was not queued (Validation: unknown question, used attempts, ...).
    void submit(const QString &quizId, const QJsonObject &answers, QObject *context,
                std::function<void(const Status &, const QString &attemptId)> done);

    // --- creators ---------------------------------------------------------------------------
    // {quiz: authorJson | null}
    void fetchAuthorQuiz(const QString &lessonId, QObject *context,
                         std::function<void(const ApiError &, const QJsonObject &)> done);
    // quiz.put through the outbox: definition {pass_mark, attempts_allowed, questions}; checked
    // here with the server's rules first (done gets the Validation error).
    void saveQuiz(const QString &lessonId, const QJsonObject &definition, QObject *context,
                  std::function<void(const Status &)> done);
    void fetchStats(const QString &courseId, QObject *context,
                    std::function<void(const ApiError &, const QJsonObject &)> done);

Q_SIGNALS:
    void quizzesChanged();

private:
    SessionState &m_session;
    bool m_awaitingGrades = false;
};

} // namespace lyceum
