// Two lyceum-server instances on one PostgreSQL database behind a real HAProxy (the shipped
// packaging/deploy/haproxy.cfg listing both; its TLS front is tested in tst_haproxy_front.cpp,
// here the front speaks plain HTTP so real Clients reach it without a private CA). Learners'
// Clients connected through the proxy land on both instances; a reply written on one instance
// reaches the live sockets held by the other; one instance is SIGKILLed while a Client flushes
// 100 replies through the proxy: the learners whose sockets it held reconnect through the proxy
// (to the survivor), and every reply is on the server and in every learner's cache exactly once.
// PostgreSQL only (registered with LYCEUM_TEST_BACKEND=postgresql; exit 77 without a cluster).
#include "../server/test_database.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client_helpers.h"
#include "faults_common.h"
#include "server_process.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

const QString kPassword = QStringLiteral("scale-out-password-扩容");
constexpr int kLearners = 6;
constexpr int kReplies = 100;

quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// The value of one unlabelled gauge in an instance's /metrics, or -1.
int gauge(const QUrl &instance, const QByteArray &name) {
    QNetworkAccessManager nam;
    QUrl url = instance;
    url.setPath(QStringLiteral("/metrics"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
        return -1;
    const QList<QByteArray> lines = reply->readAll().split('\n');
    delete reply;
    const QByteArray prefix = QByteArray(name).append(' ');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().toInt();
    }
    return -1;
}

// How many posts of the thread in the client's cache carry each body.
QMap<QString, int> cachedBodies(Client &client, const QString &threadId) {
    QMap<QString, int> counts;
    if (const auto thread = fetchThread(client, threadId)) {
        for (const PostView &p : thread->posts)
            ++counts[p.post.body];
    }
    return counts;
}

} // namespace

class TestScaleOut : public QObject {
    Q_OBJECT
    TestDatabase m_database;
    QTemporaryDir m_dir;
    ServerProcess m_a;
    ServerProcess m_b;
    QProcess m_proxy;
    QUrl m_front;
    std::vector<std::unique_ptr<Client>> m_learners;
    std::unique_ptr<Client> m_writer;
    QString m_writerToken;
    QString m_thread;

    QStringList instanceArgs() const {
        return {QStringLiteral("--database"), m_database.url(QString()),
                QStringLiteral("--demo"),     QStringLiteral("--trusted-proxies"),
                QStringLiteral("127.0.0.1"),  QStringLiteral("--max-connections-per-address"),
                QStringLiteral("1000")};
    }

    // The shipped config with both instances listed, checked more often than in production (so
    // the test does not wait for the production intervals), and its TLS front made plain; the
    // addresses come from the environment as in production.
    QString proxyConfig() {
        QFile shipped(QStringLiteral(LYCEUM_SOURCE_DIR "/packaging/deploy/haproxy.cfg"));
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = shipped.readAll();
        const qsizetype begin = text.indexOf("# BEGIN SERVERS");
        const qsizetype end = text.indexOf("# END SERVERS");
        if (begin < 0 || end < begin)
            return {};
        const auto server = [](const char *name, const QUrl &url) -> QByteArray {
            return QByteArray("server ") + name + " 127.0.0.1:" + QByteArray::number(url.port()) +
                   " check inter 300ms fall 2 rise 1\n    ";
        };
        text = text.left(begin) + server("a", m_a.url()) + server("b", m_b.url()) + text.mid(end);
        static const QRegularExpression tls(QStringLiteral(" ssl crt \\S+ alpn http/1.1"));
        QString config = QString::fromUtf8(text).replace(tls, QString());
        config.replace(QStringLiteral("log /dev/log local0"), QStringLiteral("log stderr local0"));
        const QString path = m_dir.filePath(QStringLiteral("two.cfg"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(config.toUtf8());
        return path;
    }

    std::unique_ptr<Client> makeClient(const QString &handle, bool live) {
        Client::Options o;
        o.profileDir = m_dir.filePath(handle);
        o.useKeychain = false;
        o.requestTimeoutMs = 10000;
        o.live = live;
        auto client = std::make_unique<Client>(o);
        if (!openClient(*client))
            return nullptr;
        QSignalSpy spy(client.get(), &Client::loginFinished);
        client->login(m_front, handle, kPassword, false);
        if (waitError(spy).isError())
            return nullptr;
        return client;
    }

    int liveOn(const ServerProcess &instance) {
        return gauge(instance.url(), "lyceum_live_sockets_authenticated");
    }

    bool everyLearnerHas(const QStringList &bodies) {
        for (const auto &learner : m_learners) {
            const QMap<QString, int> counts = cachedBodies(*learner, m_thread);
            for (const QString &body : bodies) {
                if (counts.value(body) != 1)
                    return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_database.postgres());
        const QString haproxy = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        QVERIFY2(!haproxy.isEmpty(), "haproxy is missing: run scripts/install-deps.sh");
        QString error;
        QVERIFY2(m_a.start(instanceArgs(), QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        QVERIFY2(m_b.start(instanceArgs(), QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        const quint16 front = freePort();
        const quint16 redirect = freePort();
        QVERIFY(front && redirect && front != redirect);
        const QString config = proxyConfig();
        QVERIFY(!config.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LYCEUM_HTTPS_BIND"), QStringLiteral("127.0.0.1:%1").arg(front));
        env.insert(QStringLiteral("LYCEUM_HTTP_BIND"),
                   QStringLiteral("127.0.0.1:%1").arg(redirect));
        env.insert(QStringLiteral("LYCEUM_HAPROXY_SOCKET"),
                   m_dir.filePath(QStringLiteral("admin.sock")));
        env.insert(QStringLiteral("LYCEUM_HAPROXY_MAXCONN"), QStringLiteral("2000"));
        m_proxy.setProcessEnvironment(env);
        m_proxy.setProcessChannelMode(QProcess::MergedChannels);
        m_proxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), config});
        QVERIFY(m_proxy.waitForStarted(10000));
        m_front = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(front));
        HttpResult health;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         health = http(m_front, "GET", QStringLiteral("health"));
                         return health.status == 200;
                     },
                     20000),
                 qPrintable(QStringLiteral("the proxy never answered /health (%1 %2): %3")
                                .arg(health.status)
                                .arg(health.error, QString::fromUtf8(m_proxy.readAll()))));
    }

    void learnersLandOnBothInstances() {
        // Accounts made through the proxy (the sign-in limit there allows 20 per 10 s).
        QStringList handles;
        for (int i = 0; i <= kLearners; ++i) {
            const QString handle = uniqueHandle(QStringLiteral("scale"));
            QVERIFY(registerAccount(m_front, handle, kPassword));
            handles << handle;
        }
        m_writerToken = accessToken(m_front, handles.first(), kPassword);
        QVERIFY(!m_writerToken.isEmpty());
        m_thread = openSpaceThread(m_front, m_writerToken);
        QVERIFY(!m_thread.isEmpty());
        m_writer = makeClient(handles.first(), false);
        QVERIFY(m_writer);
        QSignalSpy synced(m_writer.get(), &Client::syncFinished);
        m_writer->syncNow();
        QVERIFY(!waitError(synced).isError());
        QVERIFY(!cachedBodies(*m_writer, m_thread).isEmpty()); // posting needs the thread cached
        for (int i = 1; i <= kLearners; ++i) {
            m_learners.push_back(makeClient(handles.at(i), true));
            QVERIFY(m_learners.back());
        }
        for (const auto &learner : m_learners)
            QVERIFY(waitFor([&] { return learner->isLive(); }, kWait));
        // HAProxy's leastconn spreads the long-lived sockets over both instances.
        QVERIFY(waitFor([&] { return liveOn(m_a) + liveOn(m_b) == kLearners; }, kWait));
        QVERIFY2(
            liveOn(m_a) > 0 && liveOn(m_b) > 0,
            qPrintable(
                QStringLiteral("sockets on a: %1, on b: %2").arg(liveOn(m_a)).arg(liveOn(m_b))));
        QVERIFY(
            waitFor([&] { return cachedBodies(*m_learners.back(), m_thread).size() > 0; }, kWait));
    }

    void aReplyOnOneInstanceReachesSocketsOnTheOther() {
        QVERIFY(!m_thread.isEmpty());
        // Written straight on instance a, not through the proxy.
        const QString body = QStringLiteral("written on a, 写在 a 上");
        const HttpResult r = http(
            m_a.url(), "POST", QStringLiteral("mutations"),
            QJsonObject{
                {QStringLiteral("client_id"), QStringLiteral("scale-out")},
                {QStringLiteral("mutations"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("type"), QStringLiteral("post.create")},
                     {QStringLiteral("args"),
                      QJsonObject{{QStringLiteral("id"),
                                   QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("thread_id"), m_thread},
                                  {QStringLiteral("body"), body}}}}}}},
            m_writerToken);
        QCOMPARE(r.status, 200);
        // Every learner (on a and on b) gets it from the live channel; nobody calls syncNow.
        QVERIFY2(waitFor([&] { return everyLearnerHas({body}); }),
                 "a reply written on one instance did not reach every live learner");
    }

    void instanceKilledDuringAFlushOfReplies() {
        QVERIFY(m_writer);
        const int onA = liveOn(m_a);
        QVERIFY2(onA > 0, "no learner's socket is on the instance about to die");
        // The writer posts as a person typing fast: each post is flushed at once, so the
        // replies travel in many small requests spread over both instances.
        int failedFlushes = 0;
        connect(m_writer.get(), &Client::outboxFlushed, this,
                [&](const ApiError &e) { failedFlushes += e.isError() ? 1 : 0; });
        QStringList bodies;
        int pendingAtKill = -1;
        for (int i = 0; i < kReplies; ++i) {
            const QString body = QStringLiteral("reply %1 回复 %1").arg(i);
            QVERIFY(!m_writer->discussions().createPost(m_thread, QString(), body).isEmpty());
            bodies << body;
            QTest::qWait(15);
            if (i == kReplies / 3) {
                pendingAtKill = int(fetchOutbox(*m_writer).size());
                m_a.kill(); // SIGKILL: no shutdown, requests and sockets cut where they are
            }
        }
        // What failed with the instance stays in the outbox and is sent again through the proxy
        // (to the survivor), with the same mutation ids.
        QVERIFY2(waitFor(
                     [&] {
                         if (fetchOutbox(*m_writer).isEmpty())
                             return true;
                         QSignalSpy flushed(m_writer.get(), &Client::outboxFlushed);
                         m_writer->flushOutbox();
                         flushed.wait(kWait);
                         return fetchOutbox(*m_writer).isEmpty();
                     },
                     2 * kWait),
                 "the outbox never emptied through the surviving instance");

        qInfo("replies not yet sent when the instance died: %d; flushes that failed: %d",
              pendingAtKill, failedFlushes);

        // The learners whose sockets died reconnected through the proxy, all on b now.
        QVERIFY2(waitFor([&] { return liveOn(m_b) == kLearners; }, 2 * kWait),
                 qPrintable(QStringLiteral("sockets on b: %1").arg(liveOn(m_b))));
        for (const auto &learner : m_learners)
            QVERIFY(waitFor([&] { return learner->isLive(); }, kWait));

        // Every reply on the server exactly once.
        EntityView view;
        QString error;
        QVERIFY2(pullServerView(m_b.url(), m_writerToken, &view, &error), qPrintable(error));
        const QMap<QString, int> onServer = bodyCounts(view);
        for (const QString &body : std::as_const(bodies))
            QVERIFY2(onServer.value(body) == 1,
                     qPrintable(QStringLiteral("%1 is on the server %2 times")
                                    .arg(body)
                                    .arg(onServer.value(body))));
        // And in every learner's cache exactly once, from the live channel.
        QVERIFY2(waitFor([&] { return everyLearnerHas(bodies); }, 2 * kWait),
                 "a learner's cache misses a reply or holds one twice");
    }

    void cleanupTestCase() {
        m_learners.clear();
        m_writer.reset();
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.terminate();
            if (!m_proxy.waitForFinished(10000))
                m_proxy.kill();
        }
    }
};

QTEST_MAIN(TestScaleOut)
#include "tst_scale_out.moc"
