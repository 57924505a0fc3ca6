#include "server/live/live_hub.h"

#include "server/clock.h"
#include "server/commerce/commerce_storage.h"
#include "server/live/live_messages.h"
#include "server/log.h"
#include "server/storage/storage.h"
#include "server/sync/sync_service.h"
#include "server/sync/visibility.h"

#include <QAbstractHttpServer>
#include <QWebSocket>
#include <algorithm>
#include <optional>

namespace lyceum::server {

namespace {

const QString kLivePath = QStringLiteral("/api/v1/live");
// How long a closing socket may take to answer the close frame before it is aborted.
constexpr int kCloseGraceMs = 5000;

QWebSocketProtocol::CloseCode closeCode(int code) {
    return static_cast<QWebSocketProtocol::CloseCode>(code);
}

// The changes after one announced seq, read once per flush and shared by every socket that
// was last told that seq.
struct Backlog {
    QVector<ChangeRow> rows;
    bool inlineable = false; // few and small enough to inline
    bool scoped = false;     // some row lives under a course: encoding depends on the reader
    QHash<QString, QString> perUser; // encoded notice per user id ("" for all when !scoped)
};

} // namespace

LiveHub::LiveHub(Storage &storage, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_clock(clock)
    , m_auth(storage, clock) {
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveHub::flush);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &LiveHub::keepalive);
    m_keepaliveTimer.start(m_options.keepaliveMs);
    m_storage.setChangeObserver([this] { scheduleFlush(); });
}

LiveHub::~LiveHub() {
    m_storage.setChangeObserver({});
    const QList<QWebSocket *> sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void LiveHub::setOptions(const LiveOptions &options) {
    m_options = options;
    m_keepaliveTimer.start(m_options.keepaliveMs);
}

int LiveHub::authenticatedCount() const {
    return m_authenticated;
}

void LiveHub::attach(QAbstractHttpServer &http) {
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this, [this, &http] {
        while (http.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = http.nextPendingWebSocketConnection();
            if (socket)
                accept(socket.release());
        }
    });
}

void LiveHub::accept(QWebSocket *socket) {
    socket->setParent(this);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater(); // gone before it was handed over
        return;
    }
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxClientMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxClientMessageBytes));
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });
    if (m_closed) {
        drop(socket, kLiveCloseRestarting, QStringLiteral("server restarting; reconnect"));
        return;
    }
    if (socket->requestUrl().path() != kLivePath) {
        // QHttpServer 6.4 upgrades a request to any route that carries "Upgrade: websocket".
        drop(socket, kLiveCloseNotFound, QStringLiteral("not_found"));
        return;
    }
    // Members' places (maxConnections) are checked when a socket authenticates; one that has
    // not yet (no Bearer header) takes a place in its own small quota, so a flood of anonymous
    // upgrades cannot lock members out.
    const QByteArray header = socket->request().rawHeader("Authorization");
    if (header.isEmpty() && unauthenticatedCount() >= m_options.maxUnauthenticated) {
        drop(socket, kLiveCloseTooMany, QStringLiteral("too_many_connections"));
        return;
    }
    Connection &connection = m_connections[socket];
    connection.socket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onTextMessage(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket] { drop(socket, kLiveCloseBadMessage, QStringLiteral("bad_message")); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end())
            it->heardFrom = true;
    });

    if (!header.isEmpty()) {
        authenticate(connection, header);
        return;
    }
    QTimer::singleShot(m_options.authTimeoutMs, socket, [this, socket] {
        const auto it = m_connections.constFind(socket);
        if (it != m_connections.cend() && !it->authenticated)
            drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
    });
}

void LiveHub::onTextMessage(QWebSocket *socket, const QString &message) {
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return; // closing
    Connection &connection = *it;
    connection.heardFrom = true;
    if (++connection.messagesThisPeriod > m_options.maxClientMessagesPerPeriod) {
        drop(socket, kLiveCloseTooMany, QStringLiteral("rate_limited"));
        return;
    }
    const QByteArray utf8 = message.toUtf8();
    if (utf8.size() > m_options.maxClientMessageBytes) {
        drop(socket, QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too_large"));
        return;
    }
    const LiveClientMessage parsed = parseLiveClientMessage(utf8);
    switch (parsed.kind) {
    case LiveClientMessage::Kind::Malformed:
        drop(socket, kLiveCloseBadMessage, QStringLiteral("bad_message"));
        return;
    case LiveClientMessage::Kind::Auth:
        if (parsed.accessToken.isEmpty())
            drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
        else
            authenticate(connection, QByteArrayLiteral("Bearer ") + parsed.accessToken.toUtf8());
        return;
    case LiveClientMessage::Kind::Ping:
    case LiveClientMessage::Kind::Other:
        break;
    }
    if (!connection.authenticated)
        drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
    else if (parsed.kind == LiveClientMessage::Kind::Ping)
        send(connection, kLivePongMessage);
    // Other types are ignored, so newer clients can talk to this server.
}

void LiveHub::authenticate(Connection &connection, const QByteArray &authorizationHeader) {
    QWebSocket *socket = connection.socket;
    std::optional<ApiResult<Caller>> caller;
    try {
        caller.emplace(m_auth.authenticate(authorizationHeader));
    } catch (const StorageError &e) {
        qCWarning(lcServerLive).noquote() << "authentication failed:" << e.message();
        drop(socket, QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("internal"));
        return;
    }
    if (!caller->ok()) {
        drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    const Caller &who = caller->value();
    if (connection.authenticated) {
        // A fresh token for the same socket (after a refresh) extends it; another user's not.
        if (who.user.id != connection.caller.user.id) {
            drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
            return;
        }
        connection.caller = who;
        sendReady(connection);
        return;
    }
    int &count = m_perUser[who.user.id];
    if (count >= m_options.maxConnectionsPerUser || m_authenticated >= m_options.maxConnections) {
        if (count == 0)
            m_perUser.remove(who.user.id);
        drop(socket, kLiveCloseTooMany, QStringLiteral("too_many_connections"));
        return;
    }
    ++count;
    ++m_authenticated;
    connection.authenticated = true;
    connection.caller = who;
    sendReady(connection);
}

void LiveHub::sendReady(Connection &connection) {
    qint64 latest = 0;
    try {
        latest = m_storage.latestSeq();
    } catch (const StorageError &e) {
        qCWarning(lcServerLive).noquote() << "cannot read the log's end:" << e.message();
        drop(connection.socket, QWebSocketProtocol::CloseCodeBadOperation,
             QStringLiteral("internal"));
        return;
    }
    connection.announcedSeq = latest;
    send(connection, QString::fromUtf8(liveReadyMessage(
                         latest, SyncService::encodeCursor(m_storage.instanceId(), {latest, 0}),
                         connection.caller.user.id, m_options.keepaliveMs)));
}

void LiveHub::forget(QWebSocket *socket) {
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->authenticated) {
        --m_authenticated;
        const auto user = m_perUser.find(it->caller.user.id);
        if (user != m_perUser.end() && --*user <= 0)
            m_perUser.erase(user);
    }
    m_connections.erase(it);
}

void LiveHub::drop(QWebSocket *socket, int code, const QString &reason) {
    forget(socket);
    socket->close(closeCode(code), reason);
    // A peer that never answers the close frame is cut off.
    QTimer::singleShot(kCloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater(); // deleteLater is safe to repeat
    });
}

void LiveHub::closeAll() {
    m_closed = true;
    const QList<QWebSocket *> sockets = m_connections.keys();
    for (QWebSocket *socket : sockets)
        drop(socket, kLiveCloseRestarting, QStringLiteral("server restarting; reconnect"));
}

int LiveHub::closingCount() const {
    return int(findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly).size());
}

void LiveHub::send(Connection &connection, const QString &json) {
    if (connection.socket->bytesToWrite() > m_options.maxUnsentBytes) {
        // It reads slower than we write: rather than buffer without bound, let it reconnect
        // and pull.
        QWebSocket *socket = connection.socket;
        forget(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    connection.socket->sendTextMessage(json);
}

void LiveHub::scheduleFlush() {
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_options.coalesceMs;
    // Immediately (after the current event: one request's commits coalesce) unless a notice
    // went out within the last coalesceMs.
    m_flushTimer.start(int(std::max<qint64>(0, m_options.coalesceMs - since)));
}

void LiveHub::flush() {
    m_sinceFlush.start();
    if (m_connections.isEmpty())
        return;
    int notified = 0;
    try {
        const qint64 latest = m_storage.latestSeq();
        const QString instance = m_storage.instanceId();
        const QString cursor = SyncService::encodeCursor(instance, {latest, 0});
        const QString plain = QString::fromUtf8(liveChangedMessage(latest, cursor));
        QHash<qint64, Backlog> backlogs;
        std::optional<QVector<CourseAccess>> courses;
        // Collected first: send() may drop a socket, which must not happen while iterating.
        QList<QWebSocket *> due;
        for (const Connection &c : std::as_const(m_connections)) {
            if (c.authenticated && c.announcedSeq < latest)
                due.append(c.socket);
        }
        for (QWebSocket *socket : std::as_const(due)) {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end())
                continue;
            Connection &c = *it;
            const qint64 from = c.announcedSeq;
            auto backlog = backlogs.find(from);
            if (backlog == backlogs.end()) {
                backlog = backlogs.insert(from, Backlog());
                qsizetype bytes = 0;
                m_storage.readChanges(from, m_options.maxInlineChanges + 1,
                                      [&](const ChangeRow &row) {
                                          bytes += row.payload.size();
                                          backlog->scoped |= !row.scopeCourseId.isEmpty();
                                          backlog->rows.append(row);
                                      });
                backlog->inlineable = backlog->rows.size() <= m_options.maxInlineChanges &&
                                      bytes <= m_options.maxInlineBytes;
            }
            QString message = plain;
            if (backlog->inlineable) {
                // Rows outside any course read the same for everyone: encode them once.
                const QString reader = backlog->scoped ? c.caller.user.id : QString();
                auto encoded = backlog->perUser.constFind(reader);
                if (encoded == backlog->perUser.cend()) {
                    if (!courses && backlog->scoped)
                        courses = m_storage.courseAccessList();
                    Visibility visibility =
                        backlog->scoped ? Visibility(c.caller.user.id, c.caller.isStaff(), *courses,
                                                     m_storage.entitledCourses(c.caller.user.id))
                                        : Visibility(QString(), false, {}, {});
                    if (backlog->scoped) // drip release: lessons not yet open to this reader
                        visibility.setDripClosed(
                            m_storage.commerce()->dripClosed(c.caller.user.id, m_clock.nowMs()));
                    QByteArray changes;
                    for (qsizetype i = 0; i < backlog->rows.size(); ++i) {
                        if (i > 0)
                            changes.append(',');
                        SyncService::appendChange(changes, backlog->rows.at(i), visibility);
                    }
                    const QByteArray out = liveChangedMessage(
                        latest, cursor, SyncService::encodeCursor(instance, {from, 0}), changes);
                    encoded = backlog->perUser.insert(reader, out.size() > m_options.maxInlineBytes
                                                                  ? plain
                                                                  : QString::fromUtf8(out));
                }
                message = *encoded;
            }
            c.announcedSeq = latest;
            send(c, message);
            ++notified;
        }
        m_noticesSent += notified;
        qCDebug(lcServerLive) << "notified" << notified << "sockets of seq" << latest << "in"
                              << m_sinceFlush.nsecsElapsed() / 1000 << "us";
    } catch (const StorageError &e) {
        // The next commit retries; clients also pull on reconnect.
        qCWarning(lcServerLive).noquote() << "cannot notify live sockets:" << e.message();
    }
}

bool LiveHub::sessionStillValid(const Connection &connection) {
    const Session &session = connection.caller.session;
    if (session.accessExpiresAt <= m_clock.nowMs())
        return false;
    // Logged out, or the token was rotated by a refresh without a new "auth" message.
    return m_storage.sessionByAccessHash(session.accessHash).has_value();
}

void LiveHub::keepalive() {
    const QList<QWebSocket *> sockets = m_connections.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            continue;
        if (!it->heardFrom) {
            qCDebug(lcServerLive) << "dropping a silent live socket";
            forget(socket);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        it->heardFrom = false;
        it->messagesThisPeriod = 0;
        bool valid = true;
        if (it->authenticated) {
            try {
                valid = sessionStillValid(*it);
            } catch (const StorageError &e) {
                qCWarning(lcServerLive).noquote() << "cannot check a session:" << e.message();
            }
        }
        if (!valid) {
            drop(socket, kLiveCloseUnauthorized, QStringLiteral("unauthorized"));
            continue;
        }
        socket->ping();
    }
}

} // namespace lyceum::server
