// One profile's SQLite cache file (cache.sqlite). A CacheDatabase is used by exactly one thread
// (the cache worker, see cache_worker.h), which owns its QSqlDatabase connection.
//
// Opening sets WAL, synchronous=NORMAL and foreign keys, then applies the schema steps this
// build knows and the file has not seen yet. Steps are named ("core.1", "commerce.1", ...), so
// each feature area appends its own without renumbering anyone else's; the list in
// cache_database.cpp is append-only and applied in order. Each step runs in its own transaction
// that also records its id in schema_steps, so a failed step leaves the file as it was before
// it. A file that records a step this build does not know was written by a newer Lyceum and is
// refused, never "upgraded" or touched. (Files from before named steps have PRAGMA
// user_version = 1, which is read as "core.1 applied".)
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>

class QSqlQuery;

namespace lyceum {

class CacheDatabase {
public:
    struct Migration {
        QString id; // "<area>.<n>", recorded in schema_steps once applied
        std::function<bool(QSqlDatabase &db, QString *error)> apply;
    };
    static const QVector<Migration> &migrations();

    explicit CacheDatabase(QString connectionName);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (creating) the file and migrates it. On failure the error is a user-readable
    // sentence and the database is closed.
    bool open(const QString &path, QString *error);
    // As open(), with an explicit list of steps (tests inject failing steps).
    bool open(const QString &path, const QVector<Migration> &steps, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    void close();
    // Every query goes through here: it checks it is not on the GUI thread (thread_check.h).
    QSqlDatabase &db();
    // The ids recorded in schema_steps, in the order they were applied.
    QStringList appliedSteps();

    // The primitives of Transaction (cache/transaction.h), which every transaction goes through.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    // Executes one statement; on failure sets *error to "<what>: <sqlite message>".
    static bool exec(QSqlQuery &query, const QString &what, QString *error);
    bool exec(const QString &sql, QString *error);

private:
    bool migrate(const QVector<Migration> &steps, QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
};

// The schema steps, one function per step, defined in cache_schema*.cpp.
bool cacheSchemaCore1(QSqlDatabase &db, QString *error);
bool cacheSchemaReading1(QSqlDatabase &db, QString *error);
bool cacheSchemaSearch1(QSqlDatabase &db, QString *error);
bool cacheSchemaReviews1(QSqlDatabase &db, QString *error);
bool cacheSchemaAssignments1(QSqlDatabase &db, QString *error);
bool cacheSchemaReco1(QSqlDatabase &db, QString *error);
bool cacheSchemaPaths1(QSqlDatabase &db, QString *error);
bool cacheSchemaModeration1(QSqlDatabase &db, QString *error);
bool cacheSchemaMedia1(QSqlDatabase &db, QString *error);
bool cacheSchemaStudio1(QSqlDatabase &db, QString *error);
bool cacheSchemaStudio2(QSqlDatabase &db, QString *error);
bool cacheSchemaPolicy1(QSqlDatabase &db, QString *error);
bool cacheSchemaThreads1(QSqlDatabase &db, QString *error); // cache_schema_threads.cpp
bool cacheSchemaSearch2(QSqlDatabase &db, QString *error);
bool cacheSchemaPolicy2(QSqlDatabase &db, QString *error);
bool cacheSchemaInbox1(QSqlDatabase &db, QString *error); // cache_schema_inbox.cpp
bool cacheSchemaModeration2(QSqlDatabase &db, QString *error);
bool cacheSchemaNames1(QSqlDatabase &db, QString *error);        // cache_schema_names.cpp
bool cacheSchemaCertificates1(QSqlDatabase &db, QString *error); // learning/certificate_store.cpp
bool cacheSchemaChallenges1(QSqlDatabase &db, QString *error);   // cache_schema_challenges.cpp

} // namespace lyceum
