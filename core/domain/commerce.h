// Purchases and memberships as both sides see them (docs/protocol.md, "Commerce"): membership
// tiers, orders (with their receipt data) and subscriptions, with JSON codecs shared by the
// server (answers) and the client (decoding them). Money is an integer in minor units (fen,
// cents) with an ISO currency code.
#pragma once

#include "domain/localized_names.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lyceum {

struct Tier {
    QString id;
    QString name;
    QString interval; // "month" or "year"
    qint64 price = 0; // minor units per interval
    QString currency;
    bool allCourses = false;
    QStringList courseIds;     // when not allCourses
    LocalizedNames names = {}; // the name in both languages (JSON "names", optional)
    friend bool operator==(const Tier &, const Tier &) = default;
};

enum class OrderStatus { Pending, Paid, Declined, Failed, Refunded };
QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(const QString &name);

struct Order {
    QString id;
    QString number;   // the receipt's order number, e.g. "LY-001042"
    QString courseId; // exactly one of courseId / tierId
    QString tierId;
    QString title; // what was bought, as shown on the receipt
    qint64 listAmount = 0;
    qint64 discount = 0;
    qint64 amount = 0; // charged: listAmount - discount
    QString currency;
    QString couponCode;
    OrderStatus status = OrderStatus::Pending;
    QString reason; // why it was declined or failed
    bool renewal = false;
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // a pending order can no longer be paid from then on (0: unknown)
    qint64 paidAt = 0;
    qint64 refundableUntil = 0; // 0: not refundable
    qint64 refundedAt = 0;
    QString cardLast4;
    friend bool operator==(const Order &, const Order &) = default;
};

enum class SubscriptionStatus { Active, Canceled, Lapsed };
QString subscriptionStatusName(SubscriptionStatus status);
std::optional<SubscriptionStatus> subscriptionStatusFromName(const QString &name);

struct Subscription {
    QString id;
    QString tierId;
    QString tierName;
    SubscriptionStatus status = SubscriptionStatus::Active;
    qint64 startedAt = 0;
    qint64 currentPeriodEnd = 0; // renews (or ends, when cancelAtPeriodEnd) then
    bool cancelAtPeriodEnd = false;
    friend bool operator==(const Subscription &, const Subscription &) = default;
};

QJsonObject toJson(const Tier &tier);
QJsonObject toJson(const Order &order);
QJsonObject toJson(const Subscription &subscription);
std::optional<Tier> tierFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Order> orderFromJson(const QJsonObject &o, QString *error = nullptr);
std::optional<Subscription> subscriptionFromJson(const QJsonObject &o, QString *error = nullptr);

// True when number (digits, spaces allowed) passes the Luhn check.
bool luhnValid(const QString &number);

} // namespace lyceum
