#include "outbox/local_mutations.h"

#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
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

} // namespace lyceum::localmutations
