// What an operator reads from a running server (docs/operations.md, "Monitor"): GET /metrics in
// the Prometheus text format, counted by route pattern and mutation type, and who may read it
// (docs/security.md, "Metrics"), with hostile readers.
#include "server/log.h"
#include "server/policy/rule_book.h"
#include "sync_fixture.h"

#include <QRegularExpression>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QJsonObject mutation(const QString &id, const QString &type, const QJsonObject &args) {
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("type"), type}, {QStringLiteral("args"), args}};
}

HttpReply sendMutations(ServerHarness &s, const QString &token, const QJsonArray &mutations) {
    return s.post(QStringLiteral("/api/v1/mutations"),
                  {{QStringLiteral("client_id"), QStringLiteral("client-ops")},
                   {QStringLiteral("mutations"), mutations}},
                  token);
}

// The value of one sample ("name{labels}" exactly as written), or -1 when absent.
double sample(const QByteArray &page, const QByteArray &series) {
    for (const QByteArray &line : page.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

HttpReply metrics(ServerHarness &s, const QByteArray &authorization = {}) {
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    return s.request("GET", QStringLiteral("/metrics"), {}, {}, "application/json", headers);
}

} // namespace

class TestServerOps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metricsCountRoutesByPatternAndMutationsByType() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        // Three different raw paths of one route: one series.
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync?limit=5"), f.learner).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync?limit=7"), f.learner).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync?cursor=bogus"), f.learner).status, 400);
        QCOMPARE(s.get(QStringLiteral("/api/v1/no/such\"route"), f.learner).status, 404);
        const HttpReply batch = sendMutations(
            s, f.learner,
            {mutation(QStringLiteral("m1"), QStringLiteral("post.create"),
                      {{QStringLiteral("id"), QStringLiteral("p-ops")},
                       {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                       {QStringLiteral("body"), QStringLiteral("指标")}}),
             mutation(QStringLiteral("m2"), QStringLiteral("post.create"),
                      {{QStringLiteral("id"), QStringLiteral("p-nowhere")},
                       {QStringLiteral("thread_id"), QStringLiteral("no-such-thread")},
                       {QStringLiteral("body"), QStringLiteral("x")}}),
             // A made-up type must not become a label of its own.
             mutation(QStringLiteral("m3"), QStringLiteral("evil\"}\nlyceum_fake 1"), {})});
        QCOMPARE(batch.status, 200);

        const HttpReply page = metrics(s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/plain"));
        const QByteArray text = page.body;
        QCOMPARE(sample(text, "lyceum_http_requests_total{route=\"/api/v1/sync\",method=\"GET\","
                              "status=\"200\"}"),
                 2.0);
        QCOMPARE(sample(text, "lyceum_http_requests_total{route=\"/api/v1/sync\",method=\"GET\","
                              "status=\"400\"}"),
                 1.0);
        QCOMPARE(sample(text, "lyceum_http_request_duration_seconds_count{route=\"/api/v1/sync\"}"),
                 3.0);
        QCOMPARE(sample(text, "lyceum_http_request_duration_seconds_bucket{route=\"/api/v1/sync\","
                              "le=\"+Inf\"}"),
                 3.0);
        QCOMPARE(sample(text, "lyceum_http_requests_total{route=\"(unmatched)\",method=\"GET\","
                              "status=\"404\"}"),
                 1.0);
        QVERIFY(!text.contains("no/such"));
        QCOMPARE(sample(text, "lyceum_mutations_total{type=\"post.create\",outcome=\"applied\"}"),
                 1.0);
        QCOMPARE(sample(text, "lyceum_mutations_total{type=\"post.create\",outcome=\"refused\"}"),
                 1.0);
        QCOMPARE(sample(text, "lyceum_mutations_total{type=\"other\",outcome=\"refused\"}"), 1.0);
        QVERIFY(!text.contains("lyceum_fake"));
        QVERIFY(sample(text, "lyceum_database_seconds_total") > 0);
        QCOMPARE(sample(text, "lyceum_live_sockets"), 0.0);
        QVERIFY(sample(text, "process_open_fds") > 0);
        // Every line is a comment or "name{labels} value": nothing a client sent breaks it.
        static const QRegularExpression line(
            QStringLiteral("^(# (HELP|TYPE) .*|[a-z_]+(\\{[^\\n]*\\})? [-+0-9.eInf]+)$"));
        for (const QByteArray &l : text.split('\n')) {
            if (!l.isEmpty())
                QVERIFY2(line.match(QString::fromUtf8(l)).hasMatch(), l.constData());
        }
    }

    void metricsNeedTheTokenWhenOneIsSet() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        // Without a token, a loopback reader is enough.
        QCOMPARE(metrics(s).status, 200);
        s.http().setMetricsToken(QByteArrayLiteral("s3cret-metrics-token"));
        QCOMPARE(metrics(s).status, 401);
        QCOMPARE(metrics(s, "Bearer s3cret-metrics-token").status, 200);
        // Hostile readers: wrong token, a prefix, a longer one, another scheme, case games,
        // an access token of a member.
        const QString member = s.createAndLogin(QStringLiteral("member"), Role::Admin);
        for (const QByteArray &bad :
             {QByteArrayLiteral("Bearer s3cret-metrics-toke"),
              QByteArrayLiteral("Bearer s3cret-metrics-tokenX"),
              QByteArrayLiteral("Bearer S3CRET-METRICS-TOKEN"),
              QByteArrayLiteral("bearer s3cret-metrics-token"),
              QByteArrayLiteral("Basic czNjcmV0LW1ldHJpY3MtdG9rZW4="), QByteArrayLiteral("Bearer "),
              QByteArrayLiteral("Bearer  s3cret-metrics-token"),
              QByteArray("Bearer s3cret-metrics-token\0", 28),
              QByteArray("Bearer " + member.toUtf8())}) {
            const HttpReply r = metrics(s, bad);
            QVERIFY2(r.status == 401 || r.status == 400, bad.constData());
            QVERIFY(!r.body.contains("lyceum_http_requests_total"));
        }
        // Other methods are refused whoever asks.
        QCOMPARE(s.request("POST", QStringLiteral("/metrics"), "{}").status, 405);
    }

    void metricsWithoutATokenAreForThisMachineOnly() {
        using server::RuleBook;
        QVERIFY(!RuleBook::mayReadMetrics(QHostAddress::LocalHost, {}, {}));
        QVERIFY(!RuleBook::mayReadMetrics(QHostAddress::LocalHostIPv6, {}, {}));
        QVERIFY(!RuleBook::mayReadMetrics(QHostAddress(QStringLiteral("127.8.9.10")), {}, {}));
        for (const char *peer :
             {"10.0.0.5", "192.168.1.2", "::ffff:10.1.2.3", "2001:db8::1", "0.0.0.0", "::"}) {
            const auto verdict =
                RuleBook::mayReadMetrics(QHostAddress(QString::fromLatin1(peer)), {}, {});
            QVERIFY2(verdict && verdict->status == 403, peer);
        }
        // A token read from afar is fine; without it, afar is refused even with a loopback claim.
        QVERIFY(!RuleBook::mayReadMetrics(QHostAddress(QStringLiteral("10.0.0.5")), "Bearer tok",
                                          "tok"));
        const auto far = RuleBook::mayReadMetrics(QHostAddress(QStringLiteral("10.0.0.5")),
                                                  "Bearer 127.0.0.1", "tok");
        QVERIFY(far && far->status == 401);
    }

    void forwardedForIsBelievedFromTrustedProxiesOnly() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const auto metricsVia = [&](const QByteArray &header, const QByteArray &value) {
            return s
                .request("GET", QStringLiteral("/metrics"), {}, {}, "application/json",
                         {{header, value}})
                .status;
        };
        // Through a proxy on this machine, a loopback peer is not a local reader.
        QCOMPARE(metricsVia("X-Forwarded-For", "203.0.113.9"), 403);
        QCOMPARE(metricsVia("Forwarded", "for=203.0.113.9"), 403);
        QCOMPARE(metricsVia("X-Forwarded-For", "127.0.0.1"), 403);

        // Login failures count per client address behind a trusted proxy.
        server::ThrottleOptions throttle = s.http().loginThrottle().options();
        throttle.maxFailuresPerAddress = 2;
        throttle.maxFailuresPerHandle = 100;
        s.http().loginThrottle().setOptions(throttle);
        s.createAndLogin(QStringLiteral("victim"), Role::Learner);
        const auto wrongLogin = [&](const QByteArray &forwardedFor) {
            return s
                .request("POST", QStringLiteral("/api/v1/auth/login"),
                         QJsonDocument(
                             QJsonObject{{QStringLiteral("handle"), QStringLiteral("victim")},
                                         {QStringLiteral("password"), QStringLiteral("wrong")}})
                             .toJson(QJsonDocument::Compact),
                         {}, "application/json", {{"X-Forwarded-For", forwardedFor}})
                .status;
        };
        s.http().setTrustedProxies({QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"))});
        QCOMPARE(wrongLogin("198.51.100.1"), 401);
        QCOMPARE(wrongLogin("203.0.113.5, 198.51.100.1"), 401); // the proxy's entry is the last
        QCOMPARE(wrongLogin("198.51.100.1"), 429);
        QCOMPARE(wrongLogin("198.51.100.2"), 401); // another client is not locked out
        // Hostile forwarded-for values fall back to the proxy's own address.
        QCOMPARE(wrongLogin("not-an-address"), 401);
        QCOMPARE(wrongLogin(QByteArray(100, '1')), 401);
        QCOMPARE(wrongLogin("198.51.100.2, ::ffff:zzz"), 429); // proxy address: 2 failures now
        // Untrusted: everyone's claim is ignored, all count under the peer.
        s.http().setTrustedProxies({});
        QCOMPARE(wrongLogin("192.0.2.77"), 429);
    }

    void requestIdsComeFromTheProxyWhenSaneElseFresh() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        static const QRegularExpression fresh(QStringLiteral("^[0-9a-f]{32}$"));
        const auto idOf = [&](const QByteArray &sent, const QString &path) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!sent.isNull())
                headers.append({QByteArrayLiteral("X-Request-Id"), sent});
            const HttpReply r = s.request("GET", path, {}, {}, "application/json", headers);
            return r.headers.value("x-request-id");
        };
        const QString health = QStringLiteral("/api/v1/health");
        const QByteArray a = idOf({}, health);
        const QByteArray b = idOf({}, health);
        QVERIFY2(fresh.match(QString::fromLatin1(a)).hasMatch(), a.constData());
        QVERIFY(a != b);
        // HAProxy's unique-id (hex, ':', '_', '.', '-') passes through, on errors too.
        const QByteArray proxy = "7F000001:D2F4_7F000001:1F90_65A1B2C3_0001:2A3B.x-y";
        QCOMPARE(idOf(proxy, health), proxy);
        QCOMPARE(idOf(proxy, QStringLiteral("/api/v1/me")), proxy); // 401
        // Hostile ids are replaced, never echoed or logged.
        for (const QByteArray &bad :
             {QByteArray(129, 'a'), QByteArrayLiteral("has space"), QByteArrayLiteral("a\"b"),
              QByteArrayLiteral("<script>"), QByteArrayLiteral("id;drop"),
              QByteArray("\xe4\xb8\xad\xe6\x96\x87"), QByteArrayLiteral("{\"json\":1}")}) {
            const QByteArray got = idOf(bad, health);
            QVERIFY2(fresh.match(QString::fromLatin1(got)).hasMatch(), bad.constData());
        }
        QCOMPARE(idOf(QByteArray(128, 'a'), health), QByteArray(128, 'a'));
        // Control bytes cannot travel in a header Qt sends; the filter itself refuses them.
        for (const QByteArray &bad : {QByteArray("a\r\nSet-Cookie: x=1"), QByteArray("a\tb"),
                                      QByteArray("a\0b", 3), QByteArray()}) {
            QVERIFY(fresh.match(QString::fromLatin1(server::acceptRequestId(bad))).hasMatch());
        }
        // The asynchronous routes (login hashes on a pool) answer with it too.
        s.createAndLogin(QStringLiteral("who"), Role::Learner);
        QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("X-Request-Id"), proxy}};
        const HttpReply login = s.request(
            "POST", QStringLiteral("/api/v1/auth/login"),
            QJsonDocument(QJsonObject{{QStringLiteral("handle"), QStringLiteral("who")},
                                      {QStringLiteral("password"), QStringLiteral("wrong one")}})
                .toJson(QJsonDocument::Compact),
            {}, "application/json", headers);
        QCOMPARE(login.status, 401);
        QCOMPARE(login.headers.value("x-request-id"), proxy);
    }
};

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_server_ops.moc"
