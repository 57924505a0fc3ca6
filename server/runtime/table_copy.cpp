#include "server/runtime/table_copy.h"

#include "server/storage/sql_storage.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lyceum::server {

namespace {

QStringList column(QSqlDatabase &db, const QString &sql, int index = 0) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw StorageError(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    QStringList values;
    while (q.next())
        values << q.value(index).toString();
    return values;
}

void exec(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
}

qint64 countRows(QSqlDatabase &db, const QString &table) {
    return column(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).value(0).toLongLong();
}

// Copies one table's rows; returns how many.
qint64 copyTable(SqlStorage &from, SqlStorage &to, const QString &table) {
    QSqlDatabase &source = from.connection();
    QSqlDatabase &target = to.connection();
    const QStringList columns =
        column(source, QStringLiteral("PRAGMA table_info(%1)").arg(table), 1);
    // Columns the target stores as booleans get the target's boolean (SQLite keeps 0/1).
    const QSqlRecord shape = target.record(table);
    QVector<bool> isBool;
    for (const QString &name : columns)
        isBool << (shape.field(name).metaType().id() == QMetaType::Bool);
    exec(target, QStringLiteral("DELETE FROM %1").arg(table)); // rows the schema steps seeded
    const bool postgres = to.dialect().backend() == SqlBackend::Postgres;
    QString statement = SqlDialect::insert(table, columns);
    // PostgreSQL's auto-increment keys are GENERATED ALWAYS identities: the copied values (the
    // changes log's seq, which clients' cursors name) go in as they are.
    if (postgres)
        statement.replace(QStringLiteral(") VALUES("),
                          QStringLiteral(") OVERRIDING SYSTEM VALUE VALUES("));
    QSqlQuery insert(target);
    if (!insert.prepare(statement))
        throw StorageError(QStringLiteral("cannot prepare the copy of %1: %2")
                               .arg(table, insert.lastError().text()));
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                       .arg(columns.join(QStringLiteral(", ")), table)))
        throw StorageError(
            QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = read.value(i);
            insert.bindValue(
                i, isBool.at(i) && !v.isNull() ? to.dialect().boolValue(SqlDialect::toBool(v)) : v);
        }
        if (!insert.exec())
            throw StorageError(QStringLiteral("cannot copy a row of %1: %2")
                                   .arg(table, insert.lastError().text()));
        ++rows;
    }
    if (postgres) {
        // Auto-increment keys: the next value must come after the copied ones.
        for (const QString &name : columns) {
            const QString sequence =
                column(target,
                       QStringLiteral("SELECT pg_get_serial_sequence('%1', '%2')").arg(table, name))
                    .value(0);
            if (!sequence.isEmpty())
                exec(target, QStringLiteral(
                                 "SELECT setval('%1', COALESCE((SELECT MAX(%2) FROM %3), 0) + 1, "
                                 "false)")
                                 .arg(sequence, name, table));
        }
    }
    return rows;
}

} // namespace

bool copyAllTables(SqlStorage &from, SqlStorage &to, QVector<TableCount> *copied, QString *error) {
    try {
        const QString steps = QStringLiteral("SELECT id FROM schema_steps ORDER BY position");
        if (column(from.connection(), steps) != column(to.connection(), steps)) {
            *error = QStringLiteral("the two databases have different schema steps");
            return false;
        }
        if (to.hasUsers()) {
            *error = QStringLiteral("the target database is not empty");
            return false;
        }
        // In the order the schema steps created them: a table comes after those it refers to.
        const QStringList tables = column(
            from.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'table' AND name NOT LIKE 'sqlite_%' AND name <> "
                                              "'schema_steps' ORDER BY rowid"));
        const bool sqliteTarget = to.dialect().backend() == SqlBackend::Sqlite;
        if (sqliteTarget)
            exec(to.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        Transaction tx(to);
        QVector<TableCount> counts;
        for (const QString &table : tables)
            counts.append({table, copyTable(from, to, table)});
        tx.commit();
        if (sqliteTarget)
            exec(to.connection(), QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const TableCount &c : std::as_const(counts)) {
            if (countRows(to.connection(), c.table) != c.rows ||
                countRows(from.connection(), c.table) != c.rows) {
                *error = QStringLiteral("%1: the row counts differ after the copy").arg(c.table);
                return false;
            }
        }
        *copied = counts;
        return true;
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

} // namespace lyceum::server
