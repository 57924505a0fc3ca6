// The listening socket of the HTTP server, owned by us and handed to QHttpServer with bind(), so
// that every connection passes one front before QHttpServer reads a byte of it (see
// docs/architecture.md, "The connection front"):
// - at accept: a cap on connections in all and per address (an IPv6 address counts by its /64);
//   an accept that fails (no descriptors left) pauses accepting briefly instead of spinning;
// - on every read, before QHttpServer: RequestFraming finds where each request's head and body
//   end; a head over the limit (431), a body announced or counted over the limit (413) or framing
//   it cannot read exactly (400) is answered at once and the connection closed, so no large body
//   is ever buffered; the socket's read buffer is capped as a second line;
// - deadlines: the head of a request must arrive within headTimeoutMs, its body within
//   bodyTimeoutMs, and an idle keep-alive connection is closed after idleTimeoutMs.
// A connection QHttpServer upgrades to a WebSocket leaves the front (LiveHub has its own limits)
// but still counts toward the caps until it closes.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>
#include <memory>

namespace lyceum::server {

struct FrontOptions {
    int headTimeoutMs = 10000; // from connect (or the first byte of a later request) to its head
    int bodyTimeoutMs = 60000; // from the end of a head to the end of its body (1 MiB ≥ 17 KiB/s)
    int idleTimeoutMs = 60000; // a keep-alive connection with nothing to read or write
    int maxConnections = 4096; // in all, WebSockets included
    int maxConnectionsPerAddress = 64;
    qsizetype maxHeadBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
    int acceptRetryMs = 250; // pause after a failed accept (EMFILE, ENFILE, ENOBUFS)
};

class ConnectionFront : public QTcpServer {
    Q_OBJECT
public:
    explicit ConnectionFront(QObject *parent = nullptr);
    ~ConnectionFront() override;

    // Listens and accepts with its own loop (see acceptPending); use instead of listen().
    bool open(const QHostAddress &address, quint16 port);

    const FrontOptions &options() const { return m_options; }
    // Applies to connections accepted from now on.
    void setOptions(const FrontOptions &options) { m_options = options; }

    // Graceful shutdown: closes the listening socket, so new connections are refused (a proxy
    // sends them to another instance); connections already accepted carry on.
    void stopAccepting();

    // Bytes of answers still waiting to be written on the connections (graceful shutdown
    // waits for them: a socket destroyed at exit drops what it had not sent).
    qint64 unsentBytes() const;

    int connectionCount() const;
    int connectionsFrom(const QHostAddress &address) const;
    qint64 acceptErrors() const { return m_acceptErrors; }

    // The key an address is counted under: the address itself, or the /64 of an IPv6 one.
    static QByteArray addressKey(const QHostAddress &address);

    struct Counts {
        QHash<QByteArray, int> perAddress;
        int total = 0;
        void release(const QByteArray &key);
    };

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending();
    void onAcceptError(int error);

    FrontOptions m_options;
    int m_acceptFd = -1; // a duplicate of the listening descriptor, for acceptPending
    std::unique_ptr<QSocketNotifier> m_acceptNotifier;
    std::shared_ptr<Counts> m_counts; // shared with the connections, which may outlive us
    QTimer m_resume;
    qint64 m_acceptErrors = 0;
};

} // namespace lyceum::server
