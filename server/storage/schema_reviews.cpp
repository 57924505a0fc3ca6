// The server schema step "reviews.1": course ratings and reviews, and the helpful votes on them
// (docs/protocol.md, "Reviews").
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaReviews1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // reviews: one row per (course, learner), keyed by id = "rv.<course>.<user>".
            // rating 1-5; body may be empty; helpful counts the votes (plus those seeded with
            // the demo); reply is the creator's answer ('' when none, replied_at 0).
            "CREATE TABLE reviews (id ${text} PRIMARY KEY, course_id ${text} NOT NULL,"
            " user_id ${text} NOT NULL, rating ${bigint} NOT NULL, body ${text} NOT NULL,"
            " helpful ${bigint} NOT NULL, reply ${text} NOT NULL, created_at ${bigint} NOT NULL,"
            " updated_at ${bigint} NOT NULL, replied_at ${bigint} NOT NULL)",
            "CREATE INDEX reviews_by_course ON reviews(course_id)",
            // review_votes: who found which review helpful, one row per (review, user).
            "CREATE TABLE review_votes (review_id ${text} NOT NULL, user_id ${text} NOT NULL,"
            " PRIMARY KEY (review_id, user_id))",
        },
        error);
}

} // namespace lyceum::server
