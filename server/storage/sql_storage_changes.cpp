// SqlStorage: the compacted changes log, mutation idempotency and the bulk seed path.
#include "domain/codec.h"
#include "server/seed/seed_data.h"
#include "server/storage/sql_storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <optional>

namespace lyceum::server {

namespace {
QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QStringList kChangeColumns = {
    QStringLiteral("entity"),  QStringLiteral("entity_id"),       QStringLiteral("op"),
    QStringLiteral("payload"), QStringLiteral("scope_course_id"), QStringLiteral("free_preview")};
} // namespace

qint64 SqlStorage::recordChange(const char *entity, const QString &id, const QByteArray &payload,
                                const QString &scopeCourseId, bool freePreview) {
    const QString entityName = QString::fromLatin1(entity);
    // On PostgreSQL the seq lock is transaction-scoped: a change written outside a transaction
    // gets one of its own.
    std::optional<Transaction> own;
    if (!m_inTransaction && isPostgres())
        own.emplace(*this);
    lockChangesLog();
    // Compaction: the entity's previous change row goes, the new one takes the next seq.
    QSqlQuery &del =
        prepared(QStringLiteral("DELETE FROM changes WHERE entity = ? AND entity_id = ?"));
    bind(del, {entityName, id});
    run(del);
    QSqlQuery &ins = prepared(SqlDialect::insert(QStringLiteral("changes"), kChangeColumns) %
                              QStringLiteral(" RETURNING seq"));
    bind(ins,
         {entityName, id, payload.isNull() ? QStringLiteral("delete") : QStringLiteral("upsert"),
          payload.isNull() ? sqlNull() : QVariant(payload), nullableText(scopeCourseId),
          boolean(freePreview)});
    run(ins);
    if (!ins.next())
        throw StorageError(QStringLiteral("the changes log did not return a sequence number"));
    const qint64 seq = ins.value(0).toLongLong();
    ins.finish();
    m_pendingSeq = std::max(m_pendingSeq, seq);
    noteChange();
    if (own)
        own->commit();
    return seq;
}

qint64 SqlStorage::recordTombstone(const char *entity, const QString &id,
                                   const QString &scopeCourseId) {
    return recordChange(entity, id, QByteArray(), scopeCourseId);
}

qint64 SqlStorage::latestSeq() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    run(q);
    const qint64 seq = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return seq;
}

void SqlStorage::readChanges(qint64 afterSeq, int limit,
                             const std::function<void(const ChangeRow &)> &visit) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT seq, entity, entity_id, op, payload, scope_course_id, free_preview FROM changes"
        " WHERE seq > ? ORDER BY seq LIMIT ?"));
    bind(q, {afterSeq, limit});
    run(q);
    ChangeRow row;
    while (q.next()) {
        row.seq = q.value(0).toLongLong();
        row.entity = q.value(1).toString().toLatin1();
        row.entityId = q.value(2).toString().toUtf8();
        row.isDelete = q.value(3).toString() == QLatin1String("delete");
        row.payload = q.value(4).toByteArray();
        row.scopeCourseId = q.value(5).toString();
        row.freePreview = SqlDialect::toBool(q.value(6));
        visit(row);
    }
    q.finish();
}

std::optional<QByteArray> SqlStorage::mutationResult(const QString &userId, const QString &clientId,
                                                     const QString &mutationId) {
    if (isPostgres()) {
        // The same mutation sent again while its first copy is still being applied (a client
        // that gave up waiting, now answered by another instance) waits here for that copy's
        // commit and then finds its result: a duplicate, never a second apply that dies on a
        // unique key. Held to the end of the transaction; the two-key form is a key space of
        // its own, apart from the 64-bit keys of the other locks.
        QSqlQuery &lock = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"));
        bind(lock, {int(0x4c79'0000 ^ (m_lockSalt & 0xffff)),
                    QString(userId + u'\x1f' + clientId + u'\x1f' + mutationId)});
        run(lock);
        lock.finish();
    }
    QSqlQuery &q = prepared(QStringLiteral("SELECT result FROM mutations WHERE user_id = ? AND "
                                           "client_id = ? AND mutation_id = ?"));
    bind(q, {userId, clientId, mutationId});
    run(q);
    std::optional<QByteArray> out;
    if (q.next())
        out = q.value(0).toByteArray();
    q.finish();
    return out;
}

void SqlStorage::recordMutation(const QString &clientId, const QString &mutationId,
                                const QString &userId, const QByteArray &result, qint64 at) {
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("mutations"),
        {QStringLiteral("client_id"), QStringLiteral("mutation_id"), QStringLiteral("user_id"),
         QStringLiteral("result"), QStringLiteral("applied_at")}));
    bind(q, {clientId, mutationId, userId, result, at});
    run(q);
}

void SqlStorage::bulkInsert(const SeedData &data) {
    Transaction tx(*this);
    lockChangesLog();
    m_changesPending = true;
    const auto insertWith = [this](const QString &table,
                                   const QStringList &columns) -> QSqlQuery & {
        return prepared(SqlDialect::insert(table, columns));
    };
    QSqlQuery &change = insertWith(QStringLiteral("changes"), kChangeColumns);
    const auto logChange = [&](const QString &entity, const QString &id, const QByteArray &payload,
                               const QString &scope, bool freePreview) {
        bind(change, {entity, id, QStringLiteral("upsert"), payload, nullableText(scope),
                      boolean(freePreview)});
        run(change);
    };

    QSqlQuery &users =
        insertWith(QStringLiteral("users"),
                   {QStringLiteral("id"), QStringLiteral("handle"), QStringLiteral("display_name"),
                    QStringLiteral("role"), QStringLiteral("bio"), QStringLiteral("created_at"),
                    QStringLiteral("password_hash")});
    for (const User &u : data.users) {
        bind(users, {u.id, u.handle, u.displayName, roleName(u.role), u.bio, u.createdAt,
                     nullableText(data.passwordHashes.value(u.id))});
        run(users);
        logChange(QStringLiteral("user"), u.id, compact(toJson(u)), QString(), false);
    }

    QSqlQuery &spaces = insertWith(
        QStringLiteral("spaces"),
        {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("name"),
         QStringLiteral("description"), QStringLiteral("position"), QStringLiteral("start_threads"),
         QStringLiteral("reply"), QStringLiteral("slow_mode_s"), QStringLiteral("closed")});
    for (const Space &s : data.spaces) {
        bind(spaces,
             {s.id, s.slug, s.name, s.description, s.position, spaceAudienceName(s.startThreads),
              spaceAudienceName(s.reply), qint64(s.slowModeS), boolean(s.closed)});
        run(spaces);
        logChange(QStringLiteral("space"), s.id, compact(toJson(s)), QString(), false);
    }

    QSqlQuery &courses = insertWith(
        QStringLiteral("courses"),
        {QStringLiteral("id"), QStringLiteral("space_id"), QStringLiteral("creator_id"),
         QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("description"),
         QStringLiteral("tags"), QStringLiteral("topic"), QStringLiteral("price"),
         QStringLiteral("currency"), QStringLiteral("published"), QStringLiteral("created_at"),
         QStringLiteral("updated_at"), QStringLiteral("prerequisites"),
         QStringLiteral("topic_names")});
    for (const Course &c : data.courses) {
        const QString tags = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson(QJsonDocument::Compact));
        const QString prerequisites =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.prerequisites))
                                  .toJson(QJsonDocument::Compact));
        bind(courses,
             {c.id, nullableText(c.spaceId), c.creatorId, c.title, c.summary, c.description, tags,
              c.topic, c.price, c.currency, boolean(c.published), c.createdAt, c.updatedAt,
              prerequisites, localizedNamesToText(c.topicNames)});
        run(courses);
        logChange(QStringLiteral("course"), c.id, compact(toJson(c)), c.id, false);
    }

    QHash<QString, QString> lessonCourse;
    QSqlQuery &lessons = insertWith(
        QStringLiteral("lessons"),
        {QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("position"),
         QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("duration_seconds"),
         QStringLiteral("free_preview"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
         QStringLiteral("video_asset_id")});
    for (Lesson l : data.lessons) {
        l.locked = false; // stored in full; locking is per reader
        bind(lessons, {l.id, l.courseId, l.position, l.title, l.body, l.durationSeconds,
                       boolean(l.freePreview), l.createdAt, l.updatedAt, l.videoAssetId});
        run(lessons);
        lessonCourse.insert(l.id, l.courseId);
        logChange(QStringLiteral("lesson"), l.id, compact(toJson(l)), l.courseId, l.freePreview);
    }

    QHash<QString, QString> threadScopes;
    QSqlQuery &threads =
        insertWith(QStringLiteral("threads"),
                   {QStringLiteral("id"), QStringLiteral("space_id"), QStringLiteral("course_id"),
                    QStringLiteral("lesson_id"), QStringLiteral("scope_course_id"),
                    QStringLiteral("author_id"), QStringLiteral("title"), QStringLiteral("kind"),
                    QStringLiteral("accepted_post_id"), QStringLiteral("pinned"),
                    QStringLiteral("locked"), QStringLiteral("post_count"),
                    QStringLiteral("created_at"), QStringLiteral("last_activity_at")});
    threadScopes.reserve(data.threads.size());
    for (const Thread &t : data.threads) {
        const QString scope = !t.courseId.isEmpty() ? t.courseId : lessonCourse.value(t.lessonId);
        bind(threads, {t.id, nullableText(t.spaceId), nullableText(t.courseId),
                       nullableText(t.lessonId), nullableText(scope), t.authorId, t.title,
                       threadKindName(t.kind), nullableText(t.acceptedPostId), boolean(t.pinned),
                       boolean(t.locked), t.postCount, t.createdAt, t.lastActivityAt});
        run(threads);
        threadScopes.insert(t.id, scope);
        logChange(QStringLiteral("thread"), t.id, compact(toJson(t)), scope, false);
    }

    QHash<QString, QString> postScopes;
    postScopes.reserve(data.posts.size());
    QSqlQuery &posts =
        insertWith(QStringLiteral("posts"),
                   {QStringLiteral("id"), QStringLiteral("thread_id"), QStringLiteral("parent_id"),
                    QStringLiteral("author_id"), QStringLiteral("body"), QStringLiteral("deleted"),
                    QStringLiteral("created_at"), QStringLiteral("edited_at")});
    for (const Post &p : data.posts) {
        const QString scope = threadScopes.value(p.threadId);
        bind(posts, {p.id, p.threadId, nullableText(p.parentId), p.authorId, p.body,
                     boolean(p.deleted), p.createdAt, nullableTime(p.editedAt)});
        run(posts);
        postScopes.insert(p.id, scope);
        logChange(QStringLiteral("post"), p.id, compact(toJson(p)), scope, false);
    }

    QSqlQuery &reactions =
        insertWith(QStringLiteral("reactions"),
                   {QStringLiteral("id"), QStringLiteral("post_id"), QStringLiteral("user_id"),
                    QStringLiteral("emoji"), QStringLiteral("created_at")});
    for (const Reaction &r : data.reactions) {
        bind(reactions, {r.id, r.postId, r.userId, r.emoji, r.createdAt});
        run(reactions);
        logChange(QStringLiteral("reaction"), r.id, compact(toJson(r)), postScopes.value(r.postId),
                  false);
    }

    QSqlQuery &entitlements = insertWith(
        QStringLiteral("entitlements"),
        {QStringLiteral("user_id"), QStringLiteral("course_id"), QStringLiteral("granted_at")});
    QSqlQuery &grants =
        insertWith(QStringLiteral("grants"),
                   {QStringLiteral("user_id"), QStringLiteral("course_id"),
                    QStringLiteral("source"), QStringLiteral("ref"), QStringLiteral("granted_at")});
    for (const auto &e : data.entitlements) {
        bind(entitlements, {e.first, e.second, qint64(0)});
        run(entitlements);
        bind(grants, {e.first, e.second, QStringLiteral("grant"), QString(), qint64(0)});
        run(grants);
    }
    for (const Review &r : data.reviews)
        putReview(r);
    m_pendingSeq = latestSeq();
    tx.commit();
}

} // namespace lyceum::server
