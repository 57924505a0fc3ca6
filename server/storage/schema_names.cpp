// The server schema step "names.1": names in both languages beside the community's own name
// (docs/protocol.md, "Names in both languages"): courses.topic_names and tiers.names hold
// {"en": ..., "zh": ...} as compact JSON text, '' when the creator gave none.
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaNames1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(db, dialect,
                      {
                          "ALTER TABLE courses ADD COLUMN topic_names ${text} NOT NULL DEFAULT ''",
                          "ALTER TABLE tiers ADD COLUMN names ${text} NOT NULL DEFAULT ''",
                      },
                      error);
}

} // namespace lyceum::server
