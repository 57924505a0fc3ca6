// The server schema step "assignments.1": assignments, submissions and their files
// (server/learning/assignment_storage.h, docs/protocol.md "Assignments").
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaAssignments1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // assignments: one row per lesson that asks for a submission, keyed by lesson_id.
            // rubric is a JSON array of {title, points}; file_kinds a JSON array of "image",
            // "pdf", "text"; reviewer_ids a JSON array of the user ids the creator named.
            "CREATE TABLE assignments (lesson_id ${text} PRIMARY KEY, course_id ${text} NOT NULL,"
            " instructions ${text} NOT NULL, rubric ${text} NOT NULL, allow_text ${bool} NOT NULL,"
            " allow_files ${bool} NOT NULL, file_kinds ${text} NOT NULL,"
            " max_file_bytes ${bigint} NOT NULL, max_files ${bigint} NOT NULL,"
            " resubmit ${bool} NOT NULL, reviewer_ids ${text} NOT NULL,"
            " updated_at ${bigint} NOT NULL)",
            "CREATE INDEX assignments_by_course ON assignments(course_id)",
            // assignment_submissions: one row per attempt, keyed by the id the learner's device
            // chose. status is submitted, accepted or needs_work; scores a JSON array of
            // points per rubric criterion (empty until reviewed); file_ids a JSON array.
            "CREATE TABLE assignment_submissions (id ${text} PRIMARY KEY,"
            " lesson_id ${text} NOT NULL, course_id ${text} NOT NULL, user_id ${text} NOT NULL,"
            " attempt ${bigint} NOT NULL, body ${text} NOT NULL, file_ids ${text} NOT NULL,"
            " status ${text} NOT NULL, scores ${text} NOT NULL, feedback ${text} NOT NULL,"
            " reviewer_id ${text} NOT NULL, submitted_at ${bigint} NOT NULL,"
            " reviewed_at ${bigint} NOT NULL)",
            "CREATE INDEX assignment_submissions_by_user ON assignment_submissions(user_id,"
            " lesson_id)",
            "CREATE INDEX assignment_submissions_by_lesson ON assignment_submissions(lesson_id)",
            // assignment_files: one row per file a learner uploaded for a lesson's assignment,
            // keyed by the id their device chose; submission_id is '' until a submission names
            // it. mime is what the first bytes say; data the bytes (at most 900 KiB).
            "CREATE TABLE assignment_files (id ${text} PRIMARY KEY, user_id ${text} NOT NULL,"
            " lesson_id ${text} NOT NULL, submission_id ${text} NOT NULL, name ${text} NOT NULL,"
            " mime ${text} NOT NULL, data ${blob} NOT NULL, sha256 ${text} NOT NULL,"
            " created_at ${bigint} NOT NULL)",
            "CREATE INDEX assignment_files_by_user ON assignment_files(user_id, lesson_id)",
        },
        error);
}

} // namespace lyceum::server
