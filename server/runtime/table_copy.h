// lyceum-server migrate (docs/operations.md, "Move to PostgreSQL"): copies every table of a
// server's SQLite database into another server database of the same schema, row for row, in
// one transaction on the target. Keys, seq numbers and the instance id travel unchanged, so the
// sync cursors clients hold stay valid: clients do not resync, they pull on from where they
// were. Runs through SqlStorage's connection and dialect, so the target may be any backend
// SqlStorage opens (booleans are converted to the target's column type; PostgreSQL sequences
// are moved past the copied keys).
#pragma once

#include <QString>
#include <QVector>

namespace lyceum::server {

class SqlStorage;

struct TableCount {
    QString table;
    qint64 rows = 0;
};

// from must be SQLite. The target must be empty (no users) and both must have applied the same
// schema steps (open both with this binary first: opening migrates). On success *copied lists
// each table with its rows, checked by counting them again on the target.
bool copyAllTables(SqlStorage &from, SqlStorage &to, QVector<TableCount> *copied, QString *error);

} // namespace lyceum::server
