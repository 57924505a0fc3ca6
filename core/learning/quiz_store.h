// Quizzes in the cache (schema step quiz.1, quiz_cache_schema.cpp): the learner view fetched
// from GET /quizzes (never a key: the server does not send one), this learner's attempts, and an
// attempt queued in the outbox (quiz.attempt) in the same transaction as its local row. Offline,
// the attempt waits in the outbox; its grade is fetched once it was sent. Runs on the cache
// worker.
#pragma once

#include "cache/cache_views.h"
#include "domain/result.h"
#include "learning/quiz_domain.h"

#include <QHash>
#include <optional>

namespace lyceum {

class CacheDatabase;

struct QuizAttemptView {
    QString id;
    bool graded = false;
    quiz::Grade grade;                  // graded only
    QJsonObject answers;                // as sent
    std::optional<OutboxState> pending; // still in the outbox
    QString failure;                    // why the server refused it (pending == Failed)
    qint64 submittedAt = 0;
};

struct LessonQuiz {
    quiz::Quiz quiz; // questions and choices only
    bool locked = false;
    int questionCount = 0;
    QVector<QuizAttemptView> attempts; // oldest first
    bool passed() const;
    int bestPercent() const; // -1: no graded attempt
    // Attempts the user may still start (queued ones count); -1: unlimited.
    int attemptsLeft() const;
    const QuizAttemptView *latestGraded() const;
};

// A course's quizzes as the course page and the library show them.
struct CourseQuizzes {
    int total = 0;
    int passed = 0;
    int bestPercentSum = 0; // over the quizzes with a graded attempt
    int graded = 0;         // quizzes with a graded attempt
    int left() const { return total - passed; }
};

namespace quizstore {

// The learner view from the server; validates it (a hostile server's answer is capped).
std::optional<quiz::Quiz> quizFromLearnerJson(const QJsonObject &json);

// Stores GET /quizzes' answer: the quizzes of courseId (every course when empty) are replaced,
// the graded attempts replaced by the server's, and queued attempts no longer in the outbox
// (sent or discarded) dropped.
bool storeFetched(CacheDatabase &db, const QJsonObject &answer, const QString &courseId,
                  QString *error);
std::optional<LessonQuiz> lessonQuiz(CacheDatabase &db, const QString &lessonId);
std::optional<LessonQuiz> quizById(CacheDatabase &db, const QString &quizId);
// Per course id, for every course with quizzes; per lesson id the lesson's quiz state.
QHash<QString, CourseQuizzes> courseSummaries(CacheDatabase &db);
QHash<QString, LessonQuiz> quizzesOfCourse(CacheDatabase &db, const QString &courseId);
// Whether an attempt of this user is still in the outbox.
bool hasQueuedAttempts(CacheDatabase &db);

// mutations::kQuizAttempt: checked against the cached questions (unknown questions, kinds,
// choices, lengths) and the attempts left, then queued. Validation errors name the problem.
Status queueAttempt(CacheDatabase &db, const QString &quizId, const QJsonObject &answers,
                    const QString &attemptId, qint64 now);

} // namespace quizstore
} // namespace lyceum
