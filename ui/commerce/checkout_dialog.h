// Checkout for a course or a membership: what is bought and its price, the card form (number
// grouped as typed and checked with Luhn, expiry MM/YY, CVC; focus starts in the number) and a
// coupon. An error is shown under the form, which grows to hold it, and the field it is about
// takes the focus.
// Pay is disabled while a payment is under way, and the whole dialog keeps one idempotency key
// per (item, coupon), so a double click or a retry is one order and one charge. Declined and
// failed payments say why and leave the form to try another card. When the server refuses the
// order itself (its price changed, it expired), the dialog checks out again under a new key and
// shows the new total with why, so the learner decides again; a membership already held ends
// the checkout with that said. Success shows the receipt's
// figures and the course unlocks by itself (the entitlement arrives through the feed, live).
// A real provider's hosted page would open in the browser from here instead of the card form.
#pragma once

#include "client/client.h"
#include "client/commerce_service.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lyceum::ui {

class CheckoutDialog : public QDialog {
    Q_OBJECT
public:
    struct Item {
        QString courseId; // exactly one of courseId / tierId
        QString tierId;
        QString title;
        qint64 price = 0;
        QString currency;
        QString interval; // tiers: "month" or "year"
    };

    CheckoutDialog(Client *client, Item item, QWidget *parent = nullptr);

    QLineEdit *cardNumber() const { return m_number; }
    QLineEdit *expiry() const { return m_expiry; }
    QLineEdit *cvc() const { return m_cvc; }
    QLineEdit *coupon() const { return m_coupon; }
    QPushButton *applyCoupon() const { return m_apply; }
    QPushButton *payButton() const { return m_pay; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *totalLabel() const { return m_total; }
    bool succeeded() const { return m_paid.status == OrderStatus::Paid; }
    const Order &order() const { return m_paid; }

    // "4242424242424242" -> "4242 4242 4242 4242"
    static QString groupDigits(const QString &text);

Q_SIGNALS:
    void paid(const lyceum::Order &order);
    // "Start learning" after the payment (the window closes too).
    void startLearningRequested();

private:
    void showListPrice();
    void connectFields();
    QWidget *buildDonePane();
    QFormLayout *buildCardForm();
    void quote(); // checkout with the current coupon: the order and its amounts
    void pay();
    void payRefused(const ApiError &e);
    void showError(const QString &message, QLineEdit *field = nullptr);
    QLineEdit *fieldFor(const QString &code) const;
    void updatePayEnabled();
    std::optional<CardDetails> card(QString *problem, QLineEdit **field = nullptr) const;

    Client *m_client;
    Item m_item;
    QString m_session; // this dialog's checkout; with the coupon, the idempotency key
    Order m_order;     // the current quote (pending order)
    Order m_paid;
    QString m_requoteReason; // why the next quote replaces a refused order (a server code)
    bool m_busy = false;
    QStackedWidget *m_stack;
    QLabel *m_total;
    QLineEdit *m_coupon;
    QPushButton *m_apply;
    QLineEdit *m_number;
    QLineEdit *m_expiry;
    QLineEdit *m_cvc;
    QLineEdit *m_name;
    QLabel *m_error;
    QPushButton *m_pay;
    QLabel *m_receipt;
};

} // namespace lyceum::ui
