// The server schema step "certificates.1": lessons marked done and certificates issued
// (docs/architecture.md, "Certificates").
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaCertificates1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // lesson_completions: one row per (learner, lesson) the learner marked done;
            // course_id is the lesson's course, so a course's rule reads one index range.
            "CREATE TABLE lesson_completions (user_id ${text} NOT NULL,"
            " lesson_id ${text} NOT NULL, course_id ${text} NOT NULL,"
            " completed_at ${bigint} NOT NULL, PRIMARY KEY (user_id, lesson_id))",
            "CREATE INDEX lesson_completions_by_course ON lesson_completions(user_id, course_id)",
            // certificates: one row per certificate, keyed by its code; at most one per
            // (learner, course), which is what makes issuing happen once even when two
            // instances see the rule met at once. payload is the exact signed JSON,
            // signature the Ed25519 signature (base64). revoked_at 0: valid.
            "CREATE TABLE certificates (code ${text} PRIMARY KEY, user_id ${text} NOT NULL,"
            " course_id ${text} NOT NULL, holder ${text} NOT NULL,"
            " course_title ${text} NOT NULL, issued_at ${bigint} NOT NULL,"
            " payload ${text} NOT NULL, signature ${text} NOT NULL,"
            " revoked_at ${bigint} NOT NULL DEFAULT 0, revoked_by ${text} NOT NULL DEFAULT '',"
            " revoked_reason ${text} NOT NULL DEFAULT '', UNIQUE (user_id, course_id))",
        },
        error);
}

} // namespace lyceum::server
