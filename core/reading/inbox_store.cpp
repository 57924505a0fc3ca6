#include "reading/inbox_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "learning/assignment_store.h"
#include "reading/notification_rules.h"

#include <QSqlQuery>
#include <algorithm>

namespace lyceum {

QString inboxKindName(InboxKind kind) {
    switch (kind) {
    case InboxKind::Reply:
        return QStringLiteral("reply");
    case InboxKind::Mention:
        return QStringLiteral("mention");
    case InboxKind::Moderation:
        return QStringLiteral("moderation");
    case InboxKind::Lesson:
        return QStringLiteral("lesson");
    case InboxKind::Assignment:
        return QStringLiteral("assignment");
    }
    return {};
}

namespace inboxstore {

namespace {

const QString kLessonBaselineKey = QStringLiteral("inbox_lesson_baseline");

// The stored number, or -1 when absent.
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

// Runs body(error) in one transaction: committed when it returns true.
template<typename Body> bool inTransaction(CacheDatabase &db, QString *error, Body body) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (!body(error))
        return false;
    return tx.commit(error);
}

QString excerpt(const QString &body) {
    QString text = body.simplified();
    if (text.size() > 160)
        text = text.left(159) + QChar(0x2026);
    return text;
}

// Replies and mentions. The SQL keeps candidates (the LIKE is wider than a mention: it ignores
// word boundaries); classify() of notification_rules.h decides, as for desktop notices.
bool readPosts(CacheDatabase &db, const QString &me, const QString &handle, int limit,
               QVector<InboxItem> *out, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.thread_id, p.parent_id, p.author_id, p.body, p.created_at, u.handle, "
        "u.display_name, t.title, t.author_id, pp.author_id, "
        "(ir.item_key IS NOT NULL OR p.rowid <= :b OR p.rowid <= COALESCE(tr.read_rowid, 0)) "
        "FROM posts p LEFT JOIN users u ON u.id = p.author_id "
        "LEFT JOIN threads t ON t.id = p.thread_id LEFT JOIN posts pp ON pp.id = p.parent_id "
        "LEFT JOIN thread_reads tr ON tr.thread_id = p.thread_id "
        "LEFT JOIN inbox_reads ir ON ir.item_key = 'post:' || p.id "
        "WHERE p.author_id != :me AND p.deleted = 0 AND (pp.author_id = :me OR "
        "t.author_id = :me OR (:handle != '' AND p.body LIKE :pattern)) "
        "ORDER BY p.created_at DESC, p.rowid DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":b"), stateNumber(db, QStringLiteral("unread_baseline")));
    q.bindValue(QStringLiteral(":me"), me);
    q.bindValue(QStringLiteral(":handle"), handle);
    q.bindValue(QStringLiteral(":pattern"), QString(QStringLiteral("%@") + handle + u'%'));
    // The LIKE also finds "@handle" inside longer words, which classify() drops: room for them.
    q.bindValue(QStringLiteral(":n"), limit * 2 + 20);
    if (!CacheDatabase::exec(q, QStringLiteral("reading the inbox's posts"), error))
        return false;
    while (q.next()) {
        IncomingPost in;
        in.post.id = q.value(0).toString();
        in.post.threadId = q.value(1).toString();
        in.post.parentId = q.value(2).toString();
        in.post.authorId = q.value(3).toString();
        in.post.body = q.value(4).toString();
        in.post.createdAt = q.value(5).toLongLong();
        in.threadTitle = q.value(8).toString();
        in.threadAuthorId = q.value(9).toString();
        in.parentAuthorId = q.value(10).toString();
        const NoticeReason reason = classify(in, me, handle);
        if (reason == NoticeReason::None)
            continue;
        InboxItem item;
        item.kind = reason == NoticeReason::Mention ? InboxKind::Mention : InboxKind::Reply;
        item.key = QStringLiteral("post:") + in.post.id;
        item.threadId = in.post.threadId;
        item.postId = in.post.id;
        item.from = q.value(6).toString();
        item.fromName = q.value(7).toString();
        item.title = in.threadTitle;
        item.text = excerpt(in.post.body);
        item.at = in.post.createdAt;
        item.read = q.value(11).toBool();
        out->append(item);
    }
    return true;
}

bool readNotices(CacheDatabase &db, int limit, QVector<InboxItem> *out, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT n.id, n.action, n.reason, n.target_kind, n.target_id, n.title, n.created_at, "
        "p.thread_id, ir.item_key IS NOT NULL, n.note FROM inbox_notices n "
        "LEFT JOIN posts p ON n.target_kind = 'post' AND p.id = n.target_id "
        "LEFT JOIN inbox_reads ir ON ir.item_key = 'notice:' || n.id "
        "ORDER BY n.created_at DESC, n.id DESC LIMIT ?"));
    q.bindValue(0, limit);
    if (!CacheDatabase::exec(q, QStringLiteral("reading the moderators' notices"), error))
        return false;
    while (q.next()) {
        InboxItem item;
        item.kind = InboxKind::Moderation;
        item.key = QStringLiteral("notice:") + q.value(0).toString();
        item.action = q.value(1).toString();
        item.text = q.value(2).toString();
        const QString targetKind = q.value(3).toString();
        item.targetKind = targetKind;
        item.note = q.value(9).toString();
        if (targetKind == QLatin1String("post")) {
            item.postId = q.value(4).toString();
            item.threadId = q.value(7).toString();
        } else if (targetKind == QLatin1String("thread")) {
            item.threadId = q.value(4).toString();
        }
        item.title = q.value(5).toString();
        item.at = q.value(6).toLongLong();
        item.read = q.value(8).toBool();
        out->append(item);
    }
    return true;
}

// New lessons in my courses: paid courses whose lessons all came unlocked, or courses with a
// lesson I opened; never my own courses.
bool readLessons(CacheDatabase &db, const QString &me, int limit, QVector<InboxItem> *out,
                 QString *error) {
    const qint64 baseline = stateNumber(db, kLessonBaselineKey);
    if (baseline < 0)
        return true; // before the first full pull every lesson is history
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT l.id, l.course_id, l.title, l.created_at, c.title, u.handle, u.display_name, "
        "ir.item_key IS NOT NULL FROM lessons l JOIN courses c ON c.id = l.course_id "
        "LEFT JOIN users u ON u.id = c.creator_id "
        "LEFT JOIN inbox_reads ir ON ir.item_key = 'lesson:' || l.id "
        "WHERE l.rowid > :b AND c.creator_id != :me AND ((c.price > 0 AND NOT EXISTS "
        "(SELECT 1 FROM lessons x WHERE x.course_id = c.id AND x.locked != 0)) OR EXISTS "
        "(SELECT 1 FROM lesson_progress lp WHERE lp.course_id = c.id)) "
        "ORDER BY l.created_at DESC, l.rowid DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":b"), baseline);
    q.bindValue(QStringLiteral(":me"), me);
    q.bindValue(QStringLiteral(":n"), limit);
    if (!CacheDatabase::exec(q, QStringLiteral("reading new lessons"), error))
        return false;
    while (q.next()) {
        InboxItem item;
        item.kind = InboxKind::Lesson;
        item.key = QStringLiteral("lesson:") + q.value(0).toString();
        item.lessonId = q.value(0).toString();
        item.courseId = q.value(1).toString();
        item.title = q.value(2).toString();
        item.at = q.value(3).toLongLong();
        item.text = q.value(4).toString();
        item.from = q.value(5).toString();
        item.fromName = q.value(6).toString();
        item.read = q.value(7).toBool();
        out->append(item);
    }
    return true;
}

} // namespace

bool read(CacheDatabase &db, const QString &myUserId, const QString &myHandle, int limit,
          QVector<InboxItem> *out, QString *error) {
    out->clear();
    if (myUserId.isEmpty())
        return true;
    if (!readPosts(db, myUserId, myHandle, limit, out, error) ||
        !readNotices(db, limit, out, error) || !readLessons(db, myUserId, limit, out, error) ||
        !assignmentstore::readInboxItems(db, limit, out, error)) {
        out->clear();
        return false;
    }
    std::stable_sort(out->begin(), out->end(), [](const InboxItem &a, const InboxItem &b) {
        return a.at != b.at ? a.at > b.at : a.key > b.key;
    });
    if (out->size() > limit)
        out->resize(limit);
    return true;
}

namespace {
bool insertReads(CacheDatabase &db, const QStringList &keys, qint64 now, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO inbox_reads (item_key, read_at) VALUES (?, ?) "
                             "ON CONFLICT (item_key) DO NOTHING"));
    for (const QString &key : keys) {
        q.bindValue(0, key);
        q.bindValue(1, now);
        if (!CacheDatabase::exec(q, QStringLiteral("marking an inbox item read"), error))
            return false;
    }
    return true;
}
} // namespace

bool markRead(CacheDatabase &db, const QStringList &keys, qint64 now, QString *error) {
    return inTransaction(db, error, [&](QString *e) { return insertReads(db, keys, now, e); });
}

bool markAllRead(CacheDatabase &db, const QString &myUserId, const QString &myHandle, qint64 now,
                 QString *error) {
    return inTransaction(db, error, [&](QString *e) {
        QVector<InboxItem> items;
        if (!read(db, myUserId, myHandle, 1000, &items, e))
            return false;
        QStringList keys;
        for (const InboxItem &item : std::as_const(items)) {
            if (!item.read)
                keys << item.key;
        }
        return insertReads(db, keys, now, e);
    });
}

bool storeNotices(CacheDatabase &db, const QVector<ModerationNotice> &notices, QString *error) {
    // The server lists the notices that still stand: one undone since is no longer there.
    return inTransaction(db, error, [&](QString *e) {
        QSqlQuery clear(db.db());
        clear.prepare(QStringLiteral("DELETE FROM inbox_notices"));
        if (!CacheDatabase::exec(clear, QStringLiteral("replacing the notices"), e))
            return false;
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("INSERT INTO inbox_notices (id, action, reason, note, "
                                 "target_kind, target_id, title, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        // A null QString binds as NULL: empty fields are stored as ''.
        const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        for (const ModerationNotice &n : notices) {
            q.bindValue(0, n.id);
            q.bindValue(1, text(n.action));
            q.bindValue(2, text(n.reason));
            q.bindValue(3, text(n.note));
            q.bindValue(4, text(n.targetKind));
            q.bindValue(5, text(n.targetId));
            q.bindValue(6, text(n.title));
            q.bindValue(7, n.createdAt);
            if (!CacheDatabase::exec(q, QStringLiteral("storing a notice"), e))
                return false;
        }
        return true;
    });
}

bool membersStartingWith(CacheDatabase &db, const QString &prefix, const QString &myUserId,
                         int limit, QVector<MemberName> *out, QString *error) {
    out->clear();
    QString escaped = prefix;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT handle, display_name FROM users WHERE id != :me AND handle != '' AND "
        "(handle LIKE :p ESCAPE '\\' OR display_name LIKE :p ESCAPE '\\') "
        "ORDER BY handle NOT LIKE :p ESCAPE '\\', length(handle), handle LIMIT :n"));
    q.bindValue(QStringLiteral(":me"), myUserId);
    q.bindValue(QStringLiteral(":p"), QString(escaped + u'%'));
    q.bindValue(QStringLiteral(":n"), limit);
    if (!CacheDatabase::exec(q, QStringLiteral("reading members' handles"), error))
        return false;
    while (q.next())
        out->append(MemberName{q.value(0).toString(), q.value(1).toString()});
    return true;
}

QHash<QString, QString> moderatedPosts(CacheDatabase &db) {
    QHash<QString, QString> out;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT target_id, reason FROM inbox_notices WHERE "
                               "target_kind = 'post' AND action IN ('hide', 'delete')")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool establishLessonBaseline(CacheDatabase &db, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) SELECT ?, "
                             "CAST((SELECT COALESCE(MAX(rowid), 0) FROM lessons) AS TEXT) "
                             "ON CONFLICT (key) DO NOTHING"));
    q.bindValue(0, kLessonBaselineKey);
    return CacheDatabase::exec(q, QStringLiteral("taking the lesson baseline"), error);
}

} // namespace inboxstore
} // namespace lyceum
