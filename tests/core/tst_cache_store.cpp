// Cache writes and reads, and the pull's page application: rows and cursor commit together, a
// failed page leaves nothing behind, a page from a stale cursor is refused, so a sync killed at
// any point resumes from the last applied page.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "cache/transaction.h"
#include "core_fixtures.h"
#include "outbox/local_mutations.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

class TestCacheStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<CacheDatabase> openDb(const QString &file = {}) {
        auto db = std::make_unique<CacheDatabase>(QStringLiteral("store-%1").arg(++m_n));
        QString error;
        const QString path =
            m_dir.filePath(file.isEmpty() ? QStringLiteral("c%1.sqlite").arg(m_n) : file);
        if (!db->open(path, &error))
            qFatal("open failed: %s", qPrintable(error));
        return db;
    }

    QVector<EntityChange> community() {
        Course c;
        c.id = QStringLiteral("c1");
        c.creatorId = QStringLiteral("u2");
        c.title = QStringLiteral("课程");
        c.tags = {QStringLiteral("a"), QStringLiteral("b")};
        c.price = 100;
        Lesson l1{QStringLiteral("l1"),
                  QStringLiteral("c1"),
                  2,
                  QStringLiteral("Two"),
                  {},
                  60,
                  false,
                  true,
                  0,
                  0,
                  {}};
        Lesson l0{QStringLiteral("l0"),
                  QStringLiteral("c1"),
                  1,
                  QStringLiteral("One"),
                  QStringLiteral("body"),
                  60,
                  true,
                  false,
                  0,
                  0,
                  {}};
        Thread lessonThread = makeThread(QStringLiteral("t9"), {});
        lessonThread.lessonId = QStringLiteral("l1");
        return {
            // children before parents on purpose: the compacted feed allows it
            upsert(EntityType::Post,
                   makePost(QStringLiteral("p2"), QStringLiteral("t1"), QStringLiteral("p1"), 3)),
            upsert(EntityType::Post, makePost(QStringLiteral("p1"), QStringLiteral("t1"), {}, 2)),
            upsert(EntityType::Post, makePost(QStringLiteral("p3"), QStringLiteral("t1"), {}, 4)),
            upsert(EntityType::Thread, makeThread(QStringLiteral("t1"), QStringLiteral("s1"), 5)),
            upsert(EntityType::Thread, makeThread(QStringLiteral("t2"), QStringLiteral("s1"), 50)),
            upsert(EntityType::Thread, lessonThread),
            upsert(EntityType::User, makeUser(QStringLiteral("u1"), QStringLiteral("Alice"))),
            upsert(EntityType::User, makeUser(QStringLiteral("u2"), QStringLiteral("Bob"))),
            upsert(
                EntityType::Space,
                Space{
                    QStringLiteral("s1"), QStringLiteral("gen"), QStringLiteral("General"), {}, 1}),
            upsert(EntityType::Course, c),
            upsert(EntityType::Lesson, l1),
            upsert(EntityType::Lesson, l0),
        };
    }

private Q_SLOTS:
    void writesAndReads() {
        auto db = openDb();
        QString error;
        QVERIFY2(syncstore::applyPage(*db, community(), {}, QStringLiteral("cur1"), true, &error),
                 qPrintable(error));
        const CacheCounts counts = cachereader::counts(*db).value();
        QCOMPARE(counts.users, 2);
        QCOMPARE(counts.threads, 3);
        QCOMPARE(counts.posts, 3);
        QCOMPARE(counts.lessons, 2);
        QCOMPARE(counts.cursor, QStringLiteral("cur1"));
        QVERIFY(syncstore::lastSyncedAt(*db) > 0);

        const auto courses = cachereader::courses(*db).value();
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses[0].creatorName, QStringLiteral("Bob"));
        QCOMPARE(courses[0].lessonCount, 2);
        QCOMPARE(courses[0].freePreviewCount, 1);
        QCOMPARE(courses[0].threadCount, 1);
        QCOMPARE(courses[0].course.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));

        const auto detail = cachereader::course(*db, QStringLiteral("c1")).value();
        QVERIFY(detail);
        QCOMPARE(detail->lessons.size(), 2);
        QCOMPARE(detail->lessons[0].id, QStringLiteral("l0")); // by position
        QVERIFY(detail->lessons[1].locked);
        QCOMPARE(detail->creator.displayName, QStringLiteral("Bob"));
        QCOMPARE(detail->threads.size(), 1);

        const auto threads = cachereader::spaceThreads(*db, QStringLiteral("s1")).value();
        QCOMPARE(threads.size(), 2);
        QCOMPARE(threads[0].thread.id, QStringLiteral("t2")); // newest activity first
        QCOMPARE(threads[0].authorName, QStringLiteral("Alice"));

        const auto t = cachereader::thread(*db, QStringLiteral("t1"), QStringLiteral("u1")).value();
        QVERIFY(t);
        QCOMPARE(t->posts.size(), 3);
        QCOMPARE(t->posts[0].post.id, QStringLiteral("p1"));
        QCOMPARE(t->posts[1].post.id, QStringLiteral("p2")); // reply follows its parent
        QCOMPARE(t->posts[1].depth, 1);
        QCOMPARE(t->posts[2].post.id, QStringLiteral("p3"));
        QCOMPARE(t->posts[2].depth, 0);
        QVERIFY(!t->posts[0].pending);
        QVERIFY(!cachereader::thread(*db, QStringLiteral("nope"), {}).value());
    }

    void deletesAndUpdates() {
        auto db = openDb();
        QString error;
        QVERIFY(syncstore::applyPage(*db, community(), {}, QStringLiteral("a"), false, &error));
        Thread changed = makeThread(QStringLiteral("t1"), QStringLiteral("s1"), 99);
        changed.title = QStringLiteral("renamed");
        changed.pinned = true;
        QVERIFY(syncstore::applyPage(*db,
                                     {removal(EntityType::Post, QStringLiteral("p3")),
                                      upsert(EntityType::Thread, changed),
                                      removal(EntityType::Thread, QStringLiteral("t2"))},
                                     QStringLiteral("a"), QStringLiteral("b"), true, &error));
        const auto threads = cachereader::spaceThreads(*db, QStringLiteral("s1")).value();
        QCOMPARE(threads.size(), 1);
        QCOMPARE(threads[0].thread.title, QStringLiteral("renamed"));
        QVERIFY(threads[0].thread.pinned);
        QCOMPARE(cachereader::counts(*db).value().posts, 2);
    }

    void failedPageLeavesNothingAndResumes() {
        const QString file = QStringLiteral("resume.sqlite");
        QString error;
        {
            auto db = openDb(file);
            QVERIFY(syncstore::applyPage(
                *db,
                {upsert(EntityType::User, makeUser(QStringLiteral("u1"), QStringLiteral("A")))}, {},
                QStringLiteral("page1"), false, &error));
            // Page 2 breaks half-way (an upsert without data): nothing of it may remain.
            EntityChange broken;
            broken.entity = EntityType::Post;
            broken.id = QStringLiteral("px");
            QVERIFY(!syncstore::applyPage(
                *db,
                {upsert(EntityType::User, makeUser(QStringLiteral("u2"), QStringLiteral("B"))),
                 broken},
                QStringLiteral("page1"), QStringLiteral("page2"), false, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(cachereader::counts(*db).value().users, 1);
            QCOMPARE(syncstore::cursor(*db), QStringLiteral("page1"));
        } // "crash": the connection goes away
        auto db = openDb(file);
        QCOMPARE(syncstore::cursor(*db), QStringLiteral("page1")); // resume point survived
        // A page fetched from an older cursor is refused.
        QVERIFY(!syncstore::applyPage(*db, {}, {}, QStringLiteral("other"), false, &error));
        QVERIFY(syncstore::applyPage(
            *db, {upsert(EntityType::User, makeUser(QStringLiteral("u2"), QStringLiteral("B")))},
            QStringLiteral("page1"), QStringLiteral("page2"), true, &error));
        QCOMPARE(cachereader::counts(*db).value().users, 2);
        QCOMPARE(syncstore::cursor(*db), QStringLiteral("page2"));
    }

    void paidLessonsWaitForAPullAfterTheGracePeriod() {
        auto db = openDb();
        QString error;
        Course c;
        c.id = QStringLiteral("paid");
        c.creatorId = QStringLiteral("u2");
        c.title = QStringLiteral("付费课");
        c.price = 19900;
        Lesson preview{QStringLiteral("lp"),
                       c.id,
                       1,
                       QStringLiteral("Preview"),
                       QStringLiteral("open"),
                       60,
                       true,
                       false,
                       0,
                       0,
                       {}};
        Lesson bought{QStringLiteral("lb"),
                      c.id,
                      2,
                      QStringLiteral("Bought"),
                      QStringLiteral("paid body"),
                      60,
                      false,
                      false,
                      0,
                      0,
                      {}};
        // A pull that says: trust this for one hour offline.
        QVERIFY2(syncstore::applyPage(*db,
                                      {upsert(EntityType::Course, c),
                                       upsert(EntityType::Lesson, preview),
                                       upsert(EntityType::Lesson, bought)},
                                      {}, QStringLiteral("c1"), true, &error, 3600 * 1000),
                 qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!syncstore::offlineAccessExpired(*db, now));
        auto detail = cachereader::course(*db, c.id).value();
        QVERIFY(detail && !detail->accessNeedsCheck);
        QCOMPARE(detail->lessons.at(1).body, QStringLiteral("paid body"));
        QVERIFY(cachereader::courses(*db).value().first().entitled());

        // Two hours without a pull.
        QVERIFY(db->exec(QStringLiteral("UPDATE sync_state SET value = '%1' WHERE key = "
                                        "'last_synced_at'")
                             .arg(now - 2 * 3600 * 1000),
                         &error));
        QVERIFY(syncstore::offlineAccessExpired(*db, now));
        detail = cachereader::course(*db, c.id).value();
        QVERIFY(detail->accessNeedsCheck);
        QVERIFY(detail->lessons.at(1).locked);
        QVERIFY(detail->lessons.at(1).body.isEmpty());
        QCOMPARE(detail->lessons.at(0).body, QStringLiteral("open")); // previews stay open
        QVERIFY(!cachereader::courses(*db).value().first().entitled());

        // The next complete pull confirms access again (no grace given: the old one stays).
        QVERIFY(syncstore::applyPage(*db, {}, QStringLiteral("c1"), QStringLiteral("c2"), true,
                                     &error));
        QVERIFY(!syncstore::offlineAccessExpired(*db, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(cachereader::course(*db, c.id).value()->lessons.at(1).body,
                 QStringLiteral("paid body"));
    }

    void wipeKeepsUnsentWork() {
        auto db = openDb();
        QString error;
        QVERIFY(syncstore::applyPage(*db, community(), {}, QStringLiteral("a"), true, &error));
        const Post mine = makePost(QStringLiteral("mine"), QStringLiteral("t1"), {}, 100);
        QVERIFY2(succeeded(localmutations::createPost(*db, mine), &error), qPrintable(error));
        QVERIFY(syncstore::wipe(*db, &error));
        const CacheCounts c = cachereader::counts(*db).value();
        QCOMPARE(c.posts, 1); // the unsent reply
        QCOMPARE(c.threads, 0);
        QCOMPARE(c.users, 0);
        QCOMPARE(c.outbox, 1);
        QVERIFY(c.cursor.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cache_store.moc"
