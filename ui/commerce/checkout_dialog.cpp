#include "commerce/checkout_dialog.h"

#include "client/commerce_service.h"
#include "common/format.h"
#include "common/theme.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

// No field may get shorter than it asks (the dialog's minimum then follows its layout's).
void keepFullHeight(std::initializer_list<QWidget *> widgets) {
    for (QWidget *w : widgets) {
        w->ensurePolished(); // the theme's padding is part of the height
        w->setMinimumHeight(w->sizeHint().height());
    }
}

QLabel *mutedNote(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("Muted"));
    label->setWordWrap(true);
    return label;
}

void chainTabs(std::initializer_list<QWidget *> widgets) {
    auto it = widgets.begin();
    for (++it; it != widgets.end(); ++it)
        QWidget::setTabOrder(*(it - 1), *it);
}

} // namespace

CheckoutDialog::CheckoutDialog(Client *client, Item item, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_item(std::move(item))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_stack(new QStackedWidget(this))
    , m_total(new QLabel(this))
    , m_coupon(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_number(new QLineEdit(this))
    , m_expiry(new QLineEdit(this))
    , m_cvc(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_pay(new QPushButton(this))
    , m_receipt(new QLabel(this)) {
    setWindowTitle(tr("Checkout"));
    setObjectName(QStringLiteral("CheckoutDialog"));
    setMinimumWidth(440);

    auto *form = new QWidget(this);
    auto *what = new QLabel(m_item.title, form);
    what->setObjectName(QStringLiteral("SectionTitle"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    QLabel *kind = mutedNote(m_item.courseId.isEmpty()
                                 ? (m_item.interval == QLatin1String("year")
                                        ? tr("Membership, renews every year; cancel any time.")
                                        : tr("Membership, renews every month; cancel any time."))
                                 : tr("Course, yours for good: every lesson, also offline."),
                             form);
    m_total->setObjectName(QStringLiteral("CheckoutTotal"));

    QFormLayout *cardForm = buildCardForm();
    // The payment provider here takes test cards only; said plainly, without "sandbox".
    QLabel *testCards = mutedNote(tr("Test card: 4242 4242 4242 4242 is accepted, "
                                     "4000 0000 0000 0002 is declined."),
                                  form);
    m_error->setObjectName(QStringLiteral("ErrorText"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    theme::setRole(m_pay, QStringLiteral("Primary"));
    m_pay->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_pay);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(what);
    formLayout->addWidget(kind);
    formLayout->addWidget(m_total);
    formLayout->addSpacing(6);
    formLayout->addLayout(cardForm);
    formLayout->addWidget(testCards);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    formLayout->addLayout(buttons);

    QWidget *done = buildDonePane();

    m_stack->addWidget(form);
    m_stack->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_stack);
    // An error line grows the dialog instead of squashing the form's rows.
    keepFullHeight({m_number, m_expiry, m_cvc, m_name, m_coupon, m_apply, m_pay, cancel});
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pay, &QPushButton::clicked, this, &CheckoutDialog::pay);
    connect(m_apply, &QPushButton::clicked, this, &CheckoutDialog::quote);
    connect(m_coupon, &QLineEdit::returnPressed, this, &CheckoutDialog::quote);
    connectFields();

    showListPrice();
    updatePayEnabled();
    // The card first: most learners have no coupon. Tab goes down the form, then to Pay.
    chainTabs({m_number, m_expiry, m_cvc, m_name, m_coupon, m_apply, m_pay, cancel});
    m_number->setFocus();
    quote();
}

void CheckoutDialog::showListPrice() {
    // Until the server's quote arrives, the list price.
    m_order.amount = m_item.price;
    m_order.currency = m_item.currency;
    m_total->setText(Format::price(m_item.price, m_item.currency));
    m_pay->setText(tr("Pay %1").arg(Format::price(m_item.price, m_item.currency)));
}

void CheckoutDialog::connectFields() {
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString grouped = groupDigits(text);
        if (grouped != text) {
            m_number->setText(grouped);
            m_number->setCursorPosition(int(grouped.size()));
        }
        updatePayEnabled();
    });
    connect(m_expiry, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.size() == 2 && !text.contains(u'/'))
            m_expiry->setText(text + u'/');
        updatePayEnabled();
    });
    connect(m_cvc, &QLineEdit::textEdited, this, &CheckoutDialog::updatePayEnabled);
}

// Card number, expiry and CVC, name, coupon.
QFormLayout *CheckoutDialog::buildCardForm() {
    m_coupon->setPlaceholderText(tr("Coupon code"));
    m_apply->setObjectName(QStringLiteral("ApplyCoupon"));
    m_apply->setAutoDefault(false); // Enter in the coupon applies it (returnPressed), not Pay
    m_apply->setMinimumWidth(m_apply->sizeHint().width()); // never clipped
    auto *couponRow = new QHBoxLayout;
    couponRow->addWidget(m_coupon, 1);
    couponRow->addWidget(m_apply);

    m_number->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    m_number->setInputMethodHints(Qt::ImhDigitsOnly);
    m_number->setMaxLength(23);
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(5);
    m_cvc->setPlaceholderText(QStringLiteral("123"));
    m_cvc->setMaxLength(4);
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setAccessibleName(tr("CVC"));
    m_name->setPlaceholderText(tr("Name on the card"));
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(new QLabel(tr("CVC"), this));
    expiryRow->addWidget(m_cvc);
    auto *cardForm = new QFormLayout;
    cardForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    cardForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    cardForm->addRow(tr("&Card number"), m_number);
    // A row holding a layout gets a plain label from QFormLayout, which would show the "&":
    // these labels name their field as buddy, so the shortcut works and the "&" is not drawn.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    cardForm->addRow(buddyLabel(tr("&Expires"), m_expiry), expiryRow);
    cardForm->addRow(tr("&Name"), m_name);
    cardForm->addRow(buddyLabel(tr("C&oupon"), m_coupon), couponRow);
    return cardForm;
}

// After a successful payment: the receipt's figures and "Start learning".
QWidget *CheckoutDialog::buildDonePane() {
    auto *done = new QWidget(this);
    auto *thanks = new QLabel(tr("Payment received — thank you!"), done);
    thanks->setObjectName(QStringLiteral("SectionTitle"));
    m_receipt->setWordWrap(true);
    m_receipt->setTextFormat(Qt::PlainText);
    auto *close = new QPushButton(tr("Start learning"), done);
    theme::setRole(close, QStringLiteral("Primary"));
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(thanks);
    doneLayout->addWidget(m_receipt);
    doneLayout->addStretch();
    doneLayout->addWidget(close, 0, Qt::AlignRight);
    close->setObjectName(QStringLiteral("StartLearning"));
    connect(close, &QPushButton::clicked, this, [this] {
        Q_EMIT startLearningRequested();
        accept();
    });
    return done;
}

QString CheckoutDialog::groupDigits(const QString &text) {
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    QString out;
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += digits.at(i);
    }
    return out;
}

std::optional<CardDetails> CheckoutDialog::card(QString *problem, QLineEdit **field) const {
    QLineEdit *unused = nullptr;
    QLineEdit *&where = field ? *field : unused;
    CardDetails c;
    c.number = m_number->text().remove(u' ');
    where = m_number;
    if (!luhnValid(c.number)) {
        *problem = tr("The card number is not complete or not valid.");
        return std::nullopt;
    }
    where = m_expiry;
    static const QRegularExpression expiry(QStringLiteral("^(\\d{2})/(\\d{2})$"));
    const QRegularExpressionMatch m = expiry.match(m_expiry->text());
    if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(1).toInt() > 12) {
        *problem = tr("Enter the expiry as MM/YY.");
        return std::nullopt;
    }
    c.expMonth = m.captured(1).toInt();
    c.expYear = 2000 + m.captured(2).toInt();
    const QDate today = QDate::currentDate();
    if (c.expYear < today.year() || (c.expYear == today.year() && c.expMonth < today.month())) {
        *problem = tr("The card has expired.");
        return std::nullopt;
    }
    c.cvc = m_cvc->text();
    where = m_cvc;
    if (c.cvc.size() < 3) {
        *problem = tr("Enter the 3 or 4 digits of the security code.");
        return std::nullopt;
    }
    return c;
}

void CheckoutDialog::updatePayEnabled() {
    QString problem;
    const bool free = !m_order.id.isEmpty() && m_order.amount == 0;
    m_pay->setEnabled(!m_busy && !m_order.id.isEmpty() && (free || card(&problem).has_value()));
}

void CheckoutDialog::showError(const QString &message, QLineEdit *field) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // The field to correct keeps (or takes) the focus, its text selected to type over.
    if (field && !message.isEmpty()) {
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    }
}

// The field a refusal of the server is about (nullptr: none in particular).
QLineEdit *CheckoutDialog::fieldFor(const QString &code) const {
    if (code.contains(QLatin1String("coupon")))
        return m_coupon;
    if (code.contains(QLatin1String("cvc")))
        return m_cvc;
    if (code.contains(QLatin1String("expir")))
        return m_expiry;
    if (code.startsWith(QLatin1String("card")) || code.contains(QLatin1String("declined")))
        return m_number;
    return nullptr;
}

void CheckoutDialog::quote() {
    m_busy = true;
    updatePayEnabled();
    m_apply->setEnabled(false);
    const QString coupon = m_coupon->text().trimmed().toUpper();
    // One order per (dialog, coupon): asking again for the same gets the same order.
    const QString key = m_session + u':' + coupon;
    m_client->commerce().checkout(
        m_item.courseId, m_item.tierId, coupon, key, this,
        [this, coupon](const ApiError &e, const Order &order) {
            m_busy = false;
            m_apply->setEnabled(true);
            if (e.isError()) {
                m_requoteReason.clear();
                updatePayEnabled();
                showError(e.message, coupon.isEmpty() ? fieldFor(e.code) : m_coupon);
                return;
            }
            m_order = order;
            const QString newTotal = Format::price(order.amount, order.currency);
            if (m_requoteReason == QLatin1String("price_changed"))
                showError(tr("The price has changed: it is now %1. Nothing was charged; check "
                             "the new total and pay again if you still want it.")
                              .arg(newTotal));
            else if (m_requoteReason == QLatin1String("order_expired"))
                showError(tr("The checkout expired before the payment, so nothing was charged. "
                             "Here it is again at today's price, %1: pay again to buy.")
                              .arg(newTotal));
            else
                showError({});
            m_requoteReason.clear();
            QString total = Format::price(order.amount, order.currency);
            if (order.discount > 0)
                total = tr("%1 (was %2, coupon %3)")
                            .arg(total, Format::price(order.listAmount, order.currency),
                                 order.couponCode);
            m_total->setText(total);
            m_pay->setText(order.amount == 0
                               ? tr("Get it free")
                               : tr("Pay %1").arg(Format::price(order.amount, order.currency)));
            updatePayEnabled();
        });
}

void CheckoutDialog::payRefused(const ApiError &e) {
    if (e.code == QLatin1String("price_changed") || e.code == QLatin1String("order_expired")) {
        // The old order can no longer be paid: a new checkout (a new key) brings the current
        // price, and the learner is asked again.
        m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_requoteReason = e.code;
        m_order = Order{};
        showError(e.message);
        quote();
        return;
    }
    if (e.code == QLatin1String("already_member") || e.code == QLatin1String("already_owned") ||
        e.code == QLatin1String("unavailable"))
        m_order = Order{}; // nothing left to pay here
    updatePayEnabled();
    // Not Cancel: the card to change, or Pay to try again.
    QLineEdit *field = fieldFor(e.code);
    showError(e.message, field);
    if (!field && m_pay->isEnabled())
        m_pay->setFocus(Qt::OtherFocusReason);
}

void CheckoutDialog::pay() {
    if (m_busy || m_order.id.isEmpty())
        return;
    CardDetails details;
    if (m_order.amount > 0) {
        QString problem;
        QLineEdit *field = nullptr;
        const std::optional<CardDetails> c = card(&problem, &field);
        if (!c) {
            showError(problem, field);
            return;
        }
        details = *c;
    }
    m_busy = true;
    updatePayEnabled();
    m_pay->setText(tr("Paying…"));
    showError({});
    m_client->commerce().payOrder(
        m_order.id, details, this, [this](const ApiError &e, const Order &order) {
            m_busy = false;
            m_pay->setText(tr("Pay %1").arg(Format::price(m_order.amount, m_order.currency)));
            if (e.isError()) {
                payRefused(e);
                return;
            }
            m_paid = order;
            m_receipt->setText(
                tr("Order %1\n%2\nPaid %3 with the card ending in %4.\nA receipt is in your "
                   "wallet.")
                    .arg(order.number, order.title, Format::price(order.amount, order.currency),
                         order.cardLast4.isEmpty() ? QStringLiteral("—") : order.cardLast4));
            m_stack->setCurrentIndex(1);
            m_client->syncNow(); // the unlocked lessons, also when the live channel is down
            Q_EMIT paid(order);
        });
}

} // namespace lyceum::ui
