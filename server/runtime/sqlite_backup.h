// Backup and restore of a server's SQLite file with SQLite's online backup API
// (docs/operations.md, "Back up"). The copy is taken in one step under one read transaction,
// so it is a consistent snapshot of a database a running server keeps writing (WAL mode lets
// the server go on committing meanwhile); the copy is checked (PRAGMA integrity_check) before
// it replaces anything.
#pragma once

#include <QString>

namespace lyceum::server {

// Copies the database at source into a new file at target (which must not exist): written to
// target + ".partial", checked, made owner-only, then renamed. false with *error.
bool backupSqlite(const QString &source, const QString &target, QString *error);

// Replaces the database at target with the backup at source, through the backup API into
// target's own connection (so its -wal and -shm files stay consistent). The backup must pass
// integrity_check and hold a Lyceum schema (a meta table with an instance id). The caller makes
// sure no server runs on target. false with *error.
bool restoreSqlite(const QString &source, const QString &target, QString *error);

} // namespace lyceum::server
