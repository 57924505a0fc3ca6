// SqlStorage: spent refresh tokens, image ownership before the bytes, media views
// (schema step "integrity.1", docs/security.md).
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

void SqlStorage::recordSpentRefresh(const QByteArray &hash, const QString &sessionId, qint64 at) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("spent_refresh_tokens"),
                                    {QStringLiteral("hash"), QStringLiteral("session_id"),
                                     QStringLiteral("spent_at")}) %
                 QStringLiteral(" ON CONFLICT(hash) DO NOTHING"));
    bind(q, {QString::fromLatin1(hash), sessionId, at});
    run(q);
}

std::optional<QString> SqlStorage::sessionOfSpentRefresh(const QByteArray &hash) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT session_id FROM spent_refresh_tokens WHERE hash = ?"));
    bind(q, {QString::fromLatin1(hash)});
    run(q);
    std::optional<QString> out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

QString SqlStorage::claimStudioImage(const QString &id, const QString &ownerId, qint64 at) {
    QSqlQuery &claim =
        prepared(SqlDialect::insert(QStringLiteral("studio_image_owners"),
                                    {QStringLiteral("id"), QStringLiteral("owner_id"),
                                     QStringLiteral("claimed_at")}) %
                 QStringLiteral(" ON CONFLICT(id) DO NOTHING"));
    bind(claim, {id, ownerId, at});
    run(claim);
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT owner_id FROM studio_image_owners WHERE id = ?"));
    bind(q, {id});
    run(q);
    QString owner;
    if (q.next())
        owner = q.value(0).toString();
    q.finish();
    return owner;
}

void SqlStorage::recordMediaView(const QString &userId, const QString &lessonId, qint64 at) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("media_views"),
                                    {QStringLiteral("user_id"), QStringLiteral("lesson_id"),
                                     QStringLiteral("first_at")}) %
                 QStringLiteral(" ON CONFLICT(user_id, lesson_id) DO NOTHING"));
    bind(q, {userId, lessonId, at});
    run(q);
}

} // namespace lyceum::server
