// The money paths against a hostile member, over real HTTP against an in-process server with a
// ManualClock and the sandbox provider: a client's idempotency key cannot stand in for a
// renewal, and a renewal trusts only its own order; orders expire and are priced again at
// payment (a raised price, a free course turned paid, a changed coupon, a withdrawn course);
// one active membership per tier, also when two checkouts are paid at once, with an explicit
// tier switch; and commerce.2 carries an old database over (namespaced keys, expired orders,
// duplicate memberships ended).
#include "commerce_helpers.h"
#include "server/storage/migrations.h"
#include "server/storage/sql_dialect.h"
#include "sync_fixture.h"

#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr qint64 kMinute = 60LL * 1000;

qint64 num(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toInteger();
}

QJsonObject errorOf(const HttpReply &r) {
    return r.json().value(QLatin1StringView("error")).toObject();
}

Tier monthly(const char *id = "t-month", qint64 price = 3000) {
    return Tier{QLatin1String(id),
                QStringLiteral("月卡"),
                QStringLiteral("month"),
                price,
                QStringLiteral("CNY"),
                true,
                {}};
}

} // namespace

class TestServerCommerceTrust : public QObject {
    Q_OBJECT

    static QJsonArray subscriptions(ServerHarness &s, const QString &token) {
        return s.get(QStringLiteral("/api/v1/commerce/wallet"), token)
            .json()
            .value(QLatin1StringView("subscriptions"))
            .toArray();
    }
    static int activeSubscriptions(ServerHarness &s, const QString &token) {
        int n = 0;
        for (const QJsonValue &v : subscriptions(s, token))
            n += str(v.toObject(), "status") == QLatin1String("active");
        return n;
    }
    static void setPrice(ServerHarness &s, const char *courseId, qint64 price) {
        std::optional<Course> c = s.storage().courseById(QLatin1String(courseId));
        QVERIFY(c);
        c->price = price;
        s.storage().putCourse(*c);
    }

private Q_SLOTS:
    // The free renewal: a learner's own checkout under the renewal's old key, paid at 0.00,
    // was found by the renewal and taken as "charged in a run that stopped".
    void clientKeyCannotMakeARenewalFree() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        Tier narrow = monthly();
        narrow.allCourses = false; // so that c-paid stays for sale to the member
        narrow.courseIds = {QStringLiteral("c-free")};
        s.storage().putTier(narrow, 0);
        const QString first = str(
            orderOf(checkout(s, f.learner, tier("t-month"), QStringLiteral("sub-key-1"))), "id");
        QCOMPARE(pay(s, f.learner, first).status, 200);
        const QJsonObject sub = subscriptions(s, f.learner).first().toObject();
        const QString subId = str(sub, "id");
        const qint64 end = num(sub, "current_period_end");
        QCOMPARE(s.http().paymentProvider().charges(), 1);

        // Every key a client could send for that renewal: the namespaced forms left pending,
        // the old form paid (the course it buys is charged once, as it should be).
        for (const QString &key : {QStringLiteral("renewal:%1:%2").arg(subId).arg(end),
                                   QStringLiteral("%1:%2").arg(subId).arg(end)})
            QCOMPARE(checkout(s, f.learner, course("c-paid"), key).status, 200);
        const QString old = QStringLiteral("renew:%1:%2").arg(subId).arg(end);
        const HttpReply bait = checkout(s, f.learner, course("c-paid"), old);
        QCOMPARE(bait.status, 200);
        QCOMPARE(pay(s, f.learner, str(orderOf(bait), "id")).status, 200);
        QCOMPARE(s.http().paymentProvider().charges(), 2);

        s.clock().advanceMs(32 * kDay);
        QCOMPARE(s.http().commerce().processRenewals(), 1);
        QCOMPARE(s.http().paymentProvider().charges(), 3); // the renewal charged the saved card
        const QString learner = relogin(s, "learner");
        const QJsonObject wallet = s.get(QStringLiteral("/api/v1/commerce/wallet"), learner).json();
        QJsonObject renewal;
        for (const QJsonValue &v : wallet.value(QLatin1StringView("orders")).toArray())
            if (v.toObject().value(QLatin1StringView("renewal")).toBool())
                renewal = v.toObject();
        QCOMPARE(str(renewal, "status"), QStringLiteral("paid"));
        QCOMPARE(num(renewal, "amount"), 3000);
        QCOMPARE(str(renewal, "tier"), QStringLiteral("t-month"));
        const QJsonObject after = subscriptions(s, learner).first().toObject();
        QCOMPARE(str(after, "status"), QStringLiteral("active"));
        QVERIFY(num(after, "current_period_end") > end);
        // A renewal order is the server's: the learner cannot pay it again.
        QCOMPARE(pay(s, learner, str(renewal, "id")).status, 404);
    }

    // Should a renewal order of the period exist that is not this subscription's own, the
    // renewal does not take it as paid: the membership lapses instead.
    void renewalTrustsOnlyItsOwnOrder() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(monthly(), 0);
        s.storage().putTier(monthly("t-other"), 1);
        const QString id = str(
            orderOf(checkout(s, f.learner, tier("t-month"), QStringLiteral("sub-key-2"))), "id");
        QCOMPARE(pay(s, f.learner, id).status, 200);
        const QJsonObject sub = subscriptions(s, f.learner).first().toObject();
        server::OrderRecord foreign;
        foreign.userId = f.learnerId;
        foreign.purpose = server::OrderPurpose::Renewal;
        foreign.idempotencyKey =
            QStringLiteral("%1:%2").arg(str(sub, "id")).arg(num(sub, "current_period_end"));
        foreign.subscriptionId = QStringLiteral("someone-elses");
        foreign.order.id = QStringLiteral("o-foreign");
        foreign.order.number = QStringLiteral("LY-900001");
        foreign.order.tierId = QStringLiteral("t-other");
        foreign.order.title = QStringLiteral("x");
        foreign.order.currency = QStringLiteral("CNY");
        foreign.order.renewal = true;
        foreign.order.status = OrderStatus::Paid;
        s.storage().insertOrder(foreign);

        s.clock().advanceMs(32 * kDay);
        QCOMPARE(s.http().commerce().processRenewals(), 1);
        QCOMPARE(s.http().paymentProvider().charges(), 1);
        const QString learner = relogin(s, "learner");
        QCOMPARE(str(subscriptions(s, learner).first().toObject(), "status"),
                 QStringLiteral("lapsed"));
        QVERIFY(!s.storage().hasEntitlement(f.learnerId, QStringLiteral("c-paid")));
    }

    void ordersExpireAfterThirtyMinutes() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject order =
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("expire-key-1")));
        QCOMPARE(num(order, "expires_at"),
                 s.clock().nowMs() + server::CommerceService::kOrderLifetimeMs);
        s.clock().advanceMs(server::CommerceService::kOrderLifetimeMs);
        const QString learner = relogin(s, "learner");
        const HttpReply late = pay(s, learner, str(order, "id"));
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), QStringLiteral("order_expired"));
        QCOMPARE(s.http().paymentProvider().charges(), 0);
        // The same key answers the same (expired) order; a new checkout is paid.
        QCOMPARE(
            str(orderOf(checkout(s, learner, course("c-paid"), QStringLiteral("expire-key-1"))),
                "id"),
            str(order, "id"));
        const QString fresh = str(
            orderOf(checkout(s, learner, course("c-paid"), QStringLiteral("expire-key-2"))), "id");
        s.clock().advanceMs(server::CommerceService::kOrderLifetimeMs - kMinute);
        QCOMPARE(pay(s, relogin(s, "learner"), fresh).status, 200);
        QCOMPARE(s.http().paymentProvider().charges(), 1);
    }

    // The creator raises the price (a studio edit, draft.publish) after the learner's checkout.
    void raisedPriceIsRefusedWithTheNewPrice() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject order =
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("price-key-1")));
        QCOMPARE(num(order, "amount"), 19900);
        const Course before = *s.storage().courseById(QStringLiteral("c-paid"));
        const QJsonObject args{{QStringLiteral("draft_id"), QStringLiteral("d-price")},
                               {QStringLiteral("kind"), QStringLiteral("course")},
                               {QStringLiteral("item_id"), QStringLiteral("c-paid")},
                               {QStringLiteral("edit"), true},
                               {QStringLiteral("base_updated_at"), before.updatedAt},
                               {QStringLiteral("title"), before.title},
                               {QStringLiteral("body"), QStringLiteral("涨价了")},
                               {QStringLiteral("price"), 99900}};
        const HttpReply publish = s.post(
            QStringLiteral("/api/v1/mutations"),
            {{QStringLiteral("client_id"), QStringLiteral("studio-1")},
             {QStringLiteral("mutations"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("m-price")},
                                     {QStringLiteral("type"), QStringLiteral("draft.publish")},
                                     {QStringLiteral("args"), args}}}}},
            f.creator);
        QVERIFY2(publish.body.contains("\"applied\""), publish.body.constData());
        QCOMPARE(s.storage().courseById(QStringLiteral("c-paid"))->price, 99900);

        const HttpReply p = pay(s, f.learner, str(order, "id"));
        QCOMPARE(p.status, 409);
        QCOMPARE(p.errorCode(), QStringLiteral("price_changed"));
        QCOMPARE(num(errorOf(p), "amount"), 99900);
        QCOMPARE(num(errorOf(p), "list_amount"), 99900);
        QCOMPARE(str(errorOf(p), "currency"), QStringLiteral("CNY"));
        QCOMPARE(s.http().paymentProvider().charges(), 0);
        QVERIFY(!s.storage().hasEntitlement(f.learnerId, QStringLiteral("c-paid")));
        // Checking out again shows the new price, and that is what is charged.
        const QJsonObject again =
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("price-key-2")));
        QCOMPARE(num(again, "amount"), 99900);
        const HttpReply paid = pay(s, f.learner, str(again, "id"));
        QCOMPARE(paid.status, 200);
        QCOMPARE(num(orderOf(paid), "amount"), 99900);
    }

    void freeCourseTurnedPaidNeedsTheNewPrice() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QJsonObject order =
            orderOf(checkout(s, f.learner, course("c-free"), QStringLiteral("free-key-1")));
        QCOMPARE(num(order, "amount"), 0);
        setPrice(s, "c-free", 5000);
        const HttpReply p = s.post(QStringLiteral("/api/v1/commerce/pay"),
                                   {{QStringLiteral("order_id"), str(order, "id")}}, f.learner);
        QCOMPARE(p.errorCode(), QStringLiteral("price_changed"));
        QCOMPARE(num(errorOf(p), "amount"), 5000);
        QVERIFY(!s.storage().hasEntitlement(f.learnerId, QStringLiteral("c-free")));
    }

    void couponAndAvailabilityAreCheckedAgain() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        server::Coupon c;
        c.code = QStringLiteral("HALF");
        c.percentOff = 10;
        s.storage().putCoupon(c);
        QJsonObject withCoupon = course("c-paid");
        withCoupon.insert(QStringLiteral("coupon"), QStringLiteral("half"));
        const QJsonObject order =
            orderOf(checkout(s, f.learner, withCoupon, QStringLiteral("coupon-key-1")));
        QCOMPARE(num(order, "amount"), 17910);
        c.percentOff = 50; // the coupon changed: the quote no longer holds
        s.storage().putCoupon(c);
        HttpReply p = pay(s, f.learner, str(order, "id"));
        QCOMPARE(p.errorCode(), QStringLiteral("price_changed"));
        QCOMPARE(num(errorOf(p), "amount"), 9950);
        c.expiresAt = s.clock().nowMs() - 1;
        s.storage().putCoupon(c);
        QCOMPARE(pay(s, f.learner, str(order, "id")).errorCode(), QStringLiteral("coupon_expired"));
        // A course taken off sale is not sold through an old order.
        const QString plain =
            str(orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("coupon-key-2"))),
                "id");
        Course withdrawn = *s.storage().courseById(QStringLiteral("c-paid"));
        withdrawn.published = false;
        s.storage().putCourse(withdrawn);
        p = pay(s, f.learner, plain);
        QCOMPARE(p.status, 409);
        QCOMPARE(p.errorCode(), QStringLiteral("unavailable"));
        QCOMPARE(s.http().paymentProvider().charges(), 0);
    }

    // Two checkouts of the same tier under two keys, both paid: only the first is a membership.
    void oneActiveMembershipPerTier() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(monthly(), 0);
        const QString a = str(
            orderOf(checkout(s, f.learner, tier("t-month"), QStringLiteral("twice-key-a"))), "id");
        const QString b = str(
            orderOf(checkout(s, f.learner, tier("t-month"), QStringLiteral("twice-key-b"))), "id");
        QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
        QCOMPARE(pay(s, f.learner, a).status, 200);
        const HttpReply second = pay(s, f.learner, b);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_member"));
        QCOMPARE(s.http().paymentProvider().charges(), 1);
        QCOMPARE(activeSubscriptions(s, f.learner), 1);
        QCOMPARE(checkout(s, f.learner, tier("t-month"), QStringLiteral("twice-key-c")).errorCode(),
                 QStringLiteral("already_member"));
    }

    void concurrentPaymentsOfOneTierMakeOneMembership() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(monthly(), 0);
        QStringList orders;
        for (int i = 0; i < 4; ++i)
            orders << str(orderOf(checkout(s, f.learner, tier("t-month"),
                                           QStringLiteral("race-key-%1").arg(i))),
                          "id");
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QString &id : std::as_const(orders)) {
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/commerce/pay").arg(s.port())));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            req.setRawHeader("Authorization", "Bearer " + f.learner.toLatin1());
            replies << nam.post(req, QJsonDocument(payBody(id, "4242424242424242")).toJson());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](auto *r) { return r->isFinished(); }),
            20000);
        int paid = 0;
        for (QNetworkReply *r : std::as_const(replies)) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 409, r->readAll().constData());
            paid += status == 200;
            r->deleteLater();
        }
        QCOMPARE(paid, 1);
        QCOMPARE(activeSubscriptions(s, f.learner), 1);
        QCOMPARE(s.http().paymentProvider().charges() - s.http().paymentProvider().refunds(), 1);

        // The database keeps the rule too: a second active row of the tier cannot be written.
        server::SubscriptionRecord dup;
        dup.userId = f.learnerId;
        dup.paymentMethod = QStringLiteral("pm_sandbox_4242_ok");
        dup.firstOrderId = orders.last();
        dup.subscription.id = QStringLiteral("sub-dup");
        dup.subscription.tierId = QStringLiteral("t-month");
        dup.subscription.currentPeriodEnd = s.clock().nowMs() + kDay;
        QVERIFY_THROWS_EXCEPTION(server::StorageError, s.storage().insertSubscription(dup));
    }

    void switchingTierIsExplicit() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        s.storage().putTier(monthly(), 0);
        s.storage().putTier(Tier{QStringLiteral("t-year"),
                                 QStringLiteral("年卡"),
                                 QStringLiteral("year"),
                                 30000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            1);
        QCOMPARE(pay(s, f.learner,
                     str(orderOf(checkout(s, f.learner, tier("t-month"),
                                          QStringLiteral("switch-key-1"))),
                         "id"))
                     .status,
                 200);
        const QString monthSub = str(subscriptions(s, f.learner).first().toObject(), "id");

        // Hostile or wrong switches.
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner, &otherId);
        QJsonObject body = tier("t-year");
        body.insert(QStringLiteral("replaces_subscription"), monthSub);
        QCOMPARE(checkout(s, other, body, QStringLiteral("switch-key-x")).status, 404);
        QJsonObject onCourse = course("c-paid");
        onCourse.insert(QStringLiteral("replaces_subscription"), monthSub);
        QCOMPARE(checkout(s, f.learner, onCourse, QStringLiteral("switch-key-y")).errorCode(),
                 QStringLiteral("invalid_field"));
        QJsonObject garbage = tier("t-year");
        garbage.insert(QStringLiteral("replaces_subscription"), 42);
        QCOMPARE(checkout(s, f.learner, garbage, QStringLiteral("switch-key-z")).errorCode(),
                 QStringLiteral("invalid_field"));
        garbage.insert(QStringLiteral("replaces_subscription"), QStringLiteral("../\u202e"));
        QCOMPARE(checkout(s, f.learner, garbage, QStringLiteral("switch-key-w")).errorCode(),
                 QStringLiteral("invalid_field"));
        QJsonObject sameTier = tier("t-month");
        sameTier.insert(QStringLiteral("replaces_subscription"), monthSub);
        QCOMPARE(checkout(s, f.learner, sameTier, QStringLiteral("switch-key-v")).errorCode(),
                 QStringLiteral("already_member"));

        // The switch: paying the yearly tier ends the monthly one now.
        const QString yearOrder =
            str(orderOf(checkout(s, f.learner, body, QStringLiteral("switch-key-2"))), "id");
        QCOMPARE(pay(s, f.learner, yearOrder).status, 200);
        QCOMPARE(activeSubscriptions(s, f.learner), 1);
        for (const QJsonValue &v : subscriptions(s, f.learner)) {
            const QJsonObject sub = v.toObject();
            QCOMPARE(str(sub, "status"), str(sub, "id") == monthSub ? QStringLiteral("canceled")
                                                                    : QStringLiteral("active"));
        }
        QVERIFY(s.storage().hasEntitlement(f.learnerId, QStringLiteral("c-paid")));
        s.clock().advanceMs(32 * kDay);
        QCOMPARE(s.http().commerce().processRenewals(), 0); // the ended one is not charged
        QCOMPARE(s.http().paymentProvider().charges(), 2);
    }

    // commerce.2 over a database written before it: keys move into their namespaces, the old
    // renewal order is still found as its subscription's, pending orders are expired, and a
    // duplicate membership ends.
    void olderDatabaseIsCarriedOver() {
        QTemporaryDir dir;
        const QString file = dir.filePath(server::SqlStorage::sqliteFileName());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            const server::SqlDialect dialect(server::SqlBackend::Sqlite);
            bool ok = false;
            QString error;
            server::appliedServerSchemaSteps(db, &ok, &error);
            QVERIFY2(ok, qPrintable(error));
            int position = 0;
            for (const server::SchemaStep &step : server::serverSchemaSteps()) {
                if (QLatin1String(step.id) == QLatin1String("commerce.2"))
                    break;
                QVERIFY2(step.apply(db, dialect, &error), qPrintable(error));
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_steps VALUES('%1', %2, 0)")
                                   .arg(QLatin1String(step.id))
                                   .arg(position++)));
            }
            const QStringList rows{
                QStringLiteral("INSERT INTO users (id, handle, display_name, role, created_at)"
                               " VALUES('u1', 'u1', 'U', 'learner', 0)"),
                QStringLiteral("INSERT INTO tiers (id, name, interval_unit, price, currency,"
                               " all_courses, course_ids, position)"
                               " VALUES('t1', 'M', 'month', 3000, 'CNY', 1, '[]', 0)"),
                QStringLiteral("INSERT INTO subscriptions (id, user_id, tier_id, status,"
                               " started_at, current_period_end, cancel_at_period_end,"
                               " payment_method, first_order_id) VALUES('s1', 'u1', 't1',"
                               " 'active', 100, 5000, 0, 'pm_sandbox_4242_ok', 'o1')"),
                QStringLiteral("INSERT INTO subscriptions (id, user_id, tier_id, status,"
                               " started_at, current_period_end, cancel_at_period_end,"
                               " payment_method, first_order_id) VALUES('s2', 'u1', 't1',"
                               " 'active', 200, 5000, 0, 'pm_sandbox_4242_ok', 'o2')"),
                QStringLiteral("INSERT INTO orders (id, number, user_id, tier_id, title,"
                               " list_amount, discount, amount, currency, status, renewal,"
                               " idempotency_key, created_at) VALUES('o3', 1003, 'u1', 't1', 'M',"
                               " 3000, 0, 3000, 'CNY', 'paid', 1, 'renew:s1:5000', 300)"),
                QStringLiteral("INSERT INTO orders (id, number, user_id, tier_id, title,"
                               " list_amount, discount, amount, currency, status, renewal,"
                               " idempotency_key, created_at) VALUES('o4', 1004, 'u1', 't1', 'M',"
                               " 0, 0, 0, 'CNY', 'pending', 0, 'renew:s2:5000', 400)"),
            };
            for (const QString &sql : rows) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        QString error;
        auto storage = server::SqlStorage::openSqlite(dir.path(), 1000, &error);
        QVERIFY2(storage, qPrintable(error));
        const auto renewal = storage->orderByKey(
            QStringLiteral("u1"), server::OrderPurpose::Renewal, QStringLiteral("s1:5000"));
        QVERIFY(renewal);
        QCOMPARE(renewal->order.id, QStringLiteral("o3"));
        QCOMPARE(renewal->subscriptionId, QStringLiteral("s1"));
        const auto bait = storage->orderByKey(QStringLiteral("u1"), server::OrderPurpose::Purchase,
                                              QStringLiteral("renew:s2:5000"));
        QVERIFY(bait);
        QCOMPARE(bait->purpose, server::OrderPurpose::Purchase);
        QCOMPARE(bait->order.expiresAt, 400);
        QVERIFY(!storage->orderByKey(QStringLiteral("u1"), server::OrderPurpose::Renewal,
                                     QStringLiteral("s2:5000")));
        QCOMPARE(storage->subscriptionById(QStringLiteral("s1"))->subscription.status,
                 SubscriptionStatus::Active);
        QCOMPARE(storage->subscriptionById(QStringLiteral("s2"))->subscription.status,
                 SubscriptionStatus::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestServerCommerceTrust)
#include "tst_server_commerce_trust.moc"
