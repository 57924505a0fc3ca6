#include "live/live_channel.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/sync_store.h"
#include "logging.h"
#include "sync/sync_engine.h"
#include "sync/sync_page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QWebSocket>

namespace lyceum {

namespace {

constexpr int kConnectTimeoutMs = 15000;
constexpr int kCloseUnauthorized = 4401;
constexpr int kCloseServerRestarting = 4503;

// Loads the platform's network-information backend once per process. It may not load (no
// NetworkManager on the system bus, say): the channel then relies on its backoff alone.
QNetworkInformation *networkInformation() {
    static const bool loaded = [] {
        // The platform default (NetworkManager on Linux) needs NetworkManager on the system
        // bus; GLib's monitor (netlink) works without it.
        const bool ok = QNetworkInformation::loadDefaultBackend() ||
                        QNetworkInformation::loadBackendByName(QStringLiteral("glib"));
        if (!ok)
            qCInfo(lcLive) << "no network information backend; live reconnects by backoff only";
        else
            qCInfo(lcLive) << "network information from"
                           << QNetworkInformation::instance()->backendName();
        return ok;
    }();
    return loaded ? QNetworkInformation::instance() : nullptr;
}

enum class InlineResult { Applied, Stale, Failed };

} // namespace

LiveChannel::LiveChannel(ApiClient *api, CacheWorker *cache, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_sync(sync) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveChannel::openSocket);
    connect(&m_keepalive, &QTimer::timeout, this, &LiveChannel::onKeepalive);
    connect(m_sync, &SyncEngine::finished, this, &LiveChannel::onPullFinished);
    connect(m_api, &ApiClient::tokensChanged, this, [this](const SessionTokens &tokens) {
        // Keep the open socket: the server would close it with 4401 at its next keepalive.
        if (m_state != State::Live || !m_socket || tokens.accessToken.isEmpty())
            return;
        m_token = tokens.accessToken;
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                      {QStringLiteral("access_token"), m_token}})
                .toJson(QJsonDocument::Compact)));
    });
    if (QNetworkInformation *info = networkInformation())
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) { onReachability(int(r)); });
}

LiveChannel::~LiveChannel() {
    stop();
}

QUrl LiveChannel::liveUrl(const QUrl &server) {
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/live"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

int LiveChannel::backoffMs(int attempt) {
    const int shift = qBound(0, attempt, 16);
    const qint64 base = qMin<qint64>(kMaxBackoffMs, qint64(kMinBackoffMs) << shift);
    // +-30%, so clients dropped together do not come back together.
    const double jitter = 0.7 + 0.6 * QRandomGenerator::global()->generateDouble();
    return int(double(base) * jitter);
}

void LiveChannel::connectTo(const QUrl &serverUrl, const QString &accessToken) {
    stop();
    m_server = serverUrl;
    m_token = accessToken;
    m_running = true;
    m_attempt = 0;
    openSocket();
}

void LiveChannel::stop() {
    m_running = false;
    m_pullAgain = false;
    m_refreshing = false;
    ++m_generation;
    m_retry.stop();
    m_keepalive.stop();
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        socket->deleteLater();
    }
    setState(State::Disconnected);
}

int LiveChannel::retryInMs() const {
    return m_retry.isActive() ? m_retry.remainingTime() : -1;
}

void LiveChannel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveChannel::openSocket() {
    if (!m_running)
        return;
    m_retry.stop();
    const quint64 generation = ++m_generation;
    if (m_token.isEmpty()) {
        // No access token (a restored session holds only the refresh token, or it was
        // dropped): get one first.
        m_refreshing = true;
        setState(State::Connecting);
        QPointer<LiveChannel> self(this);
        m_api->refreshThen([self, generation](const ApiError &e) {
            if (!self || generation != self->m_generation)
                return;
            self->m_refreshing = false;
            if (e.isError()) {
                self->setState(State::Disconnected);
                if (e.kind == ApiError::Kind::Unauthorized) {
                    self->m_running = false;
                    Q_EMIT self->sessionEnded();
                    return;
                }
                Q_EMIT self->disconnected(true, e.message);
                self->scheduleReconnect();
                return;
            }
            self->m_token = self->m_api->tokens().accessToken;
            self->openSocket();
        });
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // A message past the cap closes the socket (1009) instead of being gathered in memory.
    socket->setMaxAllowedIncomingMessageSize(quint64(limits::kLiveMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(limits::kLiveMessageBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onClosed();
    });
    // Qt 6.4 names this signal error (errorOccurred comes with 6.5).
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                qCInfo(lcLive) << "live socket error:" << socket->errorString();
                if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
                    onClosed();
            });
    // TLS errors are never ignored: the handshake fails and the channel backs off.
    connect(socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcLive) << "live TLS error:" << e.errorString();
    });
    QNetworkRequest request(liveUrl(m_server));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    setState(State::Connecting);
    m_keepalive.start(kConnectTimeoutMs);
    m_lastHeard.start();
    qCDebug(lcLive) << "live: connecting to" << request.url();
    socket->open(request);
}

void LiveChannel::onClosed() {
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    const int code = int(socket->closeCode());
    const QString reason =
        socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_keepalive.stop();
    const bool wasLive = m_state == State::Live;
    if (wasLive && m_liveSince.isValid() && m_liveSince.elapsed() >= kStableMs)
        m_attempt = 0;
    setState(State::Disconnected);
    qCInfo(lcLive) << "live socket closed:" << code << reason;
    if (!m_running)
        return;
    if (code == kCloseUnauthorized) {
        Q_EMIT disconnected(false, reason);
        const QString current = m_api->tokens().accessToken;
        const QString refused = std::exchange(m_token, QString());
        // Without a token, openSocket() refreshes first (joining a refresh already in flight).
        if (!current.isEmpty() && current != refused) {
            m_token = current; // refreshed meanwhile (by a REST call): that token is newer
            openSocket();
        } else if (m_unauthorizedInRow++ == 0) {
            openSocket();
        } else {
            scheduleReconnect(); // refreshed and still refused: do not spin
        }
        return;
    }
    if (code == kCloseServerRestarting) {
        // A graceful stop, not a fault: come back at once (to another instance), no backoff.
        m_attempt = 0;
        m_retry.start(QRandomGenerator::global()->bounded(kRestartSpreadMs));
        Q_EMIT disconnected(true, reason);
        return;
    }
    // Codes >= 4000 are the server's own verdicts (rate limits, bad messages); the rest are
    // the network or the server going away.
    Q_EMIT disconnected(code < 4000, reason);
    scheduleReconnect();
}

void LiveChannel::scheduleReconnect() {
    if (!m_running)
        return;
    const int delay = backoffMs(m_attempt++);
    qCInfo(lcLive) << "live: reconnecting in" << delay << "ms";
    m_retry.start(delay);
}

void LiveChannel::reconnectNow() {
    if (!m_running || m_state != State::Disconnected || m_refreshing)
        return;
    m_attempt = 0;
    openSocket();
}

void LiveChannel::onReachability(int reachability) {
    const auto r = QNetworkInformation::Reachability(reachability);
    if (r == QNetworkInformation::Reachability::Online) {
        reconnectNow();
    } else if (r == QNetworkInformation::Reachability::Disconnected && m_socket) {
        // The network is gone: say offline now rather than at the next keepalive.
        qCInfo(lcLive) << "live: the network went down";
        m_socket->abort();
        if (m_socket)
            onClosed();
    }
}

void LiveChannel::onKeepalive() {
    if (!m_socket)
        return;
    if (m_state == State::Connecting) {
        qCInfo(lcLive) << "live: no answer to the connect; retrying";
        m_socket->abort();
        if (m_socket)
            onClosed();
        return;
    }
    // The server pings every keepalive period; ours prove the path in the other direction.
    if (m_lastHeard.elapsed() > 2 * qint64(m_keepaliveMs) + 5000) {
        qCInfo(lcLive) << "live: the server went silent; reconnecting";
        m_socket->abort();
        if (m_socket)
            onClosed();
        return;
    }
    m_socket->ping();
}

void LiveChannel::onTextMessage(const QString &text) {
    m_lastHeard.restart();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ready")) {
        const int keepalive = message.value(QLatin1String("keepalive_ms")).toInt();
        if (keepalive >= 1000)
            m_keepaliveMs = keepalive;
        m_keepalive.start(m_keepaliveMs);
        if (m_state != State::Live) {
            m_liveSince.start();
            m_unauthorizedInRow = 0;
            setState(State::Live);
            Q_EMIT connected();
        }
        onNotice(message, true);
    } else if (type == QLatin1String("changed")) {
        onNotice(message, false);
    }
}

void LiveChannel::onNotice(const QJsonObject &message, bool ready) {
    const QJsonValue changes = message.value(QLatin1String("changes"));
    const QJsonValue from = message.value(QLatin1String("from"));
    const QJsonValue cursor = message.value(QLatin1String("cursor"));
    if (m_sync->isRunning()) {
        requestPull(); // once more after the running pull
        return;
    }
    if (ready) {
        // After a (re)connect: `cursor` is where a pull to the end of the log would stop. If the
        // cache is not there, pull once: whatever was committed while the socket was down.
        const QString end = cursor.toString();
        m_cache->run<QString>(
            this, [](CacheDatabase &db) { return syncstore::cursor(db); },
            [this, end](QString stored) {
                if (stored != end || end.isEmpty())
                    requestPull();
            });
        return;
    }
    if (!changes.isArray() || !from.isString() || !cursor.isString()) {
        requestPull();
        return;
    }
    // The inline changes are exactly the /sync page from `from`: stored through the same
    // decoder and applyPage, which refuses them unless the cache's cursor is still `from`.
    // Jobs run in order on the cache worker, so a pull started after this reads the new cursor.
    const QByteArray page = QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                      {QStringLiteral("cursor"), cursor},
                                                      {QStringLiteral("has_more"), false}})
                                .toJson(QJsonDocument::Compact);
    const QString fromCursor = from.toString();
    m_cache->run<InlineResult>(
        this,
        [page, fromCursor](CacheDatabase &db) {
            if (syncstore::cursor(db) != fromCursor)
                return InlineResult::Stale;
            QString error;
            const auto decoded = decodeSyncPage(page, &error, limits::kLiveInlineChanges);
            if (!decoded || !syncstore::applyPage(db, decoded->changes, fromCursor, decoded->cursor,
                                                  true, &error)) {
                qCInfo(lcLive) << "live: inline changes not applied:" << error;
                return InlineResult::Failed;
            }
            return InlineResult::Applied;
        },
        [this](InlineResult result) {
            if (result == InlineResult::Applied)
                Q_EMIT cacheChanged();
            else
                requestPull();
        });
}

void LiveChannel::requestPull() {
    if (!m_running)
        return;
    if (m_sync->isRunning()) {
        m_pullAgain = true;
        return;
    }
    m_pullAgain = false;
    m_sync->start();
}

void LiveChannel::onPullFinished() {
    if (!m_pullAgain || !m_running)
        return;
    m_pullAgain = false;
    // Queued: the other receivers of finished() see the engine idle before it starts again.
    QMetaObject::invokeMethod(this, &LiveChannel::requestPull, Qt::QueuedConnection);
}

} // namespace lyceum
