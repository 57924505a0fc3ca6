// The CLI's purchase commands: courses (from the cache), buy, subscribe, refund and wallet
// (online, docs/protocol.md "Commerce").
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/commerce_service.h"
#include "client/discovery_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QUuid>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QString money(qint64 minor, const QString &currency) {
    return QStringLiteral("%1 %2").arg(currency).arg(double(minor) / 100.0, 0, 'f', 2);
}

// --card NUMBER [--expiry MM/YY] [--cvc N]: the sandbox's test cards need no real expiry.
std::optional<CardDetails> cardFrom(const Invocation &inv) {
    CardDetails card;
    card.number = inv.values.value(QStringLiteral("card"));
    if (card.number.isEmpty())
        return std::nullopt;
    const QString expiry = inv.values.value(QStringLiteral("expiry"), QStringLiteral("12/30"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})/(\\d{2}|\\d{4})$"));
    const QRegularExpressionMatch m = pattern.match(expiry);
    if (!m.hasMatch())
        return std::nullopt;
    card.expMonth = m.captured(1).toInt();
    card.expYear = m.captured(2).toInt();
    if (card.expYear < 100)
        card.expYear += 2000;
    card.cvc = inv.values.value(QStringLiteral("cvc"), QStringLiteral("123"));
    return card;
}

// Checkout then pay, then pull so the cache has what was bought.
int purchase(const Invocation &inv, const QString &courseId, const QString &tierId) {
    const std::optional<CardDetails> card = cardFrom(inv);
    if (!card) {
        *inv.err << tr("A card is needed: --card NUMBER [--expiry MM/YY] [--cvc CVC].") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString coupon = inv.values.value(QStringLiteral("coupon"));
    auto [checkoutError, order] = call<Order>([&](QObject *ctx, CommerceService::OrderDone done) {
        client->commerce().checkout(courseId, tierId, coupon, key, ctx, done);
    });
    if (checkoutError.isError()) {
        *inv.err << tr("Checkout failed: %1").arg(checkoutError.message) << '\n';
        return Failed;
    }
    auto [payError, paid] = call<Order>([&](QObject *ctx, CommerceService::OrderDone done) {
        client->commerce().payOrder(order.id, *card, ctx, done);
    });
    if (payError.code == QLatin1String("price_changed")) {
        // A new checkout (not paid) says what the price is now.
        auto [quoteError, quoted] = call<Order>([&](QObject *ctx, CommerceService::OrderDone done) {
            client->commerce().checkout(courseId, tierId, coupon,
                                        QUuid::createUuid().toString(QUuid::WithoutBraces), ctx,
                                        done);
        });
        *inv.err << (quoteError.isError()
                         ? payError.message
                         : tr("The price has changed since the checkout: it is now %1. Nothing "
                              "was charged; run the command again to pay the new price.")
                               .arg(money(quoted.amount, quoted.currency)))
                 << '\n';
        return Failed;
    }
    if (payError.isError()) {
        *inv.err << tr("Payment failed: %1").arg(payError.message) << '\n';
        return Failed;
    }
    const ApiError synced = runSync(*client);
    if (inv.json) {
        printJson(inv, toJson(paid));
    } else {
        *inv.out << tr("Paid %1 for “%2” (order %3).")
                        .arg(money(paid.amount, paid.currency), paid.title, paid.number)
                 << '\n';
    }
    if (synced.isError())
        *inv.err << tr("Sync failed: %1").arg(synced.message) << '\n';
    return Ok;
}

} // namespace

int courses(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QVector<CourseSummary> list;
    QString failure;
    QEventLoop loop;
    client->discovery().fetchCourses(&loop, [&](Result<QVector<CourseSummary>> c) {
        if (c)
            list = std::move(c).value();
        else
            failure = c.error().message;
        loop.quit();
    });
    loop.exec();
    if (!failure.isEmpty()) {
        *inv.err << tr("The courses could not be read: %1").arg(failure) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray out;
        for (const CourseSummary &c : std::as_const(list))
            out.append(QJsonObject{{QStringLiteral("id"), c.course.id},
                                   {QStringLiteral("title"), c.course.title},
                                   {QStringLiteral("price"), c.course.price},
                                   {QStringLiteral("currency"), c.course.currency},
                                   {QStringLiteral("entitled"), c.entitled()},
                                   {QStringLiteral("lessons"), c.lessonCount},
                                   {QStringLiteral("free_previews"), c.freePreviewCount},
                                   {QStringLiteral("creator"), c.creatorName}});
        printJson(inv, out);
        return Ok;
    }
    for (const CourseSummary &c : std::as_const(list)) {
        *inv.out << c.course.id << '\t'
                 << (c.course.price == 0 ? tr("free") : money(c.course.price, c.course.currency))
                 << '\t' << (c.entitled() ? tr("yours") : QString()) << '\t' << c.course.title
                 << '\n';
    }
    return Ok;
}

int buy(const Invocation &inv) {
    const QString course = inv.values.value(QStringLiteral("course"));
    if (course.isEmpty()) {
        *inv.err << tr("buy needs --course ID and --card NUMBER.") << '\n';
        return Usage;
    }
    return purchase(inv, course, {});
}

int subscribe(const Invocation &inv) {
    const QString tier = inv.values.value(QStringLiteral("tier"));
    if (tier.isEmpty()) {
        *inv.err << tr("subscribe needs --tier ID and --card NUMBER.") << '\n';
        return Usage;
    }
    return purchase(inv, {}, tier);
}

int refund(const Invocation &inv) {
    const QString order = inv.values.value(QStringLiteral("order"));
    if (order.isEmpty()) {
        *inv.err << tr("refund needs --order ID.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    auto [e, refunded] = call<Order>([&](QObject *ctx, CommerceService::OrderDone done) {
        client->commerce().requestRefund(order, ctx, done);
    });
    if (e.isError()) {
        *inv.err << tr("Refund failed: %1").arg(e.message) << '\n';
        return Failed;
    }
    runSync(*client);
    *inv.out << tr("Refunded %1 for “%2” (order %3).")
                    .arg(money(refunded.amount, refunded.currency), refunded.title, refunded.number)
             << '\n';
    return Ok;
}

int wallet(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    auto [e, w] =
        call<Wallet>([&](QObject *ctx, auto done) { client->commerce().fetchWallet(ctx, done); });
    if (e.isError()) {
        *inv.err << tr("The wallet could not be read: %1").arg(e.message) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray orders;
        for (const Order &o : std::as_const(w.orders))
            orders.append(toJson(o));
        QJsonArray subs;
        for (const Subscription &s : std::as_const(w.subscriptions))
            subs.append(toJson(s));
        printJson(inv, QJsonObject{{QStringLiteral("orders"), orders},
                                   {QStringLiteral("subscriptions"), subs}});
        return Ok;
    }
    for (const Order &o : std::as_const(w.orders))
        *inv.out << o.number << '\t' << orderStatusName(o.status) << '\t'
                 << money(o.amount, o.currency) << '\t' << o.title << '\n';
    for (const Subscription &s : std::as_const(w.subscriptions))
        *inv.out << s.tierName << '\t' << subscriptionStatusName(s.status) << '\n';
    return Ok;
}

} // namespace lyceum::cli
