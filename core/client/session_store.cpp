#include "client/session_store.h"

#include "cache/cache_database.h"
#include "cache/sync_store.h"
#include "client/client.h"
#include "domain/private_files.h"
#include "outbox/outbox_store.h"

#include <QDir>

namespace lyceum::sessionstore {

Opened open(CacheDatabase &db, const QString &profileDir) {
    Opened r;
    if (profileDir.isEmpty() || !makePrivateDir(profileDir)) {
        r.error = Client::tr("The profile folder \"%1\" could not be created.").arg(profileDir);
        return r;
    }
    if (!db.open(QDir(profileDir).filePath(QStringLiteral("cache.sqlite")), &r.error))
        return r;
    if (!outboxstore::resetSending(db, &r.error))
        return r;
    if (!Profile::load(profileDir, &r.profile, &r.error))
        return r;
    r.lastSyncedAt = syncstore::lastSyncedAt(db);
    r.waiting = outboxstore::count(db, OutboxState::Waiting);
    r.failed = outboxstore::count(db, OutboxState::Failed);
    return r;
}

QString signIn(CacheDatabase &db, const Profile &profile, const QString &profileDir,
               bool sameAccount) {
    QString error;
    if (!sameAccount) {
        if (!syncstore::wipe(db, &error) || !db.exec(QStringLiteral("DELETE FROM outbox"), &error))
            return error;
        if (!syncstore::wipe(db, &error)) // drops the rows the outbox kept
            return error;
    }
    profile.save(profileDir, &error);
    return error;
}

} // namespace lyceum::sessionstore
