// The keychain is enabled but cannot be reached (the session bus address points at a socket
// that does not exist, as on a headless box or a broken desktop session): the client says so,
// keeps the session in memory only, and no token the server issued ever reaches the profile's
// files (profile.json, the SQLite cache and its journal) or the logs. The same for lyceum-cli,
// which then refuses to pretend the login was kept. The tokens are read off the wire by a relay
// between the client and the real lyceum-server, so the test greps for the real ones.
#include "cli_runner.h"
#include "client/client.h"
#include "recording_relay.h"
#include "server_process.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr int kWait = 60000;

// Every message logged by this process, for grepping.
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    g_log += message.toUtf8() + '\n';
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The files under dir (recursively) whose bytes contain any of the tokens, as "file: token".
QStringList filesHolding(const QString &dir, const QStringList &tokens, int *filesRead) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found << file.fileName() + QStringLiteral(": unreadable");
            continue;
        }
        ++*filesRead;
        const QByteArray bytes = file.readAll();
        for (const QString &token : tokens) {
            if (bytes.contains(token.toUtf8()))
                found << file.fileName() + QStringLiteral(": ") + token.left(8);
        }
    }
    return found;
}

bool openClient(Client &client) {
    QSignalSpy opened(&client, &Client::opened);
    client.open();
    return !opened.isEmpty() || opened.wait(kWait);
}

ApiError waitError(QSignalSpy &spy) {
    if (spy.isEmpty() && !spy.wait(kWait))
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("signal never came"));
    return spy.takeFirst().at(0).value<ApiError>();
}

} // namespace

class TestKeychainUnreachable : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<RecordingRelay> m_relay;

private Q_SLOTS:
    void initTestCase() {
        // Before anything in this process (or its children) looks for the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=") +
                    QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-bus-socket"))));
        g_previousHandler = qInstallMessageHandler(recordMessage);
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_relay = std::make_unique<RecordingRelay>(quint16(m_server.url().port()));
        QVERIFY(m_relay->listen());
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void clientKeepsTheSessionInMemoryOnly() {
        const QString profile = m_dir.filePath(QStringLiteral("app-profile"));
        Client::Options options;
        options.profileDir = profile;
        options.useKeychain = true; // enabled: it is the keychain that is not there
        options.live = false;
        {
            Client client(options);
            QVERIFY(openClient(client));
            // It says so, in words, before anyone types a password.
            QVERIFY(!client.sessionPersistent());
            QVERIFY2(client.keychainProblem().contains(QLatin1String("keychain")),
                     qPrintable(client.keychainProblem()));
            QVERIFY2(client.keychainProblem().contains(QLatin1String("only until")),
                     qPrintable(client.keychainProblem()));

            QSignalSpy loggedIn(&client, &Client::loginFinished);
            client.login(m_relay->url(), QStringLiteral("learner"),
                         m_server.password(QStringLiteral("learner")), true);
            const ApiError e = waitError(loggedIn);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QVERIFY(client.isLoggedIn()); // signed in, in memory
            QVERIFY(!client.sessionPersistent());
            QSignalSpy synced(&client, &Client::syncFinished);
            client.syncNow();
            const ApiError s = waitError(synced);
            QVERIFY2(!s.isError(), qPrintable(s.message)); // the session works
        }
        const QStringList tokens = m_relay->issuedTokens();
        QVERIFY2(tokens.size() >= 2, m_relay->fromServer.left(400).constData());

        // Nothing of the session on disk: a new client on the profile is signed out.
        {
            Client again(options);
            QVERIFY(openClient(again));
            QSignalSpy restored(&again, &Client::sessionRestored);
            again.restoreSession();
            QVERIFY(!restored.isEmpty() || restored.wait(kWait));
            QCOMPARE(restored.first().at(0).toBool(), false);
            QVERIFY(!again.isLoggedIn());
            QCOMPARE(again.handle(), QStringLiteral("learner")); // the profile itself was kept
        }
        QVERIFY(QFile::exists(QDir(profile).filePath(QStringLiteral("profile.json"))));
        QVERIFY(QFile::exists(QDir(profile).filePath(QStringLiteral("cache.sqlite"))));
        int filesRead = 0;
        const QStringList leaks = filesHolding(profile, tokens, &filesRead);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(filesRead >= 2);
        for (const QString &token : tokens)
            QVERIFY2(!g_log.contains(token.toUtf8()), "a token was logged");
    }

    void cliSaysSoAndKeepsNothing() {
        const QString profile = m_dir.filePath(QStringLiteral("cli-profile"));
        const QStringList before = m_relay->issuedTokens();
        const QByteArray password = m_server.password(QStringLiteral("learner")).toUtf8() + '\n';
        const CliRun login = runCli({QStringLiteral("--server"), m_relay->url().toString(),
                                     QStringLiteral("--profile"), profile, QStringLiteral("login"),
                                     QStringLiteral("--user"), QStringLiteral("learner"),
                                     QStringLiteral("--password-stdin")},
                                    password);
        // The server did sign it in (the login itself worked) ...
        QStringList tokens = m_relay->issuedTokens();
        for (const QString &t : before)
            tokens.removeAll(t);
        QVERIFY2(tokens.size() >= 2, login.err.constData());
        // ... but the session could not be kept, and the CLI says so and fails.
        QVERIFY2(login.code != 0, login.out.constData());
        QVERIFY2(login.err.contains("keychain"), login.err.constData());
        QVERIFY2(login.err.contains("could not be saved"), login.err.constData());
        // A later command is not signed in, and says why.
        const CliRun sync = runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")});
        QVERIFY(sync.code != 0);
        QVERIFY2(sync.err.contains("keychain"), sync.err.constData());
        QVERIFY2(sync.err.contains("Not logged in"), sync.err.constData());

        int filesRead = 0;
        const QStringList leaks = filesHolding(profile, tokens, &filesRead);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(filesRead >= 1);
        for (const QString &token : std::as_const(tokens)) {
            const QByteArray t = token.toUtf8();
            QVERIFY(!login.out.contains(t) && !login.err.contains(t));
            QVERIFY(!sync.out.contains(t) && !sync.err.contains(t));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnreachable)
#include "tst_keychain_unreachable.moc"
