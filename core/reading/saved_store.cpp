#include "reading/saved_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "domain/mutation_defs_saved.h"
#include "outbox/outbox_store.h"

#include <QSqlQuery>

namespace lyceum::savedstore {

namespace {
Status exec(QSqlQuery &q, const char *what) {
    QString error;
    if (!CacheDatabase::exec(q, QString::fromLatin1(what), &error))
        return CoreError::storage(error);
    return {};
}

QString oneLine(const QString &body) {
    QString line = body.simplified();
    if (line.size() > kExcerptCharacters)
        line = line.left(kExcerptCharacters - 1) + QChar(0x2026);
    return line;
}
} // namespace

Status setSaved(CacheDatabase &db, const QString &postId, bool save, qint64 now) {
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.beginError();
    // An unsave carries when the post was saved, so dropping it from the outbox can put the
    // row back as it was.
    qint64 savedAt = now;
    if (!save) {
        QSqlQuery old(db.db());
        old.prepare(QStringLiteral("SELECT saved_at FROM saved_posts WHERE post_id = ?"));
        old.bindValue(0, postId);
        if (Status s = exec(old, "reading the saved post"); !s)
            return s;
        savedAt = old.next() ? old.value(0).toLongLong() : 0;
    }
    QSqlQuery q(db.db());
    q.prepare(save ? QStringLiteral("INSERT INTO saved_posts (post_id, saved_at) VALUES (?, ?) "
                                    "ON CONFLICT (post_id) DO NOTHING")
                   : QStringLiteral("DELETE FROM saved_posts WHERE post_id = ?"));
    q.bindValue(0, postId);
    if (save)
        q.bindValue(1, now);
    if (Status s = exec(q, "saving the post"); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return tx.commit(); // already so
    mutations::SavedPostArgs args;
    args.postId = postId;
    args.savedAt = savedAt;
    const QLatin1StringView type = save ? mutations::kSavedAdd : mutations::kSavedRemove;
    // Encoded and decoded once, so nothing the server would refuse as invalid is queued.
    if (const auto checked = mutations::SavedPostArgs::fromJson(type, args.toJson()); !checked)
        return checked.error();
    QString error;
    if (!outboxstore::enqueue(db, QString(type), postId, args.toJson(), nullptr, &error))
        return CoreError::storage(error);
    return tx.commit();
}

Result<QVector<SavedItem>> list(CacheDatabase &db, int limit) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT s.post_id, s.saved_at, p.id, p.thread_id, t.title, u.display_name, p.body, "
        "p.created_at, p.deleted, p.hidden FROM saved_posts s "
        "LEFT JOIN posts p ON p.id = s.post_id LEFT JOIN threads t ON t.id = p.thread_id "
        "LEFT JOIN users u ON u.id = p.author_id ORDER BY s.saved_at DESC, s.post_id LIMIT ?"));
    q.bindValue(0, limit);
    if (Status s = exec(q, "reading the saved posts"); !s)
        return s.error();
    QVector<SavedItem> out;
    while (q.next()) {
        SavedItem item;
        item.postId = q.value(0).toString();
        item.savedAt = q.value(1).toLongLong();
        item.inCache = !q.value(2).isNull();
        item.threadId = q.value(3).toString();
        item.threadTitle = q.value(4).toString();
        item.authorName = q.value(5).toString();
        item.excerpt = oneLine(q.value(6).toString());
        item.postedAt = q.value(7).toLongLong();
        item.deleted = q.value(8).toBool();
        item.hidden = q.value(9).toBool();
        out.append(item);
    }
    return out;
}

Result<QSet<QString>> savedIds(CacheDatabase &db) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT post_id FROM saved_posts"));
    if (Status s = exec(q, "reading the saved posts"); !s)
        return s.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<bool> merge(CacheDatabase &db, const QVector<QPair<QString, qint64>> &server) {
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.beginError().error();
    const auto run = [&](const QString &sql, const QVariantList &binds) -> Result<int> {
        QSqlQuery q(db.db());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (Status s = exec(q, "merging the saved posts"); !s)
            return s.error();
        return q.numRowsAffected();
    };
    const QString pending = QStringLiteral(
        "(SELECT entity_id FROM outbox WHERE type IN ('saved.add', 'saved.remove'))");
    QStringList ids;
    int changed = 0;
    for (const auto &[postId, savedAt] : server) {
        ids.append(postId);
        const Result<int> n = run(QStringLiteral("INSERT INTO saved_posts (post_id, saved_at) "
                                                 "SELECT ?, ? WHERE ? NOT IN ") +
                                      pending +
                                      QStringLiteral(" ON CONFLICT (post_id) DO UPDATE SET "
                                                     "saved_at = excluded.saved_at "
                                                     "WHERE saved_at <> excluded.saved_at"),
                                  {postId, savedAt, postId});
        if (!n)
            return n.error();
        changed += n.value();
    }
    // Rows the server no longer lists, unless this device's change is still on its way.
    QSqlQuery local(db.db());
    local.prepare(QStringLiteral("SELECT post_id FROM saved_posts WHERE post_id NOT IN ") +
                  pending);
    if (Status s = exec(local, "merging the saved posts"); !s)
        return s.error();
    const QSet<QString> listed(ids.begin(), ids.end());
    QStringList gone;
    while (local.next()) {
        if (!listed.contains(local.value(0).toString()))
            gone.append(local.value(0).toString());
    }
    local.finish();
    for (const QString &postId : gone) {
        const Result<int> n =
            run(QStringLiteral("DELETE FROM saved_posts WHERE post_id = ?"), {postId});
        if (!n)
            return n.error();
        changed += n.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed > 0;
}

bool revert(CacheDatabase &db, const QString &type, const QString &postId, const QJsonObject &args,
            QString *error) {
    QSqlQuery q(db.db());
    if (type == mutations::kSavedAdd) {
        q.prepare(QStringLiteral("DELETE FROM saved_posts WHERE post_id = ?"));
        q.bindValue(0, postId);
    } else if (type == mutations::kSavedRemove) {
        q.prepare(QStringLiteral("INSERT INTO saved_posts (post_id, saved_at) VALUES (?, ?) "
                                 "ON CONFLICT (post_id) DO NOTHING"));
        q.bindValue(0, postId);
        q.bindValue(1, args.value(QLatin1StringView("saved_at")).toInteger());
    } else {
        return true;
    }
    return CacheDatabase::exec(q, QStringLiteral("undoing the change"), error);
}

} // namespace lyceum::savedstore
