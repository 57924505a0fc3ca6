// One profile's SQLite cache file (cache.sqlite). A CacheDatabase is used by exactly one thread
// (the cache worker, see cache_worker.h), which owns its QSqlDatabase connection.
//
// Opening sets WAL, synchronous=NORMAL and foreign keys, then brings the schema to
// kSchemaVersion: PRAGMA user_version holds the version, and each migrateToN step runs in its
// own transaction that also bumps user_version, so a failed step leaves the file at N-1. A file
// with a newer version than this build knows is refused, never "upgraded" or touched.
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
        int version; // the user_version after this step
        std::function<bool(QSqlDatabase &db, QString *error)> apply;
    };
    static constexpr int kSchemaVersion = 1;
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
    QSqlDatabase &db() { return m_db; }
    int userVersion();

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

// The schema steps, defined in cache_schema.cpp.
bool migrateTo1(QSqlDatabase &db, QString *error);

} // namespace lyceum
