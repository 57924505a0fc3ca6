// The server schema steps "commerce.1" (membership tiers, coupons, orders, subscriptions,
// payment events and the grants that entitlements are derived from) and "commerce.2" (what an
// order is for, its expiry, one active membership per tier): docs/architecture.md, "Commerce".
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaCommerce1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // tiers: one row per membership tier, keyed by id. interval 'month' or 'year';
            // price in minor units of currency per interval; course_ids a JSON array of the
            // courses it unlocks unless all_courses.
            "CREATE TABLE tiers (id ${text} PRIMARY KEY, name ${text} NOT NULL,"
            " interval_unit ${text} NOT NULL, price ${bigint} NOT NULL, currency ${text} NOT NULL,"
            " all_courses ${bool} NOT NULL, course_ids ${text} NOT NULL,"
            " position ${bigint} NOT NULL)",

            // coupons: one row per code (stored upper-case). Exactly one of percent_off (1-100)
            // and amount_off (minor units, in currency) is non-zero. course_id / tier_id limit
            // it to one product (both NULL: any). expires_at ms, NULL never; max_uses NULL
            // unlimited; used counts paid orders that applied it.
            "CREATE TABLE coupons (code ${text} PRIMARY KEY, percent_off ${bigint} NOT NULL,"
            " amount_off ${bigint} NOT NULL, currency ${text} NOT NULL, course_id ${text},"
            " tier_id ${text}, expires_at ${bigint}, max_uses ${bigint},"
            " used ${bigint} NOT NULL DEFAULT 0)",

            // course_refunds: the refund window a creator set for a course, in days (14 when
            // absent).
            "CREATE TABLE course_refunds (course_id ${text} PRIMARY KEY REFERENCES courses(id)"
            " ON DELETE CASCADE, days ${bigint} NOT NULL)",

            // orders: one row per checkout, keyed by id; (user_id, idempotency_key) unique so
            // a repeated checkout finds its order. number is the receipt's sequential number.
            // Exactly one of course_id / tier_id. status pending|paid|declined|failed|refunded.
            "CREATE TABLE orders (id ${text} PRIMARY KEY, number ${bigint} NOT NULL UNIQUE,"
            " user_id ${text} NOT NULL REFERENCES users(id), course_id ${text}, tier_id ${text},"
            " title ${text} NOT NULL, list_amount ${bigint} NOT NULL, discount ${bigint} NOT NULL,"
            " amount ${bigint} NOT NULL, currency ${text} NOT NULL, coupon_code ${text},"
            " status ${text} NOT NULL, reason ${text} NOT NULL DEFAULT '',"
            " renewal ${bool} NOT NULL, idempotency_key ${text} NOT NULL,"
            " created_at ${bigint} NOT NULL, paid_at ${bigint} NOT NULL DEFAULT 0,"
            " refundable_until ${bigint} NOT NULL DEFAULT 0,"
            " refunded_at ${bigint} NOT NULL DEFAULT 0, charge_id ${text},"
            " card_last4 ${text} NOT NULL DEFAULT '', UNIQUE (user_id, idempotency_key))",
            "CREATE INDEX orders_user ON orders(user_id)",

            // subscriptions: one row per membership started, keyed by id. status
            // active|canceled|lapsed; payment_method is the provider's token for renewals.
            "CREATE TABLE subscriptions (id ${text} PRIMARY KEY,"
            " user_id ${text} NOT NULL REFERENCES users(id), tier_id ${text} NOT NULL"
            " REFERENCES tiers(id), status ${text} NOT NULL, started_at ${bigint} NOT NULL,"
            " current_period_end ${bigint} NOT NULL, cancel_at_period_end ${bool} NOT NULL,"
            " payment_method ${text} NOT NULL, first_order_id ${text} NOT NULL)",
            "CREATE INDEX subscriptions_user ON subscriptions(user_id)",

            // payment_events: each provider confirmation applied, keyed by the provider's event
            // id, so a replayed event is recognized and ignored.
            "CREATE TABLE payment_events (id ${text} PRIMARY KEY, order_id ${text} NOT NULL,"
            " type ${text} NOT NULL, received_at ${bigint} NOT NULL)",

            // grants: why a user may read a course: source 'grant' (given by staff or seeded),
            // 'order' (ref = order id) or 'subscription' (ref = subscription id). entitlements
            // holds exactly the distinct (user, course) pairs of this table.
            "CREATE TABLE grants (user_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " course_id ${text} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
            " source ${text} NOT NULL, ref ${text} NOT NULL, granted_at ${bigint} NOT NULL,"
            " PRIMARY KEY (user_id, course_id, source, ref))",
            "INSERT INTO grants (user_id, course_id, source, ref, granted_at)"
            " SELECT user_id, course_id, 'grant', '', granted_at FROM entitlements",
        },
        error);
}

// "commerce.2": what an order is for, when it stops being payable, and one active membership
// per (user, tier).
bool serverSchemaCommerce2(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // orders.purpose: 'purchase' (a checkout the user started) or 'renewal' (started by
            // the server's renewal run). subscription_id: for a renewal, the subscription it
            // renews; for a purchase of a tier, the subscription it replaces (a tier switch),
            // else NULL. expires_at: a pending order cannot be paid from then on.
            "ALTER TABLE orders ADD COLUMN purpose ${text} NOT NULL DEFAULT 'purchase'",
            "ALTER TABLE orders ADD COLUMN subscription_id ${text}",
            "ALTER TABLE orders ADD COLUMN expires_at ${bigint} NOT NULL DEFAULT 0",
            "UPDATE orders SET purpose = 'renewal' WHERE renewal <> ${false}",
            "UPDATE orders SET subscription_id = (SELECT s.id FROM subscriptions s"
            " WHERE s.user_id = orders.user_id"
            " AND orders.idempotency_key LIKE 'renew:' || s.id || ':%')"
            " WHERE purpose = 'renewal'",
            // idempotency_key is stored as '<purpose>:<key>', so (user_id, idempotency_key)
            // stays unique per user and per purpose: a key a client sends is always read as a
            // purchase key and can never name a renewal. Renewal keys drop their old 'renew:'.
            "UPDATE orders SET idempotency_key = 'renewal:' || substr(idempotency_key, 7)"
            " WHERE purpose = 'renewal' AND idempotency_key LIKE 'renew:%'",
            "UPDATE orders SET idempotency_key = 'purchase:' || idempotency_key"
            " WHERE purpose = 'purchase'",
            // Orders from before expiry existed were never re-checked: none is payable now.
            "UPDATE orders SET expires_at = created_at",

            // One active membership per (user, tier): duplicates bought before this rule end
            // now (the oldest is kept) and lose their grants; the index keeps it so.
            "UPDATE subscriptions SET status = 'canceled' WHERE status = 'active' AND EXISTS"
            " (SELECT 1 FROM subscriptions o WHERE o.user_id = subscriptions.user_id"
            " AND o.tier_id = subscriptions.tier_id AND o.status = 'active'"
            " AND (o.started_at < subscriptions.started_at OR (o.started_at ="
            " subscriptions.started_at AND o.id < subscriptions.id)))",
            "DELETE FROM grants WHERE source = 'subscription' AND ref IN"
            " (SELECT id FROM subscriptions WHERE status <> 'active')",
            "CREATE UNIQUE INDEX subscriptions_one_active ON subscriptions(user_id, tier_id)"
            " WHERE status = 'active'",
        },
        error);
}

} // namespace lyceum::server
