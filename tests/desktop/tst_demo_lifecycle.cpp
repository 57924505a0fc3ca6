// The app ends what it starts: `lyceum --demo` runs lyceum-server as a child, and however the app
// ends (it quits, SIGTERM, SIGINT, SIGKILL) the child is gone and its port is free. A start that
// finds a stale demo server still holding the data folder (its lock names its pid) replaces it.
// The real binaries, offscreen, with a private HOME (app_process.h).
#include "app_process.h"

#include <QLockFile>
#include <csignal>

using namespace lyceum::test;

class TestDemoLifecycle : public QObject {
    Q_OBJECT
private:
    AppHome m_home;

    // Starts the app on the demo, waits for its server, ends the app with `how`, and checks
    // that the server is gone and its port free.
    void endAppAndCheck(const std::function<void(QProcess &)> &how,
                        const QProcessEnvironment &extra = QProcessEnvironment()) {
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_home.start(app, {QStringLiteral("--demo")}, extra);
        QVERIFY(app.waitForStarted(10000));
        const DemoState demo = m_home.waitForDemo(app);
        QVERIFY2(demo.serverPid > 0, "the demo server did not come up");
        QVERIFY(lyceum::platform::processIsAlive(demo.serverPid));
        const quint16 port = quint16(demo.url.port());
        QVERIFY(port > 0);
        QVERIFY(!portFree(port));
        how(app);
        QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(serverGone(demo.serverPid), "the demo server outlived the app");
        QVERIFY2(portFree(port), "the demo server's port is still taken");
    }

private Q_SLOTS:
    void quitStopsTheServer() {
        // The startup probe quits through the app's own quit path once the catalogue painted.
        QProcessEnvironment probe;
        probe.insert(QStringLiteral("LYCEUM_STARTUP_PROBE"), QStringLiteral("1"));
        endAppAndCheck([](QProcess &) {}, probe);
    }
    void sigtermStopsTheServer() {
        endAppAndCheck([](QProcess &app) { ::kill(pid_t(app.processId()), SIGTERM); });
    }
    void sigintStopsTheServer() {
        endAppAndCheck([](QProcess &app) { ::kill(pid_t(app.processId()), SIGINT); });
    }
    void sigkillLeavesNoServer() {
        endAppAndCheck([](QProcess &app) { ::kill(pid_t(app.processId()), SIGKILL); });
    }

    // A lyceum-server from an earlier run, not a child of any app, holds the demo data folder:
    // the app ends it and starts its own on the same data.
    void aStaleServerIsReplaced() {
        QProcess stale;
        stale.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        stale.start(qEnvironmentVariable("LYCEUM_SERVER_BIN"),
                    {QStringLiteral("--data"), m_home.demoDataDir(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo"),
                     QStringLiteral("--lock-data-dir")});
        QVERIFY(stale.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return stale.readAllStandardOutput().contains("listening on"); }, 60000));
        // A second server on the same folder is refused while the first holds it.
        QProcess second;
        second.start(qEnvironmentVariable("LYCEUM_SERVER_BIN"),
                     {QStringLiteral("--data"), m_home.demoDataDir(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--lock-data-dir")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("another server"));

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_home.start(app, {QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted(10000));
        const DemoState demo = m_home.waitForDemo(app);
        QVERIFY2(demo.serverPid > 0, "the app did not start its own demo server");
        QVERIFY(stale.state() == QProcess::NotRunning ||
                stale.waitForFinished(10000)); // ended by the app
        QVERIFY(demo.serverPid != stale.processId());
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(60000));
        QVERIFY(serverGone(demo.serverPid));
    }
};

QTEST_GUILESS_MAIN(TestDemoLifecycle)
#include "tst_demo_lifecycle.moc"
