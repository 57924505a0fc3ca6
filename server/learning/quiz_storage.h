// Quizzes in the server database (schema step quiz.1, quiz_schema.cpp): the definitions with
// their keys, and learners' graded attempts. Runs its statements on the Storage's own connection
// (so inside the transaction of the mutation or request that uses it); nothing here is written
// to the changes log. Throws StorageError like Storage does.
#pragma once

#include "learning/quiz_domain.h"

#include <QHash>
#include <optional>

class QSqlQuery;

namespace lyceum::server {

class Storage;
class SqlStorage;

struct QuizAttemptRow {
    QString id;
    QString quizId;
    QString userId;
    QJsonObject answers;
    quiz::Grade grade;
};

class QuizStorage {
public:
    explicit QuizStorage(Storage &storage);

    std::optional<quiz::Quiz> quizById(const QString &id);
    std::optional<quiz::Quiz> quizOfLesson(const QString &lessonId);
    QVector<quiz::Quiz> quizzesOfCourse(const QString &courseId);
    void putQuiz(const quiz::Quiz &quiz, const QString &authorId);
    void deleteQuiz(const QString &id);

    int attemptCount(const QString &quizId, const QString &userId);
    std::optional<QuizAttemptRow> attemptById(const QString &id);
    void insertAttempt(const QuizAttemptRow &attempt);
    // The user's attempts on a quiz, oldest first.
    QVector<quiz::Grade> gradesOf(const QString &quizId, const QString &userId);
    // Every attempt on a quiz (the creator's figures).
    QVector<QuizAttemptRow> attemptsOn(const QString &quizId);
    // Per quiz of the course: whether the user passed it at least once.
    QHash<QString, bool> passedIn(const QString &courseId, const QString &userId);

private:
    QSqlQuery query(const QString &sql, std::initializer_list<QVariant> values);
    QVector<quiz::Quiz> quizzesWhere(const QString &where, const QVariant &value);

    SqlStorage &m_sql;
};

// Certificates' rule (issue 23): every quiz of the course passed by that user at least once;
// true for a course without quizzes.
bool quizzesPassed(Storage &storage, const QString &userId, const QString &courseId);

} // namespace lyceum::server
