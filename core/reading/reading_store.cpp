#include "reading/reading_store.h"

#include "cache/cache_database.h"
#include "cache/cache_views.h"
#include "logging.h"
#include "reading/inbox_store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum::readingstore {

namespace {

const QString kBaselineKey = QStringLiteral("unread_baseline");
const QString kNotifiedKey = QStringLiteral("notified_rowid");

// The stored value of key, or -1 when absent.
qint64 stateNumber(CacheDatabase &db, const QString &key) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return -1;
    bool ok = false;
    const qint64 v = q.value(0).toString().toLongLong(&ok);
    return ok ? v : -1;
}

bool setStateNumber(CacheDatabase &db, const QString &key, qint64 value, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    q.bindValue(0, key);
    q.bindValue(1, QString::number(value));
    return CacheDatabase::exec(q, QStringLiteral("storing ") + key, error);
}

qint64 maxPostRowid(CacheDatabase &db) {
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM posts")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

bool establishBaselines(CacheDatabase &db, QString *error) {
    if (stateNumber(db, kBaselineKey) >= 0)
        return true;
    const qint64 top = maxPostRowid(db);
    if (top < 0) {
        if (error)
            *error = QStringLiteral("reading the newest post failed");
        return false;
    }
    return setStateNumber(db, kBaselineKey, top, error) &&
           setStateNumber(db, kNotifiedKey, top, error) &&
           inboxstore::establishLessonBaseline(db, error);
}

bool markThreadRead(CacheDatabase &db, const QString &threadId, qint64 now, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO thread_reads (thread_id, read_rowid, read_at) "
        "VALUES (?, (SELECT COALESCE(MAX(rowid), 0) FROM posts WHERE thread_id = ?), ?) "
        "ON CONFLICT (thread_id) DO UPDATE SET read_rowid = MAX(read_rowid, "
        "excluded.read_rowid), read_at = excluded.read_at"));
    q.bindValue(0, threadId);
    q.bindValue(1, threadId);
    q.bindValue(2, now);
    return CacheDatabase::exec(q, QStringLiteral("marking the thread read"), error);
}

void fillUnread(CacheDatabase &db, QVector<ThreadSummary> &threads, const QString &myUserId) {
    const qint64 baseline = stateNumber(db, kBaselineKey);
    if (baseline < 0 || threads.isEmpty())
        return;
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM posts p WHERE p.thread_id = :t AND p.rowid > :b "
                       "AND p.author_id != :me AND p.deleted = 0 AND p.rowid > "
                       "COALESCE((SELECT read_rowid FROM thread_reads WHERE thread_id = :t), :b)"));
    for (ThreadSummary &s : threads) {
        q.bindValue(QStringLiteral(":t"), s.thread.id);
        q.bindValue(QStringLiteral(":b"), baseline);
        q.bindValue(QStringLiteral(":me"), myUserId);
        if (!q.exec() || !q.next()) {
            qCWarning(lcCache) << "counting unread posts failed:" << q.lastError().text();
            return;
        }
        s.unread = q.value(0).toInt();
    }
}

QHash<QString, int> unreadBySpace(CacheDatabase &db, const QString &myUserId) {
    QHash<QString, int> out;
    const qint64 baseline = stateNumber(db, kBaselineKey);
    if (baseline < 0)
        return out;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT t.space_id, COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id "
        "LEFT JOIN thread_reads r ON r.thread_id = t.id "
        "WHERE p.rowid > :b AND t.space_id IS NOT NULL AND p.author_id != :me "
        "AND p.deleted = 0 AND p.rowid > COALESCE(r.read_rowid, :b) GROUP BY t.space_id"));
    q.bindValue(QStringLiteral(":b"), baseline);
    q.bindValue(QStringLiteral(":me"), myUserId);
    if (!q.exec()) {
        qCWarning(lcCache) << "counting unread posts per space failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QVector<IncomingPost> takeNewPosts(CacheDatabase &db, const QString &myUserId, QString *error) {
    QVector<IncomingPost> out;
    const qint64 watermark = stateNumber(db, kNotifiedKey);
    if (watermark < 0)
        return out;
    const qint64 top = maxPostRowid(db);
    if (top <= watermark)
        return out;
    // At most the newest 200 are looked at: after a long time offline a summary is enough.
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.thread_id, p.parent_id, p.author_id, p.body, p.created_at, "
        "u.display_name, t.title, t.author_id, pp.author_id FROM posts p "
        "LEFT JOIN users u ON u.id = p.author_id LEFT JOIN threads t ON t.id = p.thread_id "
        "LEFT JOIN posts pp ON pp.id = p.parent_id "
        "WHERE p.rowid > ? AND p.author_id != ? AND p.deleted = 0 "
        "ORDER BY p.rowid DESC LIMIT 200"));
    q.bindValue(0, watermark);
    q.bindValue(1, myUserId);
    if (!CacheDatabase::exec(q, QStringLiteral("reading new posts"), error))
        return out;
    while (q.next()) {
        IncomingPost in;
        in.post.id = q.value(0).toString();
        in.post.threadId = q.value(1).toString();
        in.post.parentId = q.value(2).toString();
        in.post.authorId = q.value(3).toString();
        in.post.body = q.value(4).toString();
        in.post.createdAt = q.value(5).toLongLong();
        in.authorName = q.value(6).toString();
        in.threadTitle = q.value(7).toString();
        in.threadAuthorId = q.value(8).toString();
        in.parentAuthorId = q.value(9).toString();
        out.prepend(in); // oldest first
    }
    if (!setStateNumber(db, kNotifiedKey, top, error))
        out.clear();
    return out;
}

} // namespace lyceum::readingstore
