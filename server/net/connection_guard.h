// One accepted connection as the front watches it (see connection_front.h): a child of its
// socket, so it lives exactly as long as the socket, whoever ends up owning that. Its first
// readyRead slot runs before QHttpServer's and peeks at the bytes QHttpServer is about to read;
// its second runs after and notes what QHttpServer left unread, so each byte is framed once.
#pragma once

#include "server/net/connection_front.h"
#include "server/net/request_framing.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace lyceum::server {

class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, QByteArray addressKey,
                    std::shared_ptr<ConnectionFront::Counts> counts, const FrontOptions &options);
    ~ConnectionGuard() override;

    // Called once the socket has been handed to QHttpServer (its slots are connected by then).
    void attachAfterServer();

    // Answers with a JSON error, without reading further, and closes the connection.
    static void refuse(QTcpSocket *socket, int status, const QByteArray &code,
                       const QString &message, int retryAfterSeconds = 0);

private:
    void beforeServer();
    void afterServer();
    void arm();
    void onDeadline();
    void refuse(RequestFraming::Verdict verdict);

    QTcpSocket *m_socket;
    QByteArray m_addressKey;
    std::shared_ptr<ConnectionFront::Counts> m_counts;
    FrontOptions m_options;
    RequestFraming m_framing;
    qint64 m_unreadSeen = 0; // bytes at the head of the socket's buffer already framed
    QMetaObject::Connection m_before;
    QTimer m_deadline;
    RequestFraming::Phase m_armedPhase = RequestFraming::Phase::Idle;
    qint64 m_armedCompleted = -1; // completedRequests() when the deadline was last set
};

} // namespace lyceum::server
