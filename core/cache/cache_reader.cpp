#include "cache/cache_reader.h"

#include "cache/cache_database.h"
#include "cache/post_row.h"
#include "cache/sync_store.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace lyceum::cachereader {

namespace {

bool run(QSqlQuery &q, const char *what) {
    if (q.exec())
        return true;
    qCWarning(lcCache) << "reading" << what << "failed:" << q.lastError().text();
    return false;
}

// A failed read as the user's error, in SQLite's words (run() logged which read it was).
CoreError readError(const QSqlQuery &q) {
    return CoreError::storage(
        QCoreApplication::translate("lyceum::cachereader", "The local cache could not be read: %1")
            .arg(q.lastError().text()));
}

const QString kCourseColumns = QStringLiteral(
    "c.id, c.space_id, c.creator_id, c.title, c.summary, c.description, c.tags, c.topic, "
    "c.price, c.currency, c.published, c.created_at, c.updated_at, c.prerequisites, "
    "c.topic_names");
constexpr int kCourseColumnCount = 15;

Course readCourse(const QSqlQuery &q, int i) {
    Course c;
    c.id = q.value(i).toString();
    c.spaceId = q.value(i + 1).toString();
    c.creatorId = q.value(i + 2).toString();
    c.title = q.value(i + 3).toString();
    c.summary = q.value(i + 4).toString();
    c.description = q.value(i + 5).toString();
    for (const QJsonValue &tag :
         QJsonDocument::fromJson(q.value(i + 6).toString().toUtf8()).array())
        c.tags << tag.toString();
    c.topic = q.value(i + 7).toString();
    c.price = q.value(i + 8).toLongLong();
    c.currency = q.value(i + 9).toString();
    c.published = q.value(i + 10).toBool();
    c.createdAt = q.value(i + 11).toLongLong();
    c.updatedAt = q.value(i + 12).toLongLong();
    for (const QJsonValue &id :
         QJsonDocument::fromJson(q.value(i + 13).toString().toUtf8()).array())
        c.prerequisites << id.toString();
    c.topicNames = localizedNamesFromText(q.value(i + 14).toString());
    return c;
}

const QString kThreadColumns = QStringLiteral(
    "t.id, t.space_id, t.course_id, t.lesson_id, t.author_id, t.title, t.kind, "
    "t.accepted_post_id, t.pinned, t.locked, t.post_count, t.created_at, t.last_activity_at, "
    "u.display_name, EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = t.id)");

ThreadSummary readThread(const QSqlQuery &q) {
    ThreadSummary s;
    Thread &t = s.thread;
    t.id = q.value(0).toString();
    t.spaceId = q.value(1).toString();
    t.courseId = q.value(2).toString();
    t.lessonId = q.value(3).toString();
    t.authorId = q.value(4).toString();
    t.title = q.value(5).toString();
    t.kind = threadKindFromName(q.value(6).toString()).value_or(ThreadKind::Discussion);
    t.acceptedPostId = q.value(7).toString();
    t.pinned = q.value(8).toBool();
    t.locked = q.value(9).toBool();
    t.postCount = q.value(10).toInt();
    t.createdAt = q.value(11).toLongLong();
    t.lastActivityAt = q.value(12).toLongLong();
    s.authorName = q.value(13).toString();
    s.pending = q.value(14).toBool();
    return s;
}

Result<QVector<ThreadSummary>> threadsWhere(CacheDatabase &db, const QString &where,
                                            const QVariantList &binds, const QString &tail = {}) {
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kThreadColumns +
              QStringLiteral(" FROM threads t LEFT JOIN users u ON u.id = t.author_id WHERE ") +
              where + QStringLiteral(" ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id") +
              tail);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!run(q, "threads"))
        return readError(q);
    QVector<ThreadSummary> out;
    while (q.next())
        out.append(readThread(q));
    return out;
}

// One COUNT(*); failed sets *failure (once) and gives 0.
qint64 scalar(CacheDatabase &db, const QString &sql, std::optional<CoreError> *failure) {
    QSqlQuery q(db.db());
    if (!q.exec(sql) || !q.next()) {
        qCWarning(lcCache) << "counting failed:" << sql << q.lastError().text();
        if (!*failure)
            *failure = readError(q);
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace

Result<CacheCounts> counts(CacheDatabase &db) {
    CacheCounts c;
    std::optional<CoreError> failed;
    const auto count = [&db, &failed](const QString &sql) { return scalar(db, sql, &failed); };
    c.users = count(QStringLiteral("SELECT COUNT(*) FROM users"));
    c.spaces = count(QStringLiteral("SELECT COUNT(*) FROM spaces"));
    c.courses = count(QStringLiteral("SELECT COUNT(*) FROM courses"));
    c.lessons = count(QStringLiteral("SELECT COUNT(*) FROM lessons"));
    c.threads = count(QStringLiteral("SELECT COUNT(*) FROM threads"));
    c.posts = count(QStringLiteral("SELECT COUNT(*) FROM posts"));
    c.reactions = count(QStringLiteral("SELECT COUNT(*) FROM reactions"));
    c.outbox = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN (0, 1)"));
    c.outboxFailed = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 2"));
    if (failed)
        return *failed;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")))
        return readError(q);
    if (q.next())
        c.cursor = q.value(0).toString();
    return c;
}

Result<QVector<Space>> spaces(CacheDatabase &db) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT id, slug, name, description, position, start_threads, reply, slow_mode_s, closed"
        " FROM spaces ORDER BY position, name"));
    if (!run(q, "spaces"))
        return readError(q);
    QVector<Space> out;
    while (q.next()) {
        Space s;
        s.id = q.value(0).toString();
        s.slug = q.value(1).toString();
        s.name = q.value(2).toString();
        s.description = q.value(3).toString();
        s.position = q.value(4).toInt();
        s.startThreads =
            spaceAudienceFromName(q.value(5).toString()).value_or(SpaceAudience::Everyone);
        s.reply = spaceAudienceFromName(q.value(6).toString()).value_or(SpaceAudience::Everyone);
        s.slowModeS = std::clamp(q.value(7).toInt(), 0, kMaxSlowModeS);
        s.closed = q.value(8).toInt() != 0;
        out.append(s);
    }
    return out;
}

Result<QSet<QString>> memberSpaces(CacheDatabase &db, const QString &userId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT c.space_id FROM courses c WHERE c.space_id IS NOT NULL AND"
        " (c.creator_id = ? OR (c.price > 0"
        " AND EXISTS (SELECT 1 FROM lessons l WHERE l.course_id = c.id)"
        " AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.course_id = c.id AND l.locked = 1)))"));
    q.addBindValue(userId);
    if (!run(q, "member spaces"))
        return readError(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<QVector<CourseSummary>> courses(CacheDatabase &db) {
    const bool expired = syncstore::offlineAccessExpired(db, QDateTime::currentMSecsSinceEpoch());
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT ") + kCourseColumns +
              QStringLiteral(
                  ", u.display_name, "
                  "(SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id), "
                  "(SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id AND l.free_preview), "
                  "(SELECT COUNT(*) FROM threads t WHERE t.course_id = c.id OR t.lesson_id IN "
                  "(SELECT l.id FROM lessons l WHERE l.course_id = c.id)), "
                  "(SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id AND l.locked) "
                  "FROM courses c LEFT JOIN users u ON u.id = c.creator_id "
                  "ORDER BY c.title COLLATE NOCASE, c.id"));
    if (!run(q, "courses"))
        return readError(q);
    QVector<CourseSummary> out;
    while (q.next()) {
        CourseSummary s;
        s.course = readCourse(q, 0);
        const int n = kCourseColumnCount;
        s.creatorName = q.value(n).toString();
        s.lessonCount = q.value(n + 1).toInt();
        s.freePreviewCount = q.value(n + 2).toInt();
        s.threadCount = q.value(n + 3).toInt();
        s.lockedCount = q.value(n + 4).toInt();
        if (expired && !s.course.isFree())
            s.lockedCount = s.lessonCount - s.freePreviewCount;
        out.append(s);
    }
    return out;
}

Result<std::optional<User>> user(CacheDatabase &db, const QString &userId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT id, handle, display_name, role, bio, created_at FROM users WHERE id = ?"));
    q.bindValue(0, userId);
    if (!run(q, "user"))
        return readError(q);
    if (!q.next())
        return std::optional<User>();
    User u;
    u.id = q.value(0).toString();
    u.handle = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Learner);
    u.bio = q.value(4).toString();
    u.createdAt = q.value(5).toLongLong();
    return std::optional<User>(u);
}

Result<QString> courseOfLesson(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT course_id FROM lessons WHERE id = ?"));
    q.bindValue(0, lessonId);
    if (!run(q, "course of lesson"))
        return readError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<std::optional<CourseDetail>> course(CacheDatabase &db, const QString &courseId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT ") + kCourseColumns +
              QStringLiteral(" FROM courses c WHERE c.id = ?"));
    q.bindValue(0, courseId);
    if (!run(q, "course"))
        return readError(q);
    if (!q.next())
        return std::optional<CourseDetail>();
    CourseDetail detail;
    detail.course = readCourse(q, 0);
    const Result<std::optional<User>> creator = user(db, detail.course.creatorId);
    if (!creator)
        return creator.error();
    if (creator.value())
        detail.creator = *creator.value();
    else
        detail.creator.id = detail.course.creatorId;
    for (const QString &id : std::as_const(detail.course.prerequisites)) {
        QSqlQuery p(db.db());
        p.prepare(QStringLiteral("SELECT title FROM courses WHERE id = ?"));
        p.addBindValue(id);
        if (!run(p, "prerequisite"))
            return readError(p);
        if (p.next())
            detail.prerequisiteTitles << p.value(0).toString();
    }

    QSqlQuery l(db.db());
    l.prepare(QStringLiteral("SELECT id, course_id, position, title, body, duration_seconds, "
                             "free_preview, locked, created_at, updated_at, video_asset_id "
                             "FROM lessons WHERE course_id = ? ORDER BY position, id"));
    l.bindValue(0, courseId);
    if (!run(l, "lessons"))
        return readError(l);
    while (l.next()) {
        Lesson x;
        x.id = l.value(0).toString();
        x.courseId = l.value(1).toString();
        x.position = l.value(2).toInt();
        x.title = l.value(3).toString();
        x.body = l.value(4).toString();
        x.durationSeconds = l.value(5).toInt();
        x.freePreview = l.value(6).toBool();
        x.locked = l.value(7).toBool();
        x.createdAt = l.value(8).toLongLong();
        x.updatedAt = l.value(9).toLongLong();
        x.videoAssetId = l.value(10).toString();
        detail.lessons.append(x);
    }
    // Offline for longer than the server allows: paid bodies stay on disk but are not shown.
    if (!detail.course.isFree() &&
        syncstore::offlineAccessExpired(db, QDateTime::currentMSecsSinceEpoch())) {
        for (Lesson &x : detail.lessons) {
            if (!x.freePreview && !x.locked) {
                x.locked = true;
                x.body.clear();
                detail.accessNeedsCheck = true; // the user had access: say how to get it back
            }
        }
    }
    Result<QVector<ThreadSummary>> threads = courseThreads(db, courseId);
    if (!threads)
        return threads.error();
    detail.threads = std::move(threads).value();
    return std::optional<CourseDetail>(std::move(detail));
}

Result<QVector<ThreadSummary>> spaceThreads(CacheDatabase &db, const QString &spaceId) {
    return threadsWhere(db, QStringLiteral("t.space_id = ?"), {spaceId});
}

Result<QVector<ThreadSummary>> courseThreads(CacheDatabase &db, const QString &courseId) {
    return threadsWhere(db,
                        QStringLiteral("t.course_id = ? OR t.lesson_id IN (SELECT id FROM "
                                       "lessons WHERE course_id = ?)"),
                        {courseId, courseId});
}

Result<QVector<ThreadSummary>> allThreads(CacheDatabase &db, int limit) {
    return threadsWhere(db, QStringLiteral("1"), {}, QStringLiteral(" LIMIT %1").arg(limit));
}

Result<std::optional<ThreadSummary>> threadSummary(CacheDatabase &db, const QString &threadId) {
    const Result<QVector<ThreadSummary>> found =
        threadsWhere(db, QStringLiteral("t.id = ?"), {threadId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ThreadSummary>();
    return std::optional<ThreadSummary>(found->first());
}

Result<std::optional<ThreadDetail>> thread(CacheDatabase &db, const QString &threadId,
                                           const QString &myUserId) {
    const Result<QVector<ThreadSummary>> found =
        threadsWhere(db, QStringLiteral("t.id = ?"), {threadId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ThreadDetail>();
    ThreadDetail detail;
    detail.summary = found->first();

    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.thread_id, p.parent_id, p.author_id, p.body, p.deleted, p.created_at, "
        "p.edited_at, u.display_name, o.state, o.error_message, o.type, o.args, p.hidden FROM "
        "posts p "
        "LEFT JOIN users u ON u.id = p.author_id "
        "LEFT JOIN outbox o ON o.seq = (SELECT MIN(seq) FROM outbox WHERE entity_id = p.id) "
        "WHERE p.thread_id = ? ORDER BY p.created_at, p.id"));
    q.bindValue(0, threadId);
    QVector<PostView> flat;
    QHash<QString, int> indexById;
    if (!run(q, "posts"))
        return readError(q);
    while (q.next()) {
        const PostView v = postFromRow(q);
        indexById.insert(v.post.id, int(flat.size()));
        flat.append(v);
    }

    // Queued edits and deletions of the user's posts show on top of the server's version while
    // they wait or are being sent (see localmutations::editPost).
    QSqlQuery o(db.db());
    o.prepare(QStringLiteral("SELECT entity_id, type, args FROM outbox WHERE state IN (0, 1) "
                             "AND type IN (?, ?) AND entity_id IN "
                             "(SELECT id FROM posts WHERE thread_id = ?) ORDER BY seq"));
    o.bindValue(0, QString(mutations::kPostEdit));
    o.bindValue(1, QString(mutations::kPostDelete));
    o.bindValue(2, threadId);
    if (!run(o, "queued edits"))
        return readError(o);
    while (o.next()) {
        const auto it = indexById.constFind(o.value(0).toString());
        if (it == indexById.constEnd())
            continue;
        Post &post = flat[*it].post;
        if (o.value(1).toString() == mutations::kPostDelete) {
            post.deleted = true;
            post.body.clear();
        } else {
            post.body = QJsonDocument::fromJson(o.value(2).toString().toUtf8())
                            .object()
                            .value(QLatin1String("body"))
                            .toString();
        }
    }

    QSqlQuery r(db.db());
    r.prepare(QStringLiteral("SELECT r.post_id, r.emoji, COUNT(*), SUM(r.user_id = ?) "
                             "FROM reactions r JOIN posts p ON p.id = r.post_id "
                             "WHERE p.thread_id = ? GROUP BY r.post_id, r.emoji "
                             "ORDER BY r.post_id, MIN(r.created_at)"));
    r.bindValue(0, myUserId);
    r.bindValue(1, threadId);
    if (!run(r, "reactions"))
        return readError(r);
    while (r.next()) {
        const auto it = indexById.constFind(r.value(0).toString());
        if (it == indexById.constEnd())
            continue;
        flat[*it].reactions.append(
            ReactionCount{r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt() > 0});
    }

    // Depth-first: children grouped by parent, each list already oldest first. A post whose
    // parent is not in the cache is shown top-level rather than lost.
    QHash<QString, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < flat.size(); ++i) {
        const QString &parent = flat.at(i).post.parentId;
        if (parent.isEmpty() || !indexById.contains(parent) || parent == flat.at(i).post.id)
            roots.append(i);
        else
            children[parent].append(i);
    }
    QVector<bool> emitted(flat.size(), false);
    std::function<void(int, int)> visit = [&](int index, int depth) {
        if (emitted[index])
            return; // defends against cycles in bad data
        emitted[index] = true;
        PostView v = flat.at(index);
        v.depth = depth;
        detail.posts.append(v);
        for (int child : children.value(v.post.id))
            visit(child, depth + 1);
    };
    for (int root : roots)
        visit(root, 0);
    return std::optional<ThreadDetail>(std::move(detail));
}

PostView postFromRow(const QSqlQuery &q) {
    PostView v;
    v.post.id = q.value(0).toString();
    v.post.threadId = q.value(1).toString();
    v.post.parentId = q.value(2).toString();
    v.post.authorId = q.value(3).toString();
    v.post.body = q.value(4).toString();
    v.post.deleted = q.value(5).toBool();
    v.post.createdAt = q.value(6).toLongLong();
    v.post.editedAt = q.value(7).toLongLong();
    v.authorName = q.value(8).toString();
    v.post.hidden = q.value(13).toBool();
    if (q.value(9).isNull())
        return v;
    v.pending = OutboxState(q.value(9).toInt());
    v.pendingType = q.value(11).toString();
    if (v.pending == OutboxState::Failed) {
        v.failure = q.value(10).toString();
        if (v.pendingType == mutations::kPostEdit)
            v.refusedEdit = QJsonDocument::fromJson(q.value(12).toString().toUtf8())
                                .object()
                                .value(QLatin1String("body"))
                                .toString();
    }
    return v;
}

} // namespace lyceum::cachereader
