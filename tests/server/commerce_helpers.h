// Calls of the commerce routes shared by the server's commerce tests: a checkout under a key, a
// payment with one of the sandbox's test cards, and the small readers of their answers.
#pragma once

#include "server_harness.h"

namespace lyceum::test {

inline constexpr qint64 kDay = 24LL * 3600 * 1000;

inline QJsonObject card(const char *number) {
    return {{QStringLiteral("number"), QLatin1String(number)},
            {QStringLiteral("exp_month"), 12},
            {QStringLiteral("exp_year"), 2030},
            {QStringLiteral("cvc"), QStringLiteral("123")}};
}

inline QJsonObject orderOf(const HttpReply &r) {
    return r.json().value(QLatin1StringView("order")).toObject();
}

inline QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

// A fresh access token after the clock moved past the old one's 15 minutes.
inline QString relogin(ServerHarness &s, const char *handle) {
    return str(s.login(QLatin1String(handle), kPassword), "access_token");
}

inline QJsonObject course(const char *id) {
    return {{QStringLiteral("course_id"), QLatin1String(id)}};
}

inline QJsonObject tier(const char *id) {
    return {{QStringLiteral("tier_id"), QLatin1String(id)}};
}

inline HttpReply checkout(ServerHarness &s, const QString &token, const QJsonObject &what,
                          const QString &key) {
    QJsonObject body = what;
    body.insert(QStringLiteral("idempotency_key"), key);
    return s.post(QStringLiteral("/api/v1/commerce/checkout"), body, token);
}

inline QJsonObject payBody(const QString &orderId, const char *number) {
    return {{QStringLiteral("order_id"), orderId}, {QStringLiteral("card"), card(number)}};
}

inline HttpReply pay(ServerHarness &s, const QString &token, const QString &orderId,
                     const char *number = "4242424242424242") {
    return s.post(QStringLiteral("/api/v1/commerce/pay"), payBody(orderId, number), token);
}

} // namespace lyceum::test
