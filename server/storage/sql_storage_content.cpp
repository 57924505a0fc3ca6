// SqlStorage: spaces, courses, lessons, threads, posts, reactions, entitlements.
#include "domain/codec.h"
#include "server/storage/sql_storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::server {

namespace {
QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kThreadColumns = QStringLiteral(
    "id, space_id, course_id, lesson_id, author_id, title, kind, accepted_post_id, pinned,"
    " locked, post_count, created_at, last_activity_at");
const QString kPostColumns =
    QStringLiteral("id, thread_id, parent_id, author_id, body, deleted, created_at, edited_at,"
                   " hidden");
} // namespace

std::optional<Space> SqlStorage::spaceById(const QString &id) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id, slug, name, description, position, start_threads, reply,"
                       " slow_mode_s, closed FROM spaces WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Space> out;
    if (q.next()) {
        Space s;
        s.id = q.value(0).toString();
        s.slug = q.value(1).toString();
        s.name = q.value(2).toString();
        s.description = q.value(3).toString();
        s.position = q.value(4).toInt();
        // An unknown name (written by hand): the strictest rule rather than the loosest.
        s.startThreads =
            spaceAudienceFromName(q.value(5).toString()).value_or(SpaceAudience::Staff);
        s.reply = spaceAudienceFromName(q.value(6).toString()).value_or(SpaceAudience::Staff);
        s.slowModeS = int(std::clamp<qint64>(q.value(7).toLongLong(), 0, kMaxSlowModeS));
        s.closed = SqlDialect::toBool(q.value(8));
        out = s;
    }
    q.finish();
    return out;
}

bool SqlStorage::isSpaceMember(const QString &userId, const QString &spaceId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COUNT(*) FROM courses c WHERE c.space_id = ? AND (c.creator_id = ? OR EXISTS"
        " (SELECT 1 FROM entitlements e WHERE e.user_id = ? AND e.course_id = c.id))"));
    bind(q, {spaceId, userId, userId});
    run(q);
    const bool member = q.next() && q.value(0).toInt() > 0;
    q.finish();
    return member;
}

std::optional<Course> SqlStorage::courseById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, space_id, creator_id, title, summary, description, tags, topic, price,"
        " currency, published, created_at, updated_at, prerequisites, topic_names FROM courses"
        " WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Course> out;
    if (q.next()) {
        Course c;
        c.id = q.value(0).toString();
        c.spaceId = q.value(1).toString();
        c.creatorId = q.value(2).toString();
        c.title = q.value(3).toString();
        c.summary = q.value(4).toString();
        c.description = q.value(5).toString();
        const QJsonArray tags = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
        for (const QJsonValue &t : tags)
            c.tags << t.toString();
        c.topic = q.value(7).toString();
        c.price = q.value(8).toLongLong();
        c.currency = q.value(9).toString();
        c.published = SqlDialect::toBool(q.value(10));
        c.createdAt = q.value(11).toLongLong();
        c.updatedAt = q.value(12).toLongLong();
        for (const QJsonValue &p : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
            c.prerequisites << p.toString();
        c.topicNames = localizedNamesFromText(q.value(14).toString());
        out = c;
    }
    q.finish();
    return out;
}

std::optional<Lesson> SqlStorage::lessonById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, course_id, position, title, body, duration_seconds, free_preview,"
        " created_at, updated_at, video_asset_id FROM lessons WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Lesson> out;
    if (q.next()) {
        Lesson l;
        l.id = q.value(0).toString();
        l.courseId = q.value(1).toString();
        l.position = q.value(2).toInt();
        l.title = q.value(3).toString();
        l.body = q.value(4).toString();
        l.durationSeconds = q.value(5).toInt();
        l.freePreview = SqlDialect::toBool(q.value(6));
        l.createdAt = q.value(7).toLongLong();
        l.updatedAt = q.value(8).toLongLong();
        l.videoAssetId = q.value(9).toString();
        out = l;
    }
    q.finish();
    return out;
}

std::optional<Thread> SqlStorage::threadById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kThreadColumns %
                            QStringLiteral(" FROM threads WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Thread> out;
    if (q.next()) {
        Thread t;
        t.id = q.value(0).toString();
        t.spaceId = q.value(1).toString();
        t.courseId = q.value(2).toString();
        t.lessonId = q.value(3).toString();
        t.authorId = q.value(4).toString();
        t.title = q.value(5).toString();
        t.kind = threadKindFromName(q.value(6).toString()).value_or(ThreadKind::Discussion);
        t.acceptedPostId = q.value(7).toString();
        t.pinned = SqlDialect::toBool(q.value(8));
        t.locked = SqlDialect::toBool(q.value(9));
        t.postCount = q.value(10).toInt();
        t.createdAt = q.value(11).toLongLong();
        t.lastActivityAt = q.value(12).toLongLong();
        out = t;
    }
    q.finish();
    return out;
}

std::optional<Post> SqlStorage::postById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kPostColumns %
                            QStringLiteral(" FROM posts WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Post> out;
    if (q.next()) {
        Post p;
        p.id = q.value(0).toString();
        p.threadId = q.value(1).toString();
        p.parentId = q.value(2).toString();
        p.authorId = q.value(3).toString();
        p.body = q.value(4).toString();
        p.deleted = SqlDialect::toBool(q.value(5));
        p.createdAt = q.value(6).toLongLong();
        p.editedAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        p.hidden = SqlDialect::toBool(q.value(8));
        out = p;
    }
    q.finish();
    return out;
}

bool SqlStorage::reactionExists(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM reactions WHERE id = ?"));
    bind(q, {id});
    run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

QString SqlStorage::lessonCourse(const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT course_id FROM lessons WHERE id = ?"));
    bind(q, {lessonId});
    run(q);
    QString out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

QString SqlStorage::threadScope(const QString &threadId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT scope_course_id FROM threads WHERE id = ?"));
    bind(q, {threadId});
    run(q);
    QString out;
    if (q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

qint64 SqlStorage::putThread(const Thread &t) {
    const QString scope = !t.courseId.isEmpty()   ? t.courseId
                          : !t.lessonId.isEmpty() ? lessonCourse(t.lessonId)
                                                  : QString();
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("threads"),
        {QStringLiteral("id"), QStringLiteral("space_id"), QStringLiteral("course_id"),
         QStringLiteral("lesson_id"), QStringLiteral("scope_course_id"),
         QStringLiteral("author_id"), QStringLiteral("title"), QStringLiteral("kind"),
         QStringLiteral("accepted_post_id"), QStringLiteral("pinned"), QStringLiteral("locked"),
         QStringLiteral("post_count"), QStringLiteral("created_at"),
         QStringLiteral("last_activity_at")},
        {QStringLiteral("id")}));
    bind(q, {t.id, nullableText(t.spaceId), nullableText(t.courseId), nullableText(t.lessonId),
             nullableText(scope), t.authorId, t.title, threadKindName(t.kind),
             nullableText(t.acceptedPostId), boolean(t.pinned), boolean(t.locked), t.postCount,
             t.createdAt, t.lastActivityAt});
    run(q);
    return recordChange("thread", t.id, compact(toJson(t)), scope);
}

qint64 SqlStorage::putPost(const Post &p) {
    const QString scope = threadScope(p.threadId);
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("posts"),
        {QStringLiteral("id"), QStringLiteral("thread_id"), QStringLiteral("parent_id"),
         QStringLiteral("author_id"), QStringLiteral("body"), QStringLiteral("deleted"),
         QStringLiteral("created_at"), QStringLiteral("edited_at"), QStringLiteral("hidden")},
        {QStringLiteral("id")}));
    bind(q, {p.id, p.threadId, nullableText(p.parentId), p.authorId, p.body, boolean(p.deleted),
             p.createdAt, nullableTime(p.editedAt), boolean(p.hidden)});
    run(q);
    return recordChange("post", p.id, compact(toJson(p)), scope);
}

qint64 SqlStorage::putReaction(const Reaction &r) {
    const std::optional<Post> post = postById(r.postId);
    const QString scope = post ? threadScope(post->threadId) : QString();
    QSqlQuery &q = prepared(m_dialect.upsert(QStringLiteral("reactions"),
                                             {QStringLiteral("id"), QStringLiteral("post_id"),
                                              QStringLiteral("user_id"), QStringLiteral("emoji"),
                                              QStringLiteral("created_at")},
                                             {QStringLiteral("id")}));
    bind(q, {r.id, r.postId, r.userId, r.emoji, r.createdAt});
    run(q);
    return recordChange("reaction", r.id, compact(toJson(r)), scope);
}

qint64 SqlStorage::removeReaction(const QString &id) {
    QSqlQuery &find = prepared(
        QStringLiteral("SELECT t.scope_course_id FROM reactions r JOIN posts p ON p.id = r.post_id"
                       " JOIN threads t ON t.id = p.thread_id WHERE r.id = ?"));
    bind(find, {id});
    run(find);
    if (!find.next()) {
        find.finish();
        return 0;
    }
    const QString scope = find.value(0).toString();
    find.finish();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM reactions WHERE id = ?"));
    bind(q, {id});
    run(q);
    return recordTombstone("reaction", id, scope);
}

QVector<CourseAccess> SqlStorage::courseAccessList() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, creator_id, price, published FROM courses"));
    run(q);
    QVector<CourseAccess> out;
    while (q.next()) {
        out.append(CourseAccess{q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toLongLong(), SqlDialect::toBool(q.value(3))});
    }
    q.finish();
    return out;
}

QSet<QString> SqlStorage::entitledCourses(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT course_id FROM entitlements WHERE user_id = ?"));
    bind(q, {userId});
    run(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    q.finish();
    return out;
}

bool SqlStorage::hasEntitlement(const QString &userId, const QString &courseId) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT 1 FROM entitlements WHERE user_id = ? AND course_id = ?"));
    bind(q, {userId, courseId});
    run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

void SqlStorage::grantEntitlement(const QString &userId, const QString &courseId, qint64 at) {
    // A grant by staff or a tool: recorded as such, so commerce never takes it away.
    addGrant(userId, courseId, QStringLiteral("grant"), QString(), at);
    insertEntitlement(userId, courseId, at);
}

void SqlStorage::insertEntitlement(const QString &userId, const QString &courseId, qint64 at) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("entitlements"),
                                    {QStringLiteral("user_id"), QStringLiteral("course_id"),
                                     QStringLiteral("granted_at")}) %
                 QStringLiteral(" ON CONFLICT(user_id, course_id) DO NOTHING"));
    bind(q, {userId, courseId, at});
    run(q);
    if (q.numRowsAffected() > 0)
        touchLessons(courseId);
}

void SqlStorage::touchLessons(const QString &courseId) {
    // Readers that were sent these lessons locked get them again (the feed decides per reader
    // what they now contain), so a purchase unlocks lessons through the normal pull.
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT entity_id, payload, free_preview FROM changes"
        " WHERE entity = 'lesson' AND op = 'upsert' AND scope_course_id = ? ORDER BY seq"));
    bind(q, {courseId});
    run(q);
    struct Row {
        QString id;
        QByteArray payload;
        bool freePreview;
    };
    QVector<Row> rows;
    while (q.next())
        rows.append(
            {q.value(0).toString(), q.value(1).toByteArray(), SqlDialect::toBool(q.value(2))});
    q.finish();
    for (const Row &row : std::as_const(rows))
        recordChange("lesson", row.id, row.payload, courseId, row.freePreview);
}

} // namespace lyceum::server
