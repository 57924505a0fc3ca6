// The cache schema step "reviews.1": course reviews from the feed (domain/reviews.h), and the
// reviews this user found helpful (kept on the device: the server records the vote, the feed
// carries only the count).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaReviews1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // reviews: one row per (course, learner). Key: id = "rv.<course>.<user>". rating 1-5;
        // reply '' and replied_at 0 when the creator has not answered. A review written here
        // exists before the server confirms it (the outbox row with entity_id = id).
        QStringLiteral("CREATE TABLE reviews (id TEXT PRIMARY KEY, course_id TEXT NOT NULL, "
                       "user_id TEXT NOT NULL, rating INTEGER NOT NULL, body TEXT NOT NULL, "
                       "helpful INTEGER NOT NULL, reply TEXT NOT NULL, "
                       "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                       "replied_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX reviews_by_course ON reviews(course_id)"),
        // my_helpful_votes: the reviews this user marked helpful. Key: review_id.
        QStringLiteral("CREATE TABLE my_helpful_votes (review_id TEXT PRIMARY KEY)"),
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
