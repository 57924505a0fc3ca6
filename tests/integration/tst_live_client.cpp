// The live channel end to end: real Clients against the real lyceum-server (a child process on
// loopback). Client B posts; client A's cache gets it without A calling syncNow, exactly once,
// across a server restart, a socket drop and an access token the server no longer accepts.
#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client_helpers.h"
#include "live/live_channel.h"
#include "server_feed.h"
#include "server_process.h"
#include "sync/sync_engine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int countPost(Client &client, const QString &threadId, const QString &postId) {
    const auto thread = fetchThread(client, threadId);
    if (!thread)
        return -1;
    int n = 0;
    for (const PostView &p : thread->posts)
        n += p.post.id == postId ? 1 : 0;
    return n;
}

int postCount(Client &client, const QString &threadId) {
    const auto thread = fetchThread(client, threadId);
    return thread ? int(thread->posts.size()) : -1;
}

QString firstOpenThread(Client &client) {
    QVector<ThreadSummary> threads;
    QEventLoop loop;
    client.discussions().fetchAllThreads(200, &loop, [&](QVector<ThreadSummary> t) {
        threads = std::move(t);
        loop.quit();
    });
    loop.exec();
    for (const ThreadSummary &t : std::as_const(threads)) {
        if (!t.thread.locked)
            return t.thread.id;
    }
    return {};
}

// The posts of a thread the server sends this user, counted with raw HTTP (no client core).
int serverPostCount(const QUrl &server, const QString &handle, const QString &threadId) {
    QSet<QString> live;
    const bool ok =
        walkServerFeed(server, handle, QStringLiteral("lyceum-demo"), [&](const QJsonObject &o) {
            if (o.value(QLatin1String("entity")).toString() != QLatin1String("post"))
                return;
            const QString id = o.value(QLatin1String("id")).toString();
            if (o.value(QLatin1String("op")).toString() == QLatin1String("delete"))
                live.remove(id);
            else if (o.value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("thread_id"))
                         .toString() == threadId)
                live.insert(id);
        });
    return ok ? int(live.size()) : -1;
}

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestLiveClient : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;
    QString m_listen;
    std::unique_ptr<Client> m_a; // learner
    std::unique_ptr<Client> m_b; // creator
    QString m_thread;

    std::unique_ptr<Client> makeClient(const QString &name, const QString &handle, bool live) {
        Client::Options o;
        o.profileDir = m_profiles.filePath(name);
        o.useKeychain = false;
        o.requestTimeoutMs = 10000;
        o.live = live;
        auto client = std::make_unique<Client>(o);
        if (!openClient(*client))
            return nullptr;
        QSignalSpy spy(client.get(), &Client::loginFinished);
        client->login(m_server.url(), handle, QStringLiteral("lyceum-demo"), false);
        if (waitError(spy).isError())
            return nullptr;
        return client;
    }

    bool waitLive(Client &client, int ms = kLiveWait) {
        return waitFor([&] { return client.isLive(); }, ms);
    }

    // B posts and sends at once (autoFlush).
    QString postFromB(const QString &body) {
        QSignalSpy flushed(m_b.get(), &Client::outboxFlushed);
        const QString id = m_b->discussions().createPost(m_thread, QString(), body);
        if (id.isEmpty() || waitError(flushed).isError())
            return {};
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_listen = QStringLiteral("127.0.0.1:%1").arg(port);
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, m_listen, &error), qPrintable(error));
        m_a = makeClient(QStringLiteral("a"), QStringLiteral("learner"), true);
        QVERIFY(m_a);
        m_b = makeClient(QStringLiteral("b"), QStringLiteral("creator"), false);
        QVERIFY(m_b);
        QSignalSpy synced(m_b.get(), &Client::syncFinished);
        m_b->syncNow();
        QVERIFY(!waitError(synced).isError());
        QVERIFY(waitLive(*m_a));
        // A's first pull comes from the live channel alone (the ready's cursor differs).
        QVERIFY(waitFor([&] { return !firstOpenThread(*m_a).isEmpty(); }));
        m_thread = firstOpenThread(*m_b);
        QVERIFY(!m_thread.isEmpty());
        QVERIFY(waitFor([&] { return postCount(*m_a, m_thread) > 0; }));
    }

    void replyArrivesWithoutSync() {
        QSignalSpy changed(m_a.get(), &Client::cacheChanged);
        QSignalSpy finished(m_a.get(), &Client::syncFinished);
        const QString id = postFromB(QStringLiteral("live: a reply 你好"));
        QVERIFY(!id.isEmpty());
        QVERIFY2(waitFor([&] { return countPost(*m_a, m_thread, id) == 1; }),
                 "the reply did not reach A's cache");
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_a->isLive());
        QCOMPARE(m_a->syncStatus().state, SyncStatus::State::Idle);
    }

    void burstArrivesExactlyOnce() {
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            const QString id = m_b->discussions().createPost(m_thread, QString(),
                                                             QStringLiteral("burst %1").arg(i));
            QVERIFY(!id.isEmpty());
            ids << id;
        }
        QVERIFY(waitFor(
            [&] {
                const auto t = fetchThread(*m_a, m_thread);
                if (!t)
                    return false;
                int seen = 0;
                for (const PostView &p : t->posts)
                    seen += ids.contains(p.post.id) ? 1 : 0;
                return seen == ids.size();
            },
            20000));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(countPost(*m_a, m_thread, id), 1);
        QCOMPARE(postCount(*m_a, m_thread),
                 serverPostCount(m_server.url(), QStringLiteral("learner"), m_thread));
    }

    void liveUrlAndBackoff() {
        QCOMPARE(LiveChannel::liveUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:8080/api/v1/live")));
        QCOMPARE(LiveChannel::liveUrl(QUrl(QStringLiteral("https://example.org/community/"))),
                 QUrl(QStringLiteral("wss://example.org/community/api/v1/live")));
        for (int attempt = 0; attempt < 40; ++attempt) {
            const qint64 base =
                qMin<qint64>(LiveChannel::kMaxBackoffMs, qint64(LiveChannel::kMinBackoffMs)
                                                             << qMin(attempt, 16));
            const int ms = LiveChannel::backoffMs(attempt);
            QVERIFY2(ms >= base * 7 / 10 && ms <= base * 13 / 10, qPrintable(QString::number(ms)));
        }
    }

    void reconnectsAfterServerRestart() {
        QSignalSpy liveState(m_a.get(), &Client::liveStateChanged);
        m_server.kill(); // SIGKILL: no close frame, no goodbye
        QVERIFY(waitFor([&] { return !m_a->isLive(); }));
        QVERIFY(!liveState.isEmpty());
        QCOMPARE(liveState.last().at(0).toBool(), false);
        QVERIFY(waitFor([&] { return m_a->syncStatus().state == SyncStatus::State::Offline; }));
        QVERIFY(!m_a->syncStatus().message.isEmpty());
        QTest::qWait(1500); // a few reconnect attempts fail while the port is closed
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, m_listen, &error), qPrintable(error));
        QVERIFY2(waitLive(*m_a, 40000), "A did not reconnect by itself");
        QVERIFY(waitFor([&] { return m_a->syncStatus().state == SyncStatus::State::Idle; }));
        QCOMPARE(liveState.last().at(0).toBool(), true);
        const QString id = postFromB(QStringLiteral("after the restart"));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitFor([&] { return countPost(*m_a, m_thread, id) == 1; }));
    }

    void postWhileDownArrivesAfterReconnect() {
        // The server goes down, A's socket with it; the post is written into the data while A
        // cannot hear about it (B sends it as soon as the server is back, before A reconnects).
        m_server.stop();
        QVERIFY(waitFor([&] { return !m_a->isLive(); }));
        QSignalSpy flushed(m_b.get(), &Client::outboxFlushed);
        const QString id =
            m_b->discussions().createPost(m_thread, QString(), QStringLiteral("while A was away"));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitError(flushed).isError()); // the server is down: it waits in B's outbox
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, m_listen, &error), qPrintable(error));
        QSignalSpy flushedAgain(m_b.get(), &Client::outboxFlushed);
        m_b->flushOutbox();
        QVERIFY(!waitError(flushedAgain).isError());
        QVERIFY2(waitLive(*m_a, 40000), "A did not reconnect by itself");
        QVERIFY(waitFor([&] { return countPost(*m_a, m_thread, id) == 1; }));
        QCOMPARE(postCount(*m_a, m_thread),
                 serverPostCount(m_server.url(), QStringLiteral("learner"), m_thread));
    }

    void invalidTokenRefreshesAndReconnects() {
        // A channel whose access token the server does not accept: the socket is closed with
        // 4401, the channel refreshes with the (valid) refresh token and goes live.
        CacheWorker cache;
        const QString path = m_profiles.filePath(QStringLiteral("token.sqlite"));
        bool opened = false;
        QString openError;
        cache.post([&](CacheDatabase &db) { opened = db.open(path, &openError); });
        cache.drain();
        QVERIFY(opened);
        ApiClient api;
        api.setServer(m_server.url());
        LoginResult session;
        {
            QEventLoop loop;
            ApiError error;
            api.login(QStringLiteral("learner"), QStringLiteral("lyceum-demo"),
                      [&](const ApiError &e, const LoginResult &r) {
                          error = e;
                          session = r;
                          loop.quit();
                      });
            loop.exec();
            QVERIFY2(!error.isError(), qPrintable(error.message));
        }
        const QString bogus = QStringLiteral("not-a-valid-access-token");
        api.setTokens({bogus, session.tokens.refreshToken, 0});
        SyncEngine sync(&api, &cache);
        LiveChannel live(&api, &cache, &sync);
        QSignalSpy refreshed(&api, &ApiClient::tokensChanged);
        QSignalSpy ended(&live, &LiveChannel::sessionEnded);
        live.connectTo(m_server.url(), bogus);
        QVERIFY2(waitFor([&] { return live.isLive(); }), "the channel did not go live");
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(api.tokens().accessToken != bogus);
        QVERIFY(ended.isEmpty());
        // The ready after the refresh started a pull from the empty cursor.
        QVERIFY(waitFor([&] { return !sync.isRunning(); }));
        live.stop();
        QVERIFY(!live.isLive());

        // A refresh token the server refused ends the session: the channel stops.
        api.setTokens({bogus, QStringLiteral("not-a-refresh-token"), 0});
        live.connectTo(m_server.url(), bogus);
        QVERIFY(waitFor([&] { return !ended.isEmpty(); }));
        QVERIFY(!live.isRunning());
        QCOMPARE(live.state(), LiveChannel::State::Disconnected);
    }

    void gracefulStopReconnectsAtOnce() {
        // SIGTERM: the server closes live sockets with 4503 and the channel comes back at once
        // (within kRestartSpreadMs), not after its backoff (>= 350 ms for a first attempt).
        CacheWorker cache;
        bool opened = false;
        QString openError;
        cache.post([&](CacheDatabase &db) {
            opened = db.open(m_profiles.filePath(QStringLiteral("restart.sqlite")), &openError);
        });
        cache.drain();
        QVERIFY(opened);
        ApiClient api;
        api.setServer(m_server.url());
        QString token;
        {
            QEventLoop loop;
            api.login(QStringLiteral("learner"), QStringLiteral("lyceum-demo"),
                      [&](const ApiError &, const LoginResult &r) {
                          token = r.tokens.accessToken;
                          loop.quit();
                      });
            loop.exec();
        }
        QVERIFY(!token.isEmpty());
        SyncEngine sync(&api, &cache);
        LiveChannel live(&api, &cache, &sync);
        live.connectTo(m_server.url(), token);
        QVERIFY(waitFor([&] { return live.isLive(); }));
        int retryIn = -2;
        QString reason;
        connect(&live, &LiveChannel::disconnected, this, [&](bool, const QString &why) {
            if (retryIn == -2) {
                retryIn = live.retryInMs();
                reason = why;
            }
        });
        m_server.stop();
        QVERIFY(waitFor([&] { return retryIn != -2; }));
        QVERIFY2(retryIn >= 0 && retryIn <= LiveChannel::kRestartSpreadMs,
                 qPrintable(QStringLiteral("%1 ms, %2").arg(retryIn).arg(reason)));
        QVERIFY2(reason.contains(QLatin1String("restarting")), qPrintable(reason));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, m_listen, &error), qPrintable(error));
        QVERIFY2(waitFor([&] { return live.isLive(); }, 40000), "the channel did not come back");
        QVERIFY2(waitLive(*m_a, 40000), "A did not reconnect by itself");
        live.stop();
    }

    void cleanupTestCase() {
        m_a.reset();
        m_b.reset();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveClient)
#include "tst_live_client.moc"
