// The cache schema step "challenges.1": the check-in challenges last fetched from GET
// /challenges, and the member's reminder time per challenge (learning/challenge_store.h).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaChallenges1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // challenges: one row per challenge. Key: id. data is the server's JSON for it (the
        // challenge, my check-ins, the group's progress, the leaders) as last fetched, plus
        // check-ins written here since (marked "local": true) until the next fetch.
        QStringLiteral("CREATE TABLE challenges (id TEXT PRIMARY KEY, space_id TEXT NOT NULL, "
                       "data TEXT NOT NULL, fetched_at INTEGER NOT NULL)"),
        // challenge_reminders: the minute of the day (in the challenge's time zone) at which
        // this member wants a reminder for a challenge. Key: challenge_id. No row: no reminder.
        QStringLiteral("CREATE TABLE challenge_reminders (challenge_id TEXT PRIMARY KEY, "
                       "minute INTEGER NOT NULL)"),
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
