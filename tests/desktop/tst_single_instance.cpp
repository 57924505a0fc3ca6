// One window per profile. In-process: the local socket refuses what is not one small JSON line,
// and a socket file left by a crash is taken over. With the real binary: a second `lyceum --open
// URL` hands the link to the first and exits 0; the first opens it (the course), and asks first
// for a link into a community it is not signed in to.
#include "app_process.h"
#include "desktop/single_instance.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace lyceum::test;
using lyceum::ui::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handsALinkToTheRunningInstance() {
        QTemporaryDir dir;
        SingleInstance first(dir.filePath(QStringLiteral("profile")));
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy links(&first, &SingleInstance::linkReceived);
        QSignalSpy raises(&first, &SingleInstance::raiseRequested);

        // The second runs on another thread, as it would in another process: handOver blocks.
        SingleInstance second(dir.filePath(QStringLiteral("profile")));
        bool handed = false;
        std::thread client([&] {
            handed = second.handOver(QStringLiteral("lyceum://127.0.0.1:1/course/c"), 10000);
        });
        QVERIFY(QTest::qWaitFor([&] { return links.count() == 1; }, 10000));
        client.join();
        QVERIFY(handed);
        QCOMPARE(links.at(0).at(0).toString(), QStringLiteral("lyceum://127.0.0.1:1/course/c"));
        QCOMPARE(raises.count(), 1);

        // Another profile has its own name: nothing answers there.
        SingleInstance other(dir.filePath(QStringLiteral("other")));
        QVERIFY(other.serverName() != first.serverName());
        QVERIFY(!other.handOver(QString(), 500));
    }

    void refusesWhatIsNotOneSmallJsonLine() {
        QTemporaryDir dir;
        SingleInstance instance(dir.filePath(QStringLiteral("profile")));
        QString error;
        QVERIFY(instance.listen(&error));
        QSignalSpy links(&instance, &SingleInstance::linkReceived);
        QSignalSpy raises(&instance, &SingleInstance::raiseRequested);
        const QList<QByteArray> hostile = {
            QByteArray(64 * 1024, 'x'),                // no newline, too long
            QByteArray(8000, 'a') + '\n',              // a line over 4 KiB
            QByteArray("not json\n"),                  //
            QByteArray("[\"lyceum://h/course/c\"]\n"), // JSON, not an object
            QByteArray("{}\n"),                        // an empty object
            QByteArray("\x00\x01\x02\xff\n", 5),       // binary
        };
        for (const QByteArray &bytes : hostile) {
            QLocalSocket socket;
            socket.connectToServer(instance.serverName());
            QVERIFY(socket.waitForConnected(3000));
            socket.write(bytes);
            socket.flush();
            // The instance drops the connection without an answer.
            QVERIFY(QTest::qWaitFor(
                [&] { return socket.state() == QLocalSocket::UnconnectedState; }, 5000));
            QCOMPARE(socket.bytesAvailable(), 0);
        }
        QCOMPARE(links.count(), 0);
        QCOMPARE(raises.count(), 0);
    }

    void takesOverASocketLeftByACrash() {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("profile"));
        // What a crash leaves: the socket file, bound, with nobody listening behind it.
        const QByteArray path =
            QDir(QDir::tempPath()).filePath(SingleInstance::serverNameFor(key)).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));
        SingleInstance instance(key);
        QString error;
        QVERIFY2(instance.listen(&error), qPrintable(error));
    }

    // Two real processes on the demo profile.
    void aSecondProcessHandsOverAndExits() {
        AppHome home;
        QProcess first;
        QProcessEnvironment probe;
        probe.insert(QStringLiteral("LYCEUM_LINK_PROBE"), QStringLiteral("1"));
        home.start(first, {QStringLiteral("--demo")}, probe);
        QVERIFY(first.waitForStarted(10000));
        const DemoState demo = home.waitForDemo(first);
        QVERIFY2(demo.serverPid > 0, "the demo did not start");

        // Wait until the first window is up and has synced the course the link names.
        const QString link =
            QStringLiteral("lyceum://127.0.0.1:%1/course/c-english-email").arg(demo.url.port());
        const QByteArray openedLine = QByteArray("link-probe: opened ") + link.toUtf8();
        QByteArray out;
        bool opened = false;
        for (int attempt = 0; attempt < 30 && !opened; ++attempt) {
            QProcess second;
            home.start(second, {QStringLiteral("--open"), link});
            QVERIFY(second.waitForFinished(30000));
            QCOMPARE(second.exitStatus(), QProcess::NormalExit);
            QCOMPARE(second.exitCode(), 0);
            opened = QTest::qWaitFor(
                [&] {
                    out += first.readAllStandardOutput();
                    return out.contains(openedLine);
                },
                2000);
        }
        QVERIFY2(opened, out.constData());

        // A link into another community asks first; nothing is opened.
        QProcess foreign;
        home.start(foreign, {QStringLiteral("--demo"), QStringLiteral("--open"),
                             QStringLiteral("lyceum://learn.example.org/thread/t-1")});
        QVERIFY(foreign.waitForFinished(30000));
        QCOMPARE(foreign.exitCode(), 0);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += first.readAllStandardOutput();
                         return out.contains("link-probe: asked https://learn.example.org");
                     },
                     10000),
                 out.constData());
        QVERIFY(!out.contains("link-probe: opened lyceum://learn.example.org"));

        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(serverGone(demo.serverPid));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
