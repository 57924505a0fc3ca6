// The server schema steps "moderation.1" and "moderation.2"; "moderation.1": reports, the audit log
// of moderators' actions, and banned users (docs/protocol.md, "Moderation").
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaModeration1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // reports: one row per report. target_kind 'post' | 'thread' | 'user'; reason
            // 'spam' | 'abuse' | 'off_topic' | 'other'; resolved_at 0 while open, resolution the
            // action that closed it.
            "CREATE TABLE reports (id ${text} PRIMARY KEY, reporter_id ${text} NOT NULL,"
            " target_kind ${text} NOT NULL, target_id ${text} NOT NULL, reason ${text} NOT NULL,"
            " note ${text} NOT NULL, created_at ${bigint} NOT NULL,"
            " resolved_at ${bigint} NOT NULL, resolution ${text} NOT NULL)",
            "CREATE INDEX reports_by_target ON reports(target_kind, target_id, resolved_at)",
            // moderation_actions: the audit log, in order. undo_data: what an undo restores
            // (JSON); undone 1 once undone.
            "CREATE TABLE moderation_actions (id ${pk_auto},"
            " moderator_id ${text} NOT NULL, target_kind ${text} NOT NULL,"
            " target_id ${text} NOT NULL, action ${text} NOT NULL, reason ${text} NOT NULL,"
            " note ${text} NOT NULL, created_at ${bigint} NOT NULL, undone ${bool} NOT NULL,"
            " undo_data ${text} NOT NULL)",
            // bans: users who may not write, since banned_at.
            "CREATE TABLE bans (user_id ${text} PRIMARY KEY, banned_at ${bigint} NOT NULL)",
        },
        error);
}

// "moderation.2": whom each action concerned (the author of the post or thread, or the user), so
// authors can be shown the actions taken on what they wrote and moderators an author's record;
// and the posts of an author, for that record.
bool serverSchemaModeration2(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            "ALTER TABLE moderation_actions ADD COLUMN subject_id ${text} NOT NULL DEFAULT ''",
            "CREATE INDEX moderation_actions_by_subject ON moderation_actions(subject_id, id)",
            "CREATE INDEX posts_by_author ON posts(author_id, created_at)",
        },
        error);
}

} // namespace lyceum::server
