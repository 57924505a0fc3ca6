// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit() through a self-pipe, so the
// event loop finishes the current request and storage closes normally.
#pragma once

namespace lyceum::server {

// Call once after the QCoreApplication exists. false when the pipe cannot be set up.
bool quitOnTerminationSignals();

} // namespace lyceum::server
