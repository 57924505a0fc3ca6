#include "server/net/connection_guard.h"

#include "server/http/http_util.h"
#include "server/log.h"

#include <QTcpSocket>
#include <memory>
#include <sys/socket.h>

namespace lyceum::server {

namespace {

// How long a refused connection may take to read its answer before it is cut off, and how much
// of what it still sends meanwhile is read and thrown away.
constexpr int kRefusalGraceMs = 2000;
constexpr qint64 kLingerBytes = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QByteArray addressKey,
                                 std::shared_ptr<ConnectionFront::Counts> counts,
                                 const FrontOptions &options)
    : QObject(socket)
    , m_socket(socket)
    , m_addressKey(std::move(addressKey))
    , m_counts(std::move(counts))
    , m_options(options)
    , m_framing({options.maxHeadBytes, options.maxBodyBytes}) {
    // A second line behind the framing: QHttpServer keeps a whole request in the socket's
    // buffer until it is complete, so the buffer never needs more than one allowed request.
    m_socket->setReadBufferSize(options.maxHeadBytes + options.maxBodyBytes + 64 * 1024);
    m_before = connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServer);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    // The first head must come soon after the connection opens.
    m_armedPhase = RequestFraming::Phase::Head;
    m_armedCompleted = 0;
    m_deadline.start(m_options.headTimeoutMs);
}

ConnectionGuard::~ConnectionGuard() {
    m_counts->release(m_addressKey);
}

void ConnectionGuard::attachAfterServer() {
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServer);
    // Answers being written (a slow reader of a large answer) are progress, not idleness.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_framing.phase() == RequestFraming::Phase::Idle && m_armedCompleted > 0)
            m_deadline.start(m_options.idleTimeoutMs);
    });
}

void ConnectionGuard::beforeServer() {
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadSeen;
    m_unreadSeen = available;
    if (fresh <= 0)
        return;
    // peek() reads from where QHttpServer will read next, so the fresh bytes are the last ones.
    const QByteArray unread = m_socket->peek(available);
    const RequestFraming::Verdict verdict =
        m_framing.feed(QByteArrayView(unread).last(qsizetype(qMin<qint64>(fresh, unread.size()))));
    if (verdict != RequestFraming::Verdict::Fine) {
        refuse(verdict);
        return;
    }
    arm();
}

void ConnectionGuard::afterServer() {
    m_unreadSeen = m_socket->bytesAvailable();
}

void ConnectionGuard::arm() {
    const RequestFraming::Phase phase = m_framing.phase();
    const qint64 completed = m_framing.completedRequests();
    if (phase == m_armedPhase && completed == m_armedCompleted)
        return; // same stage of the same request: the deadline keeps running
    m_armedPhase = phase;
    m_armedCompleted = completed;
    switch (phase) {
    case RequestFraming::Phase::Idle:
        m_deadline.start(m_options.idleTimeoutMs);
        break;
    case RequestFraming::Phase::Head:
    case RequestFraming::Phase::Upgraded:
        m_deadline.start(m_options.headTimeoutMs);
        break;
    case RequestFraming::Phase::Body:
        m_deadline.start(m_options.bodyTimeoutMs);
        break;
    }
}

void ConnectionGuard::onDeadline() {
    if (!m_before)
        return; // QHttpServer handed the socket to the WebSocket server: LiveHub watches it now
    qCDebug(lcServerHttp) << "closing a connection from" << m_socket->peerAddress()
                          << "that missed its deadline in phase" << int(m_framing.phase());
    m_socket->abort();
}

void ConnectionGuard::refuse(RequestFraming::Verdict verdict) {
    switch (verdict) {
    case RequestFraming::Verdict::BodyTooLarge:
        refuse(m_socket, 413, "body_too_large",
               QStringLiteral("The request body is larger than %1 bytes.")
                   .arg(m_options.maxBodyBytes));
        break;
    case RequestFraming::Verdict::HeadTooLarge:
        refuse(m_socket, 431, "head_too_large",
               QStringLiteral("The request line and headers are larger than %1 bytes.")
                   .arg(m_options.maxHeadBytes));
        break;
    case RequestFraming::Verdict::BadRequest:
    case RequestFraming::Verdict::Fine:
        refuse(m_socket, 400, "bad_request",
               QStringLiteral("The request's length or framing could not be read."));
        break;
    }
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const QByteArray &code,
                             const QString &message, int retryAfterSeconds) {
    // Nothing more of this connection reaches QHttpServer.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body = errorBody({status, QString::fromLatin1(code), message});
    QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (retryAfterSeconds > 0)
        answer += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    answer += "\r\n" + body;
    socket->write(answer);
    // A lingering close: closing with unread bytes would make the kernel reset the connection,
    // and the client might lose the answer; so what it still sends is read and thrown away
    // (nothing is kept) until it closes, kLingerBytes have come, or the grace time is over.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    auto drained = std::make_shared<qint64>(0);
    const auto drain = [socket, drained] {
        *drained += socket->skip(socket->bytesAvailable());
        if (*drained > kLingerBytes)
            socket->abort();
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, drain);
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR); // the answer is complete
    });
    QTimer::singleShot(kRefusalGraceMs, socket, [socket] { socket->abort(); });
    drain();
}

} // namespace lyceum::server
