// The server database: migrations (fresh, reopened, newer schema refused), connection settings,
// the instance id, and the bulk seed path.
#include "server/seed/generated_community.h"
#include "server/storage/migrations.h"
#include "server/storage/sql_dialect.h"
#include "server/storage/sql_storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::server;

namespace {
// Runs one query on the database file through a connection of our own.
QVariant scalar(const QString &file, const QString &sql) {
    QVariant out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return out;
}
} // namespace

class TestServerStorage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigrated() {
        QTemporaryDir dir;
        QString error;
        QString instance;
        {
            auto storage =
                SqlStorage::openSqlite(dir.path() + QStringLiteral("/nested/data"), 1, &error);
            QVERIFY2(storage, qPrintable(error));
            instance = storage->instanceId();
            QVERIFY(instance.size() >= 16);
            QVERIFY(!storage->hasUsers());
            QCOMPARE(storage->latestSeq(), 0);
        }
        const QString file =
            dir.path() + QStringLiteral("/nested/data/") + SqlStorage::sqliteFileName();
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM schema_steps")).toInt(),
                 int(serverSchemaSteps().size()));
        QCOMPARE(scalar(file, QStringLiteral("SELECT id FROM schema_steps WHERE position = 0"))
                     .toString(),
                 QStringLiteral("core.1"));
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        for (const char *table :
             {"users", "sessions", "spaces", "courses", "lessons", "threads", "posts", "reactions",
              "entitlements", "changes", "mutations", "meta"}) {
            QCOMPARE(
                scalar(file, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'")
                                 .arg(QString::fromLatin1(table)))
                    .toInt(),
                1);
        }
        // Reopening keeps the schema (no second migration) and the instance id.
        auto again = SqlStorage::openSqlite(dir.path() + QStringLiteral("/nested/data"), 2, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->instanceId(), instance);
        again.reset();
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM schema_steps")).toInt(),
                 int(serverSchemaSteps().size()));
    }

    void foreignKeysAreEnforced() {
        QTemporaryDir dir;
        QString error;
        auto storage = SqlStorage::openSqlite(dir.path(), 1, &error);
        QVERIFY2(storage, qPrintable(error));
        Post orphan;
        orphan.id = QStringLiteral("p1");
        orphan.threadId = QStringLiteral("no-thread");
        orphan.authorId = QStringLiteral("no-user");
        orphan.body = QStringLiteral("x");
        QVERIFY_THROWS_EXCEPTION(StorageError, storage->putPost(orphan));
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        QString error;
        {
            auto storage = SqlStorage::openSqlite(dir.path(), 1, &error);
            QVERIFY2(storage, qPrintable(error));
        }
        const QString file = dir.filePath(SqlStorage::sqliteFileName());
        scalar(file, QStringLiteral("INSERT INTO schema_steps VALUES('future.1', 999, 0)"));
        auto storage = SqlStorage::openSqlite(dir.path(), 1, &error);
        QVERIFY(!storage);
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("future.1")), qPrintable(error));
        // Left untouched.
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM schema_steps")).toInt(),
                 int(serverSchemaSteps().size()) + 1);
    }

    void databaseFromBeforeNamedStepsIsKept() {
        QTemporaryDir dir;
        QString error;
        const QString file = dir.filePath(SqlStorage::sqliteFileName());
        {
            // What a build before named steps left: the core schema, schema_migrations at 1,
            // an instance id and a user.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY2(serverSchemaCore1(db, SqlDialect(SqlBackend::Sqlite), &error),
                     qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                          "PRIMARY KEY, applied_at BIGINT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1, 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('instance_id', 'legacy-id')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, handle, display_name, role, "
                                          "created_at) VALUES ('u1', 'kept', 'Kept', "
                                          "'learner', 0)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        auto storage = SqlStorage::openSqlite(dir.path(), 1, &error);
        QVERIFY2(storage, qPrintable(error));
        QCOMPARE(storage->instanceId(), QStringLiteral("legacy-id"));
        QVERIFY(storage->userById(QStringLiteral("u1")).has_value());
        storage.reset();
        QCOMPARE(scalar(file, QStringLiteral("SELECT id FROM schema_steps WHERE position = 0"))
                     .toString(),
                 QStringLiteral("core.1"));
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM schema_steps")).toInt(),
                 int(serverSchemaSteps().size()));
    }

    void unusableDirectoryIsReported() {
        QString error;
        auto storage =
            SqlStorage::openSqlite(QStringLiteral("/proc/lyceum-cannot-write-here"), 1, &error);
        QVERIFY(!storage);
        QVERIFY(!error.isEmpty());
    }

    void generatedCommunityIsDeterministicAndBulkLoaded() {
        const SeedData a = generateCommunity(50, 400, 7, kGeneratedBaseTimeMs);
        const SeedData b = generateCommunity(50, 400, 7, kGeneratedBaseTimeMs);
        QCOMPARE(a.threads, b.threads);
        QCOMPARE(a.posts, b.posts);
        QCOMPARE(a.posts.size(), 400);
        QVERIFY(generateCommunity(50, 400, 8, 1000).posts != a.posts);

        QTemporaryDir dir;
        QString error;
        auto storage = SqlStorage::openSqlite(dir.path(), 1, &error);
        QVERIFY2(storage, qPrintable(error));
        seedGenerated(*storage, 50, 400, 7);
        QCOMPARE(storage->latestSeq(), qint64(a.recordCount()));
        const auto thread = storage->threadById(a.threads.at(3).id);
        QVERIFY(thread);
        QCOMPARE(*thread, a.threads.at(3));
        // A second bulk load with the same ids fails as a whole and leaves the first intact.
        QVERIFY_THROWS_EXCEPTION(StorageError, seedGenerated(*storage, 50, 400, 7));
        QCOMPARE(storage->latestSeq(), qint64(a.recordCount()));
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_server_storage.moc"
