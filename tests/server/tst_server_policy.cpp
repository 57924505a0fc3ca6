// The permission rule book (server/policy/) over real HTTP against an in-process server: every
// route and every mutation type declares an action, and a banned account is refused by each one
// a ban stops (and by none other); a ban stops a scheduled announcement, an upload under way, an
// image and a refund policy, a moderator's further bans and a member's renewal; the moderation
// hierarchy; bans that end; and each space's rules of who starts threads and who replies.
#include "server/moderation/moderation_storage.h"
#include "server/policy/rule_book.h"
#include "sync_fixture.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("pm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

// "applied" or the refusal's code.
QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QString act(ServerHarness &s, const QString &token, const QString &type, const QJsonObject &args) {
    return outcome(mutate(s, token, type, args));
}

QJsonObject ban(const QString &userId, qint64 until = 0) {
    QJsonObject o{{QStringLiteral("target_kind"), QStringLiteral("user")},
                  {QStringLiteral("target_id"), userId},
                  {QStringLiteral("action"), QStringLiteral("ban")},
                  {QStringLiteral("reason"), QStringLiteral("spam_links")}};
    if (until)
        o.insert(QStringLiteral("until"), until);
    return o;
}

QJsonObject reply(const QString &id, const QString &threadId) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("thread_id"), threadId},
            {QStringLiteral("body"), QStringLiteral("回复 reply")}};
}

QJsonObject newThread(const QString &id, const QString &spaceId) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("新话题")},
            {QStringLiteral("kind"), QStringLiteral("discussion")},
            {QStringLiteral("body"), QStringLiteral("内容")},
            {QStringLiteral("first_post_id"), QString(id + QStringLiteral("-p"))},
            {QStringLiteral("space_id"), spaceId}};
}

// A space with rules, and its first thread (by the creator).
void addSpace(ServerHarness &s, const QString &id, SpaceAudience start, SpaceAudience replies,
              const QString &creatorId) {
    server::SeedData d;
    Space space{id, id, id, QStringLiteral("rules"), 9, start, replies};
    d.spaces.append(space);
    Thread t;
    t.id = QStringLiteral("t-") + id;
    t.spaceId = id;
    t.authorId = creatorId;
    t.title = QStringLiteral("欢迎");
    t.postCount = 1;
    d.threads.append(t);
    Post p;
    p.id = QStringLiteral("p-") + id;
    p.threadId = t.id;
    p.authorId = creatorId;
    p.body = QStringLiteral("第一帖");
    d.posts.append(p);
    s.storage().bulkInsert(d);
}

// The staff accounts of SyncFixture have no ids there; they are looked up by handle.
QString idOf(ServerHarness &s, const char *handle) {
    return s.storage().accountByHandle(QLatin1String(handle))->user.id;
}

QByteArray methodName(QHttpServerRequest::Method m) {
    using M = QHttpServerRequest::Method;
    return m == M::Get ? "GET" : m == M::Post ? "POST" : m == M::Put ? "PUT" : "DELETE";
}

} // namespace

class TestServerPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRouteDeclaresAnActionAndABanStopsItsWrites() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QVector<server::HttpServer::RouteInfo> &routes = s.http().routeTable();
        QVERIFY(routes.size() >= 30);
        QSet<QString> seen;
        for (const auto &route : routes) {
            QVERIFY2(!server::actionName(route.action).isEmpty(), qPrintable(route.path));
            const QString key = QString::fromLatin1(methodName(route.method)) + route.path;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            // Only the routes without an account are public.
            QCOMPARE(route.action == server::Action::Public ||
                         route.action == server::Action::Live ||
                         route.action == server::Action::SignedMedia ||
                         route.action == server::Action::ReadMetrics,
                     !route.authed);
        }
        // The writes found in the issue are declared as what they are.
        const auto actionOf = [&](const char *method, const char *path) {
            for (const auto &route : routes)
                if (methodName(route.method) == method && route.path == QLatin1String(path))
                    return server::actionName(route.action);
            return QString();
        };
        QCOMPARE(actionOf("PUT", "/api/v1/media/uploads/chunk"), QStringLiteral("upload_video"));
        QCOMPARE(actionOf("PUT", "/api/v1/media/images/upload"), QStringLiteral("upload_image"));
        QCOMPARE(actionOf("POST", "/api/v1/commerce/policy"), QStringLiteral("set_refund_policy"));

        // An admin may attempt everything; banned, every route a ban stops refuses them first,
        // whatever the body, and the others still answer them.
        s.storage().moderation()->setBanned(idOf(s, "boss"), true, s.clock().nowMs());
        for (const auto &route : routes) {
            if (!route.authed || route.action == server::Action::SignOut)
                continue; // signing out would end the session the walk uses
            const HttpReply r = s.request(methodName(route.method), route.path, "{}", f.admin);
            const bool refusedForBan = r.status == 403 && r.errorCode() == QLatin1String("banned");
            QVERIFY2(
                refusedForBan == server::banStops(route.action),
                qPrintable(route.path +
                           QStringLiteral(" answered %1 %2").arg(r.status).arg(r.errorCode())));
        }
    }

    void everyMutationTypeDeclaresAnAction() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const auto types = server::MutationService::declaredActions();
        QVERIFY(types.size() >= 19);
        s.storage().moderation()->setBanned(idOf(s, "boss"), true, s.clock().nowMs());
        for (const auto &[type, action] : types) {
            QVERIFY2(!server::actionName(action).isEmpty(), qPrintable(type));
            const QString code = act(s, f.admin, type, {});
            QVERIFY2((code == QLatin1String("banned")) == server::banStops(action),
                     qPrintable(type + QStringLiteral(": ") + code));
        }
        // A type outside the table is not applied.
        QCOMPARE(act(s, f.learner, QStringLiteral("space.create"), {}),
                 QStringLiteral("invalid_field"));
    }

    void aBanStopsAScheduledAnnouncement() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const qint64 at = s.clock().nowMs() + 3600 * 1000;
        const QJsonObject announcement{{QStringLiteral("draft_id"), QStringLiteral("d-ann")},
                                       {QStringLiteral("kind"), QStringLiteral("announcement")},
                                       {QStringLiteral("item_id"), QStringLiteral("t-ann")},
                                       {QStringLiteral("first_post_id"), QStringLiteral("p-ann")},
                                       {QStringLiteral("space_id"), QStringLiteral("s1")},
                                       {QStringLiteral("title"), QStringLiteral("限时优惠")},
                                       {QStringLiteral("body"), QStringLiteral("加我微信。")},
                                       {QStringLiteral("publish_at"), at}};
        QCOMPARE(act(s, f.creator, QStringLiteral("draft.publish"), announcement),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.creatorId)),
                 QStringLiteral("applied"));
        s.clock().setMs(at + 1000);
        QCOMPARE(s.http().studio().publishDue(), 0);
        QVERIFY(!s.storage().threadById(QStringLiteral("t-ann")));
        // Recorded as refused, for the creator to see.
        const QString creator = str(s.login(QStringLiteral("author"), kPassword), "access_token");
        const QJsonObject item = s.get(QStringLiteral("/api/v1/studio/scheduled"), creator)
                                     .json()
                                     .value(QLatin1StringView("scheduled"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(str(item, "state"), QStringLiteral("failed"));
        QCOMPARE(str(item.value(QLatin1StringView("error")).toObject(), "code"),
                 QStringLiteral("banned"));
        QCOMPARE(s.http().studio().publishDue(), 0); // and not tried again
    }

    void aBanStopsUploadsImagesAndRefundPolicies() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QByteArray bytes(4096, 'v');
        const QJsonObject start{
            {QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
            {QStringLiteral("size"), bytes.size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("file_name"), QStringLiteral("v.mp4")}};
        const HttpReply started = s.post(QStringLiteral("/api/v1/media/uploads"), start, f.creator);
        QCOMPARE(started.status, 200);
        const QString id = str(started.json(), "upload_id");
        const auto chunk = [&](int offset) {
            return s.request(
                "PUT",
                QStringLiteral("/api/v1/media/uploads/chunk?id=%1&offset=%2").arg(id).arg(offset),
                bytes.mid(offset, 1024), f.creator, "application/octet-stream");
        };
        QCOMPARE(chunk(0).status, 200);

        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.creatorId)),
                 QStringLiteral("applied"));
        // The upload under way stops at the next chunk.
        const HttpReply refused = chunk(1024);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("banned"));
        QCOMPARE(s.post(QStringLiteral("/api/v1/media/uploads"), start, f.creator).errorCode(),
                 QStringLiteral("banned"));
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x');
        const HttpReply image =
            s.request("PUT", QStringLiteral("/api/v1/media/images/upload?id=img-b"), png, f.creator,
                      "application/octet-stream");
        QCOMPARE(image.status, 403);
        QCOMPARE(image.errorCode(), QStringLiteral("banned"));
        const HttpReply policy = s.post(
            QStringLiteral("/api/v1/commerce/policy"),
            {{QStringLiteral("course_id"), QStringLiteral("c-paid")}, {QStringLiteral("days"), 0}},
            f.creator);
        QCOMPARE(policy.status, 403);
        QCOMPARE(policy.errorCode(), QStringLiteral("banned"));
        // Reading still works: a ban is not a lock-out.
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), f.creator).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/drafts"), f.creator).status, 200);
    }

    void aBannedMemberIsNotChargedAgain() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(Tier{QStringLiteral("t-month"),
                                 QStringLiteral("月卡"),
                                 QStringLiteral("month"),
                                 3000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            0);
        const HttpReply order =
            s.post(QStringLiteral("/api/v1/commerce/checkout"),
                   {{QStringLiteral("tier_id"), QStringLiteral("t-month")},
                    {QStringLiteral("idempotency_key"), QStringLiteral("policy-sub")}},
                   f.learner);
        const QString orderId =
            str(order.json().value(QLatin1StringView("order")).toObject(), "id");
        const HttpReply paid =
            s.post(QStringLiteral("/api/v1/commerce/pay"),
                   {{QStringLiteral("order_id"), orderId},
                    {QStringLiteral("card"),
                     QJsonObject{{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                                 {QStringLiteral("exp_month"), 12},
                                 {QStringLiteral("exp_year"), 2030},
                                 {QStringLiteral("cvc"), QStringLiteral("123")}}}},
                   f.learner);
        QCOMPARE(paid.status, 200);
        const int charges = s.http().paymentProvider().charges();
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.learnerId)),
                 QStringLiteral("applied"));
        s.clock().advanceMs(32LL * 24 * 3600 * 1000);
        QCOMPARE(s.http().commerce().processRenewals(), 1);
        QCOMPARE(s.http().paymentProvider().charges(), charges); // not charged again
        const QString learner = str(s.login(QStringLiteral("learner"), kPassword), "access_token");
        const QJsonObject sub = s.get(QStringLiteral("/api/v1/commerce/wallet"), learner)
                                    .json()
                                    .value(QLatin1StringView("subscriptions"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY2(str(sub, "status") != QLatin1String("active"), qPrintable(str(sub, "status")));
    }

    void bannedStaffNoLongerModerate() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(act(s, f.admin, QStringLiteral("moderation.act"), ban(idOf(s, "mod"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.learnerId)),
                 QStringLiteral("banned"));
        QCOMPARE(s.get(QStringLiteral("/api/v1/moderation/queue"), f.moderator).errorCode(),
                 QStringLiteral("banned"));
        // An admin banned (by the operator, in the database) stops too.
        s.storage().moderation()->setBanned(idOf(s, "boss"), true, s.clock().nowMs());
        QCOMPARE(act(s, f.admin, QStringLiteral("moderation.act"), ban(f.learnerId)),
                 QStringLiteral("banned"));
        QVERIFY(!s.storage().moderation()->isBanned(f.learnerId, s.clock().nowMs()));
    }

    void moderationHierarchy() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QString mod2Id;
        const QString mod2 = s.createAndLogin(QStringLiteral("mod2"), Role::Moderator, &mod2Id);
        const QString modId = idOf(s, "mod");
        const QString adminId = idOf(s, "boss");
        const auto ban1 = [&](const QString &token, const QString &who) {
            return act(s, token, QStringLiteral("moderation.act"), ban(who));
        };
        QCOMPARE(ban1(f.moderator, adminId), QStringLiteral("forbidden")); // the case
        QCOMPARE(ban1(f.moderator, mod2Id), QStringLiteral("forbidden"));
        QCOMPARE(ban1(f.moderator, modId), QStringLiteral("forbidden")); // nobody on themselves
        QCOMPARE(ban1(f.admin, adminId), QStringLiteral("forbidden"));
        QCOMPARE(ban1(f.learner, f.creatorId), QStringLiteral("forbidden"));
        // Not the admin's post either: hiding is acting on its author.
        addSpace(s, QStringLiteral("s-x"), SpaceAudience::Everyone, SpaceAudience::Everyone,
                 adminId);
        QCOMPARE(act(s, f.learner, QStringLiteral("report.create"),
                     {{QStringLiteral("id"), QStringLiteral("r-1")},
                      {QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-s-x")},
                      {QStringLiteral("reason"), QStringLiteral("spam")}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, mod2, QStringLiteral("moderation.act"),
                     {{QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-s-x")},
                      {QStringLiteral("action"), QStringLiteral("hide")}}),
                 QStringLiteral("forbidden"));
        QCOMPARE(act(s, mod2, QStringLiteral("moderation.act"),
                     {{QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-s-x")},
                      {QStringLiteral("action"), QStringLiteral("approve")}}),
                 QStringLiteral("applied")); // closing the report acts on nobody
        QVERIFY(!s.storage().moderation()->isBanned(adminId, s.clock().nowMs()));
        // Moderators act on learners and creators; only admins on moderators.
        QCOMPARE(ban1(f.moderator, f.creatorId), QStringLiteral("applied"));
        QCOMPARE(ban1(f.admin, mod2Id), QStringLiteral("applied"));
        QVERIFY(s.storage().moderation()->isBanned(mod2Id, s.clock().nowMs()));
    }

    void bansMayEnd() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const qint64 now = s.clock().nowMs();
        const qint64 hour = 3600 * 1000;
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.learnerId, now - 1)),
                 QStringLiteral("invalid_field")); // an end in the past
        QJsonObject warnUntil = ban(f.learnerId, now + hour);
        warnUntil[QStringLiteral("action")] = QStringLiteral("warn");
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), warnUntil),
                 QStringLiteral("invalid_field"));
        QJsonObject badUntil = ban(f.learnerId);
        badUntil[QStringLiteral("until")] = QStringLiteral("tomorrow");
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"), badUntil),
                 QStringLiteral("invalid_field"));

        QCOMPARE(
            act(s, f.moderator, QStringLiteral("moderation.act"), ban(f.learnerId, now + hour)),
            QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-b1"), QStringLiteral("t-space"))),
                 QStringLiteral("banned"));
        // Past its end the ban no longer applies, without anything having run.
        s.clock().advanceMs(hour + 1);
        const QString learner = str(s.login(QStringLiteral("learner"), kPassword), "access_token");
        QCOMPARE(act(s, learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-b2"), QStringLiteral("t-space"))),
                 QStringLiteral("applied"));

        // A ban without end does not end.
        const QString mod = str(s.login(QStringLiteral("mod"), kPassword), "access_token");
        QCOMPARE(act(s, mod, QStringLiteral("moderation.act"), ban(f.learnerId)),
                 QStringLiteral("applied"));
        s.clock().advanceMs(1000LL * 24 * hour);
        QVERIFY(s.storage().moderation()->isBanned(f.learnerId, s.clock().nowMs()));
    }

    void spacesSayWhoStartsThreadsAndWhoReplies() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // s1 holds c-paid, which "buyer" holds (the fixture's entitlement).
        addSpace(s, QStringLiteral("s-news"), SpaceAudience::Staff, SpaceAudience::Everyone,
                 f.creatorId);
        QCOMPARE(act(s, f.learner, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-l"), QStringLiteral("s-news"))),
                 QStringLiteral("not_allowed_here")); // the case
        QCOMPARE(act(s, f.creator, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-c"), QStringLiteral("s-news"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-m"), QStringLiteral("s-news"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-l"), QStringLiteral("t-s-news"))),
                 QStringLiteral("applied")); // replies: everyone

        addSpace(s, QStringLiteral("s-club"), SpaceAudience::Members, SpaceAudience::Members,
                 f.creatorId);
        // Members of s-club: holders of a course of s-club; none yet but staff.
        QCOMPARE(act(s, f.entitled, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-e"), QStringLiteral("t-s-club"))),
                 QStringLiteral("not_allowed_here"));
        QCOMPARE(act(s, f.creator, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-c"), QStringLiteral("t-s-club"))),
                 QStringLiteral("applied"));
        // Membership: holding or having created one of the space's courses.
        QVERIFY(s.storage().isSpaceMember(idOf(s, "buyer"), QStringLiteral("s1")));
        QVERIFY(!s.storage().isSpaceMember(f.learnerId, QStringLiteral("s1")));
        QVERIFY(s.storage().isSpaceMember(f.creatorId, QStringLiteral("s1")));
        QVERIFY(!s.storage().isSpaceMember(idOf(s, "buyer"), QStringLiteral("s-club")));

        // The studio's posts follow the same rules.
        const QJsonObject post{{QStringLiteral("draft_id"), QStringLiteral("d-p")},
                               {QStringLiteral("kind"), QStringLiteral("post")},
                               {QStringLiteral("item_id"), QStringLiteral("t-studio")},
                               {QStringLiteral("first_post_id"), QStringLiteral("p-studio")},
                               {QStringLiteral("space_id"), QStringLiteral("s-news")},
                               {QStringLiteral("title"), QStringLiteral("本周直播")},
                               {QStringLiteral("body"), QStringLiteral("周三晚八点。")}};
        QCOMPARE(act(s, f.creator, QStringLiteral("draft.publish"), post),
                 QStringLiteral("applied"));

        // The rules reach every reader with the space.
        const QJsonObject change =
            findChange(s.syncAll(f.learner), QStringLiteral("space"), QStringLiteral("s-news"))
                .value(QLatin1StringView("data"))
                .toObject();
        QCOMPARE(str(change, "start_threads"), QStringLiteral("staff"));
        QCOMPARE(str(change, "reply"), QStringLiteral("everyone"));
    }

    void membersAreHoldersOfTheSpacesCourses() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // s1's courses: c-paid (held by "buyer"), c-free, c-draft; make s1 members-only.
        server::SeedData d;
        d.spaces.append(Space{QStringLiteral("s-m"), QStringLiteral("m"), QStringLiteral("m"),
                              QString(), 5, SpaceAudience::Members, SpaceAudience::Members});
        Course course = *s.storage().courseById(QStringLiteral("c-paid"));
        course.id = QStringLiteral("c-m");
        course.spaceId = QStringLiteral("s-m");
        d.courses.append(course);
        s.storage().bulkInsert(d);
        QString holderId;
        const QString holder = s.createAndLogin(QStringLiteral("holder"), Role::Learner, &holderId);
        {
            server::Transaction tx(s.storage());
            s.storage().grantEntitlement(holderId, QStringLiteral("c-m"), s.clock().nowMs());
            tx.commit();
        }
        QCOMPARE(act(s, holder, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-h"), QStringLiteral("s-m"))),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, QStringLiteral("thread.create"),
                     newThread(QStringLiteral("t-x"), QStringLiteral("s-m"))),
                 QStringLiteral("not_allowed_here"));
        QCOMPARE(act(s, f.learner, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-x"), QStringLiteral("t-h"))),
                 QStringLiteral("not_allowed_here"));
        QCOMPARE(act(s, holder, QStringLiteral("post.create"),
                     reply(QStringLiteral("p-h"), QStringLiteral("t-h"))),
                 QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TestServerPolicy)
#include "tst_server_policy.moc"
