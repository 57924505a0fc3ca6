// Files only their owner may read (docs/security.md, "Integrity of what members send"): the
// server's database and uploads, a client profile's cache, settings and downloads. Modes are set
// explicitly where each is created, so they do not depend on the umask of whoever started us.
#pragma once

#include <QString>

namespace lyceum {

// Creates dir (and missing parents) if needed; a directory this call creates is mode 0700.
// An existing directory keeps its mode: the operator may have chosen it.
bool makePrivateDir(const QString &dir);
// Creates an empty file at path with mode 0600 when there is none (so a database opened next
// is private from its first byte, and SQLite gives its -wal and -shm the same mode).
bool makePrivateFile(const QString &path);
// Sets mode 0600 on an existing file.
bool setPrivateMode(const QString &path);

} // namespace lyceum
