// Purchases and memberships: the typed calls of api/commerce_api.h, with the server's codes in
// the user's words and the answers delivered on the caller's context.
#include "client/commerce_service.h"

#include "client/session_state.h"

#include <QCoreApplication>
#include <QPointer>

namespace lyceum {

namespace {

// The user's own words for the commerce codes of protocol.md; the server's for others.
ApiError explained(ApiError e) {
    static const QHash<QString, const char *> texts{
        {QStringLiteral("card_declined"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card was declined.")},
        {QStringLiteral("insufficient_funds"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card has insufficient funds.")},
        {QStringLiteral("expired_card"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card has expired.")},
        {QStringLiteral("invalid_card"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card number is not valid.")},
        {QStringLiteral("invalid_cvc"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The card's security code is not valid.")},
        {QStringLiteral("processing_error"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "The payment could not be processed. Nothing was charged; try again.")},
        {QStringLiteral("coupon_invalid"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "There is no such coupon.")},
        {QStringLiteral("coupon_expired"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon has expired.")},
        {QStringLiteral("coupon_exhausted"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon has been used up.")},
        {QStringLiteral("coupon_not_applicable"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "The coupon does not apply to this item.")},
        {QStringLiteral("already_owned"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "You already have this course.")},
        {QStringLiteral("already_subscribed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "You already have this membership.")},
        {QStringLiteral("already_member"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "You already have this membership, so nothing was charged. It is "
                           "in your wallet.")},
        {QStringLiteral("price_changed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "The price has changed since the checkout. Nothing was charged.")},
        {QStringLiteral("order_expired"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "This checkout has expired. Nothing was charged; start it again.")},
        {QStringLiteral("unavailable"),
         QT_TRANSLATE_NOOP("lyceum::Commerce",
                           "This item is no longer on sale. Nothing was charged.")},
        {QStringLiteral("refund_window_closed"),
         QT_TRANSLATE_NOOP("lyceum::Commerce", "This order can no longer be refunded.")},
    };
    if (const char *text = texts.value(e.code))
        e.message = QCoreApplication::translate("lyceum::Commerce", text);
    return e;
}

} // namespace

QString commerceReasonText(const QString &code) {
    ApiError e;
    e.code = code;
    e.message = code;
    return explained(e).message;
}

namespace {

// Runs done (with the error in the user's words) unless context is gone.
template<typename T>
std::function<void(const ApiError &, const T &)>
guarded(QObject *context, std::function<void(const ApiError &, const T &)> done) {
    return [ctx = QPointer<QObject>(context), done = std::move(done)](const ApiError &e,
                                                                      const T &value) {
        if (ctx)
            done(e.isError() ? explained(e) : e, value);
    };
}

} // namespace

CommerceService::CommerceService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    qRegisterMetaType<lyceum::Order>();
}

void CommerceService::fetchStore(QObject *context,
                                 std::function<void(const ApiError &, QVector<Tier>)> done) {
    commerceapi::store(
        *m_session.api,
        guarded<QVector<Tier>>(
            context, [done = std::move(done)](const ApiError &e, const QVector<Tier> &tiers) {
                done(e, tiers);
            }));
}

void CommerceService::checkout(const QString &courseId, const QString &tierId,
                               const QString &coupon, const QString &idempotencyKey,
                               QObject *context, OrderDone done) {
    commerceapi::checkout(*m_session.api, courseId, tierId, coupon, idempotencyKey,
                          guarded<Order>(context, std::move(done)));
}

void CommerceService::payOrder(const QString &orderId, const CardDetails &card, QObject *context,
                               OrderDone done) {
    commerceapi::pay(*m_session.api, orderId, card, guarded<Order>(context, std::move(done)));
}

void CommerceService::requestRefund(const QString &orderId, QObject *context, OrderDone done) {
    commerceapi::refund(*m_session.api, orderId, guarded<Order>(context, std::move(done)));
}

void CommerceService::cancelSubscription(
    const QString &subscriptionId, QObject *context,
    std::function<void(const ApiError &, const Subscription &)> done) {
    commerceapi::cancel(*m_session.api, subscriptionId,
                        guarded<Subscription>(context, std::move(done)));
}

void CommerceService::fetchWallet(QObject *context,
                                  std::function<void(const ApiError &, const Wallet &)> done) {
    commerceapi::wallet(*m_session.api, guarded<Wallet>(context, std::move(done)));
}

} // namespace lyceum
