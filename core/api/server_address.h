// What the client tells a person about a server address before it sends a password there.
#pragma once

#include <QString>
#include <QUrl>

namespace lyceum {

// True when the address is http (not https) to anything but this machine: the password, the
// tokens and everything read would cross the network unencrypted. Loopback is an IP literal in
// 127.0.0.0/8 or ::1 (also IPv4-mapped), or the name "localhost"; any other name counts as
// remote, whatever it resolves to (nothing is looked up).
bool isPlainHttpToRemote(const QUrl &server);

// The translated warning for such an address (login screen and lyceum-cli login); empty when
// the address needs none.
QString plainHttpWarning(const QUrl &server);

} // namespace lyceum
