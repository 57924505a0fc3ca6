// The API client's decoders that are not reachable as functions (the login/refresh answer, the
// /me answer and the /mutations results live inside api_client.cpp): a real ApiClient talks
// to a loopback responder that answers every request with the fuzz input. Byte 0 picks the
// call (login, refresh, me, post mutations, fetch sync page), byte 1 the HTTP status (200,
// 201, 401, 503), the rest is the response body. Invariants: the callback runs exactly once,
// and a failure carries a message.

#include "api/api_client.h"
#include "fuzz_support.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace lyceum;

namespace {

class Responder : public QObject {
public:
    Responder() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        fuzz::check(m_server.listen(QHostAddress(QHostAddress::LocalHost), 0),
                    "the responder cannot listen");
    }
    quint16 port() const { return m_server.serverPort(); }
    void setAnswer(int status, QByteArray body) {
        m_status = status;
        m_body = std::move(body);
    }

private:
    void accept() {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            auto request = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, request] {
                request->append(s->readAll());
                const qsizetype end = request->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                const QList<QByteArray> lines = request->left(end).split('\n');
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (request->size() < end + 4 + length)
                    return;
                request->clear();
                s->write("HTTP/1.1 " + QByteArray::number(m_status) +
                         " X\r\nContent-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" +
                         m_body);
                s->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body;
};

struct Context {
    Responder responder;
    ApiClient client;
};

Context &context() {
    static int argc = 1;
    static char name[] = "lyceum-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Context c;
    return c;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    Context &c = context();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(c.responder.port());
    c.client.setServer(url);
    c.client.setTransferTimeout(5000);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    static const int statuses[] = {200, 201, 401, 503};
    Context &c = context();
    c.responder.setAnswer(
        statuses[data[1] % 4],
        QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2)));
    c.client.setTokens({QStringLiteral("access"), QStringLiteral("refresh"), 0});

    QEventLoop loop;
    int calls = 0;
    ApiError error;
    auto finished = [&](const ApiError &e) {
        ++calls;
        error = e;
        loop.quit();
    };
    switch (data[0] % 5) {
    case 0:
        c.client.login(QStringLiteral("learner"), QStringLiteral("password"),
                       [&](const ApiError &e, const LoginResult &) { finished(e); });
        break;
    case 1:
        c.client.refresh([&](const ApiError &e) { finished(e); });
        break;
    case 2:
        c.client.me([&](const ApiError &e, const User &) { finished(e); });
        break;
    case 3:
        c.client.postMutations(
            QStringLiteral("client"), QJsonArray{},
            [&](const ApiError &e, const QVector<MutationResult> &) { finished(e); });
        break;
    default:
        c.client.fetchSyncPage(QString(), 10,
                               [&](const ApiError &e, const QByteArray &) { finished(e); });
        break;
    }
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (calls == 0)
        loop.exec();
    fuzz::check(calls == 1, "the callback did not run exactly once");
    static const bool verbose = qEnvironmentVariableIsSet("LYCEUM_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "  -> %s\n", error.isError() ? qPrintable(error.message) : "ok");
    fuzz::check(!error.isError() || !error.message.isEmpty(), "an error without a message");
    // Let the replies' deleteLater run before the next input.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
