// Writes entities of the changes feed into the cache tables with prepared statements that are
// reused for every row; the caller owns the transaction. This is the hot path of the initial
// sync (100k+ rows), so it binds through SQLite's C API on the connection's own handle
// (QSqlDriver::handle(), the same connection and transaction as the QtSql calls around it):
// QSqlQuery's per-row QVariant binding cost about 3x more.
#pragma once

#include "domain/entities.h"
#include "domain/reviews.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>
#include <array>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace lyceum {

enum class EntityType { User, Space, Course, Lesson, Thread, Post, Reaction, Review };
constexpr int kEntityTypeCount = 8;

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);

using EntityData =
    std::variant<std::monostate, User, Space, Course, Lesson, Thread, Post, Reaction, Review>;

// One element of the changes feed: an upsert (data set) or a delete (remove, data empty).
struct EntityChange {
    qint64 seq = 0;
    EntityType entity = EntityType::User;
    bool remove = false;
    QString id;
    EntityData data;
    // Fields of the entity the cache keeps beside its struct (domain/course_sections.h): a
    // course's "sections", a lesson's "section_id"; only the keys the feed carried.
    QJsonObject extras;
};

class EntityWriter {
public:
    explicit EntityWriter(const QSqlDatabase &db);
    ~EntityWriter();
    EntityWriter(const EntityWriter &) = delete;
    EntityWriter &operator=(const EntityWriter &) = delete;

    bool apply(const EntityChange &change, QString *error);
    bool remove(EntityType type, const QString &id, QString *error);

    bool upsert(const User &v, QString *error);
    bool upsert(const Space &v, QString *error);
    bool upsert(const Course &v, QString *error);
    bool upsert(const Lesson &v, QString *error);
    bool upsert(const Thread &v, QString *error);
    bool upsert(const Post &v, QString *error);
    bool upsert(const Reaction &v, QString *error);
    bool upsert(const Review &v, QString *error);

private:
    sqlite3_stmt *prepared(int slot, const char *sql, QString *error);
    bool step(sqlite3_stmt *stmt, EntityType type, const QString &id, QString *error);

    sqlite3 *m_handle = nullptr;
    bool applyExtras(const EntityChange &change, QString *error);
    // Upserts and deletes per type, then the two extras (a course's sections, a lesson's).
    std::array<sqlite3_stmt *, kEntityTypeCount * 2 + 2> m_statements{};
};

} // namespace lyceum
