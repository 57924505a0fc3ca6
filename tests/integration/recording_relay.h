// A recording TCP relay for integration tests (see RecordingRelay).
#pragma once

#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace lyceum::test {

// A TCP relay on loopback between a client and a server that keeps every byte of both
// directions: what the client sent (toServer) and what the server answered (fromServer).
class RecordingRelay : public QObject {
public:
    explicit RecordingRelay(quint16 targetPort)
        : m_targetPort(targetPort) {
        connect(&m_server, &QTcpServer::newConnection, this, &RecordingRelay::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }
    // Every access and refresh token seen in the server's answers so far.
    QStringList issuedTokens() const {
        static const QRegularExpression token(
            QStringLiteral("\"(?:access_token|refresh_token)\"\\s*:\\s*\"([^\"]+)\""));
        QStringList out;
        const QString text = QString::fromUtf8(fromServer);
        for (auto it = token.globalMatch(text); it.hasNext();)
            out << it.next().captured(1);
        out.removeDuplicates();
        return out;
    }

    QByteArray toServer;
    QByteArray fromServer;

private:
    void accept() {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            connect(client, &QIODevice::readyRead, upstream, [this, client, upstream] {
                const QByteArray bytes = client->readAll();
                toServer += bytes;
                upstream->write(bytes);
            });
            connect(upstream, &QIODevice::readyRead, client, [this, client, upstream] {
                const QByteArray bytes = upstream->readAll();
                fromServer += bytes;
                client->write(bytes);
            });
            connect(client, &QAbstractSocket::disconnected, upstream,
                    &QAbstractSocket::disconnectFromHost);
            connect(upstream, &QAbstractSocket::disconnected, client,
                    &QAbstractSocket::disconnectFromHost);
            connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort;
};

} // namespace lyceum::test
