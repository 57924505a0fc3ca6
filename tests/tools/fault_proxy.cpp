#include "fault_proxy.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace lyceum::test {

// One accepted connection and its socket to the target. Data read from either side waits in a
// queue until the plan lets it through (due time for delays, nothing while stalled).
class FaultProxyConnection : public QObject {
public:
    FaultProxyConnection(FaultProxy *proxy, QTcpSocket *client, int index, const FaultPlan &plan)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_index(index)
        , m_plan(plan) {
        m_client->setParent(this);
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
        connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
    }

    int index() const { return m_index; }

    void start(const QHostAddress &address, quint16 port) {
        if (m_plan.kind == FaultPlan::Kind::Drop) {
            // Accepted, then closed before a byte is read: what a crashed or overloaded
            // server's kernel backlog looks like to a client.
            m_client->close();
            QTimer::singleShot(0, this, [this] { finish(); });
            return;
        }
        m_upstream = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { readClient(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { clientClosed(); });
        connect(m_client, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { pump(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { readServer(); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { serverClosed(); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                serverClosed();
        });
        m_upstream->connectToHost(address, port);
        readClient(); // bytes that arrived before the signals were connected
    }

    void setPlan(const FaultPlan &plan) {
        if (plan.kind == FaultPlan::Kind::Drop) {
            abortBoth();
            return;
        }
        m_plan = plan;
        pump();
    }

    void abortBoth() {
        if (m_finished)
            return;
        detachSockets();
        m_client->abort();
        if (m_upstream)
            m_upstream->abort();
        finish();
    }

private:
    struct Chunk {
        qint64 due = 0;
        QByteArray bytes;
    };

    qint64 now() const { return m_clock.elapsed(); }
    qint64 dueTime() const {
        return m_plan.kind == FaultPlan::Kind::Delay ? now() + m_plan.delayMs : 0;
    }

    void readClient() {
        if (m_finished || m_client->bytesAvailable() <= 0)
            return;
        m_toServer.push_back({dueTime(), m_client->readAll()});
        pump();
    }

    void readServer() {
        if (m_finished || !m_upstream)
            return;
        const QByteArray bytes = m_upstream->readAll();
        if (bytes.isEmpty() || m_faultPending)
            return; // after a fault is decided the rest of the response is discarded
        m_toClient.push_back({dueTime(), bytes});
        pump();
    }

    void clientClosed() {
        readClient();
        m_clientEof = true;
        if (m_plan.kind == FaultPlan::Kind::Stall) {
            // The client gave up on a stalled connection: nothing more will be forwarded.
            abortBoth();
            return;
        }
        pump();
    }

    void serverClosed() {
        if (m_upstream->bytesAvailable() > 0)
            readServer();
        m_serverEof = true;
        pump();
    }

    // Moves every chunk that is due, applies response faults, forwards closes, and arms the
    // timer for the next due chunk.
    void pump() {
        if (m_finished || !m_upstream)
            return;
        const bool stalled = m_plan.kind == FaultPlan::Kind::Stall;
        const qint64 t = now();
        qint64 nextDue = -1;
        auto noteDue = [&nextDue](qint64 due) {
            if (nextDue < 0 || due < nextDue)
                nextDue = due;
        };

        if (!stalled && m_upstream->state() == QAbstractSocket::ConnectedState) {
            while (!m_toServer.empty()) {
                Chunk &c = m_toServer.front();
                if (c.due > t) {
                    noteDue(c.due);
                    break;
                }
                m_upstream->write(c.bytes);
                m_proxy->addBytes(c.bytes.size(), 0);
                m_toServer.pop_front();
            }
        }

        if (!stalled && !m_faultPending) {
            const bool limited = m_plan.kind == FaultPlan::Kind::ResetAfter ||
                                 m_plan.kind == FaultPlan::Kind::TruncateAfter;
            while (!m_toClient.empty()) {
                Chunk &c = m_toClient.front();
                if (c.due > t) {
                    noteDue(c.due);
                    break;
                }
                QByteArray bytes = c.bytes;
                if (limited) {
                    const qint64 allowed = qMax<qint64>(0, m_plan.afterBytes - m_sentToClient);
                    if (bytes.size() > allowed) {
                        bytes.truncate(allowed);
                        m_faultPending = true;
                    }
                }
                m_client->write(bytes);
                m_sentToClient += bytes.size();
                m_proxy->addBytes(0, bytes.size());
                if (m_faultPending) {
                    m_toClient.clear();
                    break;
                }
                m_toClient.pop_front();
            }
        }

        if (m_faultPending) {
            // The allowed bytes must reach the client's kernel before the fault.
            if (m_client->bytesToWrite() == 0)
                applyResponseFault();
            return;
        }
        if (stalled)
            return;
        if (m_clientEof && m_toServer.empty() &&
            m_upstream->state() != QAbstractSocket::UnconnectedState)
            m_upstream->disconnectFromHost();
        if (m_serverEof && m_toClient.empty() &&
            m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_upstream->state() == QAbstractSocket::UnconnectedState) {
            finish();
            return;
        }
        if (nextDue >= 0)
            m_timer.start(int(qMax<qint64>(0, nextDue - t)));
    }

    void applyResponseFault() {
        detachSockets();
        m_upstream->abort();
        if (m_plan.kind == FaultPlan::Kind::ResetAfter)
            resetClientWhenDelivered(0);
        else
            truncateClient();
    }

    // An RST discards whatever the kernel has not delivered yet, so wait (briefly) until the
    // client has acknowledged every allowed byte; then close with a zero linger time, which
    // sends RST instead of FIN.
    void resetClientWhenDelivered(int attempt) {
#ifdef Q_OS_LINUX
        const int fd = int(m_client->socketDescriptor());
        int unacknowledged = 0;
        if (fd >= 0 && ::ioctl(fd, SIOCOUTQ, &unacknowledged) == 0 && unacknowledged > 0 &&
            attempt < 5000) {
            QTimer::singleShot(1, this, [this, attempt] { resetClientWhenDelivered(attempt + 1); });
            return;
        }
#else
        Q_UNUSED(attempt);
#endif
#ifdef Q_OS_UNIX
        const linger noLinger{1, 0};
        ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                     sizeof noLinger);
#endif
        m_client->abort();
        finish();
    }

    void truncateClient() {
        m_client->disconnectFromHost(); // writes what is buffered, then FIN
        if (m_client->state() == QAbstractSocket::UnconnectedState) {
            finish();
            return;
        }
        connect(m_client, &QTcpSocket::disconnected, this, [this] { finish(); });
    }

    // After this, socket signals no longer drive the forwarding logic.
    void detachSockets() {
        m_client->disconnect(this);
        if (m_upstream)
            m_upstream->disconnect(this);
    }

    void finish() {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_proxy->connectionFinished(this);
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    int m_index;
    FaultPlan m_plan;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Chunk> m_toServer;
    std::deque<Chunk> m_toClient;
    qint64 m_sentToClient = 0;
    bool m_clientEof = false;
    bool m_serverEof = false;
    bool m_faultPending = false;
    bool m_finished = false;
};

FaultProxy::FaultProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetAddress(std::move(targetAddress))
    , m_targetPort(targetPort)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() {
    m_server->close();
    closeAll();
}

bool FaultProxy::listen() {
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

quint16 FaultProxy::port() const {
    return m_server->serverPort();
}

QUrl FaultProxy::url() const {
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

void FaultProxy::setPlan(const FaultPlan &plan, ApplyTo applyTo) {
    {
        QMutexLocker lock(&m_mutex);
        m_plan = plan;
    }
    if (applyTo == ApplyTo::NewConnections)
        return;
    // Connections live on this object's thread; switch them there.
    QMetaObject::invokeMethod(
        this,
        [this, plan] {
            const auto open = m_connections;
            for (FaultProxyConnection *c : open)
                c->setPlan(plan);
        },
        Qt::AutoConnection);
}

FaultPlan FaultProxy::plan() const {
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

void FaultProxy::failNext(int n, const FaultPlan &plan) {
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < n; ++i)
        m_queued.append(plan);
}

int FaultProxy::pendingFailures() const {
    QMutexLocker lock(&m_mutex);
    return int(m_queued.size());
}

int FaultProxy::acceptedConnections() const {
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

int FaultProxy::faultedConnections() const {
    QMutexLocker lock(&m_mutex);
    return m_faulted;
}

qint64 FaultProxy::bytesToServer() const {
    QMutexLocker lock(&m_mutex);
    return m_toServer;
}

qint64 FaultProxy::bytesToClient() const {
    QMutexLocker lock(&m_mutex);
    return m_toClient;
}

int FaultProxy::openConnections() const {
    QMutexLocker lock(&m_mutex);
    return m_open;
}

void FaultProxy::closeAll() {
    const auto open = m_connections;
    for (FaultProxyConnection *c : open)
        c->abortBoth();
}

void FaultProxy::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        FaultPlan plan;
        int index = 0;
        {
            QMutexLocker lock(&m_mutex);
            plan = m_queued.isEmpty() ? m_plan : m_queued.takeFirst();
            index = m_accepted++;
            if (plan.kind != FaultPlan::Kind::PassThrough)
                ++m_faulted;
            ++m_open;
        }
        auto *connection = new FaultProxyConnection(this, socket, index, plan);
        m_connections.append(connection);
        Q_EMIT connectionAccepted(index);
        connection->start(m_targetAddress, m_targetPort);
    }
}

void FaultProxy::connectionFinished(FaultProxyConnection *connection) {
    m_connections.removeOne(connection);
    {
        QMutexLocker lock(&m_mutex);
        --m_open;
    }
    Q_EMIT connectionClosed(connection->index());
    connection->deleteLater();
}

void FaultProxy::addBytes(qint64 toServer, qint64 toClient) {
    QMutexLocker lock(&m_mutex);
    m_toServer += toServer;
    m_toClient += toClient;
}

} // namespace lyceum::test
