// Shared by the benchmarks: a lyceum-server child process on loopback, an account on it, and
// waiting on the event loop without a nested QEventLoop per call site.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace lyceum {
class Client;
}

namespace lyceum::bench {

[[noreturn]] void die(const QString &message);
// The process's resident memory (VmRSS of /proc/self/status) in MiB; 0 where it cannot be read.
double rssMiB();

// Runs the event loop until done() is true; dies after timeoutMs.
void waitFor(const std::function<bool()> &done, int timeoutMs = 600000);

// Starts `binary --data dataDir --listen 127.0.0.1:0 extraArgs...` and returns its base URL once
// it prints its listening line. Dies when it cannot start.
QUrl startServer(QProcess &server, const QString &binary, const QString &dataDir,
                 const QStringList &extraArgs);

// POST /api/v1/auth/register; dies on failure.
void registerAccount(const QUrl &server, const QString &handle, const QString &password);

// Opens the client's cache and logs in as bench / bench-password; dies on failure.
void openAndLogin(Client &client, const QUrl &server, bool remember);
// Runs Client::syncNow to the end and returns its wall time in seconds; dies on failure.
double syncToEnd(Client &client);
// Waits (running the event loop, so the client's indexer goes on) until no row of the cache file
// waits for the search index; returns how many waited at the first look.
qint64 waitForSearchIndex(const QString &cacheFile);

// The lyceum-server next to the running benchmark (they share build/bin).
QString defaultServerBinary();

} // namespace lyceum::bench
