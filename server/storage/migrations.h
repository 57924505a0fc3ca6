// The server database's schema, as an append-only list of named steps ("core.1",
// "commerce.1", ...): each feature area appends its own steps without renumbering anyone
// else's. Each step runs in its own transaction together with the row recording it in
// schema_steps; a failing step rolls back and the server refuses to start. A database that
// records a step this build does not know was written by a newer lyceum-server and is refused
// with a message, never "upgraded" or used.
//
// Applied steps live in a table rather than PRAGMA user_version so the same code works on
// PostgreSQL. Databases from before named steps (table schema_migrations, version 1) are read
// as "core.1 applied".
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class QSqlDatabase;

namespace lyceum::server {

class SqlDialect;

struct SchemaStep {
    const char *id;
    bool (*apply)(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
};

// The steps this build knows, in the order they are applied.
const std::vector<SchemaStep> &serverSchemaSteps();

// The ids recorded in schema_steps in application order; nullopt-like: sets *error and returns
// an empty list with ok=false on failure.
QStringList appliedServerSchemaSteps(QSqlDatabase &db, bool *ok, QString *error);

// Applies every known step not yet applied. false with a readable error on failure or when the
// database records a step this build does not know.
bool migrateServerSchema(QSqlDatabase &db, const SqlDialect &dialect, qint64 nowMs, QString *error);

// Runs statements (schema text with ${...} dialect placeholders) in order; a helper for steps.
bool execSchema(QSqlDatabase &db, const SqlDialect &dialect, const std::vector<const char *> &sql,
                QString *error);

// The steps, one function each, defined in migrations.cpp and schema_<area>.cpp.
bool serverSchemaCore1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaCommerce1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaReviews1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaPaths1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaModeration1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaModeration2(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaModeration3(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaModeration4(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaMedia1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaStudio1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaStudio2(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaSections1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaIntegrity1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaCommerce2(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaThrottle1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaNames1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaCommerce3(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaCertificates1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaAssignments1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaChallenges1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
bool serverSchemaAccount1(QSqlDatabase &db, const SqlDialect &dialect, QString *error);

} // namespace lyceum::server
