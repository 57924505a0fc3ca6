// The server schema step "throttle.1": failed logins kept in the database rather than in one
// process's memory, so the limits of server/auth/login_throttle.h hold across every instance of
// a community.
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaThrottle1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // login_failures: one row per failed password check, keyed by a serial id; key is
            // "h:" + the SHA-256 (hex) of the handle tried, or "a:" + the client address (hex;
            // an IPv6 address by its /64). Rows older
            // than the throttle's window are deleted as new ones arrive.
            "CREATE TABLE login_failures (id ${pk_auto}, key ${text} NOT NULL,"
            " at ${bigint} NOT NULL)",
            "CREATE INDEX login_failures_key ON login_failures(key, at)",
            "CREATE INDEX login_failures_at ON login_failures(at)",
        },
        error);
}

} // namespace lyceum::server
