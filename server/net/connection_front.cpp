#include "server/net/connection_front.h"

#include "server/log.h"
#include "server/net/connection_guard.h"

#include <QTcpSocket>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
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
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_acceptNotifier)
            m_acceptNotifier->setEnabled(true);
    });
}

bool ConnectionFront::open(const QHostAddress &address, quint16 port) {
    if (!listen(address, port))
        return false;
    // QTcpServer's own accept loop, on EMFILE in Qt 6.4, neither reports an error nor stops:
    // the listening socket stays readable and the loop spins. So QTcpServer's notifier stays
    // off (it is switched back on whenever a connection is taken, see incomingConnection) and
    // this notifier accepts instead.
    pauseAccepting();
    // A duplicate of the listening descriptor, so that this notifier and QTcpServer's never
    // share one (event dispatchers allow one read notifier per descriptor).
    m_acceptFd = ::fcntl(int(socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (m_acceptFd < 0) {
        close();
        return false;
    }
    m_acceptNotifier = std::make_unique<QSocketNotifier>(m_acceptFd, QSocketNotifier::Read);
    connect(m_acceptNotifier.get(), &QSocketNotifier::activated, this,
            &ConnectionFront::acceptPending);
    return true;
}

void ConnectionFront::acceptPending() {
    // A bounded batch per wake-up, so a flood of connects cannot starve the requests.
    for (int i = 0; i < 64; ++i) {
        const int fd = ::accept4(m_acceptFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            incomingConnection(fd);
            continue;
        }
        const int error = errno;
        if (error == EINTR || error == ECONNABORTED || error == EPROTO)
            continue;
        if (error != EAGAIN && error != EWOULDBLOCK)
            onAcceptError(error);
        return;
    }
}

ConnectionFront::~ConnectionFront() {
    m_acceptNotifier.reset();
    if (m_acceptFd >= 0)
        ::close(m_acceptFd);
}

void ConnectionFront::stopAccepting() {
    m_resume.stop();
    m_acceptNotifier.reset();
    if (m_acceptFd >= 0)
        ::close(m_acceptFd);
    m_acceptFd = -1;
    close();
}

qint64 ConnectionFront::unsentBytes() const {
    qint64 bytes = 0;
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (const QTcpSocket *socket : sockets) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            bytes += socket->bytesToWrite();
    }
    return bytes;
}

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

void ConnectionFront::onAcceptError(int error) {
    // Out of descriptors or buffers: the connection waits in the kernel's backlog, and trying
    // again at once would fail again in a tight loop; so accepting pauses and resumes a little
    // later (closed connections free descriptors meanwhile).
    ++m_acceptErrors;
    qCWarning(lcServerHttp).noquote()
        << "cannot accept a connection:" << QString::fromLocal8Bit(std::strerror(error))
        << "- pausing for" << m_options.acceptRetryMs << "ms";
    m_acceptNotifier->setEnabled(false);
    m_resume.start(m_options.acceptRetryMs);
}

void ConnectionFront::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    // Answers go out as soon as they are written: QHttpServer writes a head and a body
    // separately, and with Nagle's algorithm the body waits for the client's delayed ACK of the
    // head (~40 ms on Linux), which dominated request latency under light load.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
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
    pauseAccepting();             // nextPendingConnection() switched QTcpServer's notifier on
    guard->attachAfterServer();
}

} // namespace lyceum::server
