// The live channel (docs/protocol.md, "Live") over real WebSockets on loopback against an
// in-process server: authentication at connect, notices after commits with the changes inline
// and filtered per reader, coalescing, limits, keepalive and session checks.
#include "live_client.h"
#include "server/live/live_hub.h"
#include "server/live/live_messages.h"
#include "sync_fixture.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QJsonObject mutation(const QString &id, const QString &type, const QJsonObject &args) {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("args"), args}};
}

QJsonObject newPost(const QString &id, const QString &thread, const QString &body) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("thread_id"), thread},
            {QStringLiteral("body"), body}};
}

// Posts mutations; the seq of the last applied one (0 when none applied).
qint64 postMutations(ServerHarness &s, const QString &token, const QJsonArray &mutations) {
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("writer")},
                                {QStringLiteral("mutations"), mutations}},
                               token);
    qint64 seq = 0;
    for (const QJsonValue &v : r.json().value(QLatin1StringView("results")).toArray())
        seq = std::max(seq, v.toObject().value(QLatin1StringView("seq")).toInteger());
    return seq;
}

qint64 createPost(ServerHarness &s, const QString &token, const QString &id,
                  const QString &thread = QStringLiteral("t-space")) {
    return postMutations(s, token,
                         {mutation(QStringLiteral("m-") + id, QStringLiteral("post.create"),
                                   newPost(id, thread, QStringLiteral("实时 live ") + id))});
}

QJsonArray changesOf(const QJsonObject &notice) {
    return notice.value(QLatin1StringView("changes")).toArray();
}

QString authMessage(const QString &token) {
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                  {QStringLiteral("access_token"), token}})
            .toJson(QJsonDocument::Compact));
}

// A peer that completes the WebSocket handshake and then never answers anything (a dead NAT
// mapping, a suspended laptop).
bool openSilentPeer(QTcpSocket &raw, quint16 port, const QString &token) {
    raw.connectToHost(QHostAddress::LocalHost, port);
    if (!raw.waitForConnected(5000))
        return false;
    raw.write("GET /api/v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
              token.toLatin1() + "\r\n\r\n");
    return true;
}

} // namespace

class TestServerLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesClientMessages() {
        using K = server::LiveClientMessage::Kind;
        const auto kind = [](const char *text) {
            return server::parseLiveClientMessage(QByteArray(text)).kind;
        };
        QCOMPARE(kind(R"({"type":"auth","access_token":"t"})"), K::Auth);
        QCOMPARE(
            server::parseLiveClientMessage(R"({"type":"auth","access_token":"令牌"})").accessToken,
            QStringLiteral("令牌"));
        QVERIFY(server::parseLiveClientMessage(R"({"type":"auth","access_token":7})")
                    .accessToken.isEmpty());
        QCOMPARE(kind(R"({"type":"ping"})"), K::Ping);
        QCOMPARE(kind(R"({"type":"later","x":1})"), K::Other);
        for (const char *bad : {"", "{", "[]", "\"auth\"", "null", R"({"type":1})",
                                R"({"type":""})", R"({"kind":"auth"})", "\xff\xfe"})
            QCOMPARE(kind(bad), K::Malformed);
        // The inline notice is valid JSON with the changes as given.
        const QByteArray notice =
            server::liveChangedMessage(9, QStringLiteral("i.9"), QStringLiteral("i.7"),
                                       QByteArrayLiteral(R"({"seq":8},{"seq":9})"));
        const QJsonObject o = QJsonDocument::fromJson(notice).object();
        QCOMPARE(o.value(QLatin1StringView("from")).toString(), QStringLiteral("i.7"));
        QCOMPARE(o.value(QLatin1StringView("changes")).toArray().size(), 2);
    }

    void bearerHeaderThenNoticeWithInlinePost() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        LiveClient live(s.port(), f.learner);
        QVERIFY(live.waitFor(QStringLiteral("ready")) == 0);
        const QJsonObject ready = live.messages.first();
        QCOMPARE(ready.value(QLatin1StringView("seq")).toInteger(), s.storage().latestSeq());
        QString syncedCursor;
        s.syncAll(f.learner, 1000, &syncedCursor);
        QCOMPARE(ready.value(QLatin1StringView("cursor")).toString(), syncedCursor);

        const qint64 seq = createPost(s, f.creator, QStringLiteral("p-live"));
        QVERIFY(seq > 0);
        const QJsonObject notice = live.waitForSeq(seq);
        QCOMPARE(notice.value(QLatin1StringView("seq")).toInteger(), seq);
        QCOMPARE(notice.value(QLatin1StringView("from")).toString(), syncedCursor);
        const QJsonObject post =
            findChange(changesOf(notice), QStringLiteral("post"), QStringLiteral("p-live"));
        QCOMPARE(post.value(QLatin1StringView("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(post.value(QLatin1StringView("data"))
                     .toObject()
                     .value(QLatin1StringView("body"))
                     .toString(),
                 QStringLiteral("实时 live p-live"));

        // The inline changes are exactly what /sync answers from "from", ending at "cursor".
        QString cursor = syncedCursor;
        const QJsonArray pulled = s.syncAll(f.learner, 1000, &cursor);
        QCOMPARE(changesOf(notice), pulled);
        QCOMPARE(notice.value(QLatin1StringView("cursor")).toString(), cursor);
    }

    void unauthorizedClosesWith4401() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        LiveClient badHeader(s.port(), QStringLiteral("not-a-token"));
        QVERIFY(badHeader.waitClosed());
        QCOMPARE(badHeader.closeCode(), server::kLiveCloseUnauthorized);
        QCOMPARE(badHeader.socket().closeReason(), QStringLiteral("unauthorized"));

        LiveClient badMessage(s.port(), QString());
        QVERIFY(badMessage.waitConnected());
        badMessage.socket().sendTextMessage(
            QStringLiteral(R"({"type":"auth","access_token":"nope"})"));
        QVERIFY(badMessage.waitClosed());
        QCOMPARE(badMessage.closeCode(), server::kLiveCloseUnauthorized);

        // Anything but "auth" before authenticating is refused the same way.
        LiveClient early(s.port(), QString());
        QVERIFY(early.waitConnected());
        early.socket().sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        QVERIFY(early.waitClosed());
        QCOMPARE(early.closeCode(), server::kLiveCloseUnauthorized);
        QCOMPARE(s.http().live().connectionCount(), 0);
    }

    void silentSocketIsClosedAfterAuthTimeout() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        server::LiveOptions options;
        options.authTimeoutMs = 200;
        s.http().live().setOptions(options);
        LiveClient silent(s.port(), QString());
        QVERIFY(silent.waitConnected());
        QVERIFY(silent.waitClosed(3000));
        QCOMPARE(silent.closeCode(), server::kLiveCloseUnauthorized);
    }

    void authByFirstMessage() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        LiveClient live(s.port(), QString());
        QVERIFY(live.waitConnected());
        live.socket().sendTextMessage(authMessage(f.learner));
        QCOMPARE(live.waitFor(QStringLiteral("ready")), 0);
        const qint64 seq = createPost(s, f.creator, QStringLiteral("p-msg"));
        QVERIFY(!findChange(changesOf(live.waitForSeq(seq)), QStringLiteral("post"),
                            QStringLiteral("p-msg"))
                     .isEmpty());
        // An application-level ping is answered.
        live.socket().sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        QVERIFY(live.waitFor(QStringLiteral("pong")) > 0);
    }

    void noticesAreCoalesced() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        LiveClient live(s.port(), f.learner);
        QCOMPARE(live.waitFor(QStringLiteral("ready")), 0);

        // 60 mutations in one request: 60 commits, one notice, too many changes to inline.
        QJsonArray batch;
        for (int i = 0; i < 60; ++i) {
            const QString id = QStringLiteral("p-batch-%1").arg(i);
            batch.append(mutation(QStringLiteral("m-") + id, QStringLiteral("post.create"),
                                  newPost(id, QStringLiteral("t-space"), id)));
        }
        const qint64 last = postMutations(s, f.creator, batch);
        const QJsonObject notice = live.waitForSeq(last);
        QCOMPARE(notice.value(QLatin1StringView("seq")).toInteger(), last);
        QVERIFY(!notice.contains(QLatin1StringView("changes")));
        // A later commit's notice is the marker: the batch gave exactly one notice before it.
        const qint64 marker = createPost(s, f.creator, QStringLiteral("p-marker"));
        QCOMPARE(live.waitForSeq(marker).value(QLatin1StringView("seq")).toInteger(), marker);
        QCOMPARE(live.count(QStringLiteral("changed")), 2);
        QCOMPARE(live.messages.last().value(QLatin1StringView("from")).toString(),
                 notice.value(QLatin1StringView("cursor")).toString());

        // 40 requests one after another: at most one notice per coalescing period, so fewer
        // notices than commits, the last one the latest. The period is long enough that the 40
        // requests fit in a few periods even on a loaded machine; the bound below is the rule
        // itself, counted over the time the requests really took.
        const QJsonObject beforeSeries = live.messages.last();
        live.messages.clear();
        server::LiveOptions slow;
        slow.coalesceMs = 1000;
        s.http().live().setOptions(slow);
        qint64 latest = 0;
        QElapsedTimer took;
        took.start();
        for (int i = 0; i < 40; ++i)
            latest = createPost(s, f.creator, QStringLiteral("p-seq-%1").arg(i));
        const qint64 elapsed = took.elapsed();
        QCOMPARE(live.waitForSeq(latest, 5000 + slow.coalesceMs)
                     .value(QLatin1StringView("seq"))
                     .toInteger(),
                 latest);
        const qsizetype notices = live.count(QStringLiteral("changed"));
        // Coarse timers may fire up to 5% early: notices are at least 0.9 periods apart.
        const qint64 allowed = 2 + elapsed * 10 / (9 * slow.coalesceMs);
        QVERIFY2(notices >= 1 && notices <= allowed,
                 qPrintable(QStringLiteral("%1 notices in %2 ms").arg(notices).arg(elapsed)));
        QVERIFY2(notices < 40,
                 qPrintable(QStringLiteral("%1 notices in %2 ms").arg(notices).arg(elapsed)));
        QCOMPARE(live.messages.last().value(QLatin1StringView("seq")).toInteger(), latest);
        // Each notice starts where the previous one ended: nothing missed, nothing twice.
        QString expectedFrom = beforeSeries.value(QLatin1StringView("cursor")).toString();
        for (const QJsonObject &m : std::as_const(live.messages)) {
            if (m.contains(QLatin1StringView("from")))
                QCOMPARE(m.value(QLatin1StringView("from")).toString(), expectedFrom);
            expectedFrom = m.value(QLatin1StringView("cursor")).toString();
        }
        qInfo("40 sequential mutations gave %lld notices", qlonglong(notices));
    }

    void inlineChangesAreFilteredPerReader() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        LiveClient learner(s.port(), f.learner);
        LiveClient entitled(s.port(), f.entitled);
        LiveClient creator(s.port(), f.creator);
        for (LiveClient *c : {&learner, &entitled, &creator})
            QCOMPARE(c->waitFor(QStringLiteral("ready")), 0);

        // A post in the unpublished course: its creator gets it, a learner only a delete.
        const qint64 draftSeq =
            createPost(s, f.creator, QStringLiteral("p-hidden"), QStringLiteral("t-draft"));
        const QJsonObject forCreator =
            findChange(changesOf(creator.waitForSeq(draftSeq)), QStringLiteral("post"),
                       QStringLiteral("p-hidden"));
        QCOMPARE(forCreator.value(QLatin1StringView("op")).toString(), QStringLiteral("upsert"));
        const QJsonObject notice = learner.waitForSeq(draftSeq);
        const QJsonObject forLearner =
            findChange(changesOf(notice), QStringLiteral("post"), QStringLiteral("p-hidden"));
        QCOMPARE(forLearner.value(QLatin1StringView("op")).toString(), QStringLiteral("delete"));
        QVERIFY(!forLearner.contains(QLatin1StringView("data")));
        QVERIFY(!QJsonDocument(notice).toJson().contains("p-hidden\",\"thread_id"));
        QVERIFY(!QJsonDocument(notice).toJson().contains(QStringLiteral("实时").toUtf8()));

        // Buying the paid course re-emits its lessons: unlocked for the buyer only.
        const qint64 before = s.storage().latestSeq();
        s.storage().grantEntitlement(f.learnerId, QStringLiteral("c-paid"), s.clock().nowMs());
        const qint64 after = s.storage().latestSeq();
        QVERIFY(after > before);
        const QJsonObject unlocked = findChange(changesOf(learner.waitForSeq(after)),
                                                QStringLiteral("lesson"), QStringLiteral("l-paid"));
        QCOMPARE(unlocked.value(QLatin1StringView("data"))
                     .toObject()
                     .value(QLatin1StringView("body"))
                     .toString(),
                 kPaidBody);
        // A learner without the entitlement gets the same lessons locked, without body.
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner);
        LiveClient outsider(s.port(), other);
        QCOMPARE(outsider.waitFor(QStringLiteral("ready")), 0);
        QString grantee;
        s.createAndLogin(QStringLiteral("buyer2"), Role::Learner, &grantee);
        const qint64 before2 = s.storage().latestSeq();
        s.storage().grantEntitlement(grantee, QStringLiteral("c-paid"), s.clock().nowMs());
        const qint64 after2 = s.storage().latestSeq();
        QVERIFY(after2 > before2);
        const QJsonObject locked = findChange(changesOf(outsider.waitForSeq(after2)),
                                              QStringLiteral("lesson"), QStringLiteral("l-paid"));
        QCOMPARE(locked.value(QLatin1StringView("op")).toString(), QStringLiteral("upsert"));
        const QJsonObject lockedData = locked.value(QLatin1StringView("data")).toObject();
        QVERIFY(lockedData.value(QLatin1StringView("locked")).toBool());
        QCOMPARE(lockedData.value(QLatin1StringView("body")).toString(), QString());
        QVERIFY(!QJsonDocument(outsider.messages.last()).toJson().contains(kPaidBody.toUtf8()));
    }

    void badClientMessagesClose() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);

        LiveClient big(s.port(), f.learner);
        QCOMPARE(big.waitFor(QStringLiteral("ready")), 0);
        big.socket().sendTextMessage(QString(5000, u'x'));
        QVERIFY(big.waitClosed());
        QCOMPARE(big.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));

        LiveClient garbage(s.port(), f.learner);
        QCOMPARE(garbage.waitFor(QStringLiteral("ready")), 0);
        garbage.socket().sendTextMessage(QStringLiteral("{not json"));
        QVERIFY(garbage.waitClosed());
        QCOMPARE(garbage.closeCode(), server::kLiveCloseBadMessage);

        LiveClient binary(s.port(), f.learner);
        QCOMPARE(binary.waitFor(QStringLiteral("ready")), 0);
        binary.socket().sendBinaryMessage(QByteArray(16, '\0'));
        QVERIFY(binary.waitClosed());
        QCOMPARE(binary.closeCode(), server::kLiveCloseBadMessage);

        // The server is unharmed: a new socket works and is notified.
        LiveClient after(s.port(), f.learner);
        QCOMPARE(after.waitFor(QStringLiteral("ready")), 0);
        const qint64 seq = createPost(s, f.creator, QStringLiteral("p-after"));
        QCOMPARE(after.waitForSeq(seq).value(QLatin1StringView("seq")).toInteger(), seq);
    }

    void oddMessagesAndRawBytesLeaveTheServerServing() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QStringList odd = {
            QStringLiteral(R"({"type":"auth","access_token":123})"),
            QStringLiteral(R"({"type":"auth"})"),
            QStringLiteral(R"({"type":5})"),
            QStringLiteral(R"([])"),
            QStringLiteral(R"("auth")"),
            QStringLiteral(R"({"type":"auth","access_token":"\u0000"})"),
            QStringLiteral(R"({"type":"auth","access_token":"%1"})").arg(QString(3000, u'令')),
            QString(),
        };
        for (const QString &message : odd) {
            LiveClient c(s.port(), QString());
            QVERIFY(c.waitConnected());
            c.socket().sendTextMessage(message);
            QVERIFY2(c.waitClosed(), qPrintable(message));
            QVERIFY2(c.closeCode() >= 1000, qPrintable(message));
        }
        // Unknown message types from an authenticated client are ignored.
        LiveClient known(s.port(), f.learner);
        QCOMPARE(known.waitFor(QStringLiteral("ready")), 0);
        known.socket().sendTextMessage(QStringLiteral(R"({"type":"hello","x":[1,2]})"));

        // Raw bytes after a valid handshake: random frames, bad opcodes, unmasked data.
        QRandomGenerator random(20260101);
        for (int round = 0; round < 20; ++round) {
            QTcpSocket raw;
            raw.connectToHost(QHostAddress::LocalHost, s.port());
            QVERIFY(raw.waitForConnected(5000));
            raw.write("GET /api/v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
                      f.learner.toLatin1() + "\r\n\r\n");
            QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 5000));
            QByteArray noise(1 + int(random.bounded(4096)), Qt::Uninitialized);
            for (char &b : noise)
                b = char(random.bounded(256));
            raw.write(noise);
            QTest::qWait(20);
            raw.abort();
        }
        QVERIFY(!known.closed);
        const qint64 seq = createPost(s, f.creator, QStringLiteral("p-survived"));
        QCOMPARE(known.waitForSeq(seq).value(QLatin1StringView("seq")).toInteger(), seq);
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().connectionCount() == 1; }, 5000));
    }

    void silentPeerIsDroppedByKeepalive() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        server::LiveOptions options;
        options.keepaliveMs = 100;
        s.http().live().setOptions(options);
        // A peer that completed the handshake but never answers a ping (a dead NAT mapping,
        // a suspended laptop): the server drops it after a silent period.
        QTcpSocket raw;
        QVERIFY(openSilentPeer(raw, s.port(), f.learner));
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 1; }, 5000));
        LiveClient alive(s.port(), f.learner);
        QCOMPARE(alive.waitFor(QStringLiteral("ready")), 0);
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 1; }, 3000));
        // The marker: a second silent peer, opened after the live client, is dropped too, so
        // the live client has lived through the same silent periods.
        QTcpSocket later;
        QVERIFY(openSilentPeer(later, s.port(), f.learner));
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 2; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 1; }, 5000));
        QVERIFY(!alive.closed); // a real client answers the pings
        alive.socket().sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        QVERIFY(alive.waitFor(QStringLiteral("pong")) > 0);
        QVERIFY(!alive.closed);
        QCOMPARE(s.http().live().authenticatedCount(), 1);
    }

    void plainGetAndOtherPaths() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const HttpReply r = s.get(QStringLiteral("/api/v1/live"));
        QCOMPARE(r.status, 426);
        QCOMPARE(r.errorCode(), QStringLiteral("upgrade_required"));
        LiveClient elsewhere(s.port(), QString(), QStringLiteral("/api/v1/nothing"));
        QVERIFY(elsewhere.waitClosed());
        QCOMPARE(s.http().live().connectionCount(), 0);
    }

    void connectionLimitPerUser() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        server::LiveOptions options;
        options.maxConnectionsPerUser = 3;
        s.http().live().setOptions(options);
        std::vector<std::unique_ptr<LiveClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<LiveClient>(s.port(), f.learner));
            QCOMPARE(clients.back()->waitFor(QStringLiteral("ready")), 0);
        }
        LiveClient fourth(s.port(), f.learner);
        QVERIFY(fourth.waitClosed());
        QCOMPARE(fourth.closeCode(), server::kLiveCloseTooMany);
        // Another user is not affected; a closed socket frees its place.
        LiveClient otherUser(s.port(), f.creator);
        QCOMPARE(otherUser.waitFor(QStringLiteral("ready")), 0);
        clients.front()->socket().close();
        QVERIFY(clients.front()->waitClosed());
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().connectionCount() == 3; }, 5000));
        LiveClient again(s.port(), f.learner);
        QCOMPARE(again.waitFor(QStringLiteral("ready")), 0);
    }

    // Anonymous upgrades have their own small quota and a short deadline: filling it neither
    // takes members' places nor keeps a member with a token out.
    void anonymousSocketsCannotLockMembersOut() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(s.http().live().options().authTimeoutMs <= 5000);
        const SyncFixture f = seedSyncFixture(s);
        server::LiveOptions options;
        options.maxConnections = 2;
        options.maxUnauthenticated = 3;
        s.http().live().setOptions(options);
        std::vector<std::unique_ptr<LiveClient>> anonymous;
        for (int i = 0; i < 3; ++i) {
            anonymous.push_back(std::make_unique<LiveClient>(s.port(), QString()));
            QVERIFY(anonymous.back()->waitConnected());
        }
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().unauthenticatedCount() == 3; }));
        LiveClient fourth(s.port(), QString());
        QVERIFY(fourth.waitClosed());
        QCOMPARE(fourth.closeCode(), server::kLiveCloseTooMany);
        // Members still get in, up to their own total.
        LiveClient learner(s.port(), f.learner);
        QCOMPARE(learner.waitFor(QStringLiteral("ready")), 0);
        LiveClient creator(s.port(), f.creator);
        QCOMPARE(creator.waitFor(QStringLiteral("ready")), 0);
        LiveClient third(s.port(), f.learner);
        QVERIFY(third.waitClosed());
        QCOMPARE(third.closeCode(), server::kLiveCloseTooMany);
        // An anonymous socket that authenticates moves out of the anonymous quota, or is
        // refused when the members' places are full.
        anonymous.front()->socket().sendTextMessage(authMessage(f.learner));
        QVERIFY(anonymous.front()->waitClosed());
        QCOMPARE(anonymous.front()->closeCode(), server::kLiveCloseTooMany);
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().unauthenticatedCount() == 2; }));
        QCOMPARE(s.http().live().authenticatedCount(), 2);
    }

    void expiredOrLoggedOutSessionIsClosed() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        server::LiveOptions options;
        options.keepaliveMs = 150;
        s.http().live().setOptions(options);
        LiveClient expiring(s.port(), f.learner);
        QCOMPARE(expiring.waitFor(QStringLiteral("ready")), 0);
        LiveClient renewed(s.port(), QString());
        QVERIFY(renewed.waitConnected());
        // Keepalive pings are answered by the client library: the socket stays open while a
        // silent peer opened after it is dropped by the same pings.
        QTcpSocket silent;
        QVERIFY(openSilentPeer(silent, s.port(), f.learner));
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 2; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return s.http().live().authenticatedCount() == 1; }, 5000));
        QVERIFY(!expiring.closed);

        // Later, a login and a refresh: the socket that sends the new access token stays.
        s.clock().advanceMs(10 * 60 * 1000);
        options.keepaliveMs = 60000; // no session check between the refresh and the new token
        s.http().live().setOptions(options);
        const QJsonObject grant = s.login(QStringLiteral("learner"), kPassword);
        renewed.socket().sendTextMessage(
            authMessage(grant.value(QLatin1StringView("access_token")).toString()));
        QCOMPARE(renewed.waitFor(QStringLiteral("ready")), 0);
        const QString refresh = grant.value(QLatin1StringView("refresh_token")).toString();
        const QJsonObject refreshed = s.post(QStringLiteral("/api/v1/auth/refresh"),
                                             {{QStringLiteral("refresh_token"), refresh}})
                                          .json();
        const QString newAccess = refreshed.value(QLatin1StringView("access_token")).toString();
        QVERIFY(!newAccess.isEmpty());
        renewed.socket().sendTextMessage(authMessage(newAccess));
        QCOMPARE(renewed.waitFor(QStringLiteral("ready"), 1), 1);

        // Past the first token's lifetime, the socket that kept it is closed.
        s.clock().advanceMs(6 * 60 * 1000);
        options.keepaliveMs = 150;
        s.http().live().setOptions(options);
        QVERIFY(expiring.waitClosed(3000));
        QCOMPARE(expiring.closeCode(), server::kLiveCloseUnauthorized);
        // The same session check looked at the renewed socket; a round trip on it after the
        // expired one closed proves no close is on its way.
        const qsizetype seen = renewed.messages.size();
        renewed.socket().sendTextMessage(QStringLiteral(R"({"type":"ping"})"));
        QVERIFY(renewed.waitFor(QStringLiteral("pong"), seen) >= 0);
        QVERIFY(!renewed.closed);

        // Logging out closes the sockets of that session.
        const HttpReply out = s.post(QStringLiteral("/api/v1/auth/logout"), {}, newAccess);
        QCOMPARE(out.status, 204);
        QVERIFY(renewed.waitClosed(3000));
        QCOMPARE(renewed.closeCode(), server::kLiveCloseUnauthorized);
    }

    void fiftySocketsAllNotified() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        server::LiveOptions options;
        options.maxConnectionsPerUser = 100;
        s.http().live().setOptions(options);
        std::vector<std::unique_ptr<LiveClient>> clients;
        for (int i = 0; i < 50; ++i)
            clients.push_back(std::make_unique<LiveClient>(s.port(), f.learner));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(clients.cbegin(), clients.cend(),
                                   [](const auto &c) { return c->count(QStringLiteral("ready")); });
            },
            10000));
        QCOMPARE(s.http().live().authenticatedCount(), 50);
        const qint64 seq = createPost(s, f.creator, QStringLiteral("p-fanout"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(clients.cbegin(), clients.cend(), [&](const auto &c) {
                    return c->count(QStringLiteral("changed")) > 0 &&
                           c->messages.last().value(QLatin1StringView("seq")).toInteger() == seq;
                });
            },
            10000));
        for (const auto &c : clients)
            QVERIFY(!findChange(changesOf(c->messages.last()), QStringLiteral("post"),
                                QStringLiteral("p-fanout"))
                         .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerLive)
#include "tst_server_live.moc"
