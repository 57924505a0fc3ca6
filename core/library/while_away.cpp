#include "library/while_away.h"

#include "cache/cache_database.h"
#include "library/library.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::library {

namespace {

const QString kVisitKey = QStringLiteral("home_visited_at");

CoreError failed(const QSqlQuery &q, const char *what) {
    return CoreError::storage(QLatin1String(what) + QStringLiteral(": ") + q.lastError().text());
}

} // namespace

Result<QVector<AwayItem>> whileAway(CacheDatabase &db, const QString &myId, qint64 since,
                                    int perKind) {
    QVector<AwayItem> out;
    // New lessons of the courses in my library.
    const Result<QVector<Entry>> mine = read(db);
    if (!mine)
        return mine.error();
    QSet<QString> myCourses;
    for (const Entry &e : *mine)
        myCourses.insert(e.courseId);
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT l.id, l.course_id, l.title, c.title, l.created_at FROM lessons "
                       "l JOIN courses c ON c.id = l.course_id WHERE l.created_at > ? "
                       "ORDER BY l.created_at DESC, l.id"));
    q.addBindValue(since);
    if (!q.exec())
        return failed(q, "reading new lessons");
    int lessons = 0;
    while (q.next() && lessons < perKind) {
        if (!myCourses.contains(q.value(1).toString()))
            continue;
        out.append({AwayItem::Kind::Lesson, q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
        ++lessons;
    }

    // Replies to me: to one of my posts, or a top-level reply in a thread I started.
    QSqlQuery r(db.db());
    r.prepare(QStringLiteral(
        "SELECT p.id, p.thread_id, t.title, COALESCE(NULLIF(u.display_name, ''), u.handle, ''), "
        "p.created_at FROM posts p JOIN threads t ON t.id = p.thread_id "
        "LEFT JOIN posts parent ON parent.id = p.parent_id "
        "LEFT JOIN users u ON u.id = p.author_id "
        "WHERE p.created_at > ? AND p.author_id <> ? AND p.deleted = 0 AND "
        "(parent.author_id = ? OR (p.parent_id IS NULL AND t.author_id = ?)) "
        "ORDER BY p.created_at DESC, p.id LIMIT ?"));
    r.addBindValue(since);
    r.addBindValue(myId);
    r.addBindValue(myId);
    r.addBindValue(myId);
    r.addBindValue(perKind);
    if (!r.exec())
        return failed(r, "reading replies");
    while (r.next())
        out.append({AwayItem::Kind::Reply, r.value(0).toString(), r.value(1).toString(),
                    r.value(2).toString(), r.value(3).toString(), r.value(4).toLongLong()});

    // Announcements: threads in spaces where only the team starts threads.
    QSqlQuery a(db.db());
    a.prepare(QStringLiteral(
        "SELECT t.id, t.title, COALESCE(NULLIF(u.display_name, ''), u.handle, ''), t.created_at "
        "FROM threads t JOIN spaces s ON s.id = t.space_id "
        "LEFT JOIN users u ON u.id = t.author_id "
        "WHERE s.start_threads = 'staff' AND t.created_at > ? AND t.author_id <> ? "
        "ORDER BY t.created_at DESC, t.id LIMIT ?"));
    a.addBindValue(since);
    a.addBindValue(myId);
    a.addBindValue(perKind);
    if (!a.exec())
        return failed(a, "reading announcements");
    while (a.next())
        out.append({AwayItem::Kind::Announcement, a.value(0).toString(), QString(),
                    a.value(1).toString(), a.value(2).toString(), a.value(3).toLongLong()});

    std::stable_sort(out.begin(), out.end(),
                     [](const AwayItem &x, const AwayItem &y) { return x.at > y.at; });
    return out;
}

qint64 lastVisit(CacheDatabase &db) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT value FROM reco_state WHERE key = ?"));
    q.addBindValue(kVisitKey);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool recordVisit(CacheDatabase &db, qint64 at, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO reco_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kVisitKey);
    q.addBindValue(QString::number(at));
    return CacheDatabase::exec(q, QStringLiteral("recording the visit"), error);
}

} // namespace lyceum::library
