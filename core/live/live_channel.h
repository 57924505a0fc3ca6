// The client side of the live channel (docs/protocol.md, "Live"): one WebSocket to
// /api/v1/live that tells the client when the server's change log has grown. It never replaces
// the pull: a notice whose inline changes continue the cache's cursor is applied like a sync
// page (syncstore::applyPage, all or nothing, with its cursor); anything else asks the
// SyncEngine to pull from the cursor. After every (re)connect it pulls once, so whatever was
// committed while the socket was down arrives exactly once.
//
// Reconnects by itself: a 4401 close refreshes the access token (shared with the REST calls
// through ApiClient::refreshThen) and reconnects at once; any other close or error backs off
// exponentially with jitter (0.5 s doubling to 30 s, +-30%), reset once a socket has stayed up
// for a minute. When the network comes back (QNetworkInformation, if a backend loads) a waiting
// reconnect happens at once.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace lyceum {

class ApiClient;
class CacheWorker;
class SyncEngine;

class LiveChannel : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Live };
    Q_ENUM(State)

    static constexpr int kMinBackoffMs = 500;
    static constexpr int kMaxBackoffMs = 30000;
    static constexpr int kStableMs = 60000; // a socket up this long resets the backoff
    // The server is stopping (close code 4503, server/live/live_hub.h): reconnect within this
    // many ms (spread so that every client of an instance does not arrive in the same instant);
    // the proxy sends the new connection to another instance.
    static constexpr int kRestartSpreadMs = 250;

    // api gives the server address and the tokens (and refreshes them); sync pulls; cache
    // stores inline changes. None is owned.
    LiveChannel(ApiClient *api, CacheWorker *cache, SyncEngine *sync, QObject *parent = nullptr);
    ~LiveChannel() override;

    // The WebSocket address for a server address: http -> ws, https -> wss, + /api/v1/live.
    static QUrl liveUrl(const QUrl &server);
    // The delay before reconnect attempt number `attempt` (0-based), jitter included.
    static int backoffMs(int attempt);

    // Connects to serverUrl's live endpoint with accessToken (empty: refresh first) and keeps
    // reconnecting until stop(). Named connectTo so it does not hide QObject::connect.
    void connectTo(const QUrl &serverUrl, const QString &accessToken);
    void stop(); // closes the socket, stops reconnecting; state() becomes Disconnected
    bool isRunning() const { return m_running; }
    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    // ms until the next reconnect attempt; -1 when none is scheduled.
    int retryInMs() const;
    // Asks for a pull; coalesced with a running one (pulls again once it finishes).
    void requestPull();

Q_SIGNALS:
    void stateChanged(lyceum::LiveChannel::State state);
    // Connected and authenticated (a `ready` arrived): the owner flushes its outbox.
    void connected();
    // The socket closed or failed; networkError: the server could not be reached.
    void disconnected(bool networkError, const QString &reason);
    void cacheChanged(); // inline changes were applied
    void sessionEnded(); // the refresh token was refused: stopped until the next connectTo

private:
    void openSocket();
    void setState(State state);
    void onTextMessage(const QString &text);
    void onClosed();
    void scheduleReconnect();
    void reconnectNow();
    void onNotice(const QJsonObject &message, bool ready);
    void onPullFinished();
    void onKeepalive();
    void onReachability(int reachability);

    ApiClient *m_api;
    CacheWorker *m_cache;
    SyncEngine *m_sync;
    QWebSocket *m_socket = nullptr;
    QUrl m_server;
    QString m_token; // the token the current socket authenticated with
    State m_state = State::Disconnected;
    bool m_running = false;
    bool m_refreshing = false;
    bool m_pullAgain = false;
    int m_unauthorizedInRow = 0; // 4401 closes since the last `ready`
    int m_attempt = 0;
    quint64 m_generation = 0; // answers for a socket that was replaced are dropped
    QTimer m_retry;
    QTimer m_keepalive;
    QElapsedTimer m_liveSince;
    QElapsedTimer m_lastHeard;
    int m_keepaliveMs = 30000;
};

} // namespace lyceum
