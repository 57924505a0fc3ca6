// SqlStorage: the posts a member saved (table saved_posts, schema step account.1).
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

bool SqlStorage::savePost(const QString &userId, const QString &postId, qint64 at) {
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO saved_posts (user_id, post_id, saved_at)"
                                           " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    bind(q, {userId, postId, at});
    run(q);
    return q.numRowsAffected() > 0;
}

bool SqlStorage::unsavePost(const QString &userId, const QString &postId) {
    QSqlQuery &q =
        prepared(QStringLiteral("DELETE FROM saved_posts WHERE user_id = ? AND post_id = ?"));
    bind(q, {userId, postId});
    run(q);
    return q.numRowsAffected() > 0;
}

QVector<SavedPost> SqlStorage::savedPosts(const QString &userId, int limit) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT post_id, saved_at FROM saved_posts"
                                           " WHERE user_id = ? ORDER BY saved_at DESC, post_id"
                                           " LIMIT ?"));
    bind(q, {userId, limit});
    run(q);
    QVector<SavedPost> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

int SqlStorage::savedPostCount(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM saved_posts WHERE user_id = ?"));
    bind(q, {userId});
    run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace lyceum::server
