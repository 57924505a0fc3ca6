// The server schema step "account.1" (docs/protocol.md, "Account" and "Saved posts"):
// - posts.hidden: the post was removed by a moderator (deleted is true too). Kept in the row so
//   that any later write of the post (a repeated delete, an undo of another action) still says
//   "hidden by a moderator" rather than "deleted". Rows from before the step read as not hidden.
// - sessions.device_name, sessions.last_seen_at: what the account's device list shows. The name
//   is what the client sent at login ('' when none); last seen moves at login and at each
//   refresh (about every 15 minutes while the device is in use), never on ordinary requests.
// - saved_posts: the posts a member saved (bookmarks), private to that member.
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaAccount1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            "ALTER TABLE posts ADD COLUMN hidden ${bool} NOT NULL DEFAULT ${false}",
            "ALTER TABLE sessions ADD COLUMN device_name ${text} NOT NULL DEFAULT ''",
            "ALTER TABLE sessions ADD COLUMN last_seen_at ${bigint} NOT NULL DEFAULT 0",
            // saved_posts: one row per (member, post) the member saved; saved_at orders the
            // Saved page (newest first). Unsaving deletes the row.
            "CREATE TABLE saved_posts (user_id ${text} NOT NULL REFERENCES users(id)"
            " ON DELETE CASCADE, post_id ${text} NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
            " saved_at ${bigint} NOT NULL, PRIMARY KEY (user_id, post_id))",
        },
        error);
}

} // namespace lyceum::server
