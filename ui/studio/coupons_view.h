// A creator's coupons (from GET /studio/money): each with its discount, what it applies to, its
// use (times redeemed of its limit, what it took off, what those orders paid), its expiry and
// state; a form for a new one (percent or amount, this course or all of the creator's, a limit,
// an expiry) checked before it is queued; disable / enable the selected one. Changes go through
// the outbox (coupon.put, coupon.disable).
#pragma once

#include "studio/pricing_table_model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class CouponsView : public QWidget {
    Q_OBJECT
public:
    CouponsView(Client *client, QWidget *parent = nullptr);

    // The course the page shows (its id, title and currency) and the creator's coupons.
    void setCourse(const QString &id, const QString &title, const QString &currency);
    void setCoupons(const QJsonArray &coupons);
    // Checks the form and queues coupon.put; false with the reason shown when refused here.
    bool create();
    void toggleSelected(); // coupon.disable of the selected coupon, the other way round

    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *valueBox() const { return m_value; }
    QComboBox *scopeBox() const { return m_scope; }
    QSpinBox *limitBox() const { return m_limit; }
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *toggleButton() const { return m_toggle; }
    QTableView *table() const { return m_table; }
    ReportTableModel *model() const { return m_model; }
    QLabel *status() const { return m_status; }

private:
    void layOut();
    void updateToggle();

    Client *m_client;
    QString m_courseId;
    QString m_currency;
    ReportTableModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QDoubleSpinBox *m_value;
    QComboBox *m_scope;
    QSpinBox *m_limit;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QPushButton *m_create;
    QPushButton *m_toggle;
    QLabel *m_status;
};

} // namespace lyceum::ui
