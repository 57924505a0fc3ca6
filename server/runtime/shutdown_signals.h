// Turns SIGTERM and SIGINT (Windows: Ctrl+C, console close, logoff) into a graceful stop of the
// server (docs/operations.md, "Upgrade"): the listening socket closes at once (a proxy sends new
// connections to another instance), live sockets are closed with a code that tells clients to
// reconnect at once, requests already read are answered, and the event loop ends when nothing
// is left in flight or after drainMs, whichever comes first. A second signal quits at once.
#pragma once

namespace lyceum::server {

class HttpServer;

// Call once after the QCoreApplication exists. false when the handlers cannot be set up.
bool stopGracefullyOnSignals(HttpServer &server, int drainMs = 10000);

} // namespace lyceum::server
