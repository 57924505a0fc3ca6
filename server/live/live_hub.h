// The live channel (docs/protocol.md, "Live"): WebSockets upgraded from GET /api/v1/live on the
// HTTP port. A socket authenticates at connect (the Bearer header of the upgrade request, or a
// first "auth" message within LiveOptions::authTimeoutMs); from then on, after every commit that
// grew the changes log, the hub tells it the latest seq and the cursor a /sync would end at, with
// the changes themselves inline (encoded per reader by the /sync code) when they are few and
// small. The client pulls whatever it cannot apply inline, so a lost notice costs a pull, never
// a change. Notices are coalesced: at most one per coalesceMs.
//
// Runs on the thread of the HTTP server, like the storage it reads; nothing a client sends can
// make it throw or grow without bound (message size, rate, connection limits, slow readers).
#pragma once

#include "server/auth/auth_service.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QAbstractHttpServer;
class QWebSocket;

namespace lyceum::server {

class Storage;
class Clock;

struct LiveOptions {
    int authTimeoutMs = 5000; // for a socket that did not send a Bearer header
    int keepaliveMs = 30000;  // ping period; a socket silent for a whole period is dropped
    int coalesceMs = 20;      // at most one notice per socket per this many ms
    int maxConnectionsPerUser = 8;
    int maxConnections = 10000; // authenticated sockets in all
    // Sockets still waiting for their "auth" message, counted apart so that anonymous upgrades
    // cannot take the places of members.
    int maxUnauthenticated = 256;
    int maxInlineChanges = 20;
    qsizetype maxInlineBytes = 32 * 1024;
    qsizetype maxClientMessageBytes = 4096;
    int maxClientMessagesPerPeriod = 120; // per keepalive period
    qint64 maxUnsentBytes = 1024 * 1024;  // a reader this far behind is dropped
};

// Close codes of the live channel (4000-4999 are the application's range).
inline constexpr int kLiveCloseBadMessage = 4400;
inline constexpr int kLiveCloseUnauthorized = 4401;
inline constexpr int kLiveCloseNotFound = 4404;
inline constexpr int kLiveCloseTooMany = 4429;
// The server is stopping (SIGTERM): reconnect at once, through the proxy to another instance.
inline constexpr int kLiveCloseRestarting = 4503;

class LiveHub : public QObject {
    Q_OBJECT
public:
    LiveHub(Storage &storage, const Clock &clock, QObject *parent = nullptr);
    ~LiveHub() override;

    // Takes the WebSockets the HTTP server upgrades (it upgrades only what a route accepted).
    void attach(QAbstractHttpServer &http);
    // Takes ownership of an upgraded socket.
    void accept(QWebSocket *socket);

    const LiveOptions &options() const { return m_options; }
    void setOptions(const LiveOptions &options);

    int connectionCount() const { return int(m_connections.size()); }
    int authenticatedCount() const;
    int unauthenticatedCount() const { return connectionCount() - m_authenticated; }
    // Graceful shutdown: closes every socket with kLiveCloseRestarting and takes no new ones.
    void closeAll();
    // Sockets whose close handshake has not finished yet (0 once closeAll() is done).
    int closingCount() const;
    // Change notices sent since start (GET /metrics).
    qint64 noticesSent() const { return m_noticesSent; }

private:
    struct Connection {
        QWebSocket *socket = nullptr;
        bool authenticated = false;
        Caller caller;
        qint64 announcedSeq = 0; // the seq this socket was last told
        bool heardFrom = true;   // since the last keepalive ping
        int messagesThisPeriod = 0;
    };

    void onTextMessage(QWebSocket *socket, const QString &message);
    void authenticate(Connection &connection, const QByteArray &authorizationHeader);
    void sendReady(Connection &connection);
    // Forgets the socket and closes it; it deletes itself once closed (or aborted).
    void drop(QWebSocket *socket, int code, const QString &reason);
    void forget(QWebSocket *socket);
    void send(Connection &connection, const QString &json);

    void scheduleFlush();
    void flush();
    void keepalive();
    bool sessionStillValid(const Connection &connection);

    Storage &m_storage;
    const Clock &m_clock;
    AuthService m_auth;
    LiveOptions m_options;
    QHash<QWebSocket *, Connection> m_connections;
    QHash<QString, int> m_perUser; // authenticated connections per user id
    int m_authenticated = 0;       // entries of m_connections that are authenticated
    qint64 m_noticesSent = 0;
    bool m_closed = false; // closeAll() was called: new sockets are turned away
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    QTimer m_keepaliveTimer;
};

} // namespace lyceum::server
