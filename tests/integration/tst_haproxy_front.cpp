// packaging/deploy/haproxy.cfg for real: `haproxy -c` accepts it (and refuses a broken copy), and
// a real HAProxy in front of one real lyceum-server terminates TLS, upgrades the live WebSocket,
// checks /api/v1/health, passes its own request id to the instance (which logs it), keeps
// /metrics inside, refuses oversized bodies and limits sign-in attempts per address.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

namespace {

const QString kShippedConfig = QStringLiteral(LYCEUM_SOURCE_DIR "/packaging/deploy/haproxy.cfg");

quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    QByteArray location;
};

} // namespace

class TestHaproxyFront : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_haproxy;
    QSslConfiguration m_tls;
    QProcess m_server;
    QProcess m_proxy;
    quint16 m_https = 0;
    quint16 m_http = 0;
    QByteArray m_requestId; // the proxy's id of the first /health answered through it

    QProcessEnvironment proxyEnvironment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LYCEUM_CERT"), m_dir.filePath(QStringLiteral("lyceum.pem")));
        env.insert(QStringLiteral("LYCEUM_HAPROXY_SOCKET"),
                   m_dir.filePath(QStringLiteral("admin.sock")));
        env.insert(QStringLiteral("LYCEUM_HTTPS_BIND"),
                   QStringLiteral("127.0.0.1:%1").arg(m_https));
        env.insert(QStringLiteral("LYCEUM_HTTP_BIND"), QStringLiteral("127.0.0.1:%1").arg(m_http));
        env.insert(QStringLiteral("LYCEUM_HAPROXY_MAXCONN"), QStringLiteral("2000"));
        return env;
    }

    // haproxy -c on a file: exit code and output.
    QPair<int, QString> check(const QString &config) {
        QProcess p;
        p.setProcessEnvironment(proxyEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_haproxy, {QStringLiteral("-c"), QStringLiteral("-f"), config});
        if (!p.waitForFinished(30000))
            return {-1, QStringLiteral("haproxy -c did not finish")};
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    Reply request(const QByteArray &method, const QString &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkAccessManager nam;
        QNetworkRequest req{QUrl(url)};
        req.setSslConfiguration(m_tls);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->rawHeader("X-Request-Id"), reply->rawHeader("Location")};
        if (r.status == 0)
            qWarning() << url << reply->errorString();
        delete reply;
        return r;
    }

    QString front(const QString &path) const {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_https).arg(path);
    }

private Q_SLOTS:
    void initTestCase() {
        m_haproxy = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        QVERIFY2(!m_haproxy.isEmpty(), "haproxy is missing: run scripts/install-deps.sh");
        // A throwaway self-signed certificate for 127.0.0.1, made now.
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile pem(m_dir.filePath(QStringLiteral("lyceum.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        for (const char *part : {"cert.pem", "key.pem"}) {
            QFile f(m_dir.filePath(QLatin1String(part)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            pem.write(f.readAll());
        }
        pem.close();
        const QList<QSslCertificate> certs =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(certs.size(), 1);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(certs);
        m_https = freePort();
        m_http = freePort();
        QVERIFY(m_https && m_http && m_https != m_http);
    }

    void shippedConfigIsValid() {
        const auto [code, output] = check(kShippedConfig);
        QVERIFY2(code == 0, qPrintable(output));
        // The check can fail: a broken copy is refused.
        QFile shipped(kShippedConfig);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray text = shipped.readAll();
        text.replace("timeout tunnel 1h", "timeout tunnel forever");
        const QString broken = m_dir.filePath(QStringLiteral("broken.cfg"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        QVERIFY(check(broken).first != 0);
    }

    void frontOfOneInstance();
    void limitsAtTheFront();
    void liveSocketAndSignInLimitThroughTheFront();
    void theInstanceLoggedTheProxysRequestId();

    void cleanupTestCase() {
        for (QProcess *p : {&m_proxy, &m_server}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(10000))
                    p->kill();
            }
        }
    }
};

void TestHaproxyFront::frontOfOneInstance() {
    // The instance, as the sample config has it: behind a trusted proxy on this machine.
    m_server.start(qEnvironmentVariable("LYCEUM_SERVER_BIN"),
                   {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--demo"), QStringLiteral("--trusted-proxies"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--max-connections-per-address"),
                    QStringLiteral("1000")});
    QVERIFY(m_server.waitForStarted(10000));
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QString out;
    quint16 port = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += QString::fromUtf8(m_server.readAllStandardOutput());
            const auto m = listening.match(out);
            port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
            return port != 0;
        },
        60000));

    // The shipped config with its server list replaced by this one instance.
    QFile shipped(kShippedConfig);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray text = shipped.readAll();
    const qsizetype begin = text.indexOf("# BEGIN SERVERS");
    const qsizetype end = text.indexOf("# END SERVERS");
    QVERIFY(begin > 0 && end > begin);
    text = text.left(begin) + "server a 127.0.0.1:" + QByteArray::number(port) + " check\n    " +
           text.mid(end);
    const QString config = m_dir.filePath(QStringLiteral("one.cfg"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const auto [code, output] = check(config);
    QVERIFY2(code == 0, qPrintable(output));
    m_proxy.setProcessEnvironment(proxyEnvironment());
    m_proxy.setProcessChannelMode(QProcess::MergedChannels);
    m_proxy.start(m_haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), config});
    QVERIFY(m_proxy.waitForStarted(10000));

    // Health through TLS once the proxy is up.
    Reply health;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     health = request("GET", front(QStringLiteral("/api/v1/health")), {},
                                      {{"X-Request-Id", "client-forged-id"}});
                     return health.status == 200;
                 },
                 20000),
             m_proxy.readAll().constData());
    QVERIFY(health.body.contains("\"status\":\"ok\""));
    // The proxy's request id replaced the client's and came back from the instance.
    static const QRegularExpression proxyId(
        QStringLiteral("^[0-9A-F]+:[0-9A-F]+_[0-9A-F]+:[0-9A-F]+_[0-9A-F]+_[0-9A-F]+:[0-9A-F]+$"));
    QVERIFY2(proxyId.match(QString::fromLatin1(health.requestId)).hasMatch(),
             health.requestId.constData());
    m_requestId = health.requestId;
}

void TestHaproxyFront::limitsAtTheFront() {
    QVERIFY(!m_requestId.isEmpty());

    // Plain HTTP is sent to HTTPS; /metrics stays inside; a large body is refused at the door.
    const Reply plain =
        request("GET", QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(m_http));
    QCOMPARE(plain.status, 301);
    QVERIFY(plain.location.startsWith("https://"));
    QCOMPARE(request("GET", front(QStringLiteral("/metrics"))).status, 404);
    {
        // Announced larger than 1 MiB + 64 KiB: refused before a byte of the body is read.
        QSslSocket raw;
        raw.setSslConfiguration(m_tls);
        raw.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_https);
        QVERIFY(raw.waitForEncrypted(10000));
        raw.write("POST /api/v1/mutations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 2097152\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                raw.waitForReadyRead(100);
                answer += raw.readAll();
                return answer.contains("\r\n");
            },
            10000));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }
}

void TestHaproxyFront::liveSocketAndSignInLimitThroughTheFront() {
    QVERIFY(!m_requestId.isEmpty());
    // Sign in through the proxy, then the live socket upgrades through it.
    const Reply login = request("POST", front(QStringLiteral("/api/v1/auth/login")),
                                R"({"handle":"learner","password":"lyceum-demo"})");
    QCOMPARE(login.status, 200);
    const QString token = QJsonDocument::fromJson(login.body)
                              .object()
                              .value(QLatin1String("access_token"))
                              .toString();
    QWebSocket socket;
    socket.setSslConfiguration(m_tls);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QNetworkRequest upgrade(QUrl(QStringLiteral("wss://127.0.0.1:%1/api/v1/live").arg(m_https)));
    upgrade.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    socket.open(upgrade);
    QVERIFY2(messages.wait(15000), qPrintable(socket.errorString()));
    QVERIFY(messages.first().first().toString().contains(QLatin1String("ready")));

    // Sign-in attempts from one address are limited by the proxy (more than 20 a minute).
    bool limited = false;
    for (int i = 0; i < 25 && !limited; ++i) {
        const Reply r =
            request("POST", front(QStringLiteral("/api/v1/auth/login")),
                    QStringLiteral(R"({"handle":"nobody%1","password":"wrong"})").arg(i).toUtf8());
        limited = r.status == 429 && r.body.contains("from your address");
        QVERIFY2(r.status == 401 || limited, r.body.constData());
    }
    QVERIFY(limited);
    socket.close();
}

void TestHaproxyFront::theInstanceLoggedTheProxysRequestId() {
    QVERIFY(!m_requestId.isEmpty());
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(15000));
    const QByteArray logs = m_server.readAllStandardError();
    QVERIFY2(logs.contains(QByteArray("\"request_id\":\"" + m_requestId + '"')),
             logs.left(2000).constData());
    QVERIFY(!logs.contains("client-forged-id"));
}

QTEST_GUILESS_MAIN(TestHaproxyFront)
#include "tst_haproxy_front.moc"
