// The session's work on the cache worker (the Client itself runs no SQL): opening a profile
// and keeping it to one account.
#pragma once

#include "client/profile.h"

namespace lyceum {
class CacheDatabase;
}

namespace lyceum::sessionstore {

struct Opened {
    QString error; // empty: opened
    Profile profile;
    qint64 lastSyncedAt = 0;
    int waiting = 0; // outbox rows
    int failed = 0;
};
// Creates the profile folder, opens (creating or migrating) cache.sqlite, returns rows a crash
// left "sending" to waiting, and reads profile.json.
Opened open(CacheDatabase &db, const QString &profileDir);

// Stores the signed-in profile; unless it is the same account as before, first wipes the
// cache and the outbox, so another account's rows and unsent changes cannot leak into it.
// The error, or empty.
QString signIn(CacheDatabase &db, const Profile &profile, const QString &profileDir,
               bool sameAccount);

} // namespace lyceum::sessionstore
