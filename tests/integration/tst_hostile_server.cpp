// The client core against a hostile or broken server (docs/security.md, "The client against a
// hostile server"): the real ApiClient, SyncEngine and LiveChannel with a real SQLite cache,
// talking to HostileServer on 127.0.0.1. Each case is something a server once got away with.
#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/sync_store.h"
#include "client/client.h"
#include "client/media_service.h"
#include "domain/codec.h"
#include "hostile_server.h"
#include "live/live_channel.h"
#include "sync/sync_engine.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <qt6keychain/keychain.h>

using namespace lyceum;
using lyceum::test::HostileServer;

namespace {

// Whether a Secret Service answers (the download test seals with a key kept there).
bool keyringAvailable(QString *problem) {
    QKeychain::ReadPasswordJob job(QStringLiteral("lyceum"));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(QStringLiteral("lyceum-probe"));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *problem = job.errorString();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

QByteArray page(const QByteArray &cursor, bool hasMore, const QByteArray &changes = "[]") {
    return "{\"changes\":" + changes + ",\"cursor\":\"" + cursor +
           "\",\"has_more\":" + (hasMore ? "true" : "false") + "}";
}

QUrlQuery queryOf(const HostileServer::Request &r) {
    return QUrlQuery(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
}

// A cache on a temporary SQLite file, the API client and the sync engine over it.
struct SyncRig {
    QTemporaryDir dir;
    CacheWorker cache;
    ApiClient api;
    SyncEngine engine{&api, &cache};

    explicit SyncRig(const QUrl &server) {
        api.setServer(server);
        api.setTokens({QStringLiteral("access-token"), QStringLiteral("refresh-token"), 0});
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        cache.post([path](CacheDatabase &db) {
            QString error;
            if (!db.open(path, &error))
                qFatal("cache not opened: %s", qPrintable(error));
        });
    }
    QString storedCursor() {
        QString cursor;
        cache.post([&cursor](CacheDatabase &db) { cursor = syncstore::cursor(db); });
        cache.drain();
        return cursor;
    }
    // Runs one sync to its end (or 15 s); the error it finished with.
    ApiError sync() {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.start();
        if (!finished.wait(15000))
            return ApiError::make(ApiError::Kind::Network, QStringLiteral("the sync never ended"),
                                  QStringLiteral("test_hung"));
        return finished.first().first().value<ApiError>();
    }
};

// Runs an ApiClient call to its end; the error it gave (or a test_hung error after 20 s).
ApiError await(const std::function<void(ApiClient::JsonDone)> &call) {
    std::optional<ApiError> result;
    call([&result](const ApiError &e, const QJsonObject &) { result = e; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("no answer"),
                              QStringLiteral("test_hung"));
    return *result;
}

} // namespace

class TestHostileServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cursorThatDoesNotAdvanceStopsTheSync_data();
    void cursorThatDoesNotAdvanceStopsTheSync();
    void pageWithMoreChangesThanAskedIsRefused();
    void oversizedPageIsAskedAgainForFewer();
    void answerOverItsCapIsStoppedEarly_data();
    void answerOverItsCapIsStoppedEarly();
    void drippingBodyMeetsTheDeadline();
    void redirectToAnotherOriginGetsNoCredentials_data();
    void redirectToAnotherOriginGetsNoCredentials();
    void redirectWithinTheOriginIsFollowed();
    void liveMessageOverItsCapClosesTheSocket();
    void videoAnswerNotThePartAskedIsRefused_data();
    void videoAnswerNotThePartAskedIsRefused();
};

void TestHostileServer::cursorThatDoesNotAdvanceStopsTheSync_data() {
    QTest::addColumn<QByteArrayList>("cursors"); // the cursor each page answers, in turn
    QTest::newRow("the same cursor again") << QByteArrayList{"c1", "c1"};
    QTest::newRow("a cycle") << QByteArrayList{"c1", "c2", "c3", "c1"};
}

void TestHostileServer::cursorThatDoesNotAdvanceStopsTheSync() {
    QFETCH(QByteArrayList, cursors);
    int served = 0;
    HostileServer server([&](const HostileServer::Request &) {
        const QByteArray cursor = cursors.at(std::min<int>(served, cursors.size() - 1));
        ++served;
        return HostileServer::json(page(cursor, true));
    });
    QVERIFY(server.listen());
    SyncRig rig(server.url());
    const ApiError e = rig.sync();
    QCOMPARE(e.code, QStringLiteral("cursor_not_advancing"));
    QCOMPARE(e.kind, ApiError::Kind::BadResponse);
    QVERIFY2(e.message.contains(QLatin1String("c1")), qPrintable(e.message));
    QCOMPARE(served, cursors.size()); // stopped at the first repeat
    // The pages before the repeat were genuine and stay stored; the repeat is not.
    QCOMPARE(rig.storedCursor(), QString::fromLatin1(cursors.at(cursors.size() - 2)));
}

void TestHostileServer::pageWithMoreChangesThanAskedIsRefused() {
    QByteArrayList changes;
    for (int i = 1; i <= 5; ++i)
        changes << R"({"entity":"post","id":"p)" + QByteArray::number(i) +
                       R"(","op":"delete","seq":)" + QByteArray::number(i) + "}";
    HostileServer server([&](const HostileServer::Request &) {
        return HostileServer::json(page("c9", false, '[' + changes.join(',') + ']'));
    });
    QVERIFY(server.listen());
    SyncRig rig(server.url());
    rig.engine.setPageSize(3);
    const ApiError e = rig.sync();
    QCOMPARE(e.kind, ApiError::Kind::BadResponse);
    QVERIFY2(e.message.contains(QLatin1String("5 changes")), qPrintable(e.message));
    QCOMPARE(queryOf(server.requests().first()).queryItemValue(QStringLiteral("limit")),
             QStringLiteral("3"));
    QCOMPARE(rig.storedCursor(), QString()); // nothing of the page was stored
}

void TestHostileServer::oversizedPageIsAskedAgainForFewer() {
    HostileServer server([](const HostileServer::Request &r) {
        const int limit = queryOf(r).queryItemValue(QStringLiteral("limit")).toInt();
        if (limit > 500) // a page of rows too large for the cap: padded, valid JSON
            return HostileServer::json(QByteArray(200000, ' ') + page("c1", false));
        return HostileServer::json(page("c1", false));
    });
    QVERIFY(server.listen());
    SyncRig rig(server.url());
    rig.api.setLimits(RequestKind::SyncPage, {10000, 64 * 1024});
    const ApiError e = rig.sync();
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(queryOf(server.requests().at(0)).queryItemValue(QStringLiteral("limit")),
             QStringLiteral("5000"));
    QCOMPARE(queryOf(server.requests().at(1)).queryItemValue(QStringLiteral("limit")),
             QStringLiteral("500"));
    QCOMPARE(rig.storedCursor(), QStringLiteral("c1"));
}

void TestHostileServer::answerOverItsCapIsStoppedEarly_data() {
    QTest::addColumn<QByteArray>("head");
    const qint64 total = 64LL * 1024 * 1024;
    QTest::newRow("announced by Content-Length")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
               QByteArray::number(total) + "\r\nConnection: close";
    QTest::newRow("no length, sent until closed")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                      "Connection: close");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                           "Transfer-Encoding: chunked\r\nConnection: close");
}

void TestHostileServer::answerOverItsCapIsStoppedEarly() {
    QFETCH(QByteArray, head);
    const qint64 total = 64LL * 1024 * 1024;
    const bool chunked = head.contains("chunked");
    HostileServer server([&](const HostileServer::Request &) {
        HostileServer::Answer a;
        a.head = head;
        // A chunked body: one chunk announcing all of it, then the filler.
        a.body = chunked ? QByteArray::number(total, 16) + "\r\n" : QByteArray();
        a.endless = total;
        return a;
    });
    QVERIFY(server.listen());
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("access-token"), QStringLiteral("refresh-token"), 0});
    const qint64 cap = 1024 * 1024;
    api.setLimits(RequestKind::Bytes, {60000, cap});
    std::optional<ApiError> result;
    qsizetype received = -1;
    api.getBytes(QStringLiteral("/spam/model"), [&](const ApiError &e, const QByteArray &bytes) {
        result = e;
        received = bytes.size();
    });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
    QCOMPARE(result->code, QString::fromLatin1(ApiClient::kAnswerTooLarge));
    QCOMPARE(result->kind, ApiError::Kind::BadResponse);
    QCOMPARE(received, 0);
    // Stopped near the cap, not at the end: the server wrote at most a few MiB of its 64.
    QVERIFY2(server.bodyBytesSent() < 16 * cap,
             qPrintable(QString::number(server.bodyBytesSent())));
}

void TestHostileServer::drippingBodyMeetsTheDeadline() {
    // Every byte comes within the inactivity timeout, so only a total deadline stops it.
    const QByteArray body = R"({"user":{"id":"u1","padding":")" + QByteArray(40, '.') + "\"}}";
    HostileServer server([&body](const HostileServer::Request &) {
        HostileServer::Answer a = HostileServer::json(body);
        a.dripMs = 150;
        return a;
    });
    QVERIFY(server.listen());
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("access-token"), QStringLiteral("refresh-token"), 0});
    api.setTransferTimeout(1000);
    api.setLimits(RequestKind::Call, {1500, 1024 * 1024});
    const ApiError e =
        await([&api](ApiClient::JsonDone done) { api.getJson(QStringLiteral("/me"), done); });
    QCOMPARE(e.kind, ApiError::Kind::Timeout);
    QCOMPARE(e.code, QStringLiteral("deadline"));
    // The body (80 bytes at 150 ms each: 12 s) was not waited for.
    QVERIFY2(server.bodyBytesSent() < body.size(),
             qPrintable(QString::number(server.bodyBytesSent())));
}

void TestHostileServer::redirectToAnotherOriginGetsNoCredentials_data() {
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("post");
    QTest::newRow("302 on a GET") << QByteArray("302 Found") << false;
    QTest::newRow("307 on a POST") << QByteArray("307 Temporary Redirect") << true;
    QTest::newRow("308 on a GET") << QByteArray("308 Permanent Redirect") << false;
}

void TestHostileServer::redirectToAnotherOriginGetsNoCredentials() {
    QFETCH(QByteArray, status);
    QFETCH(bool, post);
    // The other origin: another port on the same loopback address is another origin already.
    HostileServer other(
        [](const HostileServer::Request &) { return HostileServer::json(R"({"ok":true})"); });
    QVERIFY(other.listen());
    HostileServer server([&](const HostileServer::Request &r) {
        HostileServer::Answer a;
        a.head = "HTTP/1.1 " + status + "\r\nLocation: " + other.url().toEncoded() + r.target +
                 "\r\nContent-Length: 0\r\nConnection: close";
        return a;
    });
    QVERIFY(server.listen());
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("access-token"), QStringLiteral("refresh-token"), 0});
    const ApiError e = await([&](ApiClient::JsonDone done) {
        if (post)
            api.postJson(QStringLiteral("/orders"), {{QStringLiteral("x"), 1}}, done);
        else
            api.getJson(QStringLiteral("/me"), done);
    });
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().headers.value("authorization"),
             QByteArray("Bearer access-token"));
    QTest::qWait(200); // a request that was followed would have reached the other side by now
    for (const HostileServer::Request &r : other.requests())
        QVERIFY2(!r.headers.contains("authorization"),
                 r.headers.value("authorization").constData());
    QCOMPARE(e.code, QString::fromLatin1(ApiClient::kRedirectRefused));
    QVERIFY2(e.message.contains(QString::number(other.port())), qPrintable(e.message));
}

void TestHostileServer::redirectWithinTheOriginIsFollowed() {
    HostileServer server([](const HostileServer::Request &r) {
        if (r.path() == "/api/v1/me") {
            HostileServer::Answer a;
            a.head = "HTTP/1.1 302 Found\r\nLocation: /api/v1/me2\r\nContent-Length: 0\r\n"
                     "Connection: close";
            return a;
        }
        return HostileServer::json(R"({"ok":true})");
    });
    QVERIFY(server.listen());
    ApiClient api;
    api.setServer(server.url());
    api.setTokens({QStringLiteral("access-token"), QStringLiteral("refresh-token"), 0});
    const ApiError e =
        await([&api](ApiClient::JsonDone done) { api.getJson(QStringLiteral("/me"), done); });
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).headers.value("authorization"),
             QByteArray("Bearer access-token"));
}

void TestHostileServer::liveMessageOverItsCapClosesTheSocket() {
    QWebSocketServer ws(QStringLiteral("hostile"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    QPointer<QWebSocket> peer;
    std::optional<int> closeCode;
    connect(&ws, &QWebSocketServer::newConnection, this, [&] {
        peer = ws.nextPendingConnection();
        connect(peer, &QWebSocket::disconnected, this, [&] { closeCode = int(peer->closeCode()); });
        // 4 MiB of one message, valid JSON of a type the client ignores.
        peer->sendTextMessage(QStringLiteral(R"({"type":"pong","pad":")") +
                              QString(4 * 1024 * 1024, u'x') + QStringLiteral("\"}"));
    });
    QTemporaryDir dir;
    CacheWorker cache;
    ApiClient api;
    SyncEngine engine(&api, &cache);
    QUrl server;
    server.setScheme(QStringLiteral("http"));
    server.setHost(QStringLiteral("127.0.0.1"));
    server.setPort(ws.serverPort());
    api.setServer(server);
    LiveChannel live(&api, &cache, &engine);
    QSignalSpy disconnected(&live, &LiveChannel::disconnected);
    live.connectTo(server, QStringLiteral("access-token"));
    QVERIFY(disconnected.wait(10000));
    QVERIFY(QTest::qWaitFor([&closeCode] { return closeCode.has_value(); }, 5000));
    QCOMPARE(*closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
    live.stop();
}

void TestHostileServer::videoAnswerNotThePartAskedIsRefused_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("bodyBytes");
    // The video is 1000 bytes (what /media/url says); the download asks for all of it.
    QTest::newRow("announced longer than the video")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nConnection: close") << 5000;
    QTest::newRow("more bytes than the video, no length")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close") << 5000;
    QTest::newRow("a part from another start")
        << QByteArray("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 500-999/1000\r\n"
                      "Content-Length: 500\r\nConnection: close")
        << 500;
}

// The whole path of a lesson download (login, pull, /media/url, the video's GET, sealed with the
// keychain's key) against a server whose video answer is not what was asked.
void TestHostileServer::videoAnswerNotThePartAskedIsRefused() {
    QFETCH(QByteArray, head);
    QFETCH(int, bodyBytes);
    QString problem;
    if (!keyringAvailable(&problem)) {
        if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
            QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
        QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
    }
    const QByteArray video(1000, 'v');
    Course course;
    course.id = QStringLiteral("c1");
    course.creatorId = QStringLiteral("u9");
    course.title = QStringLiteral("Course");
    course.published = true;
    Lesson lesson;
    lesson.id = QStringLiteral("l1");
    lesson.courseId = course.id;
    lesson.title = QStringLiteral("Lesson");
    lesson.videoAssetId = QStringLiteral("a1");
    const QJsonArray changes{QJsonObject{{QStringLiteral("seq"), 1},
                                         {QStringLiteral("entity"), QStringLiteral("course")},
                                         {QStringLiteral("op"), QStringLiteral("upsert")},
                                         {QStringLiteral("id"), course.id},
                                         {QStringLiteral("data"), toJson(course)}},
                             QJsonObject{{QStringLiteral("seq"), 2},
                                         {QStringLiteral("entity"), QStringLiteral("lesson")},
                                         {QStringLiteral("op"), QStringLiteral("upsert")},
                                         {QStringLiteral("id"), lesson.id},
                                         {QStringLiteral("data"), toJson(lesson)}}};
    HostileServer server([&](const HostileServer::Request &r) {
        if (r.path() == "/api/v1/auth/login")
            return HostileServer::json(
                R"({"access_token":"a","refresh_token":"r","expires_in":900})");
        if (r.path() == "/api/v1/sync")
            return HostileServer::json(
                QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                          {QStringLiteral("cursor"), QStringLiteral("c2")},
                                          {QStringLiteral("has_more"), false}})
                    .toJson(QJsonDocument::Compact));
        if (r.path() == "/api/v1/media/url")
            return HostileServer::json(
                R"({"lesson_id":"l1","asset_id":"a1","mime":"video/mp4","size":1000,"sha256":")" +
                QCryptographicHash::hash(video, QCryptographicHash::Sha256).toHex() +
                R"(","video":"/video/a1"})");
        if (r.path() == "/video/a1") {
            HostileServer::Answer a;
            a.head = head;
            a.body = QByteArray(bodyBytes, 'v');
            return a;
        }
        return HostileServer::json(R"({"error":{"code":"not_found","message":"no"}})", 404);
    });
    QVERIFY(server.listen());
    QTemporaryDir profile;
    Client::Options options{profile.path(), true};
    options.live = false;
    Client client(options);
    QSignalSpy opened(&client, &Client::opened);
    client.open();
    QVERIFY(opened.wait(10000));
    QSignalSpy loggedIn(&client, &Client::loginFinished);
    client.login(server.url(), QStringLiteral("learner"), QStringLiteral("pw"), false);
    QVERIFY(loggedIn.wait(10000));
    QVERIFY(!loggedIn.first().first().value<ApiError>().isError());
    QSignalSpy synced(&client, &Client::syncFinished);
    client.syncNow();
    QVERIFY(synced.wait(10000));
    QVERIFY2(!synced.first().first().value<ApiError>().isError(),
             qPrintable(synced.first().first().value<ApiError>().message));
    QSignalSpy finished(&client.media(), &MediaService::downloadFinished);
    client.media().startDownload(lesson.id);
    QVERIFY(finished.wait(20000));
    const ApiError e = finished.first().at(1).value<ApiError>();
    QVERIFY2(e.code == QLatin1String("bad_media_answer"), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("asked")), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
