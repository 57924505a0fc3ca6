#include "cache/entity_writer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <sqlite3.h>

namespace lyceum {

namespace {

// Text is bound as UTF-16 straight from the QString (SQLITE_STATIC: it outlives the step).
// A null QString is bound as '' (NOT NULL columns), never as NULL.
void bindText(sqlite3_stmt *s, int i, const QString &v) {
    const void *data =
        v.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(v.utf16());
    sqlite3_bind_text16(s, i, data, int(v.size() * 2), SQLITE_STATIC);
}

void bindNullableText(sqlite3_stmt *s, int i, const QString &v) {
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        bindText(s, i, v);
}

void bindInt(sqlite3_stmt *s, int i, qint64 v) {
    sqlite3_bind_int64(s, i, v);
}

void bindNullableTime(sqlite3_stmt *s, int i, qint64 v) {
    if (v == 0)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

} // namespace

QString entityTypeName(EntityType type) {
    static const char *const names[kEntityTypeCount] = {"user",   "space", "course",   "lesson",
                                                        "thread", "post",  "reaction", "review"};
    return QString::fromLatin1(names[int(type)]);
}

std::optional<EntityType> entityTypeFromName(QStringView name) {
    for (int i = 0; i < kEntityTypeCount; ++i) {
        if (name == entityTypeName(EntityType(i)))
            return EntityType(i);
    }
    return std::nullopt;
}

EntityWriter::EntityWriter(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

EntityWriter::~EntityWriter() {
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s); // no-op for nullptr
}

sqlite3_stmt *EntityWriter::prepared(int slot, const char *sql, QString *error) {
    sqlite3_stmt *&s = m_statements[size_t(slot)];
    if (s) {
        sqlite3_reset(s);
        return s;
    }
    if (!m_handle) {
        if (error)
            *error = QCoreApplication::translate("lyceum::EntityWriter",
                                                 "the cache connection is not a SQLite database");
        return nullptr;
    }
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error =
                QStringLiteral("preparing \"%1\": %2")
                    .arg(QLatin1String(sql).left(40), QString::fromUtf8(sqlite3_errmsg(m_handle)));
        s = nullptr;
    }
    return s;
}

bool EntityWriter::step(sqlite3_stmt *stmt, EntityType type, const QString &id, QString *error) {
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = QStringLiteral("storing %1 %2: %3")
                     .arg(entityTypeName(type), id, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return false;
}

bool EntityWriter::apply(const EntityChange &change, QString *error) {
    if (change.remove)
        return remove(change.entity, change.id, error);
    return std::visit(
        [&](const auto &value) -> bool {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                if (error)
                    *error = QStringLiteral("%1 %2: upsert without data")
                                 .arg(entityTypeName(change.entity), change.id);
                return false;
            } else {
                return upsert(value, error) && applyExtras(change, error);
            }
        },
        change.data);
}

bool EntityWriter::applyExtras(const EntityChange &change, QString *error) {
    const bool course = change.entity == EntityType::Course &&
                        change.extras.contains(QLatin1StringView("sections"));
    const bool lesson = change.entity == EntityType::Lesson &&
                        change.extras.contains(QLatin1StringView("section_id"));
    if (!course && !lesson)
        return true;
    sqlite3_stmt *s = course ? prepared(kEntityTypeCount * 2,
                                        "UPDATE courses SET sections = ? WHERE id = ?", error)
                             : prepared(kEntityTypeCount * 2 + 1,
                                        "UPDATE lessons SET section_id = ? WHERE id = ?", error);
    if (!s)
        return false;
    bindText(s, 1,
             course
                 ? QString::fromUtf8(
                       QJsonDocument(change.extras.value(QLatin1StringView("sections")).toArray())
                           .toJson(QJsonDocument::Compact))
                 : change.extras.value(QLatin1StringView("section_id")).toString());
    bindText(s, 2, change.id);
    return step(s, change.entity, change.id, error);
}

bool EntityWriter::remove(EntityType type, const QString &id, QString *error) {
    static const char *const sql[kEntityTypeCount] = {
        "DELETE FROM users WHERE id = ?",     "DELETE FROM spaces WHERE id = ?",
        "DELETE FROM courses WHERE id = ?",   "DELETE FROM lessons WHERE id = ?",
        "DELETE FROM threads WHERE id = ?",   "DELETE FROM posts WHERE id = ?",
        "DELETE FROM reactions WHERE id = ?", "DELETE FROM reviews WHERE id = ?"};
    sqlite3_stmt *s = prepared(kEntityTypeCount + int(type), sql[int(type)], error);
    if (!s)
        return false;
    bindText(s, 1, id);
    return step(s, type, id, error);
}

bool EntityWriter::upsert(const User &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::User),
                               "INSERT OR REPLACE INTO users (id, handle, display_name, role, bio, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                               error);
    if (!s)
        return false;
    bindText(s, 1, v.id);
    bindText(s, 2, v.handle);
    bindText(s, 3, v.displayName);
    const QString role = roleName(v.role);
    bindText(s, 4, role);
    bindText(s, 5, v.bio);
    bindInt(s, 6, v.createdAt);
    return step(s, EntityType::User, v.id, error);
}

bool EntityWriter::upsert(const Space &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::Space),
                               "INSERT OR REPLACE INTO spaces (id, slug, name, description, "
                               "position, start_threads, reply, slow_mode_s, closed) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
    if (!s)
        return false;
    bindText(s, 1, v.id);
    bindText(s, 2, v.slug);
    bindText(s, 3, v.name);
    bindText(s, 4, v.description);
    bindInt(s, 5, v.position);
    const QString startThreads = spaceAudienceName(v.startThreads);
    const QString reply = spaceAudienceName(v.reply);
    bindText(s, 6, startThreads);
    bindText(s, 7, reply);
    bindInt(s, 8, v.slowModeS);
    bindInt(s, 9, v.closed ? 1 : 0);
    return step(s, EntityType::Space, v.id, error);
}

bool EntityWriter::upsert(const Course &v, QString *error) {
    sqlite3_stmt *s = prepared(
        int(EntityType::Course),
        // Updated in place: the rowid is the search index's key (search/fts_tokenizer.h).
        "INSERT INTO courses (id, space_id, creator_id, title, summary, description, "
        "tags, topic, price, currency, published, created_at, updated_at, prerequisites, "
        "topic_names) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "space_id = excluded.space_id, creator_id = excluded.creator_id, "
        "title = excluded.title, summary = excluded.summary, "
        "description = excluded.description, tags = excluded.tags, topic = excluded.topic, "
        "price = excluded.price, currency = excluded.currency, "
        "published = excluded.published, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, prerequisites = excluded.prerequisites, "
        "topic_names = excluded.topic_names",
        error);
    if (!s)
        return false;
    const QString tags = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(v.tags)).toJson(QJsonDocument::Compact));
    bindText(s, 1, v.id);
    bindNullableText(s, 2, v.spaceId);
    bindText(s, 3, v.creatorId);
    bindText(s, 4, v.title);
    bindText(s, 5, v.summary);
    bindText(s, 6, v.description);
    bindText(s, 7, tags);
    bindText(s, 8, v.topic);
    bindInt(s, 9, v.price);
    bindText(s, 10, v.currency);
    bindInt(s, 11, v.published);
    bindInt(s, 12, v.createdAt);
    bindInt(s, 13, v.updatedAt);
    const QString prerequisites = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(v.prerequisites)).toJson(QJsonDocument::Compact));
    bindText(s, 14, prerequisites);
    bindText(s, 15, localizedNamesToText(v.topicNames));
    return step(s, EntityType::Course, v.id, error);
}

bool EntityWriter::upsert(const Lesson &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::Lesson),
                               "INSERT INTO lessons (id, course_id, position, title, "
                               "body, duration_seconds, free_preview, locked, created_at, "
                               "updated_at, video_asset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?) "
                               "ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, "
                               "position = excluded.position, title = excluded.title, "
                               "body = excluded.body, "
                               "duration_seconds = excluded.duration_seconds, "
                               "free_preview = excluded.free_preview, locked = excluded.locked, "
                               "created_at = excluded.created_at, "
                               "updated_at = excluded.updated_at, "
                               "video_asset_id = excluded.video_asset_id",
                               error);
    if (!s)
        return false;
    bindText(s, 11, v.videoAssetId);
    bindText(s, 1, v.id);
    bindText(s, 2, v.courseId);
    bindInt(s, 3, v.position);
    bindText(s, 4, v.title);
    bindText(s, 5, v.body);
    bindInt(s, 6, v.durationSeconds);
    bindInt(s, 7, v.freePreview);
    bindInt(s, 8, v.locked);
    bindInt(s, 9, v.createdAt);
    bindInt(s, 10, v.updatedAt);
    return step(s, EntityType::Lesson, v.id, error);
}

bool EntityWriter::upsert(const Thread &v, QString *error) {
    sqlite3_stmt *s = prepared(
        int(EntityType::Thread),
        "INSERT INTO threads (id, space_id, course_id, lesson_id, author_id, title, "
        "kind, accepted_post_id, pinned, locked, post_count, created_at, last_activity_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "space_id = excluded.space_id, course_id = excluded.course_id, "
        "lesson_id = excluded.lesson_id, author_id = excluded.author_id, "
        "title = excluded.title, kind = excluded.kind, "
        "accepted_post_id = excluded.accepted_post_id, pinned = excluded.pinned, "
        "locked = excluded.locked, post_count = excluded.post_count, "
        "created_at = excluded.created_at, last_activity_at = excluded.last_activity_at",
        error);
    if (!s)
        return false;
    const QString kind = threadKindName(v.kind);
    bindText(s, 1, v.id);
    bindNullableText(s, 2, v.spaceId);
    bindNullableText(s, 3, v.courseId);
    bindNullableText(s, 4, v.lessonId);
    bindText(s, 5, v.authorId);
    bindText(s, 6, v.title);
    bindText(s, 7, kind);
    bindNullableText(s, 8, v.acceptedPostId);
    bindInt(s, 9, v.pinned);
    bindInt(s, 10, v.locked);
    bindInt(s, 11, v.postCount);
    bindInt(s, 12, v.createdAt);
    bindInt(s, 13, v.lastActivityAt);
    return step(s, EntityType::Thread, v.id, error);
}

bool EntityWriter::upsert(const Post &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::Post),
                               // An update keeps the row (and its rowid: arrival order,
                               // which unread counts and notices rely on).
                               "INSERT INTO posts (id, thread_id, parent_id, author_id, "
                               "body, deleted, created_at, edited_at, hidden) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                               "thread_id = excluded.thread_id, parent_id = excluded.parent_id, "
                               "author_id = excluded.author_id, body = excluded.body, "
                               "deleted = excluded.deleted, created_at = excluded.created_at, "
                               "edited_at = excluded.edited_at, hidden = excluded.hidden",
                               error);
    if (!s)
        return false;
    bindText(s, 1, v.id);
    bindText(s, 2, v.threadId);
    bindNullableText(s, 3, v.parentId);
    bindText(s, 4, v.authorId);
    bindText(s, 5, v.body);
    bindInt(s, 6, v.deleted);
    bindInt(s, 7, v.createdAt);
    bindNullableTime(s, 8, v.editedAt);
    bindInt(s, 9, v.hidden);
    return step(s, EntityType::Post, v.id, error);
}

bool EntityWriter::upsert(const Reaction &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::Reaction),
                               "INSERT OR REPLACE INTO reactions (id, post_id, user_id, emoji, "
                               "created_at) VALUES (?, ?, ?, ?, ?)",
                               error);
    if (!s)
        return false;
    bindText(s, 1, v.id);
    bindText(s, 2, v.postId);
    bindText(s, 3, v.userId);
    bindText(s, 4, v.emoji);
    bindInt(s, 5, v.createdAt);
    return step(s, EntityType::Reaction, v.id, error);
}

bool EntityWriter::upsert(const Review &v, QString *error) {
    sqlite3_stmt *s = prepared(int(EntityType::Review),
                               "INSERT OR REPLACE INTO reviews (id, course_id, user_id, rating, "
                               "body, helpful, reply, created_at, updated_at, replied_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
    if (!s)
        return false;
    bindText(s, 1, v.id);
    bindText(s, 2, v.courseId);
    bindText(s, 3, v.userId);
    bindInt(s, 4, v.rating);
    bindText(s, 5, v.body);
    bindInt(s, 6, v.helpful);
    bindText(s, 7, v.reply);
    bindInt(s, 8, v.createdAt);
    bindInt(s, 9, v.updatedAt);
    bindInt(s, 10, v.repliedAt);
    return step(s, EntityType::Review, v.id, error);
}

} // namespace lyceum
