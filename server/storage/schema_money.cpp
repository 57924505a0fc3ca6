// The server schema step "commerce.3": what creators set to run a course business (their own
// coupons, which they may disable; lessons released some days after a learner's enrolment).
// docs/architecture.md, "Creators' money".
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaCommerce3(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // coupons.creator_id: the creator who made the coupon (NULL: the community's own,
            // seeded or made by staff). A creator's coupon without course_id applies to any of
            // that creator's courses, never to another's or to a tier. disabled: refused at
            // checkout and at payment from then on. created_at ms (0 before this step).
            "ALTER TABLE coupons ADD COLUMN creator_id ${text}",
            "ALTER TABLE coupons ADD COLUMN disabled ${bool} NOT NULL DEFAULT ${false}",
            "ALTER TABLE coupons ADD COLUMN created_at ${bigint} NOT NULL DEFAULT 0",
            "CREATE INDEX coupons_creator ON coupons(creator_id)",

            // lesson_drips: one row per lesson released some days after each learner's
            // enrolment (entitlements.granted_at), keyed by the lesson. days 1-365; a lesson
            // without a row opens with its course.
            "CREATE TABLE lesson_drips (lesson_id ${text} PRIMARY KEY REFERENCES lessons(id)"
            " ON DELETE CASCADE, days ${bigint} NOT NULL)",
        },
        error);
}

} // namespace lyceum::server
