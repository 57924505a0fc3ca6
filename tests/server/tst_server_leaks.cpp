// No route a learner can call hands out a paid lesson's body to someone who has not bought it.
// The routes are not listed here: the sweep walks the server's own route table
// (HttpServer::routeTable), so a route added later is swept without anyone remembering to, and
// each is called with every id a handler might read (in the query and in a JSON body) pointing
// at the paid course, its paid lesson and its threads. The live channel is swept too.
#include "live_client.h"
#include "server/storage/storage.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

const char *methodName(QHttpServerRequest::Method m) {
    using M = QHttpServerRequest::Method;
    return m == M::Get ? "GET" : m == M::Post ? "POST" : m == M::Put ? "PUT" : "DELETE";
}

// The names a handler reads an id under, in queries and bodies across the API.
const QStringList &idNames() {
    static const QStringList names{
        QStringLiteral("id"),        QStringLiteral("course"),    QStringLiteral("course_id"),
        QStringLiteral("lesson"),    QStringLiteral("lesson_id"), QStringLiteral("thread"),
        QStringLiteral("thread_id"), QStringLiteral("post_id"),   QStringLiteral("item_id"),
        QStringLiteral("draft_id"),  QStringLiteral("target_id"), QStringLiteral("upload_id"),
        QStringLiteral("order_id"),  QStringLiteral("tier_id"),   QStringLiteral("user_id")};
    return names;
}

// The query: every id name set to value, and the paging a list route may read.
QString sweepQuery(const QString &value) {
    QUrlQuery q;
    for (const QString &name : idNames())
        q.addQueryItem(name, value);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
    q.addQueryItem(QStringLiteral("kind"), QStringLiteral("lesson"));
    return q.toString(QUrl::FullyEncoded);
}

QByteArray sweepBody(const QString &value) {
    QJsonObject body;
    for (const QString &name : idNames())
        body.insert(name, value);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerLeaks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRouteLeaksPaidBodies() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString stranger = s.createAndLogin(QStringLiteral("stranger"), Role::Learner);
        const QByteArray secret = kPaidBody.toUtf8();
        const QVector<server::HttpServer::RouteInfo> &routes = s.http().routeTable();
        QVERIFY(routes.size() >= 30);
        const QStringList values{QStringLiteral("l-paid"), QStringLiteral("c-paid"),
                                 QStringLiteral("t-space")};
        int calls = 0;
        int answered = 0;
        for (const auto &route : routes) {
            if (route.action == server::Action::SignOut)
                continue; // would end the session the sweep uses
            for (const QString &token : {f.learner, stranger}) {
                for (const QString &value : values) {
                    const QString path = route.path + QLatin1Char('?') + sweepQuery(value);
                    const HttpReply r =
                        s.request(methodName(route.method), path, sweepBody(value), token);
                    ++calls;
                    if (r.status >= 200 && r.status < 300)
                        ++answered;
                    QVERIFY2(!r.body.contains(secret),
                             qPrintable(QString::fromLatin1(methodName(route.method)) +
                                        QLatin1Char(' ') + route.path));
                }
            }
        }
        // The sweep reached handlers, not only refusals: most reads answer a signed-in learner.
        QVERIFY2(answered > calls / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(calls)));

        // The same sweep with the buyer finds the body in the feed: the check above can fail.
        bool buyerSees = false;
        for (const auto &route : routes) {
            if (route.path != QLatin1String("/api/v1/sync"))
                continue;
            const HttpReply r =
                s.request(methodName(route.method), route.path + QLatin1Char('?') + sweepQuery({}),
                          {}, f.entitled);
            buyerSees = r.body.contains(secret);
        }
        QVERIFY(buyerSees);
    }

    // A change under the paid course reaches every live socket; the body only the buyer's.
    void theLiveChannelLeaksNoPaidBody() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        LiveClient learner(s.port(), f.learner);
        LiveClient buyer(s.port(), f.entitled);
        QVERIFY(learner.waitConnected());
        QVERIFY(buyer.waitConnected());
        QVERIFY(learner.waitFor(QStringLiteral("ready")) >= 0);
        QVERIFY(buyer.waitFor(QStringLiteral("ready")) >= 0);
        // A grant to someone else re-emits the paid course's lessons: changes under the course.
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner);
        const QJsonObject me = s.get(QStringLiteral("/api/v1/me"), other).json();
        s.storage().grantEntitlement(me.value(QLatin1StringView("user"))
                                         .toObject()
                                         .value(QLatin1StringView("id"))
                                         .toString(),
                                     QStringLiteral("c-paid"), s.clock().nowMs());
        const qint64 seq = s.storage().latestSeq();
        const QJsonObject toLearner = learner.waitForSeq(seq);
        const QJsonObject toBuyer = buyer.waitForSeq(seq);
        QVERIFY(!toLearner.isEmpty());
        QVERIFY(!toBuyer.isEmpty());
        const QByteArray learnerText = QJsonDocument(toLearner).toJson();
        QVERIFY(learnerText.contains("l-paid")); // the change itself did reach the learner
        QVERIFY(!learnerText.contains(kPaidBody.toUtf8()));
        QVERIFY(QJsonDocument(toBuyer).toJson().contains(kPaidBody.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerLeaks)
#include "tst_server_leaks.moc"
