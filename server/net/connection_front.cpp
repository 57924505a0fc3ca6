#include "server/net/connection_front.h"

#include "server/log.h"
#include "server/net/connection_guard.h"

#include <QTcpSocket>
#include <unistd.h>

namespace lyceum::server {

void ConnectionFront::Counts::release(const QByteArray &key) {
    --total;
    const auto it = perAddress.find(key);
    if (it != perAddress.end() && --*it <= 0)
        perAddress.erase(it);
}

ConnectionFront::ConnectionFront(QObject *parent)
    : QTcpServer(parent)
    , m_counts(std::make_shared<Counts>()) {
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] { resumeAccepting(); });
    connect(this, &QTcpServer::acceptError, this, &ConnectionFront::onAcceptError);
}

ConnectionFront::~ConnectionFront() = default;

int ConnectionFront::connectionCount() const {
    return m_counts->total;
}

int ConnectionFront::connectionsFrom(const QHostAddress &address) const {
    return m_counts->perAddress.value(addressKey(address));
}

QByteArray ConnectionFront::addressKey(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also an IPv4-mapped IPv6 address
    if (isV4)
        return QByteArray::number(v4);
    // One host usually has a whole /64, so an IPv6 client counts by its prefix.
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 8).toHex();
}

void ConnectionFront::onAcceptError() {
    // QTcpServer reports an accept that failed for want of descriptors or buffers; trying again
    // at once would fail again in a tight loop, so accepting pauses and resumes a little later.
    ++m_acceptErrors;
    qCWarning(lcServerHttp).noquote()
        << "cannot accept a connection:" << errorString() << "- pausing for"
        << m_options.acceptRetryMs << "ms";
    pauseAccepting();
    m_resume.start(m_options.acceptRetryMs);
}

void ConnectionFront::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, [socket] {
        if (!socket->findChild<ConnectionGuard *>())
            socket->deleteLater(); // refused below; QHttpServer deletes the others
    });
    const QByteArray key = addressKey(socket->peerAddress());
    if (m_counts->total >= m_options.maxConnections) {
        ConnectionGuard::refuse(socket, 503, "busy",
                                QStringLiteral("The server has too many connections; try again."),
                                1);
        return;
    }
    int &fromAddress = m_counts->perAddress[key];
    if (fromAddress >= m_options.maxConnectionsPerAddress) {
        ConnectionGuard::refuse(socket, 429, "too_many_connections",
                                QStringLiteral("Too many connections from your address."), 1);
        return;
    }
    ++fromAddress;
    ++m_counts->total;
    auto *guard = new ConnectionGuard(socket, key, m_counts, m_options);
    addPendingConnection(socket); // QHttpServer takes it now and connects its slots
    guard->attachAfterServer();
}

} // namespace lyceum::server
