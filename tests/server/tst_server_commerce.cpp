// Purchases and memberships over real HTTP against an in-process server with a ManualClock and
// the sandbox payment provider: a purchase unlocks the paid lesson through the feed; a declined
// card charges nothing; a double-submitted checkout and a replayed confirmation charge and grant
// once; coupon limits, expiry and scope; a refund locks the lesson again and closes with its
// window; memberships renew, lapse and end at the period's end as time moves; and no endpoint
// gives a paid lesson body to someone who has not paid.
#include "commerce_helpers.h"
#include "live_client.h"
#include "server/auth/auth_service.h"
#include "server/reco/neighbour_table.h"
#include "sync_fixture.h"

#include <QtTest>
#include <cmath>

using namespace lyceum;
using namespace lyceum::test;

namespace {

// The paid lesson's body as this token's feed has it, after following every page.
QString paidLessonBody(ServerHarness &s, const QString &token) {
    const QJsonArray all = s.syncAll(token);
    QString body;
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        if (str(c, "entity") == QLatin1String("lesson") && str(c, "id") == QLatin1String("l-paid"))
            body = str(c.value(QLatin1StringView("data")).toObject(), "body");
    }
    return body;
}

} // namespace

class TestServerCommerce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void purchaseUnlocksTheLesson() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(paidLessonBody(s, f.learner), QString()); // locked

        const HttpReply c = checkout(s, f.learner, course("c-paid"), QStringLiteral("key-0001"));
        QCOMPARE(c.status, 200);
        const QJsonObject order = orderOf(c);
        QCOMPARE(str(order, "status"), QStringLiteral("pending"));
        QCOMPARE(order.value(QLatin1StringView("amount")).toInteger(), 19900);
        QCOMPARE(str(order, "currency"), QStringLiteral("CNY"));
        QCOMPARE(str(order, "course"), QStringLiteral("c-paid"));
        QVERIFY(str(order, "number").startsWith(QLatin1String("LY-")));

        const HttpReply p = pay(s, f.learner, str(order, "id"), "4242 4242 4242 4242");
        QCOMPARE(p.status, 200);
        QCOMPARE(str(orderOf(p), "status"), QStringLiteral("paid"));
        QCOMPARE(str(orderOf(p), "card_last4"), QStringLiteral("4242"));
        QCOMPARE(orderOf(p).value(QLatin1StringView("refundable_until")).toInteger(),
                 s.clock().nowMs() + 14 * kDay);
        QCOMPARE(paidLessonBody(s, f.learner), kPaidBody);

        const QJsonObject wallet =
            s.get(QStringLiteral("/api/v1/commerce/wallet"), f.learner).json();
        const QJsonArray orders = wallet.value(QLatin1StringView("orders")).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(str(orders.first().toObject(), "status"), QStringLiteral("paid"));
        // Buying it again is refused: it is owned.
        QCOMPARE(checkout(s, f.learner, course("c-paid"), QStringLiteral("key-0002")).errorCode(),
                 QStringLiteral("already_owned"));
    }

    void declinedCardChargesNothing() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString id = str(
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("key-decline"))), "id");
        HttpReply p = pay(s, f.learner, id, "4000 0000 0000 0002");
        QCOMPARE(p.status, 402);
        QCOMPARE(p.errorCode(), QStringLiteral("card_declined"));
        QCOMPARE(s.http().paymentProvider().charges(), 0);
        QCOMPARE(paidLessonBody(s, f.learner), QString());
        p = pay(s, f.learner, id, "4000 0000 0000 0119");
        QCOMPARE(p.errorCode(), QStringLiteral("processing_error"));
        p = pay(s, f.learner, id, "4242 4242 4242 4241"); // not a card number
        QCOMPARE(p.errorCode(), QStringLiteral("invalid_card"));
        const QJsonArray orders = s.get(QStringLiteral("/api/v1/commerce/wallet"), f.learner)
                                      .json()
                                      .value(QLatin1StringView("orders"))
                                      .toArray();
        QCOMPARE(str(orders.first().toObject(), "status"), QStringLiteral("declined"));
        QCOMPARE(str(orders.first().toObject(), "reason"), QStringLiteral("invalid_card"));
        // Another card on the same order then succeeds.
        QCOMPARE(pay(s, f.learner, id, "4242424242424242").status, 200);
        QCOMPARE(s.http().paymentProvider().charges(), 1);
        QCOMPARE(paidLessonBody(s, f.learner), kPaidBody);
    }

    void doubleSubmitAndReplayChargeOnce() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject a =
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("dbl-key-1")));
        const QJsonObject b =
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("dbl-key-1")));
        QCOMPARE(str(a, "id"), str(b, "id"));
        QCOMPARE(pay(s, f.learner, str(a, "id"), "4242424242424242").status, 200);
        const HttpReply again = pay(s, f.learner, str(a, "id"), "4242424242424242");
        QCOMPARE(again.status, 200);
        QCOMPARE(str(orderOf(again), "status"), QStringLiteral("paid"));
        QCOMPARE(s.http().paymentProvider().charges(), 1);

        // The provider's confirmation arriving again changes nothing.
        auto rec = s.storage().orderById(str(a, "id"));
        QVERIFY(rec);
        server::ChargeOutcome outcome;
        outcome.kind = server::ChargeOutcome::Kind::Succeeded;
        outcome.eventId = s.http().paymentProvider().lastEventId();
        const qint64 seq = s.storage().latestSeq();
        {
            server::Transaction tx(s.storage());
            QVERIFY(!s.http().commerce().applyPaymentEvent(outcome.eventId, *rec, outcome));
            tx.commit();
        }
        QCOMPARE(s.storage().latestSeq(), seq); // no lesson re-emitted, nothing granted
        QCOMPARE(s.get(QStringLiteral("/api/v1/commerce/wallet"), f.learner)
                     .json()
                     .value(QLatin1StringView("orders"))
                     .toArray()
                     .size(),
                 1);
    }

    void couponRules() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        server::Coupon once;
        once.code = QStringLiteral("ONCE");
        once.amountOff = 5000;
        once.currency = QStringLiteral("CNY");
        once.maxUses = 1;
        s.storage().putCoupon(once);
        server::Coupon tenth;
        tenth.code = QStringLiteral("tenth");
        tenth.percentOff = 10;
        s.storage().putCoupon(tenth);
        server::Coupon old;
        old.code = QStringLiteral("OLD");
        old.percentOff = 50;
        old.expiresAt = s.clock().nowMs() - 1;
        s.storage().putCoupon(old);
        server::Coupon elsewhere;
        elsewhere.code = QStringLiteral("OTHER");
        elsewhere.percentOff = 50;
        elsewhere.courseId = QStringLiteral("c-free");
        s.storage().putCoupon(elsewhere);

        QJsonObject withCoupon = course("c-paid");
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("TENTH"));
        QJsonObject quoted =
            orderOf(checkout(s, f.learner, withCoupon, QStringLiteral("cpn-key-1")));
        QCOMPARE(quoted.value(QLatin1StringView("discount")).toInteger(), 1990);
        QCOMPARE(quoted.value(QLatin1StringView("amount")).toInteger(), 17910);
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("OLD"));
        QCOMPARE(checkout(s, f.learner, withCoupon, QStringLiteral("cpn-key-2")).errorCode(),
                 QStringLiteral("coupon_expired"));
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("OTHER"));
        QCOMPARE(checkout(s, f.learner, withCoupon, QStringLiteral("cpn-key-3")).errorCode(),
                 QStringLiteral("coupon_not_applicable"));
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("NOPE"));
        QCOMPARE(checkout(s, f.learner, withCoupon, QStringLiteral("cpn-key-4")).errorCode(),
                 QStringLiteral("coupon_invalid"));

        // ONCE: two quotes may exist, only one payment uses it.
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("ONCE"));
        const QJsonObject first =
            orderOf(checkout(s, f.learner, withCoupon, QStringLiteral("cpn-key-5")));
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner, &otherId);
        const QJsonObject second =
            orderOf(checkout(s, other, withCoupon, QStringLiteral("cpn-key-6")));
        QCOMPARE(first.value(QLatin1StringView("amount")).toInteger(), 14900);
        QCOMPARE(pay(s, f.learner, str(first, "id"), "4242424242424242").status, 200);
        const HttpReply late = pay(s, other, str(second, "id"), "4242424242424242");
        QCOMPARE(late.errorCode(), QStringLiteral("coupon_exhausted"));
        QCOMPARE(s.http().paymentProvider().charges(), 1);
        QCOMPARE(checkout(s, other, withCoupon, QStringLiteral("cpn-key-7")).errorCode(),
                 QStringLiteral("coupon_exhausted"));
        QCOMPARE(s.storage().couponByCode(QStringLiteral("once"))->used, 1);
    }

    void refundLocksAgainWithinTheWindow() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString id = str(
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("refund-key1"))), "id");
        QCOMPARE(pay(s, f.learner, id, "4242424242424242").status, 200);
        QCOMPARE(paidLessonBody(s, f.learner), kPaidBody);
        s.clock().advanceMs(3 * kDay);
        const QString learner = relogin(s, "learner");
        const HttpReply r = s.post(QStringLiteral("/api/v1/commerce/refund"),
                                   {{QStringLiteral("order_id"), id}}, learner);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(orderOf(r), "status"), QStringLiteral("refunded"));
        QCOMPARE(s.http().paymentProvider().refunds(), 1);
        QCOMPARE(paidLessonBody(s, learner), QString());
        // Someone else's order is not theirs to refund; a late refund is refused.
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("late"), Role::Learner, &otherId);
        const QString late =
            str(orderOf(checkout(s, other, course("c-paid"), QStringLiteral("refund-key2"))), "id");
        QCOMPARE(pay(s, other, late, "4242424242424242").status, 200);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), late}}, learner)
                     .status,
                 404);
        s.clock().advanceMs(15 * kDay);
        const QString otherAgain = relogin(s, "late");
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), late}}, otherAgain)
                     .errorCode(),
                 QStringLiteral("refund_window_closed"));
        QCOMPARE(paidLessonBody(s, otherAgain), kPaidBody);
    }

    void creatorSetsTheRefundWindow() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject three{{QStringLiteral("course_id"), QStringLiteral("c-paid")},
                                {QStringLiteral("days"), 3}};
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/policy"), three, f.learner).status, 403);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/policy"),
                        {{QStringLiteral("course_id"), QStringLiteral("c-paid")},
                         {QStringLiteral("days"), 365}},
                        f.creator)
                     .errorCode(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/policy"), three, f.creator).status, 200);
        const QString id = str(
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("window-key"))), "id");
        const HttpReply p = pay(s, f.learner, id, "4242424242424242");
        QCOMPARE(orderOf(p).value(QLatin1StringView("refundable_until")).toInteger(),
                 s.clock().nowMs() + 3 * kDay);
        s.clock().advanceMs(4 * kDay);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), id}}, relogin(s, "learner"))
                     .errorCode(),
                 QStringLiteral("refund_window_closed"));
    }

    void membershipsRenewLapseAndEnd() {
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
        QString bId, cId;
        const QString b = s.createAndLogin(QStringLiteral("renewfail"), Role::Learner, &bId);
        const QString c = s.createAndLogin(QStringLiteral("canceller"), Role::Learner, &cId);
        const auto subscribe = [&](const QString &token, const char *number, const QString &key) {
            const QString id = str(orderOf(checkout(s, token, tier("t-month"), key)), "id");
            return pay(s, token, id, number).status;
        };
        QCOMPARE(subscribe(f.learner, "4242424242424242", QStringLiteral("sub-key-a")), 200);
        QCOMPARE(subscribe(b, "4000000000000341", QStringLiteral("sub-key-b")), 200);
        QCOMPARE(subscribe(c, "4242424242424242", QStringLiteral("sub-key-c")), 200);
        for (const QString &t : {f.learner, b, c})
            QCOMPARE(paidLessonBody(s, t), kPaidBody);
        const QJsonArray subs = s.get(QStringLiteral("/api/v1/commerce/wallet"), c)
                                    .json()
                                    .value(QLatin1StringView("subscriptions"))
                                    .toArray();
        QCOMPARE(subs.size(), 1);
        const QString cSub = str(subs.first().toObject(), "id");
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/cancel"),
                        {{QStringLiteral("subscription_id"), cSub}}, c)
                     .status,
                 200);

        // Nothing is due before the period ends.
        s.clock().advanceMs(20 * kDay);
        QCOMPARE(s.http().commerce().processRenewals(), 0);
        s.clock().advanceMs(12 * kDay); // past one month
        QCOMPARE(s.http().commerce().processRenewals(), 3);
        QCOMPARE(s.http().commerce().processRenewals(), 0); // each period once
        QCOMPARE(s.http().paymentProvider().charges(), 4);  // 3 first + 1 renewal
        const QString learner = relogin(s, "learner");
        const QString bAgain = relogin(s, "renewfail");
        const QString cAgain = relogin(s, "canceller");

        const QJsonObject wallet = s.get(QStringLiteral("/api/v1/commerce/wallet"), learner).json();
        QCOMPARE(str(wallet.value(QLatin1StringView("subscriptions")).toArray().first().toObject(),
                     "status"),
                 QStringLiteral("active"));
        QCOMPARE(wallet.value(QLatin1StringView("orders")).toArray().size(), 2); // + renewal
        QCOMPARE(paidLessonBody(s, learner), kPaidBody);
        const auto status = [&](const QString &token) {
            return str(s.get(QStringLiteral("/api/v1/commerce/wallet"), token)
                           .json()
                           .value(QLatin1StringView("subscriptions"))
                           .toArray()
                           .first()
                           .toObject(),
                       "status");
        };
        QCOMPARE(status(bAgain), QStringLiteral("lapsed"));
        QCOMPARE(paidLessonBody(s, bAgain), QString());
        QCOMPARE(status(cAgain), QStringLiteral("canceled"));
        QCOMPARE(paidLessonBody(s, cAgain), QString());
    }

    void liveNoticesOfAPurchaseCarryTheBodyOnlyToTheBuyer() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QString buyerId;
        const QString buyer = s.createAndLogin(QStringLiteral("buyer2"), Role::Learner, &buyerId);
        // Both are up to date and listening.
        s.syncAll(f.learner);
        s.syncAll(buyer);
        LiveClient watcher(s.port(), f.learner);
        LiveClient payer(s.port(), buyer);
        QVERIFY(watcher.waitFor(QStringLiteral("ready")) >= 0);
        QVERIFY(payer.waitFor(QStringLiteral("ready")) >= 0);
        const QString id =
            str(orderOf(checkout(s, buyer, course("c-paid"), QStringLiteral("live-key-1"))), "id");
        QCOMPARE(pay(s, buyer, id, "4242424242424242").status, 200);
        const qint64 seq = s.storage().latestSeq();
        const QByteArray secret = kPaidBody.toUtf8();
        const QJsonObject toPayer = payer.waitForSeq(seq);
        QVERIFY(!toPayer.isEmpty());
        QVERIFY(QJsonDocument(toPayer).toJson().contains(secret)); // the re-emitted lesson
        const QJsonObject toWatcher = watcher.waitForSeq(seq);
        QVERIFY(!toWatcher.isEmpty());
        QVERIFY2(!QJsonDocument(toWatcher).toJson().contains(secret),
                 QJsonDocument(toWatcher).toJson().constData());
        // A later commit, and its notice reaching the watcher, proves that every notice of the
        // purchase has been delivered before the watcher's messages are searched.
        QString thirdId;
        s.createAndLogin(QStringLiteral("buyer3"), Role::Learner, &thirdId);
        s.storage().grantEntitlement(thirdId, QStringLiteral("c-paid"), s.clock().nowMs());
        const qint64 marker = s.storage().latestSeq();
        QVERIFY(marker > seq);
        QCOMPARE(watcher.waitForSeq(marker).value(QLatin1StringView("seq")).toInteger(), marker);
        for (const QJsonObject &m : std::as_const(watcher.messages))
            QVERIFY(!QJsonDocument(m).toJson().contains(secret));
    }

    void neighbourTableDropsRarePairs() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // Six users hold c-paid and c-free; four of them also c-draft.
        for (int i = 0; i < 6; ++i) {
            QString id;
            s.createAndLogin(QStringLiteral("n%1").arg(i), Role::Learner, &id);
            s.storage().grantEntitlement(id, QStringLiteral("c-paid"), 0);
            s.storage().grantEntitlement(id, QStringLiteral("c-free"), 0);
            if (i < 4)
                s.storage().grantEntitlement(id, QStringLiteral("c-draft"), 0);
        }
        const HttpReply r = s.get(QStringLiteral("/api/v1/reco/neighbours"), f.learner);
        QCOMPARE(r.status, 200);
        const QJsonArray pairs = r.json().value(QLatin1StringView("pairs")).toArray();
        QCOMPARE(r.json().value(QLatin1StringView("min_users")).toInt(), server::kMinPairUsers);
        QCOMPARE(pairs.size(), 1); // the two pairs with c-draft have 4 users: dropped
        const QJsonObject p = pairs.first().toObject();
        QCOMPARE(str(p, "a"), QStringLiteral("c-free"));
        QCOMPARE(str(p, "b"), QStringLiteral("c-paid"));
        QCOMPARE(p.value(QLatin1StringView("users")).toInt(), 6);
        // c-paid has 7 holders (the fixture's buyer too), c-free 6: 6 / sqrt(42).
        QVERIFY(std::abs(p.value(QLatin1StringView("similarity")).toDouble() -
                         6 / std::sqrt(42.0)) < 1e-9);
        QVERIFY(!r.body.contains("u-n0")); // no user in it

        // The pure function at the threshold.
        const QVector<QPair<QString, QString>> rows{{QStringLiteral("u1"), QStringLiteral("x")},
                                                    {QStringLiteral("u1"), QStringLiteral("y")},
                                                    {QStringLiteral("u2"), QStringLiteral("x")},
                                                    {QStringLiteral("u2"), QStringLiteral("y")},
                                                    {QStringLiteral("u2"), QStringLiteral("y")}};
        QCOMPARE(server::neighbourPairs(rows, 2).size(), 1);
        QCOMPARE(server::neighbourPairs(rows, 3).size(), 0);
        QCOMPARE(server::neighbourPairs(rows, 2).first().similarity, 1.0);
    }

    // Every route is swept for paid bodies in tst_server_leaks; here, a stranger whose payment
    // is declined is still shown none.
    void declinedPaymentUnlocksNothing() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(Tier{QStringLiteral("t-year"),
                                 QStringLiteral("年卡"),
                                 QStringLiteral("year"),
                                 30000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            0);
        const QByteArray secret = kPaidBody.toUtf8();
        const QString stranger = s.createAndLogin(QStringLiteral("stranger"), Role::Learner);
        QVERIFY(!QJsonDocument(s.syncAll(stranger)).toJson().contains(secret));
        // A declined payment unlocks nothing either.
        const QString order =
            str(orderOf(checkout(s, stranger, tier("t-year"), QStringLiteral("leak-key-2"))), "id");
        QCOMPARE(pay(s, stranger, order, "4000000000000002").status, 402);
        QVERIFY(!QJsonDocument(s.syncAll(stranger)).toJson().contains(secret));
        // The buyer of the fixture does get it: the check above can fail.
        QVERIFY(QJsonDocument(s.syncAll(f.entitled)).toJson().contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestServerCommerce)
#include "tst_server_commerce.moc"
