// The server schema step "quiz.1": quizzes with their answer keys, and learners' attempts
// (docs/protocol.md, "Quizzes"). Neither table is ever written to the changes log: the key and
// the explanations stay here until a learner has submitted.
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaQuiz1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);

bool serverSchemaQuiz1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // quizzes: one row per quiz, keyed by id ("qz-<lesson id>"); one quiz per lesson.
            // definition is the author's JSON (quiz_domain.h authorJson): questions, choices,
            // the key and the explanations.
            "CREATE TABLE quizzes (id ${text} PRIMARY KEY, lesson_id ${text} NOT NULL UNIQUE,"
            " course_id ${text} NOT NULL, pass_mark ${bigint} NOT NULL,"
            " attempts_allowed ${bigint} NOT NULL, definition ${text} NOT NULL,"
            " author_id ${text} NOT NULL, updated_at ${bigint} NOT NULL)",
            "CREATE INDEX quizzes_by_course ON quizzes(course_id)",
            // quiz_attempts: one row per graded attempt, keyed by the learner's attempt id.
            // answers: the answers as sent (JSON object); grade: the grade sent back (JSON,
            // gradeToJson) with per question right/wrong and the explanation.
            "CREATE TABLE quiz_attempts (id ${text} PRIMARY KEY, quiz_id ${text} NOT NULL,"
            " user_id ${text} NOT NULL, score ${bigint} NOT NULL, max_score ${bigint} NOT NULL,"
            " passed ${bool} NOT NULL, answers ${text} NOT NULL, grade ${text} NOT NULL,"
            " created_at ${bigint} NOT NULL)",
            "CREATE INDEX quiz_attempts_by_user ON quiz_attempts(quiz_id, user_id)",
        },
        error);
}

} // namespace lyceum::server
