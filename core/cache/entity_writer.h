// Writes entities of the changes feed into the cache tables with prepared statements that are
// reused for every row; the caller owns the transaction.
#pragma once

#include "domain/entities.h"

#include <QSqlQuery>
#include <QVector>
#include <array>
#include <variant>

namespace lyceum {

enum class EntityType { User, Space, Course, Lesson, Thread, Post, Reaction };
constexpr int kEntityTypeCount = 7;

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);

using EntityData =
    std::variant<std::monostate, User, Space, Course, Lesson, Thread, Post, Reaction>;

// One element of the changes feed: an upsert (data set) or a delete (remove, data empty).
struct EntityChange {
    qint64 seq = 0;
    EntityType entity = EntityType::User;
    bool remove = false;
    QString id;
    EntityData data;
};

class EntityWriter {
public:
    explicit EntityWriter(QSqlDatabase db);

    bool apply(const EntityChange &change, QString *error);
    bool remove(EntityType type, const QString &id, QString *error);

    bool upsert(const User &v, QString *error);
    bool upsert(const Space &v, QString *error);
    bool upsert(const Course &v, QString *error);
    bool upsert(const Lesson &v, QString *error);
    bool upsert(const Thread &v, QString *error);
    bool upsert(const Post &v, QString *error);
    bool upsert(const Reaction &v, QString *error);

private:
    QSqlQuery &prepared(int slot, const QString &sql, QString *error, bool *ok);

    QSqlDatabase m_db;
    std::array<QSqlQuery, kEntityTypeCount * 2> m_queries;
    std::array<bool, kEntityTypeCount * 2> m_ready{};
};

} // namespace lyceum
