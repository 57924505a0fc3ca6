// The server schema step "integrity.1" (docs/security.md, "Integrity of what members send"):
// spent refresh tokens (so a replay revokes its session), who an image id belongs to before its
// bytes arrive, and which learners were given a lesson's video (for plausible analytics).
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaIntegrity1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // spent_refresh_tokens: the SHA-256 hex of each refresh token a rotation replaced,
            // keyed by it, with the session (the login family) it belonged to; deleted with the
            // session. Presenting one again is taken as theft and ends the session.
            "CREATE TABLE spent_refresh_tokens (hash ${text} PRIMARY KEY,"
            " session_id ${text} NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
            " spent_at ${bigint} NOT NULL)",
            "CREATE INDEX spent_refresh_session ON spent_refresh_tokens(session_id)",
            // studio_image_owners: one row per image id, keyed by it: the creator it belongs to
            // from the first text of theirs that referenced it (or their first upload of it),
            // so nobody else can fill the id with other bytes.
            "CREATE TABLE studio_image_owners (id ${text} PRIMARY KEY,"
            " owner_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " claimed_at ${bigint} NOT NULL)",
            // Pictures already stored are their uploader's.
            "INSERT INTO studio_image_owners (id, owner_id, claimed_at)"
            " SELECT id, owner_id, created_at FROM studio_images",
            // media_views: one row per (learner, lesson) the server gave the lesson's video URL
            // to, with the first time; analytics count a video lesson only for these.
            "CREATE TABLE media_views (user_id ${text} NOT NULL, lesson_id ${text} NOT NULL,"
            " first_at ${bigint} NOT NULL, PRIMARY KEY (user_id, lesson_id))",
        },
        error);
}

} // namespace lyceum::server
