// The --database URL of lyceum-server and its admin commands: "sqlite:PATH" (a file named
// lyceum-server.sqlite3 for a running server; any SQLite file for backup and restore) or a
// libpq URI "postgresql://USER@/DBNAME?host=SOCKETDIR&port=PORT".
#pragma once

#include <QString>
#include <memory>

namespace lyceum::server {

class SqlStorage;

struct DatabaseUrl {
    enum class Kind { Sqlite, Postgresql };
    Kind kind = Kind::Sqlite;
    QString path; // Sqlite: the file
    QString uri;  // Postgresql: the whole URI

    // nullopt-like: ok false with *error for anything else.
    static bool parse(const QString &text, DatabaseUrl *out, QString *error);
    // The SQLite file a server keeps in its data directory.
    static DatabaseUrl sqliteIn(const QString &dataDir);
};

// Opens (creating and migrating) the storage a URL names. A SQLite URL must name a file called
// lyceum-server.sqlite3 (its directory is the storage's); PostgreSQL needs the PostgreSQL storage
// (docs/operations.md, "Database"). nullptr with *error otherwise.
std::unique_ptr<SqlStorage> openStorage(const DatabaseUrl &url, qint64 nowMs, QString *error);

} // namespace lyceum::server
