// The few process-level calls that differ between POSIX and Windows, kept in one place so the
// rest of the client, the CLI and the server build on all three desktops:
// - termination signals (SIGTERM/SIGINT, or the console's Ctrl+C/close) turned into
//   QCoreApplication::quit(), so the event loop ends and destructors stop what the process started;
// - a child process bound to its parent (PR_SET_PDEATHSIG on Linux: the kernel ends the child when
//   the parent dies, SIGKILL included; elsewhere the child watches its standard input, a pipe the
//   parent holds, see quitWhenStdinCloses);
// - whether a process id is alive, and ending one (used to replace a stale demo server).
#pragma once

#include <QString>
#include <QtGlobal>

class QProcess;

namespace lyceum::platform {

// Installs handlers that turn SIGTERM and SIGINT (POSIX, through a self-pipe) or the console
// control events (Windows) into QCoreApplication::quit(). Call once, after the application object
// exists. false when the handlers could not be installed.
bool quitOnTerminationSignals();

// Makes the child started by `process` die with the calling thread's process: on Linux the
// kernel sends it SIGTERM when the parent exits for any reason. A no-op elsewhere (the child is
// then told to watch its stdin, see quitWhenStdinCloses). Call before QProcess::start.
void bindChildToParent(QProcess *process);

// Quits the application when standard input reaches end of file: the parent that holds the
// other end of the pipe has exited or was killed. Reading happens on a detached thread.
void quitWhenStdinCloses();

// Whether a process with this id exists (a zombie does not count on Linux).
bool processIsAlive(qint64 pid);

// The file name of the process's executable ("lyceum-server"), empty when it cannot be known.
QString processExecutableName(qint64 pid);

// Asks the process to stop (SIGTERM; on Windows it is terminated) and waits up to waitMs for it
// to go, then kills it. true when it is gone.
bool endProcess(qint64 pid, int waitMs);

} // namespace lyceum::platform
