#include "cache/entity_writer.h"

#include "cache/cache_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace lyceum {

namespace {

const char *const kTables[kEntityTypeCount] = {"users",   "spaces", "courses",  "lessons",
                                               "threads", "posts",  "reactions"};

// QtSql binds a null QString as SQL NULL; NOT NULL text columns need ''.
QVariant text(const QString &s) {
    return s.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(s);
}

QVariant nullableText(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableTime(qint64 t) {
    return t == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(t);
}

} // namespace

QString entityTypeName(EntityType type) {
    static const char *const names[kEntityTypeCount] = {"user",   "space", "course",  "lesson",
                                                        "thread", "post",  "reaction"};
    return QString::fromLatin1(names[int(type)]);
}

std::optional<EntityType> entityTypeFromName(QStringView name) {
    for (int i = 0; i < kEntityTypeCount; ++i) {
        if (name == entityTypeName(EntityType(i)))
            return EntityType(i);
    }
    return std::nullopt;
}

EntityWriter::EntityWriter(QSqlDatabase db)
    : m_db(std::move(db)) {}

QSqlQuery &EntityWriter::prepared(int slot, const QString &sql, QString *error, bool *ok) {
    QSqlQuery &q = m_queries[size_t(slot)];
    *ok = true;
    if (!m_ready[size_t(slot)]) {
        q = QSqlQuery(m_db);
        if (!q.prepare(sql)) {
            *ok = false;
            if (error)
                *error = QStringLiteral("preparing %1: %2").arg(sql.left(40), q.lastError().text());
            return q;
        }
        m_ready[size_t(slot)] = true;
    }
    return q;
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
                return upsert(value, error);
            }
        },
        change.data);
}

bool EntityWriter::remove(EntityType type, const QString &id, QString *error) {
    const int slot = kEntityTypeCount + int(type);
    bool ok = false;
    QSqlQuery &q = prepared(
        slot, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(kTables[int(type)])),
        error, &ok);
    if (!ok)
        return false;
    q.bindValue(0, id);
    return CacheDatabase::exec(q, QStringLiteral("deleting %1 %2").arg(entityTypeName(type), id),
                               error);
}

#define LYCEUM_PREPARE(type, sql)                                                                  \
    bool ok = false;                                                                               \
    QSqlQuery &q = prepared(int(type), QStringLiteral(sql), error, &ok);                           \
    if (!ok)                                                                                       \
        return false;

bool EntityWriter::upsert(const User &v, QString *error) {
    LYCEUM_PREPARE(EntityType::User, "INSERT OR REPLACE INTO users (id, handle, display_name, "
                                     "role, bio, created_at) VALUES (?, ?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, text(v.handle));
    q.bindValue(2, text(v.displayName));
    q.bindValue(3, roleName(v.role));
    q.bindValue(4, text(v.bio));
    q.bindValue(5, v.createdAt);
    return CacheDatabase::exec(q, QStringLiteral("storing user ") + v.id, error);
}

bool EntityWriter::upsert(const Space &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Space, "INSERT OR REPLACE INTO spaces (id, slug, name, "
                                      "description, position) VALUES (?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, text(v.slug));
    q.bindValue(2, text(v.name));
    q.bindValue(3, text(v.description));
    q.bindValue(4, v.position);
    return CacheDatabase::exec(q, QStringLiteral("storing space ") + v.id, error);
}

bool EntityWriter::upsert(const Course &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Course,
                   "INSERT OR REPLACE INTO courses (id, space_id, creator_id, title, summary, "
                   "description, tags, topic, price, currency, published, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, nullableText(v.spaceId));
    q.bindValue(2, text(v.creatorId));
    q.bindValue(3, text(v.title));
    q.bindValue(4, text(v.summary));
    q.bindValue(5, text(v.description));
    q.bindValue(
        6, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(v.tags)).toJson(QJsonDocument::Compact)));
    q.bindValue(7, text(v.topic));
    q.bindValue(8, v.price);
    q.bindValue(9, text(v.currency));
    q.bindValue(10, v.published);
    q.bindValue(11, v.createdAt);
    q.bindValue(12, v.updatedAt);
    return CacheDatabase::exec(q, QStringLiteral("storing course ") + v.id, error);
}

bool EntityWriter::upsert(const Lesson &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Lesson,
                   "INSERT OR REPLACE INTO lessons (id, course_id, position, title, body, "
                   "duration_seconds, free_preview, locked, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, text(v.courseId));
    q.bindValue(2, v.position);
    q.bindValue(3, text(v.title));
    q.bindValue(4, text(v.body));
    q.bindValue(5, v.durationSeconds);
    q.bindValue(6, v.freePreview);
    q.bindValue(7, v.locked);
    q.bindValue(8, v.createdAt);
    q.bindValue(9, v.updatedAt);
    return CacheDatabase::exec(q, QStringLiteral("storing lesson ") + v.id, error);
}

bool EntityWriter::upsert(const Thread &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Thread,
                   "INSERT OR REPLACE INTO threads (id, space_id, course_id, lesson_id, author_id, "
                   "title, kind, accepted_post_id, pinned, locked, post_count, created_at, "
                   "last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, nullableText(v.spaceId));
    q.bindValue(2, nullableText(v.courseId));
    q.bindValue(3, nullableText(v.lessonId));
    q.bindValue(4, text(v.authorId));
    q.bindValue(5, text(v.title));
    q.bindValue(6, threadKindName(v.kind));
    q.bindValue(7, nullableText(v.acceptedPostId));
    q.bindValue(8, v.pinned);
    q.bindValue(9, v.locked);
    q.bindValue(10, v.postCount);
    q.bindValue(11, v.createdAt);
    q.bindValue(12, v.lastActivityAt);
    return CacheDatabase::exec(q, QStringLiteral("storing thread ") + v.id, error);
}

bool EntityWriter::upsert(const Post &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Post,
                   "INSERT OR REPLACE INTO posts (id, thread_id, parent_id, author_id, body, "
                   "deleted, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, text(v.threadId));
    q.bindValue(2, nullableText(v.parentId));
    q.bindValue(3, text(v.authorId));
    q.bindValue(4, text(v.body));
    q.bindValue(5, v.deleted);
    q.bindValue(6, v.createdAt);
    q.bindValue(7, nullableTime(v.editedAt));
    return CacheDatabase::exec(q, QStringLiteral("storing post ") + v.id, error);
}

bool EntityWriter::upsert(const Reaction &v, QString *error) {
    LYCEUM_PREPARE(EntityType::Reaction,
                   "INSERT OR REPLACE INTO reactions (id, post_id, user_id, emoji, created_at) "
                   "VALUES (?, ?, ?, ?, ?)")
    q.bindValue(0, text(v.id));
    q.bindValue(1, text(v.postId));
    q.bindValue(2, text(v.userId));
    q.bindValue(3, text(v.emoji));
    q.bindValue(4, v.createdAt);
    return CacheDatabase::exec(q, QStringLiteral("storing reaction ") + v.id, error);
}

#undef LYCEUM_PREPARE

} // namespace lyceum
