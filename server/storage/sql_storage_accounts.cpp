// SqlStorage: users and sessions.
#include "domain/codec.h"
#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::server {

namespace {
const QString kUserColumns =
    QStringLiteral("id, handle, display_name, role, bio, created_at, password_hash");

User userFromRow(const QSqlQuery &q) {
    User u;
    u.id = q.value(0).toString();
    u.handle = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Learner);
    u.bio = q.value(4).toString();
    u.createdAt = q.value(5).toLongLong();
    return u;
}

const QString kSessionColumns =
    QStringLiteral("id, user_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at,"
                   " created_at, device_name, last_seen_at");

Session sessionFromRow(const QSqlQuery &q) {
    Session s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.accessHash = q.value(2).toString().toLatin1();
    s.accessExpiresAt = q.value(3).toLongLong();
    s.refreshHash = q.value(4).toString().toLatin1();
    s.refreshExpiresAt = q.value(5).toLongLong();
    s.createdAt = q.value(6).toLongLong();
    s.deviceName = q.value(7).toString();
    s.lastSeenAt = q.value(8).toLongLong();
    return s;
}
} // namespace

bool SqlStorage::hasUsers() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    run(q);
    const bool any = q.next();
    q.finish();
    return any;
}

bool SqlStorage::insertUser(const User &user, const QString &passwordHash) {
    QSqlQuery &check = prepared(QStringLiteral("SELECT 1 FROM users WHERE handle = ?"));
    bind(check, {user.handle});
    run(check);
    const bool taken = check.next();
    check.finish();
    if (taken)
        return false;
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("users"),
        {QStringLiteral("id"), QStringLiteral("handle"), QStringLiteral("display_name"),
         QStringLiteral("role"), QStringLiteral("bio"), QStringLiteral("created_at"),
         QStringLiteral("password_hash")}));
    bind(q, {user.id, user.handle, user.displayName, roleName(user.role), user.bio, user.createdAt,
             nullableText(passwordHash)});
    run(q);
    recordChange("user", user.id, QJsonDocument(toJson(user)).toJson(QJsonDocument::Compact),
                 QString());
    return true;
}

std::optional<AccountRecord> SqlStorage::accountByHandle(const QString &handle) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kUserColumns %
                            QStringLiteral(" FROM users WHERE handle = ?"));
    bind(q, {handle});
    run(q);
    std::optional<AccountRecord> out;
    if (q.next())
        out = AccountRecord{userFromRow(q), q.value(6).toString()};
    q.finish();
    return out;
}

std::optional<User> SqlStorage::userById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kUserColumns %
                            QStringLiteral(" FROM users WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<User> out;
    if (q.next())
        out = userFromRow(q);
    q.finish();
    return out;
}

void SqlStorage::insertSession(const Session &s) {
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("sessions"),
        {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("access_hash"),
         QStringLiteral("access_expires_at"), QStringLiteral("refresh_hash"),
         QStringLiteral("refresh_expires_at"), QStringLiteral("created_at"),
         QStringLiteral("device_name"), QStringLiteral("last_seen_at")}));
    bind(q, {s.id, s.userId, QString::fromLatin1(s.accessHash), s.accessExpiresAt,
             QString::fromLatin1(s.refreshHash), s.refreshExpiresAt, s.createdAt, s.deviceName,
             s.lastSeenAt});
    run(q);
}

std::optional<Session> SqlStorage::sessionByAccessHash(const QByteArray &hash) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSessionColumns %
                            QStringLiteral(" FROM sessions WHERE access_hash = ?"));
    bind(q, {QString::fromLatin1(hash)});
    run(q);
    std::optional<Session> out;
    if (q.next())
        out = sessionFromRow(q);
    q.finish();
    return out;
}

std::optional<Session> SqlStorage::sessionByRefreshHash(const QByteArray &hash) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSessionColumns %
                            QStringLiteral(" FROM sessions WHERE refresh_hash = ?"));
    bind(q, {QString::fromLatin1(hash)});
    run(q);
    std::optional<Session> out;
    if (q.next())
        out = sessionFromRow(q);
    q.finish();
    return out;
}

void SqlStorage::updateSessionTokens(const Session &s) {
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE sessions SET access_hash = ?, access_expires_at = ?, refresh_hash = ?,"
        " refresh_expires_at = ?, last_seen_at = ? WHERE id = ?"));
    bind(q, {QString::fromLatin1(s.accessHash), s.accessExpiresAt,
             QString::fromLatin1(s.refreshHash), s.refreshExpiresAt, s.lastSeenAt, s.id});
    run(q);
}

void SqlStorage::deleteSession(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    bind(q, {id});
    run(q);
}

QVector<Session> SqlStorage::sessionsOfUser(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSessionColumns %
                            QStringLiteral(" FROM sessions WHERE user_id = ?"
                                           " ORDER BY last_seen_at DESC, created_at DESC, id"));
    bind(q, {userId});
    run(q);
    QVector<Session> out;
    while (q.next())
        out.append(sessionFromRow(q));
    q.finish();
    return out;
}

int SqlStorage::deleteOtherSessions(const QString &userId, const QString &keepId) {
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND id <> ?"));
    bind(q, {userId, keepId});
    run(q);
    return q.numRowsAffected();
}

void SqlStorage::setPasswordHash(const QString &userId, const QString &passwordHash) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    bind(q, {passwordHash, userId});
    run(q);
}

} // namespace lyceum::server
