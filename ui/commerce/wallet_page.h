// The wallet: memberships (renewal or end date, cancel renewal) and purchases (number, date,
// item, amount, status), each receipt exportable as PDF, and refunds while the window is open.
// Read from the server (GET /commerce/wallet) when shown; offline it says so.
#pragma once

#include "client/client.h"
#include "client/commerce_service.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lyceum::ui {

class WalletPage : public QWidget {
    Q_OBJECT
public:
    explicit WalletPage(Client *client, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *orders() const { return m_orders; }
    QTreeWidget *memberships() const { return m_memberships; }
    QPushButton *receiptButton() const { return m_receipt; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    // Where "Save receipt" writes; default: ask with a file dialog. Tests set a fixed path.
    void setReceiptPathChooser(std::function<QString(const QString &suggested)> chooser);
    // Asked before a refund or a cancellation; default: a message box.
    void setConfirm(std::function<bool(const QString &question)> confirm);
    const Wallet &wallet() const { return m_wallet; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const Wallet &wallet);
    const Order *selectedOrder() const;
    void saveReceipt();
    void refund();
    void cancelRenewal();
    void updateButtons();

    Client *m_client;
    Wallet m_wallet;
    QLabel *m_status;
    QLabel *m_noMembership;
    QTreeWidget *m_memberships;
    QTreeWidget *m_orders;
    QPushButton *m_receipt;
    QPushButton *m_refund;
    QPushButton *m_cancel;
    std::function<QString(const QString &)> m_choosePath;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace lyceum::ui
