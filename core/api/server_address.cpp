#include "api/server_address.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace lyceum {

bool isPlainHttpToRemote(const QUrl &server) {
    if (server.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    QString host = server.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host == QLatin1String("localhost"))
        return false;
    QHostAddress address;
    if (!address.setAddress(host))
        return true; // a name: it may resolve anywhere
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return !QHostAddress(v4).isLoopback();
    return !address.isLoopback();
}

QString plainHttpWarning(const QUrl &server) {
    if (!isPlainHttpToRemote(server))
        return QString();
    return QCoreApplication::translate(
               "lyceum::ServerAddress",
               "Warning: %1 uses plain http, not https. Your password, your session and "
               "everything you read would cross the network unencrypted, where others can read "
               "or change them. Use an https:// address unless you trust every network between "
               "you and this server.")
        .arg(server.host());
}

} // namespace lyceum
