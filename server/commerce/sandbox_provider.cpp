#include "domain/commerce.h"
#include "domain/entities.h"
#include "server/commerce/payment_provider.h"

#include <QDateTime>

namespace lyceum::server {

namespace {

ChargeOutcome declined(const char *code, const char *message) {
    ChargeOutcome o;
    o.kind = ChargeOutcome::Kind::Declined;
    o.code = QLatin1String(code);
    o.message = QLatin1String(message);
    return o;
}

ChargeOutcome succeeded(const QString &last4, const QString &mode) {
    ChargeOutcome o;
    o.kind = ChargeOutcome::Kind::Succeeded;
    o.chargeId = QStringLiteral("ch_sandbox_") + newId();
    o.eventId = QStringLiteral("evt_sandbox_") + newId();
    o.last4 = last4;
    o.paymentMethod = QStringLiteral("pm_sandbox_%1_%2").arg(last4, mode);
    return o;
}

} // namespace

ChargeOutcome SandboxProvider::charge(const QString &, qint64, const QString &,
                                      const CardInput &card, qint64 nowMs) {
    QString digits = card.number;
    digits.remove(u' ').remove(u'-');
    if (!luhnValid(digits))
        return declined("invalid_card", "The card number is not valid.");
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    if (card.expMonth < 1 || card.expMonth > 12 || card.expYear < today.year() ||
        (card.expYear == today.year() && card.expMonth < today.month()))
        return declined("expired_card", "The card has expired.");
    if (card.cvc.size() < 3 || card.cvc.size() > 4)
        return declined("invalid_cvc", "The card's security code is not valid.");
    const QString last4 = digits.right(4);
    if (digits == QLatin1String("4242424242424242") ||
        digits == QLatin1String("4000000000000341")) {
        ++m_charges;
        const ChargeOutcome o =
            succeeded(last4, digits.endsWith(QLatin1String("4242")) ? QStringLiteral("ok")
                                                                    : QStringLiteral("renewfail"));
        m_lastEventId = o.eventId;
        return o;
    }
    if (digits == QLatin1String("4000000000000002"))
        return declined("card_declined", "The card was declined.");
    if (digits == QLatin1String("4000000000009995"))
        return declined("insufficient_funds", "The card has insufficient funds.");
    if (digits == QLatin1String("4000000000000119")) {
        ChargeOutcome o;
        o.kind = ChargeOutcome::Kind::Failed;
        o.code = QStringLiteral("processing_error");
        o.message = QStringLiteral("The payment could not be processed. Try again.");
        return o;
    }
    return declined("card_declined",
                    "The card was declined: this sandbox accepts test cards only.");
}

ChargeOutcome SandboxProvider::chargeSaved(const QString &, qint64, const QString &,
                                           const QString &paymentMethod) {
    const QStringList parts = paymentMethod.split(u'_');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pm"))
        return declined("invalid_payment_method", "The saved card is not known.");
    if (parts.at(3) != QLatin1String("ok"))
        return declined("card_declined", "The saved card was declined.");
    ++m_charges;
    const ChargeOutcome o = succeeded(parts.at(2), parts.at(3));
    m_lastEventId = o.eventId;
    return o;
}

bool SandboxProvider::refund(const QString &chargeId) {
    if (!chargeId.startsWith(QLatin1String("ch_sandbox_")))
        return false;
    ++m_refunds;
    return true;
}

} // namespace lyceum::server
