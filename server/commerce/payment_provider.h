// The payment provider behind checkout. A real provider (a hosted checkout page, webhooks) and
// the SandboxProvider used by the demo and the tests implement the same interface; the server
// never sees more of a card than this call and keeps only the last four digits and the
// provider's reusable payment-method token.
#pragma once

#include <QString>

namespace lyceum::server {

struct CardInput {
    QString number; // digits, spaces allowed
    int expMonth = 0;
    int expYear = 0; // four digits
    QString cvc;
};

struct ChargeOutcome {
    enum class Kind { Succeeded, Declined, Failed };
    Kind kind = Kind::Failed;
    QString code;    // declined/failed: card_declined, insufficient_funds, expired_card,
                     // invalid_card, processing_error
    QString message; // for the payer
    QString chargeId;
    QString paymentMethod; // reusable for renewals
    QString last4;
    // The provider's confirmation event for a success; applying it grants what was bought.
    QString eventId;
};

class PaymentProvider {
public:
    virtual ~PaymentProvider() = default;
    virtual ChargeOutcome charge(const QString &orderId, qint64 amount, const QString &currency,
                                 const CardInput &card, qint64 nowMs) = 0;
    // A renewal with a payment method from an earlier charge.
    virtual ChargeOutcome chargeSaved(const QString &orderId, qint64 amount,
                                      const QString &currency, const QString &paymentMethod) = 0;
    virtual bool refund(const QString &chargeId) = 0;
};

// Behaves like a card processor in test mode, with the common test cards:
//   4242 4242 4242 4242  succeeds
//   4000 0000 0000 0002  declined (card_declined)
//   4000 0000 0000 9995  declined (insufficient_funds)
//   4000 0000 0000 0119  fails (processing_error)
//   4000 0000 0000 0341  succeeds, but renewals with it are declined
// Any other number that passes the Luhn check is declined as a real card in test mode; one that
// does not is invalid_card; an expiry in the past is expired_card.
class SandboxProvider final : public PaymentProvider {
public:
    ChargeOutcome charge(const QString &orderId, qint64 amount, const QString &currency,
                         const CardInput &card, qint64 nowMs) override;
    ChargeOutcome chargeSaved(const QString &orderId, qint64 amount, const QString &currency,
                              const QString &paymentMethod) override;
    bool refund(const QString &chargeId) override;
    int charges() const { return m_charges; } // successful charges, for tests
    int refunds() const { return m_refunds; }
    QString lastEventId() const { return m_lastEventId; } // tests replay it

private:
    QString m_lastEventId;
    int m_charges = 0;
    int m_refunds = 0;
};

} // namespace lyceum::server
