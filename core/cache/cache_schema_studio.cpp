// The cache schema step "studio.1": creators' drafts, kept on the device first (issue 8).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaStudio1(QSqlDatabase &db, QString *error) {
    const char *statements[] = {
        // drafts: one row per draft, saved within a second of a change. kind: course, lesson,
        // post, announcement; target_id: the published item it edits ('' for a new one) and
        // base_updated_at the version of it the draft started from; course_id / space_id:
        // where it goes.
        "CREATE TABLE drafts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,"
        " body TEXT NOT NULL, target_id TEXT NOT NULL DEFAULT '',"
        " base_updated_at INTEGER NOT NULL DEFAULT 0, course_id TEXT NOT NULL DEFAULT '',"
        " space_id TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL)",
        // draft_revisions: the draft's history, oldest first; a save within 30 s of the newest
        // revision updates it instead of adding one.
        "CREATE TABLE draft_revisions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " draft_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
        " saved_at INTEGER NOT NULL)",
        "CREATE INDEX draft_revisions_by_draft ON draft_revisions(draft_id, id)",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool cacheSchemaStudio2(QSqlDatabase &db, QString *error) {
    const char *statements[] = {
        // extra: what some kinds need besides the text (JSON: item_id, first_post_id, price,
        // outline [{id, title}], free_preview); server_revision: the server's revision this
        // copy matches (0: never synced); conflicts: versions another device sent meanwhile
        // (JSON, from the server); publish_at: when the creator asked it published (0 now);
        // publish_requested_at: when Publish was pressed (0: never).
        "ALTER TABLE drafts ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE drafts ADD COLUMN server_revision INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE drafts ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE drafts ADD COLUMN publish_at INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE drafts ADD COLUMN publish_requested_at INTEGER NOT NULL DEFAULT 0",
    };
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum
