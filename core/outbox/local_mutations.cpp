#include "outbox/local_mutations.h"

#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::localmutations {

namespace {

// The context is this namespace's name, which is what lupdate files these sentences under.
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::localmutations", text);
}

Status invalid(const char *text) {
    return CoreError::validation(tr(text));
}

// One statement; a failure is a Storage error "<what>: <sqlite message>".
Status run(QSqlQuery &q, const QString &what) {
    QString error;
    if (!CacheDatabase::exec(q, what, &error))
        return CoreError::storage(error);
    return {};
}

Status enqueue(CacheDatabase &db, QLatin1StringView type, const QString &entityId,
               const QJsonObject &args) {
    QString error;
    if (!outboxstore::enqueue(db, QString(type), entityId, args, nullptr, &error))
        return CoreError::storage(error);
    return {};
}

Status upsert(EntityWriter &writer, const auto &entity) {
    QString error;
    if (!writer.upsert(entity, &error))
        return CoreError::storage(error);
    return {};
}

// The thread a reply goes to: present and open.
Status checkThreadOpen(CacheDatabase &db, const QString &threadId) {
    QSqlQuery thread(db.db());
    thread.prepare(QStringLiteral("SELECT locked FROM threads WHERE id = ?"));
    thread.bindValue(0, threadId);
    if (Status s = run(thread, QStringLiteral("finding the thread")); !s)
        return s;
    if (!thread.next())
        return invalid("The thread was not found in the local cache.");
    if (thread.value(0).toBool())
        return invalid("The thread is locked; replies are closed.");
    return {};
}

Status createPostIn(CacheDatabase &db, Post post) {
    const Result<mutations::PostCreateArgs> args = mutations::PostCreateArgs::fromJson(
        mutations::PostCreateArgs{post.id, post.threadId, post.parentId, post.body}.toJson());
    if (!args)
        return args.error();
    post.body = args->body;
    if (Status s = checkThreadOpen(db, post.threadId); !s)
        return s;
    EntityWriter writer(db.db());
    if (Status s = upsert(writer, post); !s)
        return s;
    QSqlQuery bump(db.db());
    bump.prepare(QStringLiteral("UPDATE threads SET post_count = post_count + 1, "
                                "last_activity_at = MAX(last_activity_at, ?) WHERE id = ?"));
    bump.bindValue(0, post.createdAt);
    bump.bindValue(1, post.threadId);
    if (Status s = run(bump, QStringLiteral("updating the thread")); !s)
        return s;
    return enqueue(db, mutations::kPostCreate, post.id, args->toJson());
}

Status createThreadIn(CacheDatabase &db, Thread thread, Post firstPost) {
    mutations::ThreadCreateArgs in;
    in.id = thread.id;
    in.title = thread.title;
    in.kind = thread.kind;
    in.body = firstPost.body;
    in.firstPostId = firstPost.id;
    in.spaceId = thread.spaceId;
    in.courseId = thread.courseId;
    in.lessonId = thread.lessonId;
    const Result<mutations::ThreadCreateArgs> args =
        mutations::ThreadCreateArgs::fromJson(in.toJson());
    if (!args)
        return args.error();
    thread.title = args->title;
    firstPost.body = args->body;
    EntityWriter writer(db.db());
    if (Status s = upsert(writer, thread); !s)
        return s;
    if (Status s = upsert(writer, firstPost); !s)
        return s;
    return enqueue(db, mutations::kThreadCreate, thread.id, args->toJson());
}

// Adds (add) or removes the user's reaction; toggle: whichever changes it.
enum class ReactionChange { Add, Remove, Toggle };

Status reactIn(CacheDatabase &db, const QString &postId, const QString &userId,
               const QString &emoji, qint64 now, ReactionChange change) {
    const Result<mutations::ReactionArgs> args = mutations::ReactionArgs::fromJson(
        mutations::kReactionAdd, mutations::ReactionArgs{postId, emoji}.toJson());
    if (!args)
        return invalid("This reaction is not available.");
    const QString id = reactionId(postId, userId, emoji);
    QSqlQuery existing(db.db());
    existing.prepare(QStringLiteral("SELECT 1 FROM reactions WHERE id = ?"));
    existing.bindValue(0, id);
    if (Status s = run(existing, QStringLiteral("reading reactions")); !s)
        return s;
    const bool had = existing.next();
    if ((change == ReactionChange::Add && had) || (change == ReactionChange::Remove && !had))
        return {}; // already so
    EntityWriter writer(db.db());
    QString error;
    if (had ? !writer.remove(EntityType::Reaction, id, &error)
            : !writer.upsert(Reaction{id, postId, userId, emoji, now}, &error))
        return CoreError::storage(error);
    return enqueue(db, had ? mutations::kReactionRemove : mutations::kReactionAdd, id,
                   args->toJson());
}

struct OwnPost {
    bool found = false;
    bool deleted = false;
    QString authorId;
    qint64 editedAt = 0;
};

Result<OwnPost> readPost(CacheDatabase &db, const QString &postId) {
    OwnPost p;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT author_id, deleted, COALESCE(edited_at, 0) FROM posts WHERE id = ?"));
    q.bindValue(0, postId);
    if (Status s = run(q, QStringLiteral("finding the post")); !s)
        return s.error();
    if (!q.next())
        return p;
    p.found = true;
    p.authorId = q.value(0).toString();
    p.deleted = q.value(1).toBool();
    p.editedAt = q.value(2).toLongLong();
    return p;
}

// The newest outbox row of type for the post in one of states, or -1.
qint64 queuedRow(CacheDatabase &db, QLatin1StringView type, const QString &postId,
                 const QString &states, QJsonObject *args) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT seq, args FROM outbox WHERE type = ? AND entity_id = ? "
                             "AND state IN (") +
              states + QStringLiteral(") ORDER BY seq DESC LIMIT 1"));
    q.bindValue(0, QString(type));
    q.bindValue(1, postId);
    if (!q.exec() || !q.next())
        return -1;
    if (args)
        *args = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return q.value(0).toLongLong();
}

Status rewriteArgs(CacheDatabase &db, qint64 seq, const QJsonObject &args) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE outbox SET args = ? WHERE seq = ? AND state = 0"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.bindValue(1, seq);
    return run(q, QStringLiteral("updating the queued change"));
}

// The user's own post, present and not deleted.
Result<OwnPost> ownPost(CacheDatabase &db, const QString &postId, const QString &myUserId) {
    Result<OwnPost> p = readPost(db, postId);
    if (!p)
        return p;
    if (!p->found)
        return invalid("The post was not found in the local cache.").error();
    if (p->authorId != myUserId)
        return invalid("Only the author may change a post.").error();
    if (p->deleted)
        return invalid("The post was deleted.").error();
    return p;
}

Status editPostIn(CacheDatabase &db, const QString &postId, const QString &myUserId,
                  const QString &text) {
    // Checked as the server will check it (the base is the cache's own, set below).
    const Result<mutations::PostEditArgs> checked =
        mutations::PostEditArgs::fromJson(mutations::PostEditArgs{postId, text, -1}.toJson());
    if (!checked)
        return checked.error();
    const QString &body = checked->body;
    const Result<OwnPost> p = ownPost(db, postId, myUserId);
    if (!p)
        return p.error();
    QJsonObject args;
    // Not sent yet at all: change the creation itself.
    const qint64 create = queuedRow(db, mutations::kPostCreate, postId, QStringLiteral("0"), &args);
    if (create >= 0) {
        args.insert(QStringLiteral("body"), body);
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"));
        q.bindValue(0, body);
        q.bindValue(1, postId);
        if (Status s = rewriteArgs(db, create, args); !s)
            return s;
        return run(q, QStringLiteral("updating the post"));
    }
    // An earlier edit still waiting: it carries this text instead.
    const qint64 waiting = queuedRow(db, mutations::kPostEdit, postId, QStringLiteral("0"), &args);
    if (waiting >= 0) {
        args.insert(QStringLiteral("body"), body);
        return rewriteArgs(db, waiting, args);
    }
    // Based on the server's version, unless an edit of ours is on its way (then the server
    // will hold that one, which is ours to overwrite).
    const bool sending =
        queuedRow(db, mutations::kPostEdit, postId, QStringLiteral("1"), nullptr) >= 0;
    const mutations::PostEditArgs edit{postId, body, sending ? -1 : p->editedAt};
    return enqueue(db, mutations::kPostEdit, postId, edit.toJson());
}

Status deletePostIn(CacheDatabase &db, const QString &postId, const QString &myUserId) {
    if (const Result<OwnPost> p = ownPost(db, postId, myUserId); !p)
        return p.error();
    QJsonObject args;
    const qint64 create = queuedRow(db, mutations::kPostCreate, postId, QStringLiteral("0"), &args);
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
        if (Status s = run(q, QStringLiteral("dropping the queued post")); !s)
            return s;
        if (Status s = run(post, QStringLiteral("dropping the post")); !s)
            return s;
        return run(thread, QStringLiteral("updating the thread"));
    }
    return enqueue(db, mutations::kPostDelete, postId, mutations::PostDeleteArgs{postId}.toJson());
}

Post newPost(const QString &id, const QString &threadId, const QString &parentId,
             const QString &authorId, const QString &body, qint64 now) {
    Post p;
    p.id = id;
    p.threadId = threadId;
    p.parentId = parentId;
    p.authorId = authorId;
    p.body = body;
    p.createdAt = now;
    return p;
}

} // namespace

Status createPost(CacheDatabase &db, const Post &post) {
    return withTransaction(db, [&] { return createPostIn(db, post); });
}

Status createThread(CacheDatabase &db, const Thread &thread, const Post &firstPost) {
    return withTransaction(db, [&] { return createThreadIn(db, thread, firstPost); });
}

Status toggleReaction(CacheDatabase &db, const QString &postId, const QString &userId,
                      const QString &emoji, qint64 now) {
    return withTransaction(
        db, [&] { return reactIn(db, postId, userId, emoji, now, ReactionChange::Toggle); });
}

Status editPost(CacheDatabase &db, const QString &postId, const QString &myUserId,
                const QString &body) {
    return withTransaction(db, [&] { return editPostIn(db, postId, myUserId, body); });
}

Status deletePost(CacheDatabase &db, const QString &postId, const QString &myUserId) {
    return withTransaction(db, [&] { return deletePostIn(db, postId, myUserId); });
}

Status apply(CacheDatabase &db, const QString &myUserId, const QString &type,
             const QJsonObject &args, qint64 now) {
    if (type == mutations::kPostCreate) {
        const Result<mutations::PostCreateArgs> in = mutations::PostCreateArgs::fromJson(args);
        if (!in)
            return in.error();
        return createPost(db, newPost(in->id, in->threadId, in->parentId, myUserId, in->body, now));
    }
    if (type == mutations::kThreadCreate) {
        const Result<mutations::ThreadCreateArgs> in = mutations::ThreadCreateArgs::fromJson(args);
        if (!in)
            return in.error();
        Thread thread;
        thread.id = in->id;
        thread.spaceId = in->spaceId;
        thread.courseId = in->courseId;
        thread.lessonId = in->lessonId;
        thread.authorId = myUserId;
        thread.title = in->title;
        thread.kind = in->kind;
        thread.postCount = 1;
        thread.createdAt = thread.lastActivityAt = now;
        return createThread(db, thread,
                            newPost(in->firstPostId, in->id, {}, myUserId, in->body, now));
    }
    if (type == mutations::kPostEdit) {
        const Result<mutations::PostEditArgs> in = mutations::PostEditArgs::fromJson(args);
        return in ? editPost(db, in->id, myUserId, in->body) : Status(in.error());
    }
    if (type == mutations::kPostDelete) {
        const Result<mutations::PostDeleteArgs> in = mutations::PostDeleteArgs::fromJson(args);
        return in ? deletePost(db, in->id, myUserId) : Status(in.error());
    }
    if (type == mutations::kReactionAdd || type == mutations::kReactionRemove) {
        const bool add = type == mutations::kReactionAdd;
        const Result<mutations::ReactionArgs> in = mutations::ReactionArgs::fromJson(
            add ? mutations::kReactionAdd : mutations::kReactionRemove, args);
        if (!in)
            return in.error();
        return withTransaction(db, [&] {
            return reactIn(db, in->postId, myUserId, in->emoji, now,
                           add ? ReactionChange::Add : ReactionChange::Remove);
        });
    }
    return CoreError::validation(QStringLiteral("Unknown mutation type \"%1\".").arg(type));
}

} // namespace lyceum::localmutations
