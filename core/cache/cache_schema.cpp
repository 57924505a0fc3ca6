// The cache schema's core step ("core.1"); other areas keep theirs in cache_schema_<area>.cpp. Each
// table is documented here, where it is defined. Entity tables mirror the changes feed
// (docs/protocol.md) one row per entity, keyed by the server's id; they carry no foreign keys
// between each other on purpose: the feed is compacted and arrives in commit order, so a post can
// legitimately arrive before the thread it belongs to (the thread's later activity moved it further
// down the log), and a tombstone of a parent can precede its children's.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

namespace {
bool run(QSqlDatabase &db, const QStringList &statements, QString *error) {
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool cacheSchemaCore1(QSqlDatabase &db, QString *error) {
    return run(
        db,
        {
            // users: one row per user the server has shown us (authors, creators, ourselves).
            // Key: id. role is the protocol name ("learner", ...).
            QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, handle TEXT NOT NULL, "
                           "display_name TEXT NOT NULL, role TEXT NOT NULL, bio TEXT NOT NULL, "
                           "created_at INTEGER NOT NULL)"),
            // spaces: the community's discussion spaces. Key: id; listed by position.
            QStringLiteral("CREATE TABLE spaces (id TEXT PRIMARY KEY, slug TEXT NOT NULL, "
                           "name TEXT NOT NULL, description TEXT NOT NULL, "
                           "position INTEGER NOT NULL)"),
            // courses: one row per course visible to the user. Key: id. tags is a JSON array of
            // strings; price in minor units of currency; space_id may be NULL.
            QStringLiteral("CREATE TABLE courses (id TEXT PRIMARY KEY, space_id TEXT, "
                           "creator_id TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, "
                           "description TEXT NOT NULL, tags TEXT NOT NULL, topic TEXT NOT NULL, "
                           "price INTEGER NOT NULL, currency TEXT NOT NULL, "
                           "published INTEGER NOT NULL, created_at INTEGER NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
            // lessons: one row per lesson of a visible course. Key: id. body is empty and
            // locked = 1 when the server withholds it from this user.
            QStringLiteral("CREATE TABLE lessons (id TEXT PRIMARY KEY, course_id TEXT NOT NULL, "
                           "position INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, "
                           "duration_seconds INTEGER NOT NULL, free_preview INTEGER NOT NULL, "
                           "locked INTEGER NOT NULL, created_at INTEGER NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX lessons_by_course ON lessons(course_id, position)"),
            // threads: discussion threads. Key: id. Exactly one of space_id, course_id,
            // lesson_id is non-NULL. Rows created on this device exist before the server
            // confirms them; the outbox row with entity_id = id marks them pending.
            QStringLiteral("CREATE TABLE threads (id TEXT PRIMARY KEY, space_id TEXT, "
                           "course_id TEXT, lesson_id TEXT, author_id TEXT NOT NULL, "
                           "title TEXT NOT NULL, kind TEXT NOT NULL, accepted_post_id TEXT, "
                           "pinned INTEGER NOT NULL, locked INTEGER NOT NULL, "
                           "post_count INTEGER NOT NULL, created_at INTEGER NOT NULL, "
                           "last_activity_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX threads_by_space ON threads(space_id)"),
            QStringLiteral("CREATE INDEX threads_by_course ON threads(course_id)"),
            QStringLiteral("CREATE INDEX threads_by_lesson ON threads(lesson_id)"),
            // posts: replies in threads. Key: id. parent_id NULL for top-level replies;
            // edited_at NULL when never edited. Pending like threads (see outbox).
            QStringLiteral("CREATE TABLE posts (id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, "
                           "parent_id TEXT, author_id TEXT NOT NULL, body TEXT NOT NULL, "
                           "deleted INTEGER NOT NULL, created_at INTEGER NOT NULL, "
                           "edited_at INTEGER)"),
            QStringLiteral("CREATE INDEX posts_by_thread ON posts(thread_id, created_at)"),
            // reactions: one row per (post, user, emoji). Key: id = post_id.user_id.emoji_key.
            QStringLiteral("CREATE TABLE reactions (id TEXT PRIMARY KEY, post_id TEXT NOT NULL, "
                           "user_id TEXT NOT NULL, emoji TEXT NOT NULL, "
                           "created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX reactions_by_post ON reactions(post_id)"),
            // sync_state: small key/value facts about the pull. Keys: "cursor" (the opaque
            // cursor after the last applied page, written in the same transaction as that
            // page's rows), "last_synced_at" (ms since epoch of the last complete pull).
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // outbox: mutations written here and not yet decided by the server, in the order
            // the user made them (seq). mutation_id is the id sent as (client_id, mutation_id)
            // so a resend is applied once. state: 0 waiting, 1 sending (reset to waiting on
            // open), 2 failed (rejected; error_* says why, args keeps the user's text).
            // entity_id is the thread/post the mutation creates or changes, so views can mark
            // it pending. Rows are deleted once the server applied them.
            QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "mutation_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, "
                           "entity_id TEXT NOT NULL, args TEXT NOT NULL, "
                           "state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)), "
                           "error_code TEXT NOT NULL DEFAULT '', "
                           "error_message TEXT NOT NULL DEFAULT '', "
                           "attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_by_entity ON outbox(entity_id)"),
        },
        error);
}

} // namespace lyceum
