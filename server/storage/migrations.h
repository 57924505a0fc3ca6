// Versioned schema of the server database. Each step migrateToN runs in its own transaction
// together with the row recording it in schema_migrations; a failing step rolls back and the
// server refuses to start. A database whose version is newer than this build knows is refused
// with a message, never "upgraded" or used.
//
// The version lives in a table rather than PRAGMA user_version so the same code works on
// PostgreSQL.
#pragma once

#include <QString>

class QSqlDatabase;

namespace lyceum::server {

class SqlDialect;

inline constexpr int kServerSchemaVersion = 1;

// The recorded version, 0 for an empty database, -1 on failure (error set).
int serverSchemaVersion(QSqlDatabase &db, QString *error);

// Brings db to kServerSchemaVersion. false with a readable error on failure or newer schema.
bool migrateServerSchema(QSqlDatabase &db, const SqlDialect &dialect, qint64 nowMs, QString *error);

} // namespace lyceum::server
