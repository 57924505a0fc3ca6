// The lyceum-server binary as a child process: the listening line, /health, the demo accounts,
// and a clean exit on SIGTERM. Also EmbeddedServer, the same server inside this process.
#include "server/embedded_server.h"
#include "server/seed/demo_seed.h"
#include "server/server_thread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TestServerProcess : public QObject {
    Q_OBJECT

private:
    // CTest sets LYCEUM_SERVER_BIN; when run by hand, the build tree's binary.
    QString binary() const {
        return qEnvironmentVariable("LYCEUM_SERVER_BIN",
                                    QStringLiteral(LYCEUM_BINARY_DIR "/bin/lyceum-server"));
    }

    // Starts the server and returns its port, 0 on failure; out collects stdout up to the line.
    quint16 start(QProcess &p, const QStringList &args, QString *out) {
        p.start(binary(), args);
        if (!p.waitForStarted(10000))
            return 0;
        const QRegularExpression line(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            p.waitForReadyRead(500);
            *out += QString::fromUtf8(p.readAllStandardOutput());
            const auto m = line.match(*out);
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (p.state() == QProcess::NotRunning)
                break;
        }
        qWarning() << "no listening line; stdout:" << *out << "stderr:" << p.readAllStandardError();
        return 0;
    }

    QPair<int, QByteArray> request(quint16 port, const QString &path, const QByteArray &body = {}) {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body.isNull() ? nam.get(req) : nam.post(req, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        delete reply;
        return {status, data};
    }

    void stop(QProcess &p) {
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(binary()), "LYCEUM_SERVER_BIN is not set"); }

    void servesHealthAndStopsOnSigterm() {
        QTemporaryDir dir;
        QProcess p;
        QString out;
        const quint16 port = start(p,
                                   {QStringLiteral("--data"), dir.path(),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                   &out);
        QVERIFY(port != 0);
        const auto health = request(port, QStringLiteral("/api/v1/health"));
        QCOMPARE(health.first, 200);
        const QJsonObject o = QJsonDocument::fromJson(health.second).object();
        QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!o.value(QLatin1StringView("instance")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1StringView("database")).toString(), QStringLiteral("sqlite"));
        // Outside --demo there are no accounts.
        QCOMPARE(request(port, QStringLiteral("/api/v1/auth/login"),
                         R"({"handle":"learner","password":"lyceum-demo"})")
                     .first,
                 401);
        stop(p);
    }

    void demoSeedsAndPrintsAccounts() {
        QTemporaryDir dir;
        QProcess p;
        QString out;
        const quint16 port =
            start(p,
                  {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                  &out);
        QVERIFY(port != 0);
        for (const char *handle : {"learner", "creator", "moderator", "admin"})
            QVERIFY2(out.contains(QString::fromLatin1(handle)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("lyceum-demo")));
        const auto login = request(port, QStringLiteral("/api/v1/auth/login"),
                                   R"({"handle":"learner","password":"lyceum-demo"})");
        QCOMPARE(login.first, 200);
        stop(p);
    }

    void embeddedServerWithDemo() {
        QTemporaryDir dir;
        lyceum::server::EmbeddedServer::Options options;
        options.dataDir = dir.path();
        options.seedDemo = true;
        lyceum::server::EmbeddedServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.port() != 0);
        QCOMPARE(server.baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        QVERIFY(server.demoAccounts().contains(QStringLiteral("learner")));
        const auto login = request(server.port(), QStringLiteral("/api/v1/auth/login"),
                                   R"({"handle":"admin","password":"lyceum-demo"})");
        QCOMPARE(login.first, 200);
    }

    void serverThreadAnswersABlockedCaller() {
        QTemporaryDir dir;
        lyceum::server::EmbeddedServer::Options options;
        options.dataDir = dir.path();
        lyceum::server::ServerThread server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        // Blocking socket calls: no event loop runs on this thread while we wait.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray answer;
        while (!answer.contains("\"status\":\"ok\"") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("\"status\":\"ok\""));
        server.stop();
        // A data dir that cannot be used is reported, and the thread ends.
        lyceum::server::EmbeddedServer::Options bad;
        bad.dataDir = QStringLiteral("/proc/no-such-place");
        lyceum::server::ServerThread failing(bad);
        QVERIFY(!failing.start(&error));
        QVERIFY(!error.isEmpty());
    }

    void badArgumentsFail() {
        QProcess p;
        p.start(binary(), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QTemporaryDir data;
        for (const char *bad : {"0", "-5", "many", "99999999999"}) {
            QProcess q;
            q.start(binary(),
                    {QStringLiteral("--data"), data.path(),
                     QStringLiteral("--max-connections-per-address"), QLatin1String(bad)});
            QVERIFY(q.waitForFinished(10000));
            QVERIFY2(q.exitCode() != 0, bad);
            QVERIFY(q.readAllStandardError().contains("--max-connections-per-address"));
        }
    }

    // A --database URL that cannot be read: exit code 2 and a sentence naming what is wrong
    // (server/storage/database_url.h), before anything is opened.
    void malformedDatabaseUrlsAreRefused_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("scheme") << "mysql://u@/db"
                                << "unknown scheme";
        QTest::newRow("no database") << "postgresql://u@/"
                                     << "must name one database";
        QTest::newRow("no path") << "postgresql://"
                                 << "must name one database";
        QTest::newRow("port") << "postgresql://u@/db?port=99999"
                              << "port must be 1 to 65535";
        QTest::newRow("authority port") << "postgresql://u@h:x/db"
                                        << "port must be 1 to 65535";
        QTest::newRow("parameter") << "postgresql://u@/db?bogus=1"
                                   << "unknown parameter";
        QTest::newRow("no value") << "postgresql://u@/db?host"
                                  << "is malformed";
        QTest::newRow("schema") << "postgresql://u@/db?schema=x;drop"
                                << "schema must be";
        QTest::newRow("sslmode") << "postgresql://u@/db?sslmode=maybe"
                                 << "sslmode is not one of";
        QTest::newRow("bracket") << "postgresql://u@[::1/db"
                                 << "unclosed";
        QTest::newRow("control") << "postgresql://u@/d%01b"
                                 << "not valid text";
        QTest::newRow("sqlite") << "sqlite:"
                                << "needs a file path";
    }

    void malformedDatabaseUrlsAreRefused() {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QProcess p;
        p.start(binary(), {QStringLiteral("--data"), dir.path(), QStringLiteral("--database"), url,
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForFinished(20000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("--database: ")) && err.contains(says),
                 qPrintable(err));
    }

    // sqlite:PATH puts the database file outside --data (which keeps the media).
    void sqliteUrlPlacesTheFile() {
        QTemporaryDir dir;
        QProcess p;
        QString out;
        const QString file = dir.filePath(QStringLiteral("db/elsewhere.sqlite3"));
        const quint16 port = start(p,
                                   {QStringLiteral("--data"), dir.filePath(QStringLiteral("media")),
                                    QStringLiteral("--database"), QStringLiteral("sqlite:") + file,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                   &out);
        QVERIFY(port != 0);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("media/lyceum-server.sqlite3"))));
        stop(p);
    }

    // A raised per-address cap lets more connections than the default 64 stay open.
    void perAddressCapCanBeRaised() {
        QTemporaryDir data;
        QProcess p;
        p.start(binary(), {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--max-connections-per-address"), QStringLiteral("100")});
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return p.canReadLine(); }, 10000));
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        const quint16 port = line.section(u':', -1).toUShort();
        QVERIFY2(port != 0, qPrintable(line));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 80; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        // The 80th still gets an answer instead of a refusal.
        QTcpSocket &last = *sockets.back();
        last.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return last.bytesAvailable() > 0; }, 10000));
        QVERIFY2(last.readAll().startsWith("HTTP/1.1 200"), "the 80th connection was refused");
        stop(p);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
