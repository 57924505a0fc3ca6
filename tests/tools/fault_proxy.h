// A TCP proxy for tests that puts faults between a client and a server on loopback: delays,
// dropped connections, resets and truncation part-way through a response, stalls. Listens on
// 127.0.0.1 with a free port and forwards each accepted connection to one target address.
//
// Each connection takes its plan when it is accepted: the next plan queued by failNext(), else
// the global plan. setPlan(..., ApplyTo::OpenConnections) also switches connections already
// open (e.g. a stall released to pass-through). "Response" means the server-to-client
// direction; byte counts for resetAfter/truncateAfter count from the connection's start.
//
// Lives on the thread that created it (the test's main thread) and needs that thread's event
// loop; the plan setters and counters may also be called from other threads. Every socket is
// owned by the proxy and closed when the proxy is destroyed or closeAll() is called.
#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <QVector>

class QTcpServer;

namespace lyceum::test {

struct FaultPlan {
    enum class Kind {
        PassThrough,
        Delay,         // hold each chunk delayMs before forwarding it, both ways
        Drop,          // accept, then close at once without contacting the server
        ResetAfter,    // forward afterBytes of the response, then reset (RST) the client
        TruncateAfter, // forward afterBytes of the response, then close cleanly (FIN)
        Stall,         // forward nothing either way (data is held until the plan changes)
    };
    Kind kind = Kind::PassThrough;
    int delayMs = 0;
    qint64 afterBytes = 0;

    static FaultPlan passThrough() { return {}; }
    static FaultPlan delay(int ms) { return {Kind::Delay, ms, 0}; }
    static FaultPlan drop() { return {Kind::Drop, 0, 0}; }
    static FaultPlan resetAfter(qint64 bytes) { return {Kind::ResetAfter, 0, bytes}; }
    static FaultPlan truncateAfter(qint64 bytes) { return {Kind::TruncateAfter, 0, bytes}; }
    static FaultPlan stall() { return {Kind::Stall, 0, 0}; }
};

class FaultProxyConnection;

class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class ApplyTo { NewConnections, OpenConnections };

    FaultProxy(QHostAddress targetAddress, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 with a free port; false if it cannot.
    bool listen();
    quint16 port() const;
    // http://127.0.0.1:PORT, for pointing a client at the proxy.
    QUrl url() const;

    // The plan for connections accepted from now on (and open ones when asked).
    void setPlan(const FaultPlan &plan, ApplyTo applyTo = ApplyTo::NewConnections);
    FaultPlan plan() const;
    // The next n accepted connections get plan instead of the global one ("fail the next N").
    void failNext(int n, const FaultPlan &plan);
    int pendingFailures() const;

    // Counters since construction.
    int acceptedConnections() const;
    int faultedConnections() const; // accepted with a plan other than pass-through
    qint64 bytesToServer() const;
    qint64 bytesToClient() const;
    // Connections with a socket still open (client side or server side).
    int openConnections() const;

    // Aborts every open connection, both sides.
    void closeAll();

Q_SIGNALS:
    void connectionAccepted(int index);
    void connectionClosed(int index);

private:
    friend class FaultProxyConnection;
    void onNewConnection();
    void connectionFinished(FaultProxyConnection *connection);
    void addBytes(qint64 toServer, qint64 toClient);

    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    QTcpServer *m_server;
    QVector<FaultProxyConnection *> m_connections;

    mutable QMutex m_mutex; // guards everything below
    FaultPlan m_plan;
    QVector<FaultPlan> m_queued;
    int m_accepted = 0;
    int m_faulted = 0;
    int m_open = 0;
    qint64 m_toServer = 0;
    qint64 m_toClient = 0;
};

} // namespace lyceum::test
