// SqlStorage: failed logins (server/auth/login_throttle.h), shared by every instance.
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

void SqlStorage::recordLoginFailure(const QString &key, qint64 at, qint64 forgetBefore) {
    QSqlQuery &prune = prepared(QStringLiteral("DELETE FROM login_failures WHERE at <= ?"));
    bind(prune, {forgetBefore});
    run(prune);
    QSqlQuery &q = prepared(SqlDialect::insert(QStringLiteral("login_failures"),
                                               {QStringLiteral("key"), QStringLiteral("at")}));
    bind(q, {key, at});
    run(q);
}

QVector<qint64> SqlStorage::loginFailuresSince(const QString &key, qint64 since, int limit) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT at FROM login_failures WHERE key = ? AND at > ?"
                                           " ORDER BY at DESC LIMIT ?"));
    bind(q, {key, since, limit});
    run(q);
    QVector<qint64> out;
    while (q.next())
        out.prepend(q.value(0).toLongLong());
    q.finish();
    return out;
}

void SqlStorage::clearLoginFailures(const QString &key) {
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM login_failures WHERE key = ?"));
    bind(q, {key});
    run(q);
}

} // namespace lyceum::server
