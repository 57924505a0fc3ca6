#include "reco/reco_store.h"

#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::recostore {

bool storeNeighbours(CacheDatabase &db, const QVector<reco::NeighbourRow> &rows,
                     const QHash<QString, int> &popularity, qint64 now, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    bool ok = db.exec(QStringLiteral("DELETE FROM reco_neighbours"), error) &&
              db.exec(QStringLiteral("DELETE FROM reco_popularity"), error);
    QSqlQuery pair(db.db());
    pair.prepare(QStringLiteral("INSERT OR REPLACE INTO reco_neighbours VALUES (?, ?, ?, ?)"));
    for (const reco::NeighbourRow &r : rows) {
        if (!ok)
            break;
        pair.bindValue(0, r.a);
        pair.bindValue(1, r.b);
        pair.bindValue(2, r.users);
        pair.bindValue(3, r.similarity);
        ok = CacheDatabase::exec(pair, QStringLiteral("storing the neighbour table"), error);
    }
    QSqlQuery pop(db.db());
    pop.prepare(QStringLiteral("INSERT OR REPLACE INTO reco_popularity VALUES (?, ?)"));
    for (auto it = popularity.constBegin(); ok && it != popularity.constEnd(); ++it) {
        pop.bindValue(0, it.key());
        pop.bindValue(1, it.value());
        ok = CacheDatabase::exec(pop, QStringLiteral("storing popularity"), error);
    }
    if (ok) {
        QSqlQuery at(db.db());
        at.prepare(QStringLiteral("INSERT OR REPLACE INTO reco_state VALUES ('fetched_at', ?)"));
        at.addBindValue(QString::number(now));
        ok = CacheDatabase::exec(at, QStringLiteral("storing the fetch time"), error);
    }
    if (!ok)
        return false;
    return tx.commit(error);
}

qint64 neighboursFetchedAt(CacheDatabase &db) {
    QSqlQuery q(db.db());
    if (q.exec(QStringLiteral("SELECT value FROM reco_state WHERE key = 'fetched_at'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool lessonOpened(CacheDatabase &db, const QString &lessonId, const QString &courseId, qint64 now,
                  QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO lesson_progress (lesson_id, course_id, opened_at) "
                             "VALUES (?, ?, ?) ON CONFLICT (lesson_id) DO UPDATE SET "
                             "opened_at = excluded.opened_at"));
    q.addBindValue(lessonId);
    q.addBindValue(courseId);
    q.addBindValue(now);
    return CacheDatabase::exec(q, QStringLiteral("recording the lesson"), error);
}

bool setLessonDone(CacheDatabase &db, const QString &lessonId, const QString &courseId, bool done,
                   qint64 now, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO lesson_progress (lesson_id, course_id, opened_at, "
                             "completed_at) VALUES (?, ?, ?, ?) ON CONFLICT (lesson_id) DO "
                             "UPDATE SET completed_at = excluded.completed_at"));
    q.addBindValue(lessonId);
    q.addBindValue(courseId);
    q.addBindValue(now);
    q.addBindValue(done ? now : 0);
    return CacheDatabase::exec(q, QStringLiteral("recording the lesson"), error);
}

QVector<reco::LessonProgress> progress(CacheDatabase &db) {
    QVector<reco::LessonProgress> out;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT lesson_id, course_id, opened_at, completed_at FROM "
                               "lesson_progress")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

reco::HomeInput homeInput(CacheDatabase &db, const QString &myId, qint64 now) {
    reco::HomeInput in;
    in.now = now;
    // A failed read was logged; home then shows what the other reads give.
    for (const CourseSummary &s : cachereader::courses(db).valueOr({})) {
        reco::HomeCourse c;
        c.id = s.course.id;
        c.title = s.course.title;
        c.topic = s.course.topic;
        c.creatorId = s.course.creatorId;
        c.creatorName = s.creatorName;
        c.tags = s.course.tags;
        c.summary = s.course.summary;
        c.prerequisites = s.course.prerequisites;
        c.createdAt = s.course.createdAt;
        c.free = s.course.isFree();
        c.entitled = s.entitled();
        in.courses << c;
    }
    QSqlQuery q(db.db());
    if (q.exec(QStringLiteral("SELECT id, course_id, position, title, locked FROM lessons"))) {
        while (q.next())
            in.lessons.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toString(), q.value(4).toBool()});
    }
    in.progress = progress(db);
    if (q.exec(QStringLiteral("SELECT a, b, users, similarity FROM reco_neighbours"))) {
        while (q.next())
            in.neighbours.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                  q.value(3).toDouble()});
    }
    if (q.exec(QStringLiteral("SELECT course_id, users FROM reco_popularity"))) {
        while (q.next())
            in.popularity.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QSqlQuery mine(db.db());
    mine.prepare(QStringLiteral("SELECT course_id, rating FROM reviews WHERE user_id = ?"));
    mine.addBindValue(myId);
    if (mine.exec()) {
        while (mine.next())
            in.myRatings.insert(mine.value(0).toString(), mine.value(1).toInt());
    }
    return in;
}

} // namespace lyceum::recostore
