#include "server/storage/sql_dialect.h"

namespace lyceum::server {

QString SqlDialect::driverName() const {
    return m_backend == SqlBackend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QStringList SqlDialect::connectionSetup() const {
    if (m_backend == SqlBackend::Sqlite) {
        return {
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
    }
    return {QStringLiteral("SET client_encoding TO 'UTF8'")};
}

QString SqlDialect::expand(QString ddl) const {
    const bool lite = m_backend == SqlBackend::Sqlite;
    ddl.replace(QStringLiteral("${pk_auto}"),
                lite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                     : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    ddl.replace(QStringLiteral("${bigint}"),
                lite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT"));
    ddl.replace(QStringLiteral("${bool}"),
                lite ? QStringLiteral("INTEGER") : QStringLiteral("BOOLEAN"));
    ddl.replace(QStringLiteral("${blob}"), lite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    ddl.replace(QStringLiteral("${false}"), lite ? QStringLiteral("0") : QStringLiteral("FALSE"));
    ddl.replace(QStringLiteral("${text}"), QStringLiteral("TEXT"));
    return ddl;
}

QVariant SqlDialect::boolValue(bool value) const {
    if (m_backend == SqlBackend::Sqlite)
        return QVariant(value ? 1 : 0);
    return QVariant(value);
}

bool SqlDialect::toBool(const QVariant &value) {
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toLongLong() != 0;
}

QString SqlDialect::insert(const QString &table, const QStringList &columns) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO ") % table % u'(' % columns.join(u',') %
           QStringLiteral(") VALUES(") % marks.join(u',') % u')';
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QStringList &conflictColumns) const {
    QStringList sets;
    for (const QString &c : columns) {
        if (!conflictColumns.contains(c))
            sets << (c % QStringLiteral(" = excluded.") % c);
    }
    return insert(table, columns) % QStringLiteral(" ON CONFLICT(") % conflictColumns.join(u',') %
           QStringLiteral(") DO UPDATE SET ") % sets.join(u',');
}

} // namespace lyceum::server
