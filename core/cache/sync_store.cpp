#include "cache/sync_store.h"

#include "cache/cache_database.h"
#include "logging.h"
#include "reading/reading_store.h"
#include "search/search_backlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace lyceum::syncstore {

namespace {

QString stateValue(CacheDatabase &db, const QString &key) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool setStateValue(CacheDatabase &db, const QString &key, const QString &value, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    return CacheDatabase::exec(q, QStringLiteral("storing ") + key, error);
}

} // namespace

QString cursor(CacheDatabase &db) {
    return stateValue(db, QStringLiteral("cursor"));
}

qint64 lastSyncedAt(CacheDatabase &db) {
    return stateValue(db, QStringLiteral("last_synced_at")).toLongLong();
}

bool offlineAccessExpired(CacheDatabase &db, qint64 nowMs) {
    const qint64 grace = stateValue(db, QStringLiteral("offline_grace_ms")).toLongLong();
    const qint64 last = lastSyncedAt(db);
    return grace > 0 && last > 0 && nowMs - last > grace;
}

bool applyPage(CacheDatabase &db, const QVector<EntityChange> &changes, const QString &fromCursor,
               const QString &newCursor, bool complete, QString *error, qint64 offlineGraceMs) {
    if (!db.begin(error))
        return false;
    if (cursor(db) != fromCursor) {
        db.rollback();
        if (error)
            *error = QCoreApplication::translate("lyceum::SyncStore",
                                                 "the page does not continue the stored cursor");
        return false;
    }
    // A large page (an initial sync, even one that fits a single page) commits its rows
    // unindexed and the indexer catches up after the pull, in batches: indexing row by row in
    // the page's transaction ran about ten times slower (3,375 changes stored in 1.8 s instead
    // of 0.1 s, bench_initial_sync --quick). Small pulls are indexed as they are written.
    if (changes.size() >= search::kDeferIndexingFrom && !search::deferIndexing(db, error)) {
        db.rollback();
        return false;
    }
    EntityWriter writer(db.db());
    for (const EntityChange &change : changes) {
        if (!writer.apply(change, error)) {
            db.rollback();
            return false;
        }
    }
    if (!setStateValue(db, QStringLiteral("cursor"), newCursor, error) ||
        (complete && !setStateValue(db, QStringLiteral("last_synced_at"),
                                    QString::number(QDateTime::currentMSecsSinceEpoch()), error)) ||
        (complete && !readingstore::establishBaselines(db, error)) ||
        (offlineGraceMs >= 0 && !setStateValue(db, QStringLiteral("offline_grace_ms"),
                                               QString::number(offlineGraceMs), error))) {
        db.rollback();
        return false;
    }
    return db.commit(error);
}

bool wipe(CacheDatabase &db, QString *error) {
    if (!db.begin(error))
        return false;
    // The search indexes are emptied first: deleting a row from an index tokenizes its text
    // again, which for a large cache took as long as indexing it. The rows kept (the outbox's)
    // wait for the indexer with everything pulled after.
    if (!search::reindexEverything(db, error)) {
        db.rollback();
        return false;
    }
    const QStringList statements{
        QStringLiteral("DELETE FROM users"),
        QStringLiteral("DELETE FROM spaces"),
        QStringLiteral("DELETE FROM courses"),
        QStringLiteral("DELETE FROM lessons"),
        QStringLiteral("DELETE FROM threads WHERE id NOT IN (SELECT entity_id FROM outbox)"),
        QStringLiteral("DELETE FROM posts WHERE id NOT IN (SELECT entity_id FROM outbox)"),
        QStringLiteral("DELETE FROM reactions"),
        QStringLiteral("DELETE FROM reviews WHERE id NOT IN (SELECT entity_id FROM outbox)"),
        QStringLiteral("DELETE FROM sync_state"),
        QStringLiteral(
            "DELETE FROM saved_posts WHERE post_id NOT IN (SELECT entity_id FROM outbox)"),
    };
    for (const QString &sql : statements) {
        if (!db.exec(sql, error)) {
            db.rollback();
            return false;
        }
    }
    qCInfo(lcCache) << "cache wiped for a full resync";
    return db.commit(error);
}

} // namespace lyceum::syncstore
