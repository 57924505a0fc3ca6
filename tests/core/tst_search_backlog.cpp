// Indexing that lags behind the rows (search/search_backlog.h) on a real cache file: a large
// sync page commits its rows unindexed, batches index them later, search works meanwhile over
// what is indexed, edits and deletes of waiting and indexed rows keep the index equal to the
// tables, and indexing interrupted by closing the cache resumes and finishes.
#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "cache/sync_store.h"
#include "search/search_backlog.h"
#include "search/search_index.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;

namespace {

Thread thread(const QString &id, const QString &title) {
    Thread t;
    t.id = id;
    t.spaceId = QStringLiteral("s1");
    t.authorId = QStringLiteral("u1");
    t.title = title;
    t.createdAt = t.lastActivityAt = 1;
    return t;
}

Post post(int i, const QString &body) {
    Post p;
    p.id = QStringLiteral("p%1").arg(i);
    p.threadId = QStringLiteral("t1");
    p.authorId = QStringLiteral("u1");
    p.body = body;
    p.createdAt = 1000 + i;
    return p;
}

// A page: posts [from, from + count), each with its own word "noteN" and a shared one.
QVector<EntityChange> page(int from, int count, bool withThread) {
    QVector<EntityChange> changes;
    if (withThread)
        changes.append(EntityChange{1,
                                    EntityType::Thread,
                                    false,
                                    QStringLiteral("t1"),
                                    thread(QStringLiteral("t1"), QStringLiteral("窗口函数 window")),
                                    {}});
    for (int i = from; i < from + count; ++i) {
        const Post p = post(i, QStringLiteral("note%1 shared 同步").arg(i));
        changes.append(EntityChange{qint64(i + 2), EntityType::Post, false, p.id, p, {}});
    }
    return changes;
}

QStringList ids(const QVector<SearchHit> &hits) {
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.id;
    return out;
}

bool found(CacheDatabase &db, const QString &query, const QString &id) {
    return ids(search::search(db, query, 20)).contains(id);
}

bool integrityOk(CacheDatabase &db) {
    for (const search::IndexedTable &t : search::kIndexedTables) {
        const QString fts = QString::fromLatin1(t.table) + QStringLiteral("_fts");
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                        .arg(fts))) {
            qWarning() << fts << q.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 indexAll(CacheDatabase &db, int batch) {
    qint64 total = 0;
    QString error;
    for (qint64 n = -1; n != 0; total += n) {
        n = search::indexWaiting(db, batch, &error);
        if (n < 0) {
            qWarning() << error;
            return -1;
        }
    }
    return total;
}

} // namespace

class TestSearchBacklog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void largePageWaitsForTheIndexer() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("backlog-large"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        // A page of 601 changes with more to follow: stored, not indexed.
        QVERIFY2(
            syncstore::applyPage(db, page(0, 600, true), {}, QStringLiteral("c1"), false, &error),
            qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(601));
        QVERIFY(!found(db, QStringLiteral("note5"), QStringLiteral("p5")));
        QVERIFY(search::search(db, u"window", 10).isEmpty());
        // The last page is small, but rows already wait: it joins them.
        QVERIFY2(syncstore::applyPage(db, page(600, 10, false), QStringLiteral("c1"),
                                      QStringLiteral("c2"), true, &error),
                 qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(611));

        // One batch: the thread first, then the oldest posts. Search works over them.
        QCOMPARE(search::indexWaiting(db, 251, &error), qint64(251));
        QCOMPARE(search::rowsWaiting(db), qint64(360));
        QVERIFY(found(db, QStringLiteral("window"), QStringLiteral("t1")));
        QVERIFY(found(db, QStringLiteral("note0"), QStringLiteral("p0")));
        QVERIFY(found(db, QStringLiteral("note249"), QStringLiteral("p249")));
        QVERIFY(!found(db, QStringLiteral("note250"), QStringLiteral("p250")));

        // Meanwhile: an indexed post edited and deleted, a waiting one edited and deleted.
        QVERIFY(db.begin(&error));
        EntityWriter writer(db.db());
        QVERIFY(writer.upsert(post(3, QStringLiteral("rewritten3")), &error));
        QVERIFY(writer.remove(EntityType::Post, QStringLiteral("p4"), &error));
        QVERIFY(writer.upsert(post(599, QStringLiteral("rewritten599")), &error));
        QVERIFY(writer.remove(EntityType::Post, QStringLiteral("p598"), &error));
        QVERIFY(db.commit(&error));
        QVERIFY(found(db, QStringLiteral("rewritten3"), QStringLiteral("p3")));
        QVERIFY(!found(db, QStringLiteral("note3"), QStringLiteral("p3")));
        QVERIFY(!found(db, QStringLiteral("note4"), QStringLiteral("p4")));

        QCOMPARE(indexAll(db, 100), qint64(359)); // 360 waiting, one deleted
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(found(db, QStringLiteral("rewritten599"), QStringLiteral("p599")));
        QVERIFY(!found(db, QStringLiteral("note599"), QStringLiteral("p599")));
        QVERIFY(!found(db, QStringLiteral("note598"), QStringLiteral("p598")));
        QVERIFY(found(db, QStringLiteral("note609"), QStringLiteral("p609")));
        QVERIFY(integrityOk(db));

        // Caught up: a small page is indexed in its own transaction again.
        QVERIFY2(syncstore::applyPage(db, page(700, 3, false), QStringLiteral("c2"),
                                      QStringLiteral("c3"), true, &error),
                 qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(found(db, QStringLiteral("note701"), QStringLiteral("p701")));
        QVERIFY(integrityOk(db));
    }

    void smallPagesAreIndexedAtOnceLargeOnesLater() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("backlog-inline"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        // A whole pull in one small page: indexed in its transaction.
        QVERIFY(
            syncstore::applyPage(db, page(0, 30, true), {}, QStringLiteral("c1"), true, &error));
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(found(db, QStringLiteral("note29"), QStringLiteral("p29")));
        // A large last page (a community that fits one page of an initial sync) is left to the
        // indexer like any large page: written row by row in its transaction, indexing ran ten
        // times slower than the indexer's batches.
        QVERIFY(syncstore::applyPage(db, page(30, 800, true), QStringLiteral("c1"),
                                     QStringLiteral("c2"), true, &error));
        QVERIFY(search::rowsWaiting(db) >= 800);
        QVERIFY(!found(db, QStringLiteral("note829"), QStringLiteral("p829")));
        while (search::rowsWaiting(db) > 0)
            QVERIFY2(search::indexWaiting(db, 300, &error) > 0, qPrintable(error));
        QVERIFY(found(db, QStringLiteral("note829"), QStringLiteral("p829")));
        // Caught up: a small page with more to follow is indexed at once again.
        QVERIFY(syncstore::applyPage(db, page(830, 20, false), QStringLiteral("c2"),
                                     QStringLiteral("c3"), false, &error));
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(found(db, QStringLiteral("note849"), QStringLiteral("p849")));
        QVERIFY(integrityOk(db));
    }

    void closingInterruptsAndOpeningResumes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            CacheDatabase db(QStringLiteral("backlog-first"));
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(syncstore::applyPage(db, page(0, 1000, true), {}, QStringLiteral("c1"), false,
                                         &error));
            QCOMPARE(search::indexWaiting(db, 301, &error), qint64(301));
        } // closed with 700 rows waiting
        CacheDatabase db(QStringLiteral("backlog-second"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(700));
        QVERIFY(found(db, QStringLiteral("note299"), QStringLiteral("p299")));
        QVERIFY(!found(db, QStringLiteral("note300"), QStringLiteral("p300")));
        // An incomplete index fails FTS5's own check against the table.
        QVERIFY(!integrityOk(db));
        QCOMPARE(indexAll(db, 256), qint64(700));
        QVERIFY(found(db, QStringLiteral("note300"), QStringLiteral("p300")));
        QVERIFY(found(db, QStringLiteral("note999"), QStringLiteral("p999")));
        QVERIFY(integrityOk(db));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_backlog")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void wipeDuringBacklogKeepsTheIndexEqual() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("backlog-wipe"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QVERIFY(
            syncstore::applyPage(db, page(0, 600, true), {}, QStringLiteral("c1"), false, &error));
        QCOMPARE(search::indexWaiting(db, 200, &error), qint64(200));
        QVERIFY2(syncstore::wipe(db, &error), qPrintable(error));
        QVERIFY(search::search(db, u"shared", 10).isEmpty());
        QCOMPARE(indexAll(db, 100), qint64(0));
        QVERIFY(integrityOk(db));
        // A row the wipe keeps (the outbox still carries it) is indexed again afterwards.
        QVERIFY(db.begin(&error));
        EntityWriter writer(db.db());
        QVERIFY(writer.upsert(post(5000, QStringLiteral("unsent5000")), &error));
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO outbox (mutation_id, type, entity_id, args, "
                                   "created_at) VALUES ('m1', 'post.create', 'p5000', '{}', 1)"),
                    &error));
        QVERIFY(db.commit(&error));
        QVERIFY(found(db, QStringLiteral("unsent5000"), QStringLiteral("p5000")));
        QVERIFY2(syncstore::wipe(db, &error), qPrintable(error));
        QVERIFY(!found(db, QStringLiteral("unsent5000"), QStringLiteral("p5000")));
        QCOMPARE(indexAll(db, 100), qint64(1));
        QVERIFY(found(db, QStringLiteral("unsent5000"), QStringLiteral("p5000")));
        QVERIFY(integrityOk(db));
        // The pull from the start: indexed like a first one.
        QVERIFY(
            syncstore::applyPage(db, page(0, 600, true), {}, QStringLiteral("c1"), false, &error));
        QCOMPARE(indexAll(db, 1000), qint64(601));
        QVERIFY(found(db, QStringLiteral("note42"), QStringLiteral("p42")));
        QVERIFY(integrityOk(db));
    }
};

QTEST_GUILESS_MAIN(TestSearchBacklog)
#include "tst_search_backlog.moc"
