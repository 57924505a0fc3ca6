#include "studio/coupons_view.h"

#include "client/client.h"
#include "client/commerce_service.h"
#include "common/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

qint64 num(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toInteger();
}

// Amounts taken off are shown in the currency of the course on the page (a creator's courses
// share one in practice; an amount-off coupon names its own).
QVector<ReportTableModel::Column> couponColumns(const QString &currency) {
    using R = const QJsonObject &;
    return {
        {CouponsView::tr("Code"),
         [](R o) { return o.value(QLatin1String("code")).toString(); },
         {}},
        {CouponsView::tr("Discount"),
         [](R o) {
             return num(o, "percent_off") > 0
                        ? CouponsView::tr("%1 % off").arg(num(o, "percent_off"))
                        : CouponsView::tr("%1 off").arg(moneyText(
                              num(o, "amount_off"), o.value(QLatin1String("currency")).toString()));
         },
         {}},
        {CouponsView::tr("Applies to"),
         [](R o) {
             return o.value(QLatin1String("course_id")).toString().isEmpty()
                        ? CouponsView::tr("All my courses")
                        : CouponsView::tr("One course");
         },
         {}},
        {CouponsView::tr("Used"),
         [](R o) {
             return num(o, "max_uses") > 0
                        ? CouponsView::tr("%1 of %2").arg(num(o, "used")).arg(num(o, "max_uses"))
                        : QString::number(num(o, "used"));
         },
         [](R o) { return num(o, "used"); }},
        {CouponsView::tr("Discounted"),
         [currency](R o) { return moneyText(num(o, "discounted"), currency); },
         [](R o) { return num(o, "discounted"); }},
        {CouponsView::tr("Expires"),
         [](R o) {
             return num(o, "expires_at") > 0 ? Format::date(num(o, "expires_at"))
                                             : CouponsView::tr("Never");
         },
         [](R o) { return num(o, "expires_at"); }},
        {CouponsView::tr("State"),
         [](R o) {
             return o.value(QLatin1String("disabled")).toBool() ? CouponsView::tr("Disabled")
                                                                : CouponsView::tr("Active");
         },
         {}},
    };
}

} // namespace

CouponsView::CouponsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No coupons yet. A coupon takes a percentage or an amount off one "
                            "course or all of yours, as often and as long as you say."),
                         this))
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_expires(new QCheckBox(tr("Expires on"), this))
    , m_expiry(new QDateEdit(QDate::currentDate().addDays(30), this))
    , m_create(new QPushButton(tr("Create coupon"), this))
    , m_toggle(new QPushButton(tr("Disable"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("CouponsView"));
    m_model->setColumns(couponColumns(QStringLiteral("CNY")));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Coupons"));
    m_empty->setObjectName(QStringLiteral("Muted"));
    m_empty->setWordWrap(true);
    m_code->setPlaceholderText(tr("e.g. SPRING20"));
    m_code->setMaxLength(32);
    m_code->setAccessibleName(tr("Coupon code"));
    m_kind->addItem(tr("Percent off"));
    m_kind->addItem(tr("Amount off"));
    m_kind->setAccessibleName(tr("Kind of discount"));
    m_value->setRange(0, 1000000);
    m_value->setDecimals(2);
    m_value->setValue(10);
    m_value->setAccessibleName(tr("Discount"));
    m_scope->setAccessibleName(tr("Applies to"));
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setAccessibleName(tr("Times it may be used"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setEnabled(false);
    m_expiry->setAccessibleName(tr("Expiry date"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("Muted"));
    m_toggle->setEnabled(false);

    layOut();

    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_value->setSuffix(kind == 0 ? QStringLiteral(" %") : QString());
        m_value->setPrefix(kind == 1 ? m_currency + u' ' : QString());
    });
    m_value->setSuffix(QStringLiteral(" %"));
    connect(m_create, &QPushButton::clicked, this, &CouponsView::create);
    connect(m_toggle, &QPushButton::clicked, this, &CouponsView::toggleSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CouponsView::updateToggle);
}

void CouponsView::layOut() {
    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    auto *discount = new QHBoxLayout;
    discount->addWidget(m_kind);
    discount->addWidget(m_value, 1);
    form->addRow(tr("Discount"), discount);
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(tr("Limit"), m_limit);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry"), expiry);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    buttons->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void CouponsView::setCourse(const QString &id, const QString &title, const QString &currency) {
    m_courseId = id;
    m_currency = currency;
    m_model->setColumns(couponColumns(currency));
    m_scope->clear();
    m_scope->addItem(tr("This course: %1").arg(title), id);
    m_scope->addItem(tr("All my courses"), QString());
    if (m_kind->currentIndex() == 1)
        m_value->setPrefix(m_currency + u' ');
}

void CouponsView::setCoupons(const QJsonArray &coupons) {
    m_model->setRows(coupons);
    m_empty->setVisible(coupons.isEmpty());
    m_table->setVisible(!coupons.isEmpty());
    updateToggle();
}

void CouponsView::updateToggle() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_toggle->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty())
        m_toggle->setText(
            m_model->rowAt(rows.first().row()).value(QLatin1String("disabled")).toBool()
                ? tr("Enable")
                : tr("Disable"));
}

bool CouponsView::create() {
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{2,31}$"));
    CommerceService::CouponInput in;
    in.code = m_code->text().trimmed().toUpper();
    const bool percent = m_kind->currentIndex() == 0;
    const qint64 value = qRound64(m_value->value() * (percent ? 1 : 100));
    QString problem;
    if (!codeShape.match(in.code).hasMatch())
        problem = tr("A code is 3 to 32 letters, digits, - or _.");
    else if (percent && (value < 1 || value > 100))
        problem = tr("A percentage off is 1 to 100.");
    else if (!percent && value < 1)
        problem = tr("Give the amount the coupon takes off.");
    else if (m_expires->isChecked() && m_expiry->date() <= QDate::currentDate())
        problem = tr("The expiry date is in the past; choose a later one.");
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    in.percentOff = percent ? value : 0;
    in.amountOff = percent ? 0 : value;
    in.currency = m_currency;
    in.courseId = m_scope->currentData().toString();
    in.maxUses = m_limit->value();
    if (m_expires->isChecked())
        in.expiresAt = m_expiry->date().endOfDay().toMSecsSinceEpoch();
    const QString code = in.code;
    m_client->commerce().putCoupon(in, [this, code](const QString &error) {
        m_status->setText(
            error.isEmpty()
                ? tr("Coupon %1 is saved and will be created when you are online.").arg(code)
                : error);
    });
    m_code->clear();
    return true;
}

void CouponsView::toggleSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QJsonObject c = m_model->rowAt(rows.first().row());
    m_client->commerce().setCouponDisabled(c.value(QLatin1String("code")).toString(),
                                           !c.value(QLatin1String("disabled")).toBool());
}

} // namespace lyceum::ui
