// PostgreSQL and several instances of one community (docs/architecture.md, "Several instances"):
// what a wrong password or a missing socket says (a malformed URL: tst_server_process), two servers
// seeding one empty database at once, a changes feed that stays gap-free with writers on two
// instances, a post on one instance reaching a live socket on the other, and timer work done once
// when two instances run it at the same moment. Runs on PostgreSQL only (registered with
// LYCEUM_TEST_BACKEND=postgresql).
#include "commerce_helpers.h"
#include "live_client.h"
#include "server/commerce/commerce_service.h"
#include "server/storage/database_url.h"
#include "server/studio/studio_service.h"
#include "sync_fixture.h"

#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>
#include <atomic>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString binary() {
    return qEnvironmentVariable("LYCEUM_SERVER_BIN",
                                QStringLiteral(LYCEUM_BINARY_DIR "/bin/lyceum-server"));
}

// A lyceum-server child process; port() once it printed its listening line.
class ServerProcess {
public:
    void start(const QStringList &args) { m_process.start(binary(), args); }
    quint16 waitListening() {
        const QRegularExpression line(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 90000) {
            m_process.waitForReadyRead(200);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto m = line.match(out);
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        err += QString::fromUtf8(m_process.readAllStandardError());
        qWarning() << "no listening line; stdout:" << out << "stderr:" << err;
        return 0;
    }
    ~ServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }
    QProcess &process() { return m_process; }
    QString out;
    QString err;

private:
    QProcess m_process;
};

QStringList instanceArgs(const QString &dataDir, const QString &databaseUrl) {
    return {QStringLiteral("--data"),     dataDir,
            QStringLiteral("--database"), databaseUrl,
            QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0")};
}

QUrl apiUrl(quint16 port, const QString &path) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1%2").arg(port).arg(path));
}

QNetworkRequest jsonRequest(const QUrl &url, const QString &token) {
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return req;
}

QByteArray mutationBody(const QString &mutationId, const QString &type, const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), mutationId},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    return QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("pg-test")},
                                     {QStringLiteral("mutations"), QJsonArray{m}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray postMutation(const QString &mutationId, const QString &postId) {
    return mutationBody(mutationId, QStringLiteral("post.create"),
                        {{QStringLiteral("id"), postId},
                         {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                         {QStringLiteral("body"), QString(QStringLiteral("回复 ") + postId)}});
}

// Two lyceum-server processes on a fresh database seeded with the sync fixture.
struct TwoInstances {
    ServerHarness harness;
    QTemporaryDir dir;
    ServerProcess a;
    ServerProcess b;
    quint16 portA = 0;
    quint16 portB = 0;

    bool start() {
        if (!harness.ok())
            return false;
        seedSyncFixture(harness);
        a.start(instanceArgs(dir.filePath(QStringLiteral("a")), harness.databaseUrl()));
        b.start(instanceArgs(dir.filePath(QStringLiteral("b")), harness.databaseUrl()));
        portA = a.waitListening();
        portB = b.waitListening();
        return portA != 0 && portB != 0;
    }
};

// A new space thread with its first post: writes no row another such mutation writes, so
// nothing but the changes log itself orders two of them.
QByteArray threadMutation(const QString &mutationId, int n) {
    return mutationBody(mutationId, QStringLiteral("thread.create"),
                        {{QStringLiteral("id"), QStringLiteral("t-gap-%1").arg(n)},
                         {QStringLiteral("title"), QStringLiteral("并发 %1").arg(n)},
                         {QStringLiteral("kind"), QStringLiteral("discussion")},
                         {QStringLiteral("body"), QStringLiteral("正文")},
                         {QStringLiteral("first_post_id"), QStringLiteral("p-gap-%1").arg(n)},
                         {QStringLiteral("space_id"), QStringLiteral("s1")}});
}

// Logs in through a server process (whose clock is the system's: the harness's tokens, made on
// its moved clock, have expired there).
QString loginOn(quint16 port, const QString &handle) {
    QNetworkAccessManager nam;
    QNetworkRequest req(apiUrl(port, QStringLiteral("/auth/login")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.post(req, QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                                {QStringLiteral("password"), kPassword}})
                          .toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    const QString token = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QLatin1StringView("access_token"))
                              .toString();
    delete reply;
    return token;
}

// One reader of the changes feed on one instance: pulls again as soon as a pull answers.
struct FeedReader {
    quint16 port = 0;
    QString cursor;
    QHash<QString, int> postsSeen; // post id -> times delivered
    qint64 lastSeq = 0;
    bool seqWentBack = false;
    bool busy = false;
    int pulls = 0;
    int failures = 0;
    bool lastPageEmpty = false;

    void pull(QNetworkAccessManager &nam, const QString &token) {
        busy = true;
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        QUrl url = apiUrl(port, QStringLiteral("/sync"));
        url.setQuery(query);
        QNetworkReply *reply = nam.get(jsonRequest(url, token));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            busy = false;
            ++pulls;
            if (reply->error() != QNetworkReply::NoError) {
                ++failures;
                return;
            }
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonArray changes = page.value(QLatin1StringView("changes")).toArray();
            for (const QJsonValue &v : changes) {
                const QJsonObject c = v.toObject();
                const qint64 seq = c.value(QLatin1StringView("seq")).toInteger();
                seqWentBack |= seq <= lastSeq;
                lastSeq = seq;
                if (c.value(QLatin1StringView("entity")).toString() == QLatin1String("post"))
                    ++postsSeen[c.value(QLatin1StringView("id")).toString()];
            }
            lastPageEmpty =
                changes.isEmpty() && !page.value(QLatin1StringView("has_more")).toBool();
            cursor = page.value(QLatin1StringView("cursor")).toString();
        });
    }
};

} // namespace

class TestServerPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestDatabase::wantsPostgres(), "runs with LYCEUM_TEST_BACKEND=postgresql");
        QVERIFY2(QFileInfo::exists(binary()), "LYCEUM_SERVER_BIN is not set");
    }

    void connectionFailuresSaySo() {
        const QString cluster = TestDatabase::clusterUrl();
        const QString host = QUrlQuery(cluster.mid(cluster.indexOf(u'?') + 1))
                                 .queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        const QString port = QUrlQuery(cluster.mid(cluster.indexOf(u'?') + 1))
                                 .queryItemValue(QStringLiteral("port"));
        QTemporaryDir dir;
        const auto run = [&](const QString &url) {
            QProcess p;
            p.start(binary(), instanceArgs(dir.path(), url));
            if (!p.waitForFinished(30000))
                return qMakePair(-1, QString());
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        // The role exists and needs a password (scripts/ci/postgres.sh); this one is wrong and
        // must not be echoed back.
        const auto wrong =
            run(QStringLiteral("postgresql://lyceum_pw:not-it@/postgres?host=%1&port=%2")
                    .arg(host, port));
        QCOMPARE(wrong.first, 1);
        QVERIFY2(wrong.second.contains(QStringLiteral("password authentication failed")),
                 qPrintable(wrong.second));
        QVERIFY(!wrong.second.contains(QStringLiteral("not-it")));
        QVERIFY(wrong.second.contains(QStringLiteral("lyceum_pw:***@")));
        // No server behind the socket directory.
        const auto missing = run(QStringLiteral("postgresql://lyceum@/postgres?host=%1&port=%2")
                                     .arg(dir.filePath(QStringLiteral("nowhere")), port));
        QCOMPARE(missing.first, 1);
        QVERIFY2(missing.second.contains(QStringLiteral("cannot open the database")) &&
                     missing.second.contains(QStringLiteral("No such file or directory")),
                 qPrintable(missing.second));
    }

    void healthNamesTheDatabase() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QJsonObject health = s.get(QStringLiteral("/api/v1/health")).json();
        QCOMPARE(health.value(QLatin1StringView("database")).toString(),
                 QStringLiteral("postgresql"));
        QCOMPARE(health.value(QLatin1StringView("instance")).toString(), s.storage().instanceId());
    }

    // Two servers started at the same moment on one empty database with --demo: one seeds, the
    // other waits for it and finds the community there; both serve it.
    void twoInstancesSeedTheDemoOnce() {
        TestDatabase database;
        QTemporaryDir dir;
        const QString url = database.url(dir.path());
        ServerProcess a;
        ServerProcess b;
        a.start(instanceArgs(dir.filePath(QStringLiteral("a")), url) << QStringLiteral("--demo"));
        b.start(instanceArgs(dir.filePath(QStringLiteral("b")), url) << QStringLiteral("--demo"));
        const quint16 portA = a.waitListening();
        const quint16 portB = b.waitListening();
        QVERIFY(portA != 0 && portB != 0);
        const int seeded = int(a.out.contains(QStringLiteral("seeded the demo community"))) +
                           int(b.out.contains(QStringLiteral("seeded the demo community")));
        QCOMPARE(seeded, 1);
        QNetworkAccessManager nam;
        for (const quint16 port : {portA, portB}) {
            QNetworkRequest req(apiUrl(port, QStringLiteral("/auth/login")));
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
            QNetworkReply *reply = nam.post(
                req, QByteArrayLiteral(R"({"handle":"learner","password":"lyceum-demo"})"));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
        }
    }

    // The seq lock step by step: instance A's transaction has written a change (seq N) and not
    // committed; instance B's writer must not commit N+1 meanwhile (it waits for the lock), so
    // a reader sees neither until A commits, then both, in that order.
    void seqFollowsCommitOrder() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QString error;
        const std::optional<server::DatabaseUrl> url =
            server::DatabaseUrl::parse(s.databaseUrl(), &error);
        QVERIFY2(url, qPrintable(error));
        const auto account = [](const char *handle) {
            User u;
            u.id = QStringLiteral("u-") + QLatin1String(handle);
            u.handle = QLatin1String(handle);
            u.displayName = u.handle;
            u.role = Role::Learner;
            return u;
        };
        std::unique_ptr<server::SqlStorage> reader = server::SqlStorage::open(*url, 0, &error);
        std::unique_ptr<server::SqlStorage> first = server::SqlStorage::open(*url, 0, &error);
        QVERIFY2(reader && first, qPrintable(error));
        const qint64 start = reader->latestSeq();
        first->begin();
        QVERIFY(first->insertUser(account("first"), QString()));
        const qint64 firstSeq = first->latestSeq();

        std::atomic<bool> secondDone{false};
        qint64 secondSeq = 0;
        QString secondError;
        std::unique_ptr<QThread> second(QThread::create([&] {
            QString openError;
            auto storage = server::SqlStorage::open(*url, 0, &openError);
            if (!storage) {
                secondError = openError;
            } else {
                try {
                    storage->begin();
                    storage->insertUser(account("second"), QString());
                    secondSeq = storage->latestSeq();
                    storage->commit();
                } catch (const server::StorageError &e) {
                    secondError = e.message();
                }
            }
            secondDone = true;
        }));
        second->start();
        // Until the second writer has committed, or waits for an advisory lock.
        const auto waiting = [] {
            return TestDatabase::clusterScalar(
                       QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
                                      " AND NOT granted"))
                       .toInt() > 0;
        };
        QVERIFY(QTest::qWaitFor([&] { return secondDone.load() || waiting(); }, 60000));
        QVector<qint64> seen;
        reader->readChanges(start, 100, [&](const server::ChangeRow &row) { seen << row.seq; });
        QVERIFY2(seen.isEmpty(), "a reader saw a change committed behind an open lower seq");

        first->commit();
        QVERIFY(second->wait(60000));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        reader->readChanges(start, 100, [&](const server::ChangeRow &row) { seen << row.seq; });
        QCOMPARE(seen, (QVector<qint64>{firstSeq, secondSeq}));
        QVERIFY(firstSeq < secondSeq);
    }

    // The heart of several instances: writers on two instances at once, readers on both pulling
    // small pages all the while. Every reader sees every post exactly once, in rising seq: no
    // change ever commits behind a cursor a reader already holds.
    void feedIsGapFreeWithWritersOnTwoInstances() {
        TwoInstances two;
        QVERIFY2(two.start(), qPrintable(two.harness.error()));
        const quint16 ports[2] = {two.portA, two.portB};
        const QString learner = loginOn(ports[0], QStringLiteral("learner"));
        const QString buyer = loginOn(ports[1], QStringLiteral("buyer"));
        QVERIFY(!learner.isEmpty() && !buyer.isEmpty());

        QNetworkAccessManager nam;
        FeedReader readers[2];
        for (int i = 0; i < 2; ++i) {
            readers[i].port = ports[i];
            readers[i].pull(nam, learner);
        }
        constexpr int kPosts = 160;
        constexpr int kInFlight = 6; // per instance
        int sent = 0;
        int applied = 0;
        int inFlight[2] = {0, 0};
        QStringList created;
        const std::function<void(int)> write = [&](int instance) {
            const int n = sent++;
            const QString id = QStringLiteral("p-gap-%1").arg(n);
            ++inFlight[instance];
            QNetworkReply *reply =
                nam.post(jsonRequest(apiUrl(ports[instance], QStringLiteral("/mutations")),
                                     n % 3 == 0 ? buyer : learner),
                         threadMutation(QStringLiteral("gap-%1").arg(n), n));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, instance, id] {
                reply->deleteLater();
                --inFlight[instance];
                const QByteArray answer = reply->readAll();
                const QJsonObject result = QJsonDocument::fromJson(answer)
                                               .object()
                                               .value(QLatin1StringView("results"))
                                               .toArray()
                                               .first()
                                               .toObject();
                if (result.value(QLatin1StringView("status")).toString() ==
                    QLatin1String("applied")) {
                    ++applied;
                    created << id;
                } else {
                    qWarning() << "not applied:" << id << reply->errorString() << answer;
                }
            });
        };
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            for (int i = 0; i < 2; ++i) {
                while (sent < kPosts && inFlight[i] < kInFlight)
                    write(i);
                if (!readers[i].busy)
                    readers[i].pull(nam, learner);
            }
            if (sent == kPosts && inFlight[0] == 0 && inFlight[1] == 0)
                break;
            QTest::qWait(1);
        }
        QCOMPARE(applied, kPosts);
        // Everything is committed now: pull until each reader reaches the end.
        for (FeedReader &r : readers) {
            QVERIFY(QTest::qWaitFor([&] { return !r.busy; }, 30000));
            r.lastPageEmpty = false;
            while (!r.lastPageEmpty && timer.elapsed() < 180000) {
                r.pull(nam, learner);
                QVERIFY(QTest::qWaitFor([&] { return !r.busy; }, 30000));
            }
        }
        for (const FeedReader &r : readers) {
            QCOMPARE(r.failures, 0);
            QVERIFY(!r.seqWentBack);
            QVERIFY2(r.pulls > 20, qPrintable(QString::number(r.pulls)));
            for (const QString &id : std::as_const(created))
                QVERIFY2(r.postsSeen.value(id) == 1,
                         qPrintable(QStringLiteral("%1 seen %2 times on the reader of port %3")
                                        .arg(id)
                                        .arg(r.postsSeen.value(id))
                                        .arg(r.port)));
        }
    }

    // LISTEN/NOTIFY: a post through instance A reaches a live socket held by instance B.
    void livePostReachesTheOtherInstance() {
        TwoInstances two;
        QVERIFY2(two.start(), qPrintable(two.harness.error()));
        const quint16 portA = two.portA;
        const quint16 portB = two.portB;
        const QString learner = loginOn(portA, QStringLiteral("learner"));
        QVERIFY(!learner.isEmpty());

        LiveClient onB(portB, learner);
        QVERIFY(onB.waitConnected());
        QVERIFY(onB.waitFor(QStringLiteral("ready")) >= 0);
        const qsizetype before = onB.messages.size();

        QNetworkAccessManager nam;
        QNetworkReply *reply =
            nam.post(jsonRequest(apiUrl(portA, QStringLiteral("/mutations")), learner),
                     postMutation(QStringLiteral("live-1"), QStringLiteral("p-live")));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QLatin1StringView("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        delete reply;
        const qint64 seq = result.value(QLatin1StringView("seq")).toInteger();
        QVERIFY2(seq > 0, QJsonDocument(result).toJson().constData());
        const int at = onB.waitFor(QStringLiteral("changed"), before, 10000);
        QVERIFY2(at >= 0, "instance B's live socket heard nothing of A's post");
        const QJsonObject notice = onB.messages.at(at);
        QVERIFY(notice.value(QLatin1StringView("seq")).toInteger() >= seq);
        QVERIFY(QJsonDocument(notice).toJson().contains("p-live"));
    }

    // The same mutation sent to both instances many times at once (a client that gave up
    // waiting and sent again through the proxy): every copy is answered 200, one applies it,
    // the others are told it is a duplicate, and the post exists once.
    void sameMutationOnTwoInstancesAppliesOnce() {
        TwoInstances two;
        QVERIFY2(two.start(), qPrintable(two.harness.error()));
        const quint16 portA = two.portA;
        const quint16 portB = two.portB;
        const QString learner = loginOn(portA, QStringLiteral("learner"));
        QVERIFY(!learner.isEmpty());
        QNetworkAccessManager nam;
        QVector<QNetworkReply *> replies;
        for (int i = 0; i < 16; ++i)
            replies << nam.post(
                jsonRequest(apiUrl(i % 2 ? portB : portA, QStringLiteral("/mutations")), learner),
                postMutation(QStringLiteral("twice-1"), QStringLiteral("p-twice")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.begin(), replies.end(),
                                   [](QNetworkReply *r) { return r->isFinished(); });
            },
            60000));
        int applied = 0;
        int duplicates = 0;
        for (QNetworkReply *r : std::as_const(replies)) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = r->readAll();
            QVERIFY2(status == 200, body.constData());
            const QJsonObject result = QJsonDocument::fromJson(body)
                                           .object()
                                           .value(QLatin1StringView("results"))
                                           .toArray()
                                           .first()
                                           .toObject();
            QCOMPARE(result.value(QLatin1StringView("status")).toString(),
                     QStringLiteral("applied"));
            if (result.value(QLatin1StringView("duplicate")).toBool())
                ++duplicates;
            else
                ++applied;
            r->deleteLater();
        }
        QCOMPARE(applied, 1);
        QCOMPARE(duplicates, 15);
        QVERIFY(two.harness.storage().postById(QStringLiteral("p-twice")).has_value());
    }

    // Two instances whose timers fire at the same moment, after the clock moved past twenty
    // scheduled posts: each is published once, by one of them.
    void scheduledPublishingRunsOnceAcrossInstances() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const qint64 at = s.clock().nowMs() + 3600 * 1000;
        constexpr int kScheduled = 20;
        for (int i = 0; i < kScheduled; ++i) {
            const QJsonObject post{
                {QStringLiteral("draft_id"), QStringLiteral("d-%1").arg(i)},
                {QStringLiteral("kind"), QStringLiteral("post")},
                {QStringLiteral("item_id"), QStringLiteral("t-later-%1").arg(i)},
                {QStringLiteral("first_post_id"), QStringLiteral("p-later-%1").arg(i)},
                {QStringLiteral("space_id"), QStringLiteral("s1")},
                {QStringLiteral("title"), QStringLiteral("定时 %1").arg(i)},
                {QStringLiteral("body"), QStringLiteral("稍后见。")},
                {QStringLiteral("publish_at"), at}};
            const QJsonObject m{{QStringLiteral("id"), QStringLiteral("sched-%1").arg(i)},
                                {QStringLiteral("type"), QStringLiteral("draft.publish")},
                                {QStringLiteral("args"), post}};
            const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                                       {{QStringLiteral("client_id"), QStringLiteral("c")},
                                        {QStringLiteral("mutations"), QJsonArray{m}}},
                                       f.creator);
            QCOMPARE(r.status, 200);
        }
        // Two instances, each on its own thread and connection, with a clock past the time.
        const QString url = s.databaseUrl();
        std::atomic<int> ready{0};
        int published[2] = {-1, -1};
        QString errors[2];
        const auto instance = [&](int i) {
            return QThread::create([&, i] {
                server::ManualClock clock(at + 1000);
                QString error;
                const auto parsed = server::DatabaseUrl::parse(url, &error);
                auto storage =
                    parsed ? server::SqlStorage::open(*parsed, clock.nowMs(), &error) : nullptr;
                ++ready;
                while (ready.load() < 2)
                    QThread::yieldCurrentThread();
                if (!storage) {
                    errors[i] = error;
                    return;
                }
                try {
                    server::StudioService studio(*storage, clock);
                    published[i] = 0;
                    // A timer fires again and again; each run finds only what is still due.
                    for (int run = 0; run < 5; ++run)
                        published[i] += studio.publishDue();
                } catch (const server::StorageError &e) {
                    errors[i] = e.message();
                }
            });
        };
        std::unique_ptr<QThread> one(instance(0));
        std::unique_ptr<QThread> two(instance(1));
        one->start();
        two->start();
        QVERIFY(one->wait(120000) && two->wait(120000));
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
                 qPrintable(errors[0] + u' ' + errors[1]));
        QCOMPARE(published[0] + published[1], kScheduled);
        for (int i = 0; i < kScheduled; ++i) {
            const auto thread = s.storage().threadById(QStringLiteral("t-later-%1").arg(i));
            QVERIFY(thread);
            QCOMPARE(thread->postCount, 1);
        }
        for (const server::ScheduledPublication &p : s.storage().studio()->scheduledOf(f.creatorId))
            QCOMPARE(p.state, QStringLiteral("published"));
    }

    // Membership renewals the same way: three memberships past their period, two instances
    // running renewals at once; each is charged once.
    void renewalsRunOnceAcrossInstances() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        seedSyncFixture(s);
        s.storage().putTier(Tier{QStringLiteral("t-month"),
                                 QStringLiteral("月卡"),
                                 QStringLiteral("month"),
                                 3000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            0);
        constexpr int kMembers = 3;
        for (int i = 0; i < kMembers; ++i) {
            const QString token =
                s.createAndLogin(QStringLiteral("member%1").arg(i), Role::Learner);
            const QString order = str(
                orderOf(checkout(s, token, tier("t-month"), QStringLiteral("renew-key-%1").arg(i))),
                "id");
            QCOMPARE(pay(s, token, order, "4242424242424242").status, 200);
        }
        const qint64 later = s.clock().nowMs() + 32 * kDay;
        const QString url = s.databaseUrl();
        std::atomic<int> ready{0};
        int processed[2] = {0, 0};
        int charges[2] = {0, 0};
        QString errors[2];
        const auto instance = [&](int i) {
            return QThread::create([&, i] {
                server::ManualClock clock(later);
                QString error;
                const auto parsed = server::DatabaseUrl::parse(url, &error);
                auto storage =
                    parsed ? server::SqlStorage::open(*parsed, clock.nowMs(), &error) : nullptr;
                ++ready;
                while (ready.load() < 2)
                    QThread::yieldCurrentThread();
                if (!storage) {
                    errors[i] = error;
                    return;
                }
                try {
                    server::SandboxProvider provider;
                    server::CommerceService commerce(*storage, clock, provider);
                    for (int run = 0; run < 5; ++run)
                        processed[i] += commerce.processRenewals();
                    charges[i] = provider.charges();
                } catch (const server::StorageError &e) {
                    errors[i] = e.message();
                }
            });
        };
        std::unique_ptr<QThread> one(instance(0));
        std::unique_ptr<QThread> two(instance(1));
        one->start();
        two->start();
        QVERIFY(one->wait(120000) && two->wait(120000));
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
                 qPrintable(errors[0] + u' ' + errors[1]));
        QCOMPARE(processed[0] + processed[1], kMembers);
        QCOMPARE(charges[0] + charges[1], kMembers);
    }
};

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "tst_server_postgres.moc"
