#include "commerce/wallet_page.h"

#include "client/commerce_service.h"
#include "commerce/receipt_pdf.h"
#include "common/format.h"
#include "common/theme.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QString day(qint64 ms) {
    return ms > 0 ? Format::date(ms) : QString();
}

} // namespace

WalletPage::WalletPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_noMembership(new QLabel(this))
    , m_memberships(new QTreeWidget(this))
    , m_orders(new QTreeWidget(this))
    , m_receipt(new QPushButton(tr("Save receipt as PDF…"), this))
    , m_refund(new QPushButton(tr("Request refund"), this))
    , m_cancel(new QPushButton(tr("Cancel renewal"), this)) {
    setObjectName(QStringLiteral("WalletPage"));
    auto *title = new QLabel(tr("Wallet"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);

    auto *membershipsTitle = new QLabel(tr("Memberships"), this);
    membershipsTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_memberships->setHeaderLabels({tr("Membership"), tr("Status"), tr("Renews or ends")});
    m_memberships->setRootIsDecorated(false);
    m_memberships->setAccessibleName(tr("Memberships"));
    m_memberships->setMaximumHeight(120);
    m_memberships->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *ordersTitle = new QLabel(tr("Purchases"), this);
    ordersTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_orders->setHeaderLabels({tr("Order"), tr("Date"), tr("Item"), tr("Amount"), tr("Status")});
    m_orders->setRootIsDecorated(false);
    m_orders->setAccessibleName(tr("Purchases"));
    m_orders->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *membershipButtons = new QHBoxLayout;
    membershipButtons->addStretch();
    membershipButtons->addWidget(m_cancel);
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addStretch();
    orderButtons->addWidget(m_refund);
    orderButtons->addWidget(m_receipt);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(membershipsTitle);
    m_noMembership->setObjectName(QStringLiteral("Muted"));
    m_noMembership->setWordWrap(true);
    m_noMembership->setText(
        tr("No membership. A membership opens every course; join it from any course page."));
    layout->addWidget(m_noMembership);
    layout->addWidget(m_memberships);
    layout->addLayout(membershipButtons);
    layout->addWidget(ordersTitle);
    layout->addWidget(m_orders, 1);
    layout->addLayout(orderButtons);

    m_choosePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save receipt"), suggested,
                                            tr("PDF documents (*.pdf)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Wallet"), question) == QMessageBox::Yes;
    };
    connect(m_orders, &QTreeWidget::currentItemChanged, this, &WalletPage::updateButtons);
    connect(m_memberships, &QTreeWidget::currentItemChanged, this, &WalletPage::updateButtons);
    connect(m_receipt, &QPushButton::clicked, this, &WalletPage::saveReceipt);
    connect(m_refund, &QPushButton::clicked, this, &WalletPage::refund);
    connect(m_cancel, &QPushButton::clicked, this, &WalletPage::cancelRenewal);
    updateButtons();
}

void WalletPage::setReceiptPathChooser(std::function<QString(const QString &)> chooser) {
    m_choosePath = std::move(chooser);
}

void WalletPage::setConfirm(std::function<bool(const QString &)> confirm) {
    m_confirm = std::move(confirm);
}

void WalletPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    reload();
}

void WalletPage::reload() {
    m_status->setText(tr("Loading your purchases…"));
    m_client->commerce().fetchWallet(this, [this](const ApiError &e, const Wallet &wallet) {
        if (e.isError()) {
            m_status->setText(tr("Your purchases could not be loaded: %1").arg(e.message));
            return;
        }
        apply(wallet);
    });
}

void WalletPage::apply(const Wallet &wallet) {
    m_wallet = wallet;
    m_memberships->clear();
    for (const Subscription &s : wallet.subscriptions) {
        QString status;
        switch (s.status) {
        case SubscriptionStatus::Active:
            status = s.cancelAtPeriodEnd ? tr("Ends at the period's end") : tr("Active");
            break;
        case SubscriptionStatus::Canceled:
            status = tr("Ended");
            break;
        case SubscriptionStatus::Lapsed:
            status = tr("Lapsed: the renewal was declined");
            break;
        }
        auto *item =
            new QTreeWidgetItem(m_memberships, {s.tierName, status, day(s.currentPeriodEnd)});
        item->setData(0, Qt::UserRole, s.id);
    }
    m_memberships->setVisible(!wallet.subscriptions.isEmpty());
    m_cancel->setVisible(!wallet.subscriptions.isEmpty());
    m_noMembership->setVisible(wallet.subscriptions.isEmpty());
    m_orders->clear();
    for (const Order &o : wallet.orders) {
        QString status;
        switch (o.status) {
        case OrderStatus::Paid:
            status = o.refundableUntil > wallet.serverTime
                         ? tr("Paid · refundable until %1").arg(day(o.refundableUntil))
                         : tr("Paid");
            break;
        case OrderStatus::Refunded:
            status = tr("Refunded");
            break;
        case OrderStatus::Declined:
            status = tr("Declined: %1").arg(commerceReasonText(o.reason));
            break;
        case OrderStatus::Failed:
            status = tr("Failed: %1").arg(commerceReasonText(o.reason));
            break;
        case OrderStatus::Pending:
            status = tr("Not paid");
            break;
        }
        auto *item =
            new QTreeWidgetItem(m_orders, {o.number, day(o.createdAt),
                                           o.renewal ? tr("%1 (renewal)").arg(o.title) : o.title,
                                           Format::price(o.amount, o.currency), status});
        item->setData(0, Qt::UserRole, o.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < m_orders->columnCount(); ++c)
        if (c != 2)
            m_orders->resizeColumnToContents(c);
    m_status->setText(wallet.orders.isEmpty() ? tr("No purchases yet.")
                                              : tr("Receipts can be saved as PDF."));
    updateButtons();
    Q_EMIT loaded();
}

const Order *WalletPage::selectedOrder() const {
    const QTreeWidgetItem *item = m_orders->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const Order &o : m_wallet.orders)
        if (o.id == id)
            return &o;
    return nullptr;
}

void WalletPage::updateButtons() {
    const Order *o = selectedOrder();
    m_receipt->setEnabled(o &&
                          (o->status == OrderStatus::Paid || o->status == OrderStatus::Refunded));
    m_refund->setEnabled(o && o->status == OrderStatus::Paid &&
                         o->refundableUntil > m_wallet.serverTime);
    const QTreeWidgetItem *m = m_memberships->currentItem();
    bool cancellable = false;
    if (m) {
        for (const Subscription &s : m_wallet.subscriptions)
            if (s.id == m->data(0, Qt::UserRole).toString())
                cancellable = s.status == SubscriptionStatus::Active && !s.cancelAtPeriodEnd;
    }
    m_cancel->setEnabled(cancellable);
}

void WalletPage::saveReceipt() {
    const Order *o = selectedOrder();
    if (!o)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        m_choosePath(QDir(dir).filePath(QStringLiteral("Lyceum-%1.pdf").arg(o->number)));
    if (path.isEmpty())
        return;
    const std::optional<User> me = m_client->currentUser();
    QString error;
    if (!writeReceiptPdf(*o, me ? me->displayName : QString(), path, &error))
        m_status->setText(error);
    else
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void WalletPage::refund() {
    const Order *o = selectedOrder();
    if (!o || !m_confirm(tr("Refund %1 for “%2”? You lose access to it.")
                             .arg(Format::price(o->amount, o->currency), o->title)))
        return;
    m_refund->setEnabled(false);
    m_client->commerce().requestRefund(o->id, this, [this](const ApiError &e, const Order &) {
        if (e.isError())
            m_status->setText(tr("The refund was not made: %1").arg(e.message));
        m_client->syncNow(); // the course locks again
        reload();
    });
}

void WalletPage::cancelRenewal() {
    const QTreeWidgetItem *m = m_memberships->currentItem();
    if (!m || !m_confirm(
                  tr("Stop renewing “%1”? It stays active until the period ends.").arg(m->text(0))))
        return;
    m_cancel->setEnabled(false);
    m_client->commerce().cancelSubscription(
        m->data(0, Qt::UserRole).toString(), this, [this](const ApiError &e, const Subscription &) {
            if (e.isError())
                m_status->setText(tr("The renewal was not cancelled: %1").arg(e.message));
            reload();
        });
}

} // namespace lyceum::ui
