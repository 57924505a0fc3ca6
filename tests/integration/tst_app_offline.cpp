// The app starts and works from the cache with no server: a profile is signed in (session in
// the keychain) and synced with lyceum-cli, the server is stopped, and the real `lyceum
// --profile DIR` binary starts, paints the catalogue from the cache and shows itself offline
// (the startup probe, ui/shell/startup_probe.h, reports both); lyceum-cli reads the cached
// threads and queues a reply with the server still down.
#include "cli_runner.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::test;

class TestAppOffline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsFromTheCacheWithNoServer() {
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        ServerProcess server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        CliRun login = runCli({QStringLiteral("--server"), server.url().toString(),
                               QStringLiteral("--profile"), profile, QStringLiteral("login"),
                               QStringLiteral("--user"), QStringLiteral("learner"),
                               QStringLiteral("--password-stdin")},
                              "lyceum-demo\n");
        QVERIFY2(login.code == 0, login.err.constData());
        CliRun sync = runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")});
        QVERIFY2(sync.code == 0, sync.err.constData());
        server.stop();

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LYCEUM_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LYCEUM_APP_BIN), {QStringLiteral("--profile"), profile});
        QVERIFY(app.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000),
                 "the app did not finish its startup probe");
        const QByteArray out = app.readAllStandardOutput();
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(out.contains("startup-probe: catalogue painted"),
                 QByteArray(out + err).constData());
        QVERIFY2(out.contains("startup-probe: offline 1"), QByteArray(out + err).constData());

        // The CLI reads the cache and queues a reply while the server is down.
        CliRun threads = runCli({QStringLiteral("--profile"), profile, QStringLiteral("threads"),
                                 QStringLiteral("--json")});
        QCOMPARE(threads.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(threads.out).array();
        QVERIFY(!list.isEmpty());
        QString open;
        for (const QJsonValue &t : list)
            if (!t[QLatin1String("locked")].toBool() && open.isEmpty())
                open = t[QLatin1String("id")].toString();
        QVERIFY(!open.isEmpty());
        CliRun post = runCli({QStringLiteral("--profile"), profile, QStringLiteral("post"),
                              QStringLiteral("--thread"), open, QStringLiteral("--body"),
                              QStringLiteral("写于离线时")});
        QVERIFY2(post.code == 0, post.err.constData());
        CliRun outbox = runCli({QStringLiteral("--profile"), profile, QStringLiteral("outbox"),
                                QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(outbox.out).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppOffline)
#include "tst_app_offline.moc"
