// A course's creator runs its sales on a real server: the price, coupons (their limits, their
// use, disabling them), drip release enforced in the feed and in every lesson access path, the
// roster, payouts by month, enrolment-week cohorts and the analytics date range. Every mutation
// and read is tried by someone who may not (a learner, another creator) and with hostile
// arguments.
#include "commerce_helpers.h"
#include "domain/mutation_defs.h"
#include "media/watched_ranges.h"
#include "server/commerce/creator_money.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("cm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("dev")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QString price(ServerHarness &s, const QString &token, const QString &course, qint64 amount,
              const QString &currency = QStringLiteral("CNY")) {
    return outcome(mutate(s, token, QStringLiteral("course.price"),
                          {{QStringLiteral("course_id"), course},
                           {QStringLiteral("price"), amount},
                           {QStringLiteral("currency"), currency}}));
}

QString coupon(ServerHarness &s, const QString &token, QJsonObject args) {
    return outcome(mutate(s, token, QStringLiteral("coupon.put"), args));
}

QString drip(ServerHarness &s, const QString &token, const QString &lesson, qint64 days) {
    return outcome(mutate(s, token, QStringLiteral("lesson.drip"),
                          {{QStringLiteral("lesson_id"), lesson}, {QStringLiteral("days"), days}}));
}

// Buys the course (with a coupon if given): the paid order, or an empty object.
QJsonObject buy(ServerHarness &s, const QString &token, const char *courseId,
                const QString &code = {}) {
    static int key = 0;
    QJsonObject what = course(courseId);
    if (!code.isEmpty())
        what.insert(QStringLiteral("coupon"), code);
    const HttpReply c = checkout(s, token, what, QStringLiteral("money-key-%1").arg(++key));
    if (c.status != 200)
        return {{QStringLiteral("error"), c.errorCode()}};
    const HttpReply p = pay(s, token, str(orderOf(c), "id"));
    return p.status == 200 ? orderOf(p) : QJsonObject{{QStringLiteral("error"), p.errorCode()}};
}

QJsonObject lessonIn(const QJsonArray &feed, const char *id) {
    return findChange(feed, QStringLiteral("lesson"), QLatin1String(id))
        .value(QLatin1StringView("data"))
        .toObject();
}

QJsonObject couponIn(const QJsonObject &money, const char *code) {
    for (const QJsonValue &v : money.value(QLatin1StringView("coupons")).toArray()) {
        if (str(v.toObject(), "code") == QLatin1String(code))
            return v.toObject();
    }
    return {};
}

// A published paid course of another creator.
void seedOtherCourse(ServerHarness &s, const QString &creatorId) {
    Course c;
    c.id = QStringLiteral("c-other");
    c.creatorId = creatorId;
    c.title = QStringLiteral("别人的课");
    c.price = 5000;
    c.published = true;
    s.storage().putCourse(c);
}

} // namespace

class TestServerCreatorMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void priceIsTheCreatorsToSet() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("rival"), Role::Creator, &otherId);
        seedOtherCourse(s, otherId);
        const QString c = QStringLiteral("c-paid");
        QCOMPARE(price(s, f.learner, c, 100), QStringLiteral("forbidden"));
        QCOMPARE(price(s, other, c, 100), QStringLiteral("forbidden"));
        QCOMPARE(price(s, f.moderator, c, 100), QStringLiteral("forbidden"));
        QCOMPARE(price(s, f.creator, c, -1), QStringLiteral("invalid_field"));
        QCOMPARE(price(s, f.creator, c, 1000000000000LL), QStringLiteral("invalid_field"));
        QCOMPARE(price(s, f.creator, c, 100, QStringLiteral("XXX")),
                 QStringLiteral("invalid_field"));
        QCOMPARE(price(s, f.creator, c, 100, QStringLiteral("cny")),
                 QStringLiteral("invalid_field"));
        QCOMPARE(price(s, f.creator, QStringLiteral("c-nowhere"), 100),
                 QStringLiteral("not_found"));
        QCOMPARE(price(s, f.creator, QStringLiteral("../c-paid"), 100),
                 QStringLiteral("invalid_field"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("course.price"),
                                {{QStringLiteral("course_id"), c},
                                 {QStringLiteral("price"), QStringLiteral("9900")},
                                 {QStringLiteral("currency"), QStringLiteral("CNY")}})),
                 QStringLiteral("invalid_field"));
        QCOMPARE(s.storage().courseById(c)->price, 19900); // nothing refused was applied

        QCOMPARE(price(s, f.creator, c, 9900, QStringLiteral("USD")), QStringLiteral("applied"));
        const QJsonObject sent = findChange(s.syncAll(f.learner), QStringLiteral("course"), c)
                                     .value(QLatin1StringView("data"))
                                     .toObject();
        QCOMPARE(sent.value(QLatin1StringView("price")).toInteger(), 9900);
        QCOMPARE(str(sent, "currency"), QStringLiteral("USD"));
        QCOMPARE(price(s, f.admin, c, 12000, QStringLiteral("CNY")), QStringLiteral("applied"));
        // The buyer pays the new price.
        const QJsonObject order = buy(s, f.learner, "c-paid");
        QCOMPARE(order.value(QLatin1StringView("amount")).toInteger(), 12000);

        // The money page: the creator and an admin read it, nobody else.
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), f.learner).status,
                 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), other).status, 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/money?course=nope"), f.creator).status, 404);
        const QJsonObject money =
            s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), f.creator).json();
        QCOMPARE(money.value(QLatin1StringView("course"))
                     .toObject()
                     .value(QLatin1StringView("price"))
                     .toInteger(),
                 12000);
        QCOMPARE(money.value(QLatin1StringView("lessons")).toArray().size(), 2);
    }

    void couponsHaveLimitsAndAreCounted() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("rival"), Role::Creator, &otherId);
        seedOtherCourse(s, otherId);
        const qint64 now = s.clock().nowMs();
        const QJsonObject spring{{QStringLiteral("code"), QStringLiteral("spring20")},
                                 {QStringLiteral("percent_off"), 20},
                                 {QStringLiteral("course_id"), QStringLiteral("c-paid")},
                                 {QStringLiteral("max_uses"), 1},
                                 {QStringLiteral("expires_at"), now + 10 * kDay}};
        // Hostile or impossible coupons.
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject o = spring;
            o.insert(QLatin1String(key), value);
            return o;
        };
        QCOMPARE(coupon(s, f.learner, spring), QStringLiteral("forbidden"));
        QCOMPARE(coupon(s, other, spring), QStringLiteral("forbidden")); // not their course
        QCOMPARE(coupon(s, f.creator, with("percent_off", 101)), QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("percent_off", -5)), QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("amount_off", 500)), QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("percent_off", 0)), QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("expires_at", now - 1)),
                 QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("expires_at", now + 20 * 365 * kDay)),
                 QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("max_uses", -1)), QStringLiteral("invalid_field"));
        for (const char *code : {"=HYPERLINK(\"x\")", "A'; DROP TABLE coupons;--", "优惠券码",
                                 "<b>X</b>", "AB", "A B C", ""})
            QCOMPARE(coupon(s, f.creator, with("code", QString::fromUtf8(code))),
                     QStringLiteral("invalid_field"));
        QCOMPARE(coupon(s, f.creator, with("course_id", QStringLiteral("c-other"))),
                 QStringLiteral("forbidden"));
        QCOMPARE(coupon(s, f.creator, with("course_id", QStringLiteral("../etc"))),
                 QStringLiteral("invalid_field"));
        QJsonObject amount = spring;
        amount.remove(QStringLiteral("percent_off"));
        amount.insert(QStringLiteral("amount_off"), 1000);
        amount.insert(QStringLiteral("currency"), QStringLiteral("USD")); // the course is CNY
        QCOMPARE(coupon(s, f.creator, amount), QStringLiteral("invalid_field"));
        QVERIFY(s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), f.creator)
                    .json()
                    .value(QLatin1StringView("coupons"))
                    .toArray()
                    .isEmpty());

        QCOMPARE(coupon(s, f.creator, spring), QStringLiteral("applied"));
        QJsonObject taken = spring;
        taken.insert(QStringLiteral("course_id"), QStringLiteral("c-other"));
        QCOMPARE(coupon(s, other, taken), QStringLiteral("conflict")); // the code is the author's

        // 20 % off 199.00, once.
        const QJsonObject first = buy(s, f.learner, "c-paid", QStringLiteral("Spring20"));
        QCOMPARE(first.value(QLatin1StringView("discount")).toInteger(), 3980);
        QCOMPARE(first.value(QLatin1StringView("amount")).toInteger(), 15920);
        const QString second = s.createAndLogin(QStringLiteral("second"), Role::Learner);
        QCOMPARE(str(buy(s, second, "c-paid", QStringLiteral("SPRING20")), "error"),
                 QStringLiteral("coupon_exhausted"));
        const QJsonObject used =
            couponIn(s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), f.creator).json(),
                     "SPRING20");
        QCOMPARE(used.value(QLatin1StringView("used")).toInteger(), 1);
        QCOMPARE(used.value(QLatin1StringView("discounted")).toInteger(), 3980);
        QCOMPARE(used.value(QLatin1StringView("revenue")).toInteger(), 15920);

        // A coupon for all of a creator's courses applies to theirs only.
        QCOMPARE(coupon(s, f.creator,
                        {{QStringLiteral("code"), QStringLiteral("ALL-MINE")},
                         {QStringLiteral("percent_off"), 10}}),
                 QStringLiteral("applied"));
        QCOMPARE(str(buy(s, second, "c-other", QStringLiteral("ALL-MINE")), "error"),
                 QStringLiteral("coupon_not_applicable"));
        QCOMPARE(str(buy(s, second, "c-paid", QStringLiteral("ALL-MINE")), "error"), QString());

        // Disabled: by its creator only; then refused at checkout.
        const QJsonObject off{{QStringLiteral("code"), QStringLiteral("ALL-MINE")},
                              {QStringLiteral("disabled"), true}};
        QCOMPARE(outcome(mutate(s, other, QStringLiteral("coupon.disable"), off)),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("coupon.disable"),
                                {{QStringLiteral("code"), QStringLiteral("NOPE-1")},
                                 {QStringLiteral("disabled"), true}})),
                 QStringLiteral("not_found"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("coupon.disable"), off)),
                 QStringLiteral("applied"));
        const QString third = s.createAndLogin(QStringLiteral("third"), Role::Learner);
        QCOMPARE(str(buy(s, third, "c-paid", QStringLiteral("ALL-MINE")), "error"),
                 QStringLiteral("coupon_invalid"));
        QCOMPARE(
            couponIn(s.get(QStringLiteral("/api/v1/studio/money?course=c-paid"), f.creator).json(),
                     "ALL-MINE")
                .value(QLatin1StringView("disabled"))
                .toBool(),
            true);
    }

    void dripReleasesALessonDaysAfterEnrolment() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QString otherId;
        const QString other = s.createAndLogin(QStringLiteral("rival"), Role::Creator, &otherId);
        QCOMPARE(drip(s, f.learner, QStringLiteral("l-paid"), 3), QStringLiteral("forbidden"));
        QCOMPARE(drip(s, other, QStringLiteral("l-paid"), 3), QStringLiteral("forbidden"));
        QCOMPARE(drip(s, f.creator, QStringLiteral("l-paid"), -1), QStringLiteral("invalid_field"));
        QCOMPARE(drip(s, f.creator, QStringLiteral("l-paid"), 366),
                 QStringLiteral("invalid_field"));
        QCOMPARE(drip(s, f.creator, QStringLiteral("l-preview"), 2),
                 QStringLiteral("invalid_field"));
        QCOMPARE(drip(s, f.creator, QStringLiteral("l-none"), 2), QStringLiteral("not_found"));
        QCOMPARE(drip(s, f.creator, QStringLiteral("l-paid"), 3), QStringLiteral("applied"));

        const qint64 boughtAt = s.clock().nowMs();
        QVERIFY(!str(buy(s, f.learner, "c-paid"), "id").isEmpty());
        QString cursor;
        const QJsonObject closed = lessonIn(s.syncAll(f.learner, 1000, &cursor), "l-paid");
        QCOMPARE(closed.value(QLatin1StringView("locked")).toBool(), true);
        QCOMPARE(str(closed, "body"), QString());
        QCOMPARE(closed.value(QLatin1StringView("opens_at")).toInteger(), boughtAt + 3 * kDay);
        // The preview is not dripped; the creator reads the lesson.
        QCOMPARE(str(lessonIn(s.syncAll(f.learner), "l-preview"), "body"),
                 QStringLiteral("preview body"));
        QCOMPARE(str(lessonIn(s.syncAll(f.creator), "l-paid"), "body"), kPaidBody);
        // No progress before it opens (the video URL asks the same Visibility).
        const QJsonObject progress{{QStringLiteral("lesson_id"), QStringLiteral("l-paid")},
                                   {QStringLiteral("position_ms"), 1000},
                                   {QStringLiteral("speed"), 1.0},
                                   {QStringLiteral("watched"), media::toJson({{0, 1000}})},
                                   {QStringLiteral("updated_at"), boughtAt}};
        QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("progress.put"), progress)),
                 QStringLiteral("not_found"));

        // Three days later the release run re-sends it; the next pull brings its body.
        s.clock().advanceMs(3 * kDay + 60 * 1000);
        QVERIFY(server::CreatorMoney(s.storage(), s.clock()).releaseDrips() >= 1);
        QCOMPARE(server::CreatorMoney(s.storage(), s.clock()).releaseDrips(), 0);
        const QString token = relogin(s, "learner");
        QString after = cursor;
        const QJsonObject open = lessonIn(s.syncAll(token, 1000, &after), "l-paid");
        QCOMPARE(str(open, "body"), kPaidBody);
        QVERIFY(!open.contains(QLatin1StringView("opens_at")));
        QCOMPARE(outcome(mutate(s, token, QStringLiteral("progress.put"), progress)),
                 QStringLiteral("applied"));
    }

    void rosterPayoutsAndCohorts() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString other = s.createAndLogin(QStringLiteral("rival"), Role::Creator);
        const QString ann = s.createAndLogin(QStringLiteral("ann"), Role::Learner);
        const QString bob = s.createAndLogin(QStringLiteral("bob"), Role::Learner);
        QVERIFY(!str(buy(s, ann, "c-paid"), "id").isEmpty());
        const QString bobOrder = str(buy(s, bob, "c-paid"), "id");
        QVERIFY(!bobOrder.isEmpty());
        // Bob asks for his money back the next day; Ann writes in the course 8 days in.
        s.clock().advanceMs(kDay);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), bobOrder}}, relogin(s, "bob"))
                     .status,
                 200);
        s.clock().advanceMs(7 * kDay);
        mutations::ThreadCreateArgs t;
        t.id = QStringLiteral("t-ann");
        t.title = QStringLiteral("第二周的问题");
        t.body = QStringLiteral("请问……");
        t.firstPostId = QStringLiteral("p-ann");
        t.courseId = QStringLiteral("c-paid");
        QCOMPARE(outcome(mutate(s, relogin(s, "ann"), QStringLiteral("thread.create"), t.toJson())),
                 QStringLiteral("applied"));
        s.clock().advanceMs(7 * kDay);
        const QString creator = relogin(s, "author");

        for (const char *path :
             {"/api/v1/studio/roster?course=c-paid", "/api/v1/studio/cohorts?course=c-paid"}) {
            QCOMPARE(s.get(QLatin1String(path), relogin(s, "learner")).status, 403);
            QCOMPARE(s.get(QLatin1String(path), relogin(s, "rival")).status, 403);
        }
        Q_UNUSED(other);
        const QJsonObject roster =
            s.get(QStringLiteral("/api/v1/studio/roster?course=c-paid"), creator).json();
        const QJsonArray learners = roster.value(QLatin1StringView("learners")).toArray();
        // The fixture's buyer (granted, never active) and Ann; Bob's refund ended his access.
        QCOMPARE(learners.size(), 2);
        QJsonObject annRow;
        for (const QJsonValue &v : learners) {
            if (str(v.toObject(), "handle") == QLatin1String("ann"))
                annRow = v.toObject();
        }
        QCOMPARE(annRow.value(QLatin1StringView("joined_at")).toInteger(), ServerHarness::kStartMs);
        QCOMPARE(annRow.value(QLatin1StringView("last_active_at")).toInteger(),
                 ServerHarness::kStartMs + 8 * kDay);

        const QJsonArray months = s.get(QStringLiteral("/api/v1/studio/payouts"), creator)
                                      .json()
                                      .value(QLatin1StringView("months"))
                                      .toArray();
        QCOMPARE(months.size(), 1);
        const QJsonObject jan = months.first().toObject();
        QCOMPARE(str(jan, "month"), QStringLiteral("2026-01"));
        QCOMPARE(str(jan, "currency"), QStringLiteral("CNY"));
        QCOMPARE(jan.value(QLatin1StringView("sales")).toInteger(), 2);
        QCOMPARE(jan.value(QLatin1StringView("gross")).toInteger(), 2 * 19900);
        QCOMPARE(jan.value(QLatin1StringView("refunds")).toInteger(), 1);
        QCOMPARE(jan.value(QLatin1StringView("net")).toInteger(), 19900);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/payouts"), relogin(s, "learner")).status,
                 403);
        QVERIFY(s.get(QStringLiteral("/api/v1/studio/payouts"), relogin(s, "rival"))
                    .json()
                    .value(QLatin1StringView("months"))
                    .toArray()
                    .isEmpty());

        // 2026-01-01 is a Thursday: Ann's cohort is the week of Monday 2025-12-29. Fifteen days
        // on, the one- and two-week marks have passed, the four-week one not yet.
        QJsonObject week;
        for (const QJsonValue &v :
             s.get(QStringLiteral("/api/v1/studio/cohorts?course=c-paid"), creator)
                 .json()
                 .value(QLatin1StringView("cohorts"))
                 .toArray()) {
            if (str(v.toObject(), "week_start") == QLatin1String("2025-12-29"))
                week = v.toObject();
        }
        QCOMPARE(week.value(QLatin1StringView("enrolled")).toInt(), 1);
        QCOMPARE(week.value(QLatin1StringView("after_1w")).toInt(), 1);
        QCOMPARE(week.value(QLatin1StringView("after_1w_of")).toInt(), 1);
        QCOMPARE(week.value(QLatin1StringView("after_2w")).toInt(), 0);
        QVERIFY(week.value(QLatin1StringView("after_4w")).isNull());
        QCOMPARE(week.value(QLatin1StringView("completed")).toInt(), 0);
    }

    void analyticsTakeADateRange() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QVERIFY(!str(buy(s, f.learner, "c-paid"), "id").isEmpty()); // on 2026-01-01
        const auto totals = [&](const QString &query) {
            return s
                .get(QStringLiteral("/api/v1/studio/analytics?course=c-paid") + query, f.creator)
                .json()
                .value(QLatin1StringView("totals"))
                .toObject();
        };
        QCOMPARE(totals({}).value(QLatin1StringView("sales")).toInt(), 1);
        QCOMPARE(totals(QStringLiteral("&from=2026-01-01&to=2026-01-01"))
                     .value(QLatin1StringView("revenue"))
                     .toInteger(),
                 19900);
        QCOMPARE(
            totals(QStringLiteral("&from=2026-01-02")).value(QLatin1StringView("sales")).toInt(),
            0);
        QCOMPARE(
            totals(QStringLiteral("&to=2025-12-31")).value(QLatin1StringView("revenue")).toInt(),
            0);
        for (const char *bad : {"&from=yesterday", "&from=2026-02-01&to=2026-01-01",
                                "&to=2026-13-01", "&from=%27%3B--"})
            QCOMPARE(
                s.get(QStringLiteral("/api/v1/studio/analytics?course=c-paid") + QLatin1String(bad),
                      f.creator)
                    .status,
                400);
    }
};

QTEST_GUILESS_MAIN(TestServerCreatorMoney)
#include "tst_server_creator_money.moc"
