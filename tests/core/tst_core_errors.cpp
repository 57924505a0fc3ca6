// The client core's one transaction guard (cache/transaction.h) and one error type
// (domain/result.h): a guard rolls back on every path that does not commit, a failing COMMIT is
// reported with SQLite's words and leaves nothing behind, a refused input is a Validation error
// and a failing cache a Storage error, and a corrupt cache file reads as an error, never as an
// empty catalogue.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "cache/transaction.h"
#include "core_fixtures.h"
#include "outbox/local_mutations.h"
#include "outbox/outbox_store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

class TestCoreErrors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(int n) const { return m_dir.filePath(QStringLiteral("e%1.sqlite").arg(n)); }

    std::unique_ptr<CacheDatabase> openDb(int *n = nullptr) {
        ++m_n;
        if (n)
            *n = m_n;
        auto db = std::make_unique<CacheDatabase>(QStringLiteral("errors-%1").arg(m_n));
        QString error;
        if (!db->open(path(m_n), &error))
            qFatal("open failed: %s", qPrintable(error));
        Thread locked = makeThread(QStringLiteral("locked"), QStringLiteral("s1"));
        locked.locked = true;
        if (!syncstore::applyPage(
                *db,
                {upsert(EntityType::Thread, makeThread(QStringLiteral("t1"), QStringLiteral("s1"))),
                 upsert(EntityType::Thread, locked),
                 upsert(EntityType::User, makeUser(QStringLiteral("u1"), QStringLiteral("Me")))},
                {}, QStringLiteral("c"), true, &error))
            qFatal("seed failed: %s", qPrintable(error));
        return db;
    }

    static int count(CacheDatabase &db, const QString &sql) {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void guardRollsBackUnlessCommitted() {
        auto db = openDb();
        QString error;
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)"), &error));
        {
            Transaction tx(*db);
            QVERIFY(tx.isOpen());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)"), &error));
        } // an early return: no commit
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM t")), 0);

        const Status failed = withTransaction(*db, [&] {
            if (!db->exec(QStringLiteral("INSERT INTO t VALUES (2)"), &error))
                return Status(CoreError::storage(error));
            return Status(CoreError::validation(QStringLiteral("refused after a write")));
        });
        QVERIFY(!failed);
        QVERIFY(failed.error().isValidation());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM t")), 0);

        const Status done = withTransaction(*db, [&] {
            return db->exec(QStringLiteral("INSERT INTO t VALUES (3)"), &error)
                       ? Status()
                       : Status(CoreError::storage(error));
        });
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM t")), 1);
    }

    void failedCommitIsReportedAndRolledBack() {
        auto db = openDb();
        QString error;
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"), &error));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE child (p INTEGER REFERENCES parent(id) "
                                        "DEFERRABLE INITIALLY DEFERRED)"),
                         &error));
        Status committed;
        {
            Transaction tx(*db);
            QVERIFY(tx.isOpen());
            // Checked only at COMMIT: the commit itself fails.
            QVERIFY(db->exec(QStringLiteral("INSERT INTO child VALUES (42)"), &error));
            committed = tx.commit();
        }
        QVERIFY(!committed);
        QVERIFY(committed.error().isStorage());
        QVERIFY2(committed.errorText().contains(QLatin1String("FOREIGN KEY")),
                 qPrintable(committed.errorText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM child")), 0);
        // Nothing is left open: the next transaction begins.
        Transaction next(*db);
        QVERIFY(next.isOpen());
    }

    void failedBeginIsReported() {
        auto db = openDb();
        Transaction outer(*db);
        QVERIFY(outer.isOpen());
        Transaction inner(*db); // SQLite has no nested BEGIN
        QVERIFY(!inner.isOpen());
        QVERIFY(inner.beginError().error().isStorage());
        QVERIFY(!inner.commit());
        QVERIFY(outer.commit().ok());
    }

    void refusedInputIsValidationAndBrokenCacheIsStorage() {
        auto db = openDb();
        const Status locked = localmutations::createPost(
            *db, makePost(QStringLiteral("p1"), QStringLiteral("locked"), {}, 100));
        QVERIFY(!locked);
        QVERIFY(locked.error().isValidation());
        Post tooLong = makePost(QStringLiteral("p2"), QStringLiteral("t1"), {}, 100);
        tooLong.body = QString(20001, QLatin1Char('x'));
        const Status invalid = localmutations::createPost(*db, tooLong);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().isValidation());
        QVERIFY2(invalid.errorText().contains(QLatin1String("'body'")),
                 qPrintable(invalid.errorText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM posts")), 0);

        // The outbox gone: the optimistic post must not stay without its outbox row.
        QString error;
        QVERIFY(db->exec(QStringLiteral("DROP TABLE outbox"), &error));
        const Status broken = localmutations::createPost(
            *db, makePost(QStringLiteral("p3"), QStringLiteral("t1"), {}, 100));
        QVERIFY(!broken);
        QVERIFY2(broken.error().isStorage(), qPrintable(broken.errorText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM posts")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT post_count FROM threads WHERE id = 't1'")), 0);
    }

    // A data page of the courses table overwritten on disk: the file opens (the schema is
    // intact), and reading the catalogue is an error, not an empty list.
    void corruptCacheReadsAsError() {
        int n = 0;
        qint64 rootPage = 0;
        qint64 pageSize = 0;
        {
            auto db = openDb(&n);
            QString error;
            for (int i = 0; i < 20; ++i) {
                Course c;
                c.id = QStringLiteral("c%1").arg(i);
                c.creatorId = QStringLiteral("u1");
                c.title = QStringLiteral("课程 %1").arg(i);
                c.published = true;
                QVERIFY2(syncstore::applyPage(*db, {upsert(EntityType::Course, c)},
                                              QStringLiteral("c"), QStringLiteral("c"), true,
                                              &error),
                         qPrintable(error));
            }
            QCOMPARE(cachereader::courses(*db).value().size(), 20);
            rootPage = count(*db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                 "type = 'table' AND name = 'courses'"));
            pageSize = count(*db, QStringLiteral("PRAGMA page_size"));
            QVERIFY(rootPage > 1 && pageSize > 0);
        } // closed: the WAL is checked into the file
        QFile file(path(n));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QVERIFY(file.write(QByteArray(pageSize, '\xA5')) == pageSize);
        file.close();

        CacheDatabase db(QStringLiteral("errors-corrupt"));
        QString error;
        QVERIFY2(db.open(path(n), &error), qPrintable(error));
        const Result<QVector<CourseSummary>> courses = cachereader::courses(db);
        QVERIFY(!courses);
        QVERIFY(courses.error().isStorage());
        QVERIFY2(courses.error().message.contains(QLatin1String("malformed")),
                 qPrintable(courses.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCoreErrors)
#include "tst_core_errors.moc"
