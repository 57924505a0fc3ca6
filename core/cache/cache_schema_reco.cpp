// The cache schema step "reco.1": what on-device recommendations read (reco/reco_store.h). The
// user's lesson progress is private: it is written and read here only, never sent for
// recommendations. The neighbour table and course popularity are the server's public
// aggregates (GET /reco/neighbours), the same for every user.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaReco1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // lesson_progress: one row per lesson the user opened. Key: lesson_id. opened_at is the
        // last time (ms); completed_at 0 until the user marks it done.
        QStringLiteral("CREATE TABLE lesson_progress (lesson_id TEXT PRIMARY KEY, "
                       "course_id TEXT NOT NULL, opened_at INTEGER NOT NULL, "
                       "completed_at INTEGER NOT NULL DEFAULT 0)"),
        // reco_neighbours: the server's course pairs held by at least k users, a < b.
        QStringLiteral("CREATE TABLE reco_neighbours (a TEXT NOT NULL, b TEXT NOT NULL, "
                       "users INTEGER NOT NULL, similarity REAL NOT NULL, PRIMARY KEY (a, b))"),
        // reco_popularity: distinct users per course (courses held by at least k users).
        QStringLiteral("CREATE TABLE reco_popularity (course_id TEXT PRIMARY KEY, "
                       "users INTEGER NOT NULL)"),
        // reco_state: key/value. "fetched_at": when the table above was last fetched (ms).
        QStringLiteral("CREATE TABLE reco_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
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
