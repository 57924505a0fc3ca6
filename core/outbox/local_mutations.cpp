#include "outbox/local_mutations.h"

#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lyceum::localmutations {

namespace {

// The context is this namespace's name, which is what lupdate files these sentences under.
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::localmutations", text);
}

template<typename Body> bool inTransaction(CacheDatabase &db, QString *error, Body body) {
    if (!db.begin(error))
        return false;
    if (!body()) {
        db.rollback();
        return false;
    }
    return db.commit(error);
}

} // namespace

bool createPost(CacheDatabase &db, const Post &post, QString *error) {
    return inTransaction(db, error, [&] {
        QSqlQuery thread(db.db());
        thread.prepare(QStringLiteral("SELECT locked FROM threads WHERE id = ?"));
        thread.bindValue(0, post.threadId);
        if (!CacheDatabase::exec(thread, QStringLiteral("finding the thread"), error))
            return false;
        if (!thread.next()) {
            if (error)
                *error = tr("The thread was not found in the local cache.");
            return false;
        }
        if (thread.value(0).toBool()) {
            if (error)
                *error = tr("The thread is locked; replies are closed.");
            return false;
        }
        EntityWriter writer(db.db());
        if (!writer.upsert(post, error))
            return false;
        QSqlQuery bump(db.db());
        bump.prepare(QStringLiteral("UPDATE threads SET post_count = post_count + 1, "
                                    "last_activity_at = MAX(last_activity_at, ?) WHERE id = ?"));
        bump.bindValue(0, post.createdAt);
        bump.bindValue(1, post.threadId);
        if (!CacheDatabase::exec(bump, QStringLiteral("updating the thread"), error))
            return false;
        QJsonObject args{{QStringLiteral("id"), post.id},
                         {QStringLiteral("thread_id"), post.threadId},
                         {QStringLiteral("body"), post.body}};
        if (!post.parentId.isEmpty())
            args.insert(QStringLiteral("parent_id"), post.parentId);
        return outboxstore::enqueue(db, QStringLiteral("post.create"), post.id, args, nullptr,
                                    error);
    });
}

bool createThread(CacheDatabase &db, const Thread &thread, const Post &firstPost, QString *error) {
    return inTransaction(db, error, [&] {
        EntityWriter writer(db.db());
        if (!writer.upsert(thread, error) || !writer.upsert(firstPost, error))
            return false;
        QJsonObject args{{QStringLiteral("id"), thread.id},
                         {QStringLiteral("title"), thread.title},
                         {QStringLiteral("kind"), threadKindName(thread.kind)},
                         {QStringLiteral("body"), firstPost.body},
                         {QStringLiteral("first_post_id"), firstPost.id}};
        if (!thread.spaceId.isEmpty())
            args.insert(QStringLiteral("space_id"), thread.spaceId);
        else if (!thread.courseId.isEmpty())
            args.insert(QStringLiteral("course_id"), thread.courseId);
        else
            args.insert(QStringLiteral("lesson_id"), thread.lessonId);
        return outboxstore::enqueue(db, QStringLiteral("thread.create"), thread.id, args, nullptr,
                                    error);
    });
}

bool toggleReaction(CacheDatabase &db, const QString &postId, const QString &userId,
                    const QString &emoji, qint64 now, QString *error) {
    const QString id = reactionId(postId, userId, emoji);
    if (emojiKey(emoji).isEmpty()) {
        if (error)
            *error = tr("This reaction is not available.");
        return false;
    }
    return inTransaction(db, error, [&] {
        QSqlQuery existing(db.db());
        existing.prepare(QStringLiteral("SELECT 1 FROM reactions WHERE id = ?"));
        existing.bindValue(0, id);
        if (!CacheDatabase::exec(existing, QStringLiteral("reading reactions"), error))
            return false;
        const bool had = existing.next();
        EntityWriter writer(db.db());
        if (had) {
            if (!writer.remove(EntityType::Reaction, id, error))
                return false;
        } else if (!writer.upsert(Reaction{id, postId, userId, emoji, now}, error)) {
            return false;
        }
        const QJsonObject args{{QStringLiteral("post_id"), postId},
                               {QStringLiteral("emoji"), emoji}};
        return outboxstore::enqueue(
            db, had ? QStringLiteral("reaction.remove") : QStringLiteral("reaction.add"), id, args,
            nullptr, error);
    });
}

namespace {

struct OwnPost {
    bool found = false;
    bool deleted = false;
    QString authorId;
    qint64 editedAt = 0;
};

OwnPost readPost(CacheDatabase &db, const QString &postId, QString *error) {
    OwnPost p;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT author_id, deleted, COALESCE(edited_at, 0) FROM posts WHERE id = ?"));
    q.bindValue(0, postId);
    if (!CacheDatabase::exec(q, QStringLiteral("finding the post"), error) || !q.next())
        return p;
    p.found = true;
    p.authorId = q.value(0).toString();
    p.deleted = q.value(1).toBool();
    p.editedAt = q.value(2).toLongLong();
    return p;
}

// The newest outbox row of type for the post in one of states, or -1.
qint64 queuedRow(CacheDatabase &db, const QString &type, const QString &postId,
                 const QString &states, QJsonObject *args) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT seq, args FROM outbox WHERE type = ? AND entity_id = ? "
                             "AND state IN (") +
              states + QStringLiteral(") ORDER BY seq DESC LIMIT 1"));
    q.bindValue(0, type);
    q.bindValue(1, postId);
    if (!q.exec() || !q.next())
        return -1;
    if (args)
        *args = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return q.value(0).toLongLong();
}

bool rewriteArgs(CacheDatabase &db, qint64 seq, const QJsonObject &args, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE outbox SET args = ? WHERE seq = ? AND state = 0"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.bindValue(1, seq);
    return CacheDatabase::exec(q, QStringLiteral("updating the queued change"), error);
}

bool checkOwn(const OwnPost &p, const QString &myUserId, QString *error) {
    if (!p.found) {
        if (error && error->isEmpty())
            *error = tr("The post was not found in the local cache.");
        return false;
    }
    if (p.authorId != myUserId) {
        if (error)
            *error = tr("Only the author may change a post.");
        return false;
    }
    if (p.deleted) {
        if (error)
            *error = tr("The post was deleted.");
        return false;
    }
    return true;
}

} // namespace

bool editPost(CacheDatabase &db, const QString &postId, const QString &myUserId,
              const QString &body, QString *error) {
    return inTransaction(db, error, [&] {
        const OwnPost p = readPost(db, postId, error);
        if (!checkOwn(p, myUserId, error))
            return false;
        QJsonObject args;
        // Not sent yet at all: change the creation itself.
        const qint64 create =
            queuedRow(db, QStringLiteral("post.create"), postId, QStringLiteral("0"), &args);
        if (create >= 0) {
            args.insert(QStringLiteral("body"), body);
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"));
            q.bindValue(0, body);
            q.bindValue(1, postId);
            return rewriteArgs(db, create, args, error) &&
                   CacheDatabase::exec(q, QStringLiteral("updating the post"), error);
        }
        // An earlier edit still waiting: it carries this text instead.
        const qint64 waiting =
            queuedRow(db, QStringLiteral("post.edit"), postId, QStringLiteral("0"), &args);
        if (waiting >= 0) {
            args.insert(QStringLiteral("body"), body);
            return rewriteArgs(db, waiting, args, error);
        }
        QJsonObject edit{{QStringLiteral("id"), postId}, {QStringLiteral("body"), body}};
        // Based on the server's version, unless an edit of ours is on its way (then the server
        // will hold that one, which is ours to overwrite).
        if (queuedRow(db, QStringLiteral("post.edit"), postId, QStringLiteral("1"), nullptr) < 0)
            edit.insert(QStringLiteral("base_edited_at"), p.editedAt);
        return outboxstore::enqueue(db, QStringLiteral("post.edit"), postId, edit, nullptr, error);
    });
}

bool deletePost(CacheDatabase &db, const QString &postId, const QString &myUserId, QString *error) {
    return inTransaction(db, error, [&] {
        const OwnPost p = readPost(db, postId, error);
        if (!checkOwn(p, myUserId, error))
            return false;
        QJsonObject args;
        const qint64 create =
            queuedRow(db, QStringLiteral("post.create"), postId, QStringLiteral("0"), &args);
        if (create >= 0) {
            // Never left this device: forget it and whatever else waits for it.
            QSqlQuery q(db.db());
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity_id = ? AND state = 0"));
            q.bindValue(0, postId);
            QSqlQuery post(db.db());
            post.prepare(QStringLiteral("DELETE FROM posts WHERE id = ?"));
            post.bindValue(0, postId);
            QSqlQuery thread(db.db());
            thread.prepare(QStringLiteral("UPDATE threads SET post_count = MAX(post_count - 1, 0) "
                                          "WHERE id = ?"));
            thread.bindValue(0, args.value(QLatin1String("thread_id")).toString());
            return CacheDatabase::exec(q, QStringLiteral("dropping the queued post"), error) &&
                   CacheDatabase::exec(post, QStringLiteral("dropping the post"), error) &&
                   CacheDatabase::exec(thread, QStringLiteral("updating the thread"), error);
        }
        return outboxstore::enqueue(db, QStringLiteral("post.delete"), postId,
                                    QJsonObject{{QStringLiteral("id"), postId}}, nullptr, error);
    });
}

} // namespace lyceum::localmutations
