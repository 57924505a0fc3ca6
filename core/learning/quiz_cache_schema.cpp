// The cache schema step "quiz.1": quizzes as a learner may hold them (questions and choices only:
// the server never sends the key) and this learner's attempts, queued or graded.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaQuiz1(QSqlDatabase &db, QString *error);

bool cacheSchemaQuiz1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // quizzes: one row per quiz of a course the user may see. Key: id ("qz-<lesson id>").
        // questions: the learner view's JSON array [{id, kind, text, choices}] ('[]' when
        // locked: the lesson is not readable yet); question_count counts them even then.
        QStringLiteral("CREATE TABLE quizzes (id TEXT PRIMARY KEY, lesson_id TEXT NOT NULL, "
                       "course_id TEXT NOT NULL, pass_mark INTEGER NOT NULL, "
                       "attempts_allowed INTEGER NOT NULL, question_count INTEGER NOT NULL, "
                       "locked INTEGER NOT NULL, questions TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX quizzes_by_course ON quizzes(course_id)"),
        QStringLiteral("CREATE INDEX quizzes_by_lesson ON quizzes(lesson_id)"),
        // quiz_attempts: this user's attempts. Key: the attempt id chosen here (the outbox
        // row's entity id). graded 0: queued in the outbox, not graded yet (score, max and
        // passed 0, grade '{}'); graded 1: the server's grade (gradeToJson, explanations
        // included), as fetched after submitting.
        QStringLiteral("CREATE TABLE quiz_attempts (id TEXT PRIMARY KEY, quiz_id TEXT NOT NULL, "
                       "answers TEXT NOT NULL, graded INTEGER NOT NULL, score INTEGER NOT NULL, "
                       "max_score INTEGER NOT NULL, passed INTEGER NOT NULL, grade TEXT NOT NULL, "
                       "submitted_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX quiz_attempts_by_quiz ON quiz_attempts(quiz_id)"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum
