// Turns SIGTERM and SIGINT (Windows: Ctrl+C, console close, logoff) into a clean
// QCoreApplication::quit() (core/platform/process_control.h), so the
// event loop finishes the current request and storage closes normally.
#pragma once

namespace lyceum::server {

// Call once after the QCoreApplication exists. false when the pipe cannot be set up.
bool quitOnTerminationSignals();

} // namespace lyceum::server
