// The real client core against the real lyceum-server (a child process on loopback), with real
// SQLite files and, where the session must persist, the real keyring (Secret Service).
#include "api/api_client.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "credentials/credential_store.h"
#include "recording_relay.h"
#include "server_feed.h"
#include "server_process.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr int kWait = 60000;

// Counts what the server sends this user, independently of the client core: raw HTTP, all pages.
QMap<QString, int> serverCounts(const QUrl &server, const QString &handle,
                                const QString &password) {
    QMap<QString, int> counts;
    const bool ok = walkServerFeed(server, handle, password, [&](const QJsonObject &o) {
        if (o.value(QLatin1String("op")).toString() == QLatin1String("upsert"))
            ++counts[o.value(QLatin1String("entity")).toString()];
    });
    return ok ? counts : QMap<QString, int>();
}

CacheCounts counts(Client &client) {
    CacheCounts result;
    QEventLoop loop;
    client.fetchCounts(&loop, [&](CacheCounts c) {
        result = c;
        loop.quit();
    });
    loop.exec();
    return result;
}

ApiError waitError(QSignalSpy &spy) {
    if (spy.isEmpty() && !spy.wait(kWait))
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("signal never came"));
    return spy.takeFirst().at(0).value<ApiError>();
}

bool openClient(Client &client) {
    QSignalSpy opened(&client, &Client::opened);
    QSignalSpy failed(&client, &Client::openFailed);
    client.open();
    if (opened.isEmpty() && failed.isEmpty())
        opened.wait(kWait);
    return !opened.isEmpty();
}

ApiError login(Client &client, const QUrl &server, const QString &handle, const QString &password,
               bool remember) {
    QSignalSpy spy(&client, &Client::loginFinished);
    client.login(server, handle, password, remember);
    return waitError(spy);
}

ApiError sync(Client &client) {
    QSignalSpy spy(&client, &Client::syncFinished);
    client.syncNow();
    return waitError(spy);
}

ApiError flush(Client &client) {
    QSignalSpy spy(&client, &Client::outboxFlushed);
    client.flushOutbox();
    return waitError(spy);
}

std::optional<ThreadDetail> fetchThread(Client &client, const QString &id) {
    std::optional<ThreadDetail> result;
    QEventLoop loop;
    client.discussions().fetchThread(id, &loop, [&](std::optional<ThreadDetail> d) {
        result = std::move(d);
        loop.quit();
    });
    loop.exec();
    return result;
}

QString firstOpenSpaceThread(Client &client) {
    QVector<Space> spaces;
    {
        QEventLoop loop;
        client.discussions().fetchSpaces(&loop, [&](QVector<Space> s) {
            spaces = std::move(s);
            loop.quit();
        });
        loop.exec();
    }
    for (const Space &space : std::as_const(spaces)) {
        QVector<ThreadSummary> threads;
        QEventLoop loop;
        client.discussions().fetchSpaceThreads(space.id, &loop, [&](QVector<ThreadSummary> t) {
            threads = std::move(t);
            loop.quit();
        });
        loop.exec();
        for (const ThreadSummary &t : std::as_const(threads)) {
            if (!t.thread.locked)
                return t.thread.id;
        }
    }
    return {};
}

// A real TLS server on loopback with a self-signed certificate made at test time by the openssl
// CLI (no key is ever committed). It records what reaches it: handshakes begun, handshakes that
// failed, and every decrypted byte of any connection whose handshake completed.
class TlsTrap {
public:
    bool start(QString *error) {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl req failed: ") + openssl.errorString() + u' ' +
                     QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        QFile certFile(cert);
        QFile keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the certificate made by openssl cannot be read");
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        if (config.localCertificate().isNull() || config.privateKey().isNull()) {
            *error = QStringLiteral("the certificate or key made by openssl did not load");
            return false;
        }
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake,
                         [this](QSslSocket *) { ++handshakesBegun; });
        QObject::connect(
            &m_server, &QSslServer::errorOccurred,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++handshakesFailed; });
        QObject::connect(&m_server, &QSslServer::alertReceived,
                         [this](QSslSocket *, QSsl::AlertLevel, QSsl::AlertType, const QString &) {
                             ++alertsReceived;
                         });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++handshakesCompleted;
                received += socket->readAll();
                QObject::connect(socket, &QIODevice::readyRead,
                                 [this, socket] { received += socket->readAll(); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            *error = m_server.errorString();
            return false;
        }
        return true;
    }
    QUrl url() const {
        QUrl u;
        u.setScheme(QStringLiteral("https"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server.serverPort());
        return u;
    }

    int handshakesBegun = 0;
    int handshakesFailed = 0;
    int alertsReceived = 0;
    int handshakesCompleted = 0;
    QByteArray received;

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
};

// The keychain entry under key: found, tokens.
std::pair<bool, SessionTokens> keychainEntry(const QString &key) {
    CredentialStore store;
    std::pair<bool, SessionTokens> out{false, {}};
    bool answered = false;
    QEventLoop loop;
    store.load(key, [&](bool found, const SessionTokens &tokens, const QString &) {
        out = {found, tokens};
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return out;
}

bool saveKeychainEntry(const QString &key, const SessionTokens &tokens) {
    CredentialStore store;
    bool ok = false;
    bool answered = false;
    QEventLoop loop;
    store.save(key, tokens, [&](bool saved, const QString &) {
        ok = saved;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return ok;
}

} // namespace

class TestClientServer : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;
    bool m_keyring = false;

    Client::Options options(const QString &name, bool keychain) {
        Client::Options o;
        o.profileDir = m_profiles.filePath(name);
        o.useKeychain = keychain;
        o.requestTimeoutMs = 15000;
        o.live = false; // these tests count pulls and statuses; tst_live_client covers live
        return o;
    }

    // QSKIP only when the keyring is optional here (LYCEUM_REQUIRE_KEYRING unset) and absent.
    bool requireKeyring() {
        if (m_keyring)
            return true;
        if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
            qFatal("LYCEUM_REQUIRE_KEYRING=1 but no Secret Service keyring answered");
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        CredentialStore store;
        bool answered = false;
        QString problem;
        QEventLoop loop;
        store.probe([&](bool ok, const QString &why) {
            m_keyring = ok;
            problem = why;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (!m_keyring) {
            const QByteArray message = "No Secret Service keyring: " + problem.toUtf8();
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(message.constData());
            qWarning("%s; keychain tests will be skipped", message.constData());
        }
    }

    void wrongPasswordIsClear() {
        Client client(options(QStringLiteral("wrong"), false));
        QVERIFY(openClient(client));
        const ApiError e = login(client, m_server.url(), QStringLiteral("learner"),
                                 QStringLiteral("nope-nope"), false);
        QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(e.code, QStringLiteral("bad_credentials"));
        QVERIFY2(e.message.contains(QLatin1String("password")), qPrintable(e.message));
        QVERIFY(!client.isLoggedIn());
    }

    // The server throttles guessing with 429 and Retry-After; the client reports both.
    void throttledLoginSaysWhenToRetry() {
        Client client(options(QStringLiteral("throttled"), false));
        QVERIFY(openClient(client));
        ApiError e;
        for (int attempt = 0; attempt < 6; ++attempt)
            e = login(client, m_server.url(), QStringLiteral("ghost_guesser"),
                      QStringLiteral("guess-%1").arg(attempt), false);
        QCOMPARE(e.httpStatus, 429);
        QCOMPARE(e.code, QStringLiteral("rate_limited"));
        QVERIFY(e.retryAfterSeconds > 0 && e.retryAfterSeconds <= 15 * 60);
        QVERIFY2(e.message.contains(QString::number(e.retryAfterSeconds)), qPrintable(e.message));
        QVERIFY(!client.isLoggedIn());
    }

    void loginFullAndIncrementalSync() {
        if (!requireKeyring())
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        const QString pw = m_server.password(QStringLiteral("learner"));
        {
            Client client(options(QStringLiteral("a"), true));
            QVERIFY(openClient(client));
            QVERIFY2(client.sessionPersistent(), qPrintable(client.keychainProblem()));
            const ApiError e = login(client, m_server.url(), QStringLiteral("learner"), pw, true);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QVERIFY(client.currentUser());
            QCOMPARE(client.currentUser()->handle, QStringLiteral("learner"));
            const ApiError s = sync(client);
            QVERIFY2(!s.isError(), qPrintable(s.message));
            QVERIFY(client.syncStatus().received > 0);
            QCOMPARE(client.syncStatus().state, SyncStatus::State::Idle);
            const CacheCounts c = counts(client);
            const auto expected = serverCounts(m_server.url(), QStringLiteral("learner"), pw);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(c.courses, expected.value(QStringLiteral("course")));
            QCOMPARE(c.lessons, expected.value(QStringLiteral("lesson")));
            QCOMPARE(c.threads, expected.value(QStringLiteral("thread")));
            QCOMPARE(c.posts, expected.value(QStringLiteral("post")));
            QCOMPARE(c.users, expected.value(QStringLiteral("user")));
            QVERIFY(c.posts > 0);
            QVERIFY(!c.cursor.isEmpty());
        }
        // A new Client on the same profile restores the session from the keychain, and the next
        // sync is incremental.
        Client again(options(QStringLiteral("a"), true));
        QVERIFY(openClient(again));
        QSignalSpy restored(&again, &Client::sessionRestored);
        again.restoreSession();
        QVERIFY(!restored.isEmpty() || restored.wait(kWait));
        QCOMPARE(restored.first().at(0).toBool(), true);
        const CacheCounts before = counts(again);
        const ApiError s = sync(again);
        QVERIFY2(!s.isError(), qPrintable(s.message));
        QCOMPARE(again.syncStatus().received, 0);
        const CacheCounts after = counts(again);
        QCOMPARE(after.posts, before.posts);
        QCOMPARE(after.threads, before.threads);
    }

    void replyThroughOutboxReachesServer() {
        const QString pw = m_server.password(QStringLiteral("learner"));
        Client writer(options(QStringLiteral("writer"), false));
        QVERIFY(openClient(writer));
        QVERIFY(!login(writer, m_server.url(), QStringLiteral("learner"), pw, false).isError());
        QVERIFY(!sync(writer).isError());
        const QString threadId = firstOpenSpaceThread(writer);
        QVERIFY(!threadId.isEmpty());

        QSignalSpy changed(&writer, &Client::cacheChanged);
        const QString body = QStringLiteral("来自集成测试的回复 — reply %1")
                                 .arg(QDateTime::currentMSecsSinceEpoch());
        const QString postId = writer.discussions().createPost(threadId, {}, body);
        QVERIFY(!postId.isEmpty());
        QVERIFY(changed.wait(kWait));
        auto local = fetchThread(writer, threadId);
        QVERIFY(local);
        bool seen = false;
        for (const PostView &v : std::as_const(local->posts)) {
            if (v.post.id == postId) {
                seen = true;
                QVERIFY(v.pending.has_value()); // optimistic, not yet confirmed
            }
        }
        QVERIFY(seen);
        // autoFlush sends it; an explicit flush then finds nothing waiting.
        QTRY_COMPARE_WITH_TIMEOUT(counts(writer).outbox, 0, kWait);
        QCOMPARE(counts(writer).outboxFailed, 0);
        QVERIFY(!flush(writer).isError());

        // A second client, another profile and account, sees the reply.
        Client reader(options(QStringLiteral("reader"), false));
        QVERIFY(openClient(reader));
        QVERIFY(!login(reader, m_server.url(), QStringLiteral("creator"),
                       m_server.password(QStringLiteral("creator")), false)
                     .isError());
        QVERIFY(!sync(reader).isError());
        const auto remote = fetchThread(reader, threadId);
        QVERIFY(remote);
        seen = false;
        for (const PostView &v : std::as_const(remote->posts)) {
            if (v.post.id == postId) {
                seen = true;
                QCOMPARE(v.post.body, body);
                QCOMPARE(v.authorName.isEmpty(), false);
                QVERIFY(!v.pending);
            }
        }
        QVERIFY(seen);

        // The writer's next pull is incremental and confirms its own post.
        QVERIFY(!sync(writer).isError());
        QVERIFY(writer.syncStatus().received >= 1);
        local = fetchThread(writer, threadId);
        for (const PostView &v : std::as_const(local->posts)) {
            if (v.post.id == postId)
                QVERIFY(!v.pending);
        }
    }

    void threadAndReactionReachServer() {
        Client writer(options(QStringLiteral("threads"), false));
        QVERIFY(openClient(writer));
        QVERIFY(!login(writer, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")), false)
                     .isError());
        QVERIFY(!sync(writer).isError());
        QVector<Space> spaces;
        {
            QEventLoop loop;
            writer.discussions().fetchSpaces(&loop, [&](QVector<Space> s) {
                spaces = std::move(s);
                loop.quit();
            });
            loop.exec();
        }
        // The first space a learner may start threads in (the announcements are the team's).
        const auto open = std::find_if(spaces.cbegin(), spaces.cend(), [](const Space &space) {
            return space.startThreads == SpaceAudience::Everyone;
        });
        QVERIFY(open != spaces.cend());
        const QString threadId = writer.discussions().createThread(
            open->id, {}, {}, QStringLiteral("集成测试的问题"), ThreadKind::Question,
            QStringLiteral("What is a cursor?"));
        QVERIFY(!threadId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(counts(writer).outbox, 0, kWait);
        QCOMPARE(counts(writer).outboxFailed, 0);
        QVERIFY(!sync(writer).isError());
        auto detail = fetchThread(writer, threadId);
        QVERIFY(detail);
        QVERIFY(!detail->summary.pending);
        QCOMPARE(detail->posts.size(), 1);
        const QString firstPost = detail->posts.first().post.id;
        const QString emoji = allowedEmoji().first();
        writer.discussions().toggleReaction(firstPost, emoji);
        QTRY_COMPARE_WITH_TIMEOUT(counts(writer).outbox, 0, kWait);
        QCOMPARE(counts(writer).outboxFailed, 0);

        Client reader(options(QStringLiteral("threads-reader"), false));
        QVERIFY(openClient(reader));
        QVERIFY(!login(reader, m_server.url(), QStringLiteral("creator"),
                       m_server.password(QStringLiteral("creator")), false)
                     .isError());
        QVERIFY(!sync(reader).isError());
        detail = fetchThread(reader, threadId);
        QVERIFY(detail);
        QCOMPARE(detail->summary.thread.title, QStringLiteral("集成测试的问题"));
        QCOMPARE(detail->summary.thread.kind, ThreadKind::Question);
        QCOMPARE(detail->posts.size(), 1);
        QCOMPARE(detail->posts.first().post.body, QStringLiteral("What is a cursor?"));
        QCOMPARE(detail->posts.first().reactions.size(), 1);
        QCOMPARE(detail->posts.first().reactions.first().emoji, emoji);
        QCOMPARE(detail->posts.first().reactions.first().mine, false);
    }

    // https:// to a real TLS server whose certificate nobody vouches for (self-signed): the
    // request fails with the TLS error, is never downgraded, and nothing is sent: neither the
    // password of a login nor the bearer token of a signed-in call reaches the server.
    void tlsFailureIsReported() {
        TlsTrap trap;
        QString problem;
        QVERIFY2(trap.start(&problem), qPrintable(problem));
        ApiClient api;
        api.setServer(trap.url());
        ApiError error;
        QEventLoop loop;
        api.login(QStringLiteral("learner"), QStringLiteral("whatever-pw"),
                  [&](const ApiError &e, const LoginResult &) {
                      error = e;
                      loop.quit();
                  });
        loop.exec();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("self-signed")), qPrintable(error.message));

        // A call with a session: the token must not leave either.
        api.setTokens(
            {QStringLiteral("secret-access-token"), QStringLiteral("secret-refresh-token"), 0});
        ApiError meError;
        api.me([&](const ApiError &e, const User &) {
            meError = e;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(meError.kind, ApiError::Kind::Tls);

        // The client through the Client facade says the same to the user, and stays signed out.
        Client client(options(QStringLiteral("tls"), false));
        QVERIFY(openClient(client));
        const ApiError viaClient = login(client, trap.url(), QStringLiteral("learner"),
                                         QStringLiteral("whatever-pw"), false);
        QCOMPARE(viaClient.kind, ApiError::Kind::Tls);
        QVERIFY(!client.isLoggedIn());

        // The server saw three handshakes begin and each broken off by the client (the marker
        // that the connections are over), none completed, and not one byte of a request.
        QTRY_VERIFY_WITH_TIMEOUT(trap.handshakesBegun >= 3, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(trap.handshakesFailed + trap.alertsReceived >= 3, kWait);
        QCOMPARE(trap.handshakesCompleted, 0);
        QVERIFY2(trap.received.isEmpty(), trap.received.constData());
    }

    // Several requests in flight when the access token is refused share one refresh (the
    // refresh token rotates on use): one POST /auth/refresh crosses the wire, the tokens change
    // once, and every request is answered.
    void requestsInFlightShareOneRefresh() {
        RecordingRelay relay(quint16(m_server.url().port()));
        QVERIFY(relay.listen());
        ApiClient api;
        api.setServer(relay.url());
        ApiError loginError;
        QEventLoop loop;
        api.login(QStringLiteral("learner"), m_server.password(QStringLiteral("learner")),
                  [&](const ApiError &e, const LoginResult &) {
                      loginError = e;
                      loop.quit();
                  });
        loop.exec();
        QVERIFY2(!loginError.isError(), qPrintable(loginError.message));
        const SessionTokens issued = api.tokens();
        api.setTokens({QStringLiteral("not-a-valid-token"), issued.refreshToken, 0});
        QSignalSpy changed(&api, &ApiClient::tokensChanged);
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        constexpr int kInFlight = 5;
        int answered = 0;
        QStringList handles;
        QStringList errors;
        for (int i = 0; i < kInFlight; ++i)
            api.me([&](const ApiError &e, const User &u) {
                ++answered;
                if (e.isError())
                    errors << e.message;
                else
                    handles << u.handle;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, kInFlight, kWait);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(handles, QStringList(kInFlight, QStringLiteral("learner")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(expired.isEmpty());
        QVERIFY(api.tokens().refreshToken != issued.refreshToken);
        QCOMPARE(relay.toServer.count("POST /api/v1/auth/refresh "), 1);
        QCOMPARE(relay.toServer.count("GET /api/v1/me "), 2 * kInFlight); // refused, then again
    }

    // With the real keyring: a stored session whose access token the server refuses is
    // restored, the live channel is closed with 4401 and a pull is refused at the same time;
    // one refresh serves both, the channel goes live, and the keychain entry is replaced by
    // the refreshed tokens. Logging out removes the entry.
    void refreshWithTheKeyringInTheLoop() {
        if (!requireKeyring())
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        Client::Options o = options(QStringLiteral("keyring-refresh"), true);
        QString key;
        SessionTokens stored;
        {
            Client first(o);
            QVERIFY(openClient(first));
            QVERIFY2(first.sessionPersistent(), qPrintable(first.keychainProblem()));
            const ApiError e = login(first, m_server.url(), QStringLiteral("learner"),
                                     m_server.password(QStringLiteral("learner")), true);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            key = CredentialStore::entryKey(first.serverUrl(), first.handle());
            const auto entry = keychainEntry(key);
            QVERIFY(entry.first);
            stored = entry.second;
            QVERIFY(!stored.accessToken.isEmpty() && !stored.refreshToken.isEmpty());
        }
        // The stored access token goes bad (as after a server-side expiry), not yet past its
        // time, so the client only finds out from the server.
        const QString bogus = QStringLiteral("not-a-valid-access-token");
        QVERIFY(saveKeychainEntry(key, {bogus, stored.refreshToken,
                                        QDateTime::currentMSecsSinceEpoch() + 3600LL * 1000}));

        o.live = true;
        Client client(o);
        QVERIFY(openClient(client));
        QSignalSpy restored(&client, &Client::sessionRestored);
        QSignalSpy errors(&client, &Client::errorOccurred);
        client.restoreSession();
        QVERIFY(!restored.isEmpty() || restored.wait(kWait));
        QCOMPARE(restored.first().at(0).toBool(), true);
        const ApiError s = sync(client); // in flight with the live channel's 4401
        QVERIFY2(!s.isError(), qPrintable(s.message));
        QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(keychainEntry(key).second.refreshToken != stored.refreshToken,
                                 kWait);
        const auto entry = keychainEntry(key);
        QVERIFY(entry.first);
        QVERIFY(entry.second.accessToken != bogus);
        QVERIFY(!entry.second.accessToken.isEmpty());
        QVERIFY(client.isLoggedIn());
        for (const QList<QVariant> &e : std::as_const(errors))
            QVERIFY2(e.at(0).value<ApiError>().kind != ApiError::Kind::Unauthorized,
                     qPrintable(e.at(0).value<ApiError>().message));

        // Logging out removes the entry: the next start finds no session.
        QSignalSpy loggedOut(&client, &Client::loggedOut);
        client.logout();
        QVERIFY(!loggedOut.isEmpty() || loggedOut.wait(kWait));
        const auto gone = keychainEntry(key);
        QVERIFY(!gone.first);
        Client after(options(QStringLiteral("keyring-refresh"), true));
        QVERIFY(openClient(after));
        QSignalSpy restoredAfter(&after, &Client::sessionRestored);
        after.restoreSession();
        QVERIFY(!restoredAfter.isEmpty() || restoredAfter.wait(kWait));
        QCOMPARE(restoredAfter.first().at(0).toBool(), false);
    }

    void rejectedMutationKeepsText() {
        Client client(options(QStringLiteral("reject"), false));
        QVERIFY(openClient(client));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")), false)
                     .isError());
        QVERIFY(!sync(client).isError());
        const QString threadId = firstOpenSpaceThread(client);
        // A reply to a parent the server does not know is rejected (not_found).
        QSignalSpy changed(&client, &Client::cacheChanged);
        const QString postId = client.discussions().createPost(
            threadId, QStringLiteral("no-such-parent-post"), QStringLiteral("orphan"));
        QVERIFY(!postId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(counts(client).outboxFailed, 1, kWait);
        const auto detail = fetchThread(client, threadId);
        bool seen = false;
        for (const PostView &v : std::as_const(detail->posts)) {
            if (v.post.id == postId) {
                seen = true;
                QCOMPARE(v.pending, std::optional(OutboxState::Failed));
                QCOMPARE(v.failure,
                         QStringLiteral("What this answers or reacts to no longer exists."));
                QCOMPARE(v.post.body, QStringLiteral("orphan"));
            }
        }
        QVERIFY(seen);
        QVector<OutboxEntry> outbox;
        {
            QEventLoop loop;
            client.fetchOutbox(&loop, [&](QVector<OutboxEntry> e) {
                outbox = std::move(e);
                loop.quit();
            });
            loop.exec();
        }
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().errorCode, QStringLiteral("not_found"));
    }

    void serverDownIsClearAndWritesWait() {
        Client client(options(QStringLiteral("down"), false));
        QVERIFY(openClient(client));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")), false)
                     .isError());
        QVERIFY(!sync(client).isError());
        const QString threadId = firstOpenSpaceThread(client);
        m_server.stop();

        const ApiError e = sync(client);
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QVERIFY2(e.message.contains(QLatin1String("server")), qPrintable(e.message));
        QCOMPARE(client.syncStatus().state, SyncStatus::State::Offline);

        QSignalSpy flushed(&client, &Client::outboxFlushed);
        QVERIFY(!client.discussions()
                     .createPost(threadId, {}, QStringLiteral("written offline"))
                     .isEmpty());
        QVERIFY(flushed.wait(kWait)); // the automatic send fails...
        QCOMPARE(flushed.first().at(0).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(counts(client).outbox, 1); // ...and the reply keeps waiting
        const auto detail = fetchThread(client, threadId);
        bool waiting = false;
        for (const PostView &v : std::as_const(detail->posts))
            waiting |= v.post.body == QLatin1String("written offline") &&
                       v.pending == OutboxState::Waiting;
        QVERIFY(waiting);

        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")},
                                QStringLiteral("127.0.0.1:%1").arg(m_server.url().port()), &error),
                 qPrintable(error));
        QVERIFY(!flush(client).isError());
        QCOMPARE(counts(client).outbox, 0);
    }

    void resetServerMeansFullResync() {
        Client client(options(QStringLiteral("reset"), false));
        QVERIFY(openClient(client));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")), false)
                     .isError());
        QVERIFY(!sync(client).isError());
        const CacheCounts before = counts(client);
        // Same address, new data: a new server instance, so the cursor is expired (410).
        const int port = m_server.url().port();
        m_server.stop();
        m_server.resetData();
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")},
                                QStringLiteral("127.0.0.1:%1").arg(port), &error),
                 qPrintable(error));
        QVERIFY(!login(client, m_server.url(), QStringLiteral("learner"),
                       m_server.password(QStringLiteral("learner")), false)
                     .isError());
        const ApiError e = sync(client);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        const CacheCounts after = counts(client);
        QCOMPARE(after.courses, before.courses);
        QVERIFY(after.cursor != before.cursor);
        const auto expected = serverCounts(m_server.url(), QStringLiteral("learner"),
                                           m_server.password(QStringLiteral("learner")));
        QCOMPARE(after.posts, expected.value(QStringLiteral("post")));
    }

    // An expired/unknown access token: one refresh, then the request is retried; a refused
    // refresh ends the session with a clear error.
    void unauthorizedRefreshesOnceThenRetries() {
        ApiClient api;
        api.setServer(m_server.url());
        ApiError loginError;
        QEventLoop loop;
        api.login(QStringLiteral("learner"), m_server.password(QStringLiteral("learner")),
                  [&](const ApiError &e, const LoginResult &) {
                      loginError = e;
                      loop.quit();
                  });
        loop.exec();
        QVERIFY2(!loginError.isError(), qPrintable(loginError.message));
        SessionTokens tokens = api.tokens();
        tokens.accessToken = QStringLiteral("not-a-valid-token");
        api.setTokens(tokens);
        QSignalSpy changed(&api, &ApiClient::tokensChanged);
        ApiError meError;
        User me;
        api.me([&](const ApiError &e, const User &u) {
            meError = e;
            me = u;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(!meError.isError(), qPrintable(meError.message));
        QCOMPARE(me.handle, QStringLiteral("learner"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(api.tokens().accessToken != QLatin1String("not-a-valid-token"));
        QVERIFY(api.tokens().refreshToken != tokens.refreshToken); // rotated

        // The spent refresh token no longer works: the session ends.
        api.setTokens({QStringLiteral("not-a-valid-token"), tokens.refreshToken, 0});
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        api.me([&](const ApiError &e, const User &) {
            meError = e;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(meError.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!meError.message.isEmpty());
        QCOMPARE(expired.size(), 1);
        QVERIFY(!api.hasSession());
    }
};

QTEST_GUILESS_MAIN(TestClientServer)
#include "tst_client_server.moc"
