// Where the server's database lives, from `lyceum-server --database URL`:
//   sqlite:PATH                       a SQLite file (the default: the file in --data)
//   postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DBNAME[?host=SOCKETDIR&port=PORT&...]
// Besides libpq's host, port, user, password, dbname, sslmode and connect_timeout, the query may
// name schema=NAME: the community's tables live in that schema (created if missing), so several
// communities (or test runs) can share one database.
// The PostgreSQL form is a libpq connection URI (postgres:// is accepted too); host may be a
// directory holding the server's Unix socket, given in the query because a path cannot stand in
// the authority. Everything is checked here, so a typo is a clear message rather than a driver
// error at first use.
#pragma once

#include "server/storage/sql_dialect.h"

#include <QString>
#include <optional>

namespace lyceum::server {

struct DatabaseUrl {
    SqlBackend backend = SqlBackend::Sqlite;
    QString sqlitePath; // SQLite: the database file

    // PostgreSQL: libpq's connection fields; empty/0 leaves libpq's default.
    QString host; // a name, an address, or a socket directory (starts with '/')
    int port = 0;
    QString user;
    QString password;
    QString databaseName;
    int connectTimeoutSeconds = 10;
    QString sslMode;
    QString schema; // [a-z_][a-z0-9_]*, at most 63 characters; empty: public

    // "sqlite" or "postgresql": the name GET /api/v1/health reports.
    QString backendName() const;
    // The URL without its password, for messages and logs.
    QString redacted() const;

    // nullopt with a message naming what is wrong.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // The default: DIR/lyceum-server.sqlite3.
    static DatabaseUrl sqliteIn(const QString &dataDir);
};

} // namespace lyceum::server
