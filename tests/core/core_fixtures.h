// Small builders shared by the core tests.
#pragma once

#include "cache/entity_writer.h"
#include "domain/entities.h"

namespace lyceum::test {

inline User makeUser(const QString &id, const QString &name) {
    return User{id, id, name, Role::Learner, {}, 1};
}

inline Thread makeThread(const QString &id, const QString &spaceId, qint64 lastActivity = 10) {
    Thread t;
    t.id = id;
    t.spaceId = spaceId;
    t.authorId = QStringLiteral("u1");
    t.title = QStringLiteral("Thread ") + id;
    t.createdAt = 1;
    t.lastActivityAt = lastActivity;
    return t;
}

inline Post makePost(const QString &id, const QString &threadId, const QString &parentId,
                     qint64 createdAt) {
    Post p;
    p.id = id;
    p.threadId = threadId;
    p.parentId = parentId;
    p.authorId = QStringLiteral("u1");
    p.body = QStringLiteral("body of ") + id;
    p.createdAt = createdAt;
    return p;
}

template<typename T> EntityChange upsert(EntityType type, const T &value, qint64 seq = 0) {
    EntityChange c;
    c.seq = seq;
    c.entity = type;
    c.id = value.id;
    c.data = value;
    return c;
}

inline EntityChange removal(EntityType type, const QString &id) {
    EntityChange c;
    c.entity = type;
    c.remove = true;
    c.id = id;
    return c;
}

} // namespace lyceum::test
