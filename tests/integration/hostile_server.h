// A server that misbehaves on purpose, for the client's defences (docs/security.md, "The client
// against a hostile server"). It speaks raw HTTP/1.1 on a QTcpServer bound to 127.0.0.1, so it
// can answer what no real server would: drip a body one byte at a time, announce one length and
// send another, stream without end, redirect anywhere, repeat a cursor. One request per
// connection; each answer ends by closing the socket unless it is still streaming.
#pragma once

#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QVector>
#include <functional>

namespace lyceum::test {

class HostileServer : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray target;                    // path and query as sent
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray path() const {
            const qsizetype query = target.indexOf('?');
            return query < 0 ? target : target.left(query);
        }
    };
    struct Answer {
        QByteArray head;    // status line and headers, without the blank line
        QByteArray body;    // sent at once, or dripped
        int dripMs = 0;     // > 0: the body goes one byte every dripMs
        qint64 endless = 0; // > 0: after the body, this many filler bytes in 64 KiB blocks
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit HostileServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler)) {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }
    quint16 port() const { return m_server.serverPort(); }
    const QVector<Request> &requests() const { return m_requests; }
    qint64 bodyBytesSent() const { return m_sent; } // body and filler bytes written to sockets

    // 200 (or status) with a JSON body and its true length.
    static Answer json(const QByteArray &body, int status = 200) {
        Answer a;
        a.head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json" +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close";
        a.body = body;
        return a;
    }

private:
    void accept(QTcpSocket *socket) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the rest of the body is on its way
            r.body = buffer->mid(end + 4, length);
            socket->setProperty("answered", true);
            m_requests.append(r);
            send(socket, m_handler(r));
        });
    }

    void send(QTcpSocket *socket, const Answer &a) {
        socket->write(a.head + "\r\n\r\n");
        if (a.dripMs > 0) {
            drip(socket, a.body, 0, a.dripMs);
            return;
        }
        socket->write(a.body);
        m_sent += a.body.size();
        if (a.endless > 0) {
            stream(socket, a.endless);
            return;
        }
        socket->disconnectFromHost();
    }

    void drip(QTcpSocket *socket, const QByteArray &body, qsizetype at, int ms) {
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(ms, this, [this, s, body, at, ms] {
            if (!s || s->state() != QAbstractSocket::ConnectedState)
                return;
            if (at >= body.size()) {
                s->disconnectFromHost();
                return;
            }
            s->write(body.mid(at, 1));
            ++m_sent;
            drip(s, body, at + 1, ms);
        });
    }

    // Writes filler while the client reads it, never more than 1 MiB ahead of the socket.
    void stream(QTcpSocket *socket, qint64 left) {
        auto remaining = std::make_shared<qint64>(left);
        const QByteArray block(64 * 1024, ' ');
        const auto more = [this, socket, remaining, block] {
            while (*remaining > 0 && socket->bytesToWrite() < 1024 * 1024 &&
                   socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = std::min<qint64>(block.size(), *remaining);
                socket->write(block.constData(), n);
                *remaining -= n;
                m_sent += n;
            }
            if (*remaining == 0 && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, more);
        more();
    }

    Handler m_handler;
    QTcpServer m_server;
    QVector<Request> m_requests;
    qint64 m_sent = 0;
};

} // namespace lyceum::test
