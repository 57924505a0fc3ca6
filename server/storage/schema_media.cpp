// The server schema step "media.1": lesson videos, uploads, the URL-signing secret, learners'
// progress and notes (docs/media.md).
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaMedia1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // lessons.video_asset_id: the lesson's video, '' for none.
            "ALTER TABLE lessons ADD COLUMN video_asset_id ${text} NOT NULL DEFAULT ''",
            // media_assets: one row per servable video. path: the file on disk; chapters:
            // JSON [{start_ms, title: {zh, en}}]; captions: JSON [{lang, label, path}].
            "CREATE TABLE media_assets (id ${text} PRIMARY KEY, owner_id ${text} NOT NULL,"
            " path ${text} NOT NULL, mime ${text} NOT NULL, size ${bigint} NOT NULL,"
            " sha256 ${text} NOT NULL, duration_ms ${bigint} NOT NULL, chapters ${text} NOT NULL,"
            " captions ${text} NOT NULL, created_at ${bigint} NOT NULL)",
            // media_uploads: a creator's resumable upload; received bytes so far; asset_id once
            // complete and accepted.
            "CREATE TABLE media_uploads (id ${text} PRIMARY KEY, owner_id ${text} NOT NULL,"
            " lesson_id ${text} NOT NULL, file_name ${text} NOT NULL, size ${bigint} NOT NULL,"
            " sha256 ${text} NOT NULL, received ${bigint} NOT NULL,"
            " created_at ${bigint} NOT NULL, asset_id ${text} NOT NULL)",
            // server_secrets: named random keys (hex), e.g. the media URL signing key.
            "CREATE TABLE server_secrets (name ${text} PRIMARY KEY, value ${text} NOT NULL)",
            // learning_progress: per learner and lesson: resume position, speed (percent),
            // watched ranges (JSON [[start_ms, end_ms]]), completion percent, the device's time.
            "CREATE TABLE learning_progress (user_id ${text} NOT NULL, lesson_id ${text} NOT NULL,"
            " position_ms ${bigint} NOT NULL, speed_percent ${bigint} NOT NULL,"
            " watched ${text} NOT NULL, percent ${bigint} NOT NULL, updated_at ${bigint} NOT NULL,"
            " PRIMARY KEY (user_id, lesson_id))",
            // lesson_notes: a learner's timestamped notes; deleted ones kept as tombstones.
            "CREATE TABLE lesson_notes (id ${text} PRIMARY KEY, user_id ${text} NOT NULL,"
            " lesson_id ${text} NOT NULL, at_ms ${bigint} NOT NULL, body ${text} NOT NULL,"
            " updated_at ${bigint} NOT NULL, deleted ${bool} NOT NULL)",
            "CREATE INDEX lesson_notes_by_user ON lesson_notes(user_id, lesson_id)",
        },
        error);
}

} // namespace lyceum::server
