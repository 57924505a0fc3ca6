// The cache schema step "media.1": lesson videos on the device (docs/media.md).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaMedia1(QSqlDatabase &db, QString *error) {
    const char *statements[] = {
        // lessons.video_asset_id: the lesson's video ('' for none, or from a server before it).
        "ALTER TABLE lessons ADD COLUMN video_asset_id TEXT NOT NULL DEFAULT ''",
        // media_progress: this learner's place in each lesson's video: resume position, speed,
        // watched ranges (JSON [[start_ms, end_ms]]), completion percent, when it last changed
        // (device time). The server merges what each device sends (progress.put).
        "CREATE TABLE media_progress (lesson_id TEXT PRIMARY KEY, position_ms INTEGER NOT NULL,"
        " speed REAL NOT NULL, watched TEXT NOT NULL, percent INTEGER NOT NULL,"
        " updated_at INTEGER NOT NULL)",
        // lesson_notes: timestamped notes on a lesson's video; deleted ones kept until the
        // server has the deletion.
        "CREATE TABLE lesson_notes (id TEXT PRIMARY KEY, lesson_id TEXT NOT NULL,"
        " at_ms INTEGER NOT NULL, body TEXT NOT NULL, updated_at INTEGER NOT NULL,"
        " deleted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX lesson_notes_by_lesson ON lesson_notes(lesson_id, at_ms)",
        // downloads: a lesson's video kept for offline viewing. state: queued, downloading,
        // paused, done, failed; path: the file (encrypted when paid: encrypted = 1, the key in the
        // keychain); received: bytes so far; sha256: what the plain file must hash to.
        "CREATE TABLE downloads (lesson_id TEXT PRIMARY KEY, course_id TEXT NOT NULL,"
        " asset_id TEXT NOT NULL, title TEXT NOT NULL, path TEXT NOT NULL,"
        " size INTEGER NOT NULL, received INTEGER NOT NULL, sha256 TEXT NOT NULL,"
        " mime TEXT NOT NULL, state TEXT NOT NULL, encrypted INTEGER NOT NULL,"
        " error TEXT NOT NULL DEFAULT '', captions TEXT NOT NULL DEFAULT '[]',"
        " chapters TEXT NOT NULL DEFAULT '[]', created_at INTEGER NOT NULL,"
        " finished_at INTEGER NOT NULL DEFAULT 0)",
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
