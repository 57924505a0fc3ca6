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
        QCOMPARE(db.userVersion(), CacheDatabase::kSchemaVersion);
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
        QCOMPARE(db.userVersion(), CacheDatabase::kSchemaVersion);
        QSqlQuery q(db.db());
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
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 99"), &error));
        }
        CacheDatabase db(QStringLiteral("refuse"));
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("99")));
        QVERIFY(!db.isOpen());
        CacheDatabase check(QStringLiteral("check"));
        QVector<CacheDatabase::Migration> none{
            {99, [](QSqlDatabase &, QString *) { return true; }}};
        QVERIFY(check.open(path, none, &error));
        QCOMPARE(check.userVersion(), 99); // untouched
    }

    void failingMigrationRollsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QVector<CacheDatabase::Migration> steps = CacheDatabase::migrations();
        steps.append({CacheDatabase::kSchemaVersion + 1, [](QSqlDatabase &db, QString *error) {
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
        QCOMPARE(db.userVersion(), CacheDatabase::kSchemaVersion); // steps before it kept
        QSqlQuery q(db.db());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half_done"))); // rolled back
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
