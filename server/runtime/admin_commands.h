// lyceum-server's admin commands (docs/operations.md): "backup", "restore" and "migrate", given
// as the first argument. Each has its own --help.
#pragma once

#include <QStringList>

namespace lyceum::server {

// Whether arguments (argv, program name first) name an admin command.
bool isAdminCommand(const QStringList &arguments);
// Runs it; the process exit code (0 done, 1 failed, 2 not possible for this database).
int runAdminCommand(const QStringList &arguments);

} // namespace lyceum::server
