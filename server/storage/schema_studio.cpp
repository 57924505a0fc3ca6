// The server schema step "studio.1": creators' drafts synced between their devices and the
// publications they scheduled (docs/studio.md).
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaStudio1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // studio_drafts: a creator's draft as last accepted from one of their devices.
            // meta: JSON object (course_id, space_id, target_id, base_updated_at, outline, ...);
            // revision: changes accepted so far; conflicts: JSON array of versions sent by a
            // device that had not seen the latest revision, kept until the creator chooses;
            // deleted drafts stay as tombstones so other devices learn of the deletion.
            "CREATE TABLE studio_drafts (id ${text} PRIMARY KEY,"
            " user_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " kind ${text} NOT NULL, title ${text} NOT NULL, body ${text} NOT NULL,"
            " meta ${text} NOT NULL, revision ${bigint} NOT NULL, conflicts ${text} NOT NULL,"
            " saved_at ${bigint} NOT NULL, deleted ${bool} NOT NULL)",
            "CREATE INDEX studio_drafts_user ON studio_drafts(user_id)",
            // scheduled_publications: draft.publish arguments (JSON) to apply at publish_at;
            // state pending|published|failed|cancelled, with the refusal when failed.
            "CREATE TABLE scheduled_publications (id ${text} PRIMARY KEY,"
            " user_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " draft_id ${text} NOT NULL, args ${text} NOT NULL, publish_at ${bigint} NOT NULL,"
            " state ${text} NOT NULL, error_code ${text} NOT NULL,"
            " error_message ${text} NOT NULL, created_at ${bigint} NOT NULL,"
            " done_at ${bigint} NOT NULL)",
            "CREATE INDEX scheduled_due ON scheduled_publications(state, publish_at)",
        },
        error);
}

bool serverSchemaStudio2(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // studio_images: images creators put in drafts' text (lyceum-image:ID), at most
            // 1 MiB each; immutable once stored (the id is the creator's device's, random).
            "CREATE TABLE studio_images (id ${text} PRIMARY KEY,"
            " owner_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " mime ${text} NOT NULL, data ${blob} NOT NULL, sha256 ${text} NOT NULL,"
            " created_at ${bigint} NOT NULL)",
        },
        error);
}

} // namespace lyceum::server
