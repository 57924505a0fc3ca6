// A live-channel client for tests: a real QWebSocket on loopback that records every message
// and how the server closed it.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace lyceum::test {

class LiveClient {
public:
    // token: sent as the Bearer header of the upgrade request; empty: none.
    LiveClient(quint16 port, const QString &token,
               const QString &path = QStringLiteral("/api/v1/live"))
        : m_socket(std::make_unique<QWebSocket>()) {
        QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(m_socket.get(), &QWebSocket::disconnected, [this] { closed = true; });
        QUrl url;
        url.setScheme(QStringLiteral("ws"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        url.setPath(path);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_socket->open(request);
    }

    QWebSocket &socket() { return *m_socket; }
    int closeCode() const { return int(m_socket->closeCode()); }

    bool waitConnected(int ms = 5000) {
        return QTest::qWaitFor(
                   [this] {
                       return m_socket->state() == QAbstractSocket::ConnectedState || closed;
                   },
                   ms) &&
               !closed;
    }
    bool waitClosed(int ms = 5000) {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }
    // Waits for a message of the given type after the first `from` messages; its index or -1.
    int waitFor(const QString &type, qsizetype from = 0, int ms = 5000) {
        int found = -1;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (qsizetype i = from; i < messages.size(); ++i) {
                    if (messages.at(i).value(QLatin1StringView("type")).toString() == type) {
                        found = int(i);
                        return true;
                    }
                }
                return false;
            },
            ms));
        return found;
    }
    // Waits until a "changed" notice reports at least seq; that notice or an empty object.
    QJsonObject waitForSeq(qint64 seq, int ms = 5000) {
        QJsonObject out;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                for (const QJsonObject &m : std::as_const(messages)) {
                    if (m.value(QLatin1StringView("type")).toString() == QLatin1String("changed") &&
                        m.value(QLatin1StringView("seq")).toInteger() >= seq) {
                        out = m;
                        return true;
                    }
                }
                return false;
            },
            ms));
        return out;
    }
    qsizetype count(const QString &type) const {
        return std::count_if(messages.cbegin(), messages.cend(), [&](const QJsonObject &m) {
            return m.value(QLatin1StringView("type")).toString() == type;
        });
    }

    QList<QJsonObject> messages;
    bool closed = false;

private:
    std::unique_ptr<QWebSocket> m_socket;
};

} // namespace lyceum::test
