// The Client facade without a server or keychain: open (fresh, refused newer schema), errors
// for calls that need a session, and the pure helpers of the API and credential layers.
#include "api/api_client.h"
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client/profile.h"
#include "credentials/credential_store.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace lyceum;

namespace {
int modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

class TestClientOffline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // The keychain enabled but unreachable: the session bus address points at nothing.
    void opensWithoutKeychain() {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const bool hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
        const auto restore = qScopeGuard([&] {
            if (hadBus)
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
            else
                qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        });
        Client client(Client::Options{m_dir.filePath(QStringLiteral("p1")), true});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(30000));
        QVERIFY(client.isOpen());
        QVERIFY(!client.sessionPersistent()); // found out, not configured
        QVERIFY2(client.keychainProblem().contains(QLatin1String("keychain")) &&
                     client.keychainProblem().contains(QLatin1String("only until")),
                 qPrintable(client.keychainProblem()));
        QVERIFY(!client.isLoggedIn());
        QVERIFY(client.serverUrl().isEmpty());

        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced.first().at(0).value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(client.syncStatus().state, SyncStatus::State::Error);

        QSignalSpy errors(&client, &Client::errorOccurred);
        QVERIFY(client.discussions()
                    .createPost(QStringLiteral("t1"), {}, QStringLiteral("hi"))
                    .isEmpty());
        QCOMPARE(errors.size(), 1); // not signed in: nothing queued
        QVERIFY(client.discussions()
                    .createPost(QStringLiteral("t1"), {}, QStringLiteral("  "))
                    .isEmpty());
        QCOMPARE(errors.size(), 2);

        bool done = false;
        client.fetchCounts(this, [&](CacheCounts c) {
            QCOMPARE(c.posts, 0);
            QVERIFY(c.cursor.isEmpty());
            done = true;
        });
        QTRY_VERIFY(done);
    }

    // A profile holds the learner's cache and settings: nobody else on the machine reads them,
    // whatever the umask.
    void profileIsOwnerOnly() {
        const mode_t before = ::umask(022);
        const QString dir = m_dir.filePath(QStringLiteral("home/p3"));
        Client client(Client::Options{dir, false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(10000));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("home"))), 0700);
        for (const char *file : {"cache.sqlite", "cache.sqlite-wal", "cache.sqlite-shm"})
            QVERIFY2(modeOf(QDir(dir).filePath(QLatin1String(file))) == 0600, file);
        Profile profile;
        profile.handle = QStringLiteral("ming");
        QString error;
        QVERIFY2(profile.save(dir, &error), qPrintable(error));
        QCOMPARE(modeOf(QDir(dir).filePath(QStringLiteral("profile.json"))), 0600);
        ::umask(before);
    }

    void newerCacheIsRefused() {
        const QString dir = m_dir.filePath(QStringLiteral("p2"));
        {
            Client client(Client::Options{dir, false});
            QSignalSpy opened(&client, &Client::opened);
            client.open();
            QVERIFY(opened.wait(10000));
        }
        {
            CacheDatabase db(QStringLiteral("bump"));
            QString error;
            QVector<CacheDatabase::Migration> any = CacheDatabase::migrations();
            any.append(
                {QStringLiteral("future.1"), [](QSqlDatabase &, QString *) { return true; }});
            QVERIFY(db.open(dir + QStringLiteral("/cache.sqlite"), any, &error));
        }
        Client client(Client::Options{dir, false});
        QSignalSpy failed(&client, &Client::openFailed);
        client.open();
        QVERIFY(failed.wait(10000));
        const ApiError e = failed.first().at(0).value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Storage);
        QVERIFY2(e.message.contains(QLatin1String("newer version")), qPrintable(e.message));
        QVERIFY(!client.isOpen());
    }

    void httpErrorsAreReadable() {
        ApiError e = ApiClient::errorFromHttp(
            401, R"({"error": {"code": "bad_credentials", "message": "Wrong."}})");
        QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(e.code, QStringLiteral("bad_credentials"));
        QVERIFY(e.message.contains(QLatin1String("password")));
        e = ApiClient::errorFromHttp(500, "<html>oops</html>");
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY(e.message.contains(QLatin1String("500")));
        e = ApiClient::errorFromHttp(
            409, R"({"error": {"code": "handle_taken", "message": "That handle is taken."}})");
        QCOMPARE(e.message, QStringLiteral("That handle is taken."));
        // A weak password: the reason, in the app's words (translated), not the server's.
        for (const char *reason : {"too_short", "dictionary", "personal", "simple"}) {
            e = ApiClient::errorFromHttp(
                400,
                QByteArray(R"({"error": {"code": "weak_password", "message": "x", "reason": ")") +
                    reason + "\"}}");
            QCOMPARE(e.code, QStringLiteral("weak_password"));
            QCOMPARE(e.message, ApiClient::weakPasswordMessage(QLatin1String(reason)));
            QVERIFY(e.message.contains(QLatin1String("password")));
        }
        QVERIFY(ApiClient::weakPasswordMessage(QStringLiteral("too_short")).contains(u'1'));
        QVERIFY(ApiClient::weakPasswordMessage(QStringLiteral("dictionary")) !=
                ApiClient::weakPasswordMessage(QStringLiteral("personal")));
    }

    void credentialEncoding() {
        QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("https://x.org/")),
                                           QStringLiteral("Alice")),
                 QStringLiteral("https://x.org#alice"));
        QCOMPARE(CredentialStore::entryKey(QUrl(QStringLiteral("https://x.org/a/")),
                                           QStringLiteral("bob")),
                 QStringLiteral("https://x.org/a#bob"));
        const SessionTokens t{QStringLiteral("acc"), QStringLiteral("ref"), 42};
        const auto back = CredentialStore::decode(CredentialStore::encode(t));
        QVERIFY(back);
        QCOMPARE(back->accessToken, t.accessToken);
        QCOMPARE(back->refreshToken, t.refreshToken);
        QCOMPARE(back->expiresAt, 42);
        QVERIFY(!CredentialStore::decode("garbage"));
    }
};

QTEST_GUILESS_MAIN(TestClientOffline)
#include "tst_client_offline.moc"
