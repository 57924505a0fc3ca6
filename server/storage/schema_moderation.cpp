// The server schema steps "moderation.1", "moderation.2" and "moderation.3"; "moderation.1":
// reports, the audit log of moderators' actions, and banned users (docs/protocol.md, "Moderation").
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

// "moderation.3": bans may end (moderation.act's until); 0 is a ban without end. A ban whose end
// has passed no longer counts (ModerationStorage::banEnd), without a job to lift it. And each
// space's rules of who may start threads and who may reply ('everyone' | 'members' | 'staff',
// SpaceAudience in core/domain/entities.h), which the rule book enforces (server/policy/).
bool serverSchemaModeration3(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            "ALTER TABLE bans ADD COLUMN banned_until ${bigint} NOT NULL DEFAULT 0",
            "ALTER TABLE spaces ADD COLUMN start_threads ${text} NOT NULL DEFAULT 'everyone'",
            "ALTER TABLE spaces ADD COLUMN reply ${text} NOT NULL DEFAULT 'everyone'",
        },
        error);
}

// "moderation.4": what moderators set and what authors answer (docs/protocol.md, "Moderation").
// Each space's slow mode (one post per member per N seconds, 0: off) and whether it is closed
// (only staff post); the keyword filters that block a post or hold it for review, and the posts
// held; appeals against an action; the community's settings (whether new members wait for
// approval) and the members waiting or decided.
bool serverSchemaModeration4(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            "ALTER TABLE spaces ADD COLUMN slow_mode_s ${bigint} NOT NULL DEFAULT 0",
            "ALTER TABLE spaces ADD COLUMN closed ${bool} NOT NULL DEFAULT ${false}",
            // keyword_filters: one row per filter. mode 'word' (a word or phrase, matched after
            // folding width and case, anywhere: no word boundaries are assumed, Chinese has
            // none) | 'pattern' (a small glob: * any run, ? one character); effect 'block' |
            // 'hold'.
            "CREATE TABLE keyword_filters (id ${pk_auto}, pattern ${text} NOT NULL,"
            " mode ${text} NOT NULL, effect ${text} NOT NULL, created_by ${text} NOT NULL,"
            " created_at ${bigint} NOT NULL)",
            // held_posts: a thread or reply a 'hold' filter kept back, until a moderator
            // publishes or rejects it. id: the post's id; kind 'thread' | 'post'; args: the
            // mutation's arguments (JSON); state 'held' | 'published' | 'rejected'.
            "CREATE TABLE held_posts (id ${text} PRIMARY KEY, author_id ${text} NOT NULL,"
            " kind ${text} NOT NULL, args ${text} NOT NULL, filter_id ${bigint} NOT NULL,"
            " matched ${text} NOT NULL, created_at ${bigint} NOT NULL, state ${text} NOT NULL)",
            // appeals: one per action at most (action_id unique). state 'open' | 'upheld' (the
            // action stands) | 'granted' (the action was undone).
            "CREATE TABLE appeals (id ${pk_auto}, action_id ${bigint} NOT NULL UNIQUE,"
            " author_id ${text} NOT NULL, note ${text} NOT NULL, created_at ${bigint} NOT NULL,"
            " state ${text} NOT NULL, decided_by ${text} NOT NULL, decided_at ${bigint} NOT NULL)",
            // community_settings: key -> value, e.g. 'approve_members' -> '1' (since: value of
            // 'approve_members_since', ms).
            "CREATE TABLE community_settings (setting ${text} PRIMARY KEY, value ${text} NOT NULL)",
            // member_approvals: members who joined while approval was on. state 'waiting' |
            // 'approved' | 'refused'.
            "CREATE TABLE member_approvals (user_id ${text} PRIMARY KEY, state ${text} NOT NULL,"
            " decided_by ${text} NOT NULL, decided_at ${bigint} NOT NULL)",
        },
        error);
}

} // namespace lyceum::server
