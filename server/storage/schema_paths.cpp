// The server schema step "paths.1": the courses a creator says to take before a course
// (Course::prerequisites), a JSON array of course ids; '[]' for every course before it.
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaPaths1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect, {"ALTER TABLE courses ADD COLUMN prerequisites ${text} NOT NULL DEFAULT '[]'"},
        error);
}

} // namespace lyceum::server
