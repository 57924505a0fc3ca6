// Cache schema migrations: fresh create, idempotent reopen, a newer schema refused with a clear
// message (and left untouched), a failing step rolled back, and the pragmas in effect.
#include "cache/cache_database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;

class TestCacheSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshCreateAndPragmas() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("fresh"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QCOMPARE(db.appliedSteps().size(), CacheDatabase::migrations().size());
        QCOMPARE(db.appliedSteps().constFirst(), QStringLiteral("core.1"));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"users", "spaces", "courses", "lessons", "threads", "posts",
                                  "reactions", "sync_state", "outbox"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), table);
        }
    }

    void reopenIsIdempotent() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            CacheDatabase db(QStringLiteral("first"));
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(
                db.exec(QStringLiteral("INSERT INTO sync_state VALUES ('cursor', 'abc')"), &error));
        }
        CacheDatabase db(QStringLiteral("second"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.appliedSteps().size(), CacheDatabase::migrations().size());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_steps")) && q.next());
        QCOMPARE(q.value(0).toInt(), CacheDatabase::migrations().size());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("abc"));
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            CacheDatabase db(QStringLiteral("make-newer"));
            QVERIFY(db.open(path, &error));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_steps VALUES ('future.1', 99, 0)"),
                            &error));
        }
        CacheDatabase db(QStringLiteral("refuse"));
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("future.1")));
        QVERIFY(!db.isOpen());
        CacheDatabase check(QStringLiteral("check"));
        QVector<CacheDatabase::Migration> all = CacheDatabase::migrations();
        all.append({QStringLiteral("future.1"), [](QSqlDatabase &, QString *) { return true; }});
        QVERIFY(check.open(path, all, &error));
        QCOMPARE(check.appliedSteps().constLast(), QStringLiteral("future.1")); // untouched
    }

    void failingMigrationRollsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QVector<CacheDatabase::Migration> steps = CacheDatabase::migrations();
        steps.append({QStringLiteral("test.1"), [](QSqlDatabase &db, QString *error) {
                          QSqlQuery q(db);
                          q.exec(QStringLiteral("CREATE TABLE half_done (x)"));
                          *error = QStringLiteral("step exploded");
                          return false;
                      }});
        QString error;
        {
            CacheDatabase db(QStringLiteral("failing"));
            QVERIFY(!db.open(path, steps, &error));
            QVERIFY2(error.contains(QLatin1String("step exploded")), qPrintable(error));
        }
        CacheDatabase db(QStringLiteral("after"));
        QVERIFY(db.open(path, &error));
        QCOMPARE(db.appliedSteps().size(), CacheDatabase::migrations().size()); // earlier kept
        QSqlQuery q(db.db());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half_done"))); // rolled back
    }

    void fileFromBeforeNamedStepsIsKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            // What a build before named steps wrote: the core tables and user_version 1.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY2(cacheSchemaCore1(raw, &error), qPrintable(error));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('cursor', 'kept')")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        CacheDatabase db(QStringLiteral("legacy-open"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.appliedSteps().constFirst(), QStringLiteral("core.1"));
        QCOMPARE(db.appliedSteps().size(), CacheDatabase::migrations().size());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

    void unopenablePathIsExplained() {
        CacheDatabase db(QStringLiteral("bad"));
        QString error;
        QVERIFY(!db.open(QStringLiteral("/nonexistent-dir/for/sure/c.sqlite"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cache_schema.moc"
