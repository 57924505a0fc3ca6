// Everything that differs between the SQL databases the server runs on, in one place: the Qt
// driver, column types, auto-increment keys, booleans, connection settings. Schema text in
// migrations.cpp is written with ${...} placeholders that expand() fills in, and queries use
// only syntax both SQLite (>= 3.35) and PostgreSQL accept (ON CONFLICT ... DO UPDATE/NOTHING,
// RETURNING), so adding the PostgreSQL backend is a matter of this file.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace lyceum::server {

enum class SqlBackend { Sqlite, Postgres };

class SqlDialect {
public:
    explicit SqlDialect(SqlBackend backend)
        : m_backend(backend) {}

    SqlBackend backend() const { return m_backend; }
    QString driverName() const;
    // Statements run on every new connection (journal mode, foreign keys...).
    QStringList connectionSetup() const;

    // Expands ${pk_auto} ${bigint} ${bool} ${false} ${blob} ${text} in schema text.
    QString expand(QString ddl) const;

    // Booleans are bound through here (SQLite stores 0/1, PostgreSQL a BOOLEAN).
    QVariant boolValue(bool value) const;
    static bool toBool(const QVariant &value);

    // INSERT INTO table(cols) VALUES(?...) ON CONFLICT(conflict) DO UPDATE SET c = excluded.c
    // for each column not in the conflict target.
    QString upsert(const QString &table, const QStringList &columns,
                   const QStringList &conflictColumns) const;
    // INSERT INTO table(cols) VALUES(?...)
    static QString insert(const QString &table, const QStringList &columns);

private:
    SqlBackend m_backend;
};

} // namespace lyceum::server
