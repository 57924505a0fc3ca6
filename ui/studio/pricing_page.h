// The studio's Sales tab (docs/architecture.md, "Creators' money"): for one of the creator's
// courses, its price and currency and when each lesson opens after enrolment (drip release),
// its coupons, its learners and the payouts by month. Reads come from the server
// (GET /studio/money, /roster, /payouts); changes go through the outbox (course.price,
// lesson.drip, coupon.*), so they can be made offline, and the page reads again once sent.
#pragma once

#include "studio/pricing_table_model.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class CouponsView;
class ReportView;

class PricingPage : public QWidget {
    Q_OBJECT
public:
    explicit PricingPage(Client *client, QWidget *parent = nullptr);

    // Reads the creator's courses (once) and the chosen course's figures.
    void refresh();
    void savePrice();
    void setDripOfSelected();

    QComboBox *courseBox() const { return m_course; }
    QTabWidget *sections() const { return m_sections; }
    QDoubleSpinBox *priceBox() const { return m_price; }
    QComboBox *currencyBox() const { return m_currency; }
    QPushButton *savePriceButton() const { return m_savePrice; }
    QTableView *lessonTable() const { return m_lessonTable; }
    QSpinBox *dripBox() const { return m_drip; }
    QPushButton *dripButton() const { return m_setDrip; }
    CouponsView *coupons() const { return m_coupons; }
    ReportView *roster() const { return m_roster; }
    ReportView *payouts() const { return m_payouts; }
    QLabel *state() const { return m_state; }
    const QJsonObject &money() const { return m_money; }

Q_SIGNALS:
    void loaded(); // the course's figures are shown

private:
    QWidget *buildPricePane();
    void loadCourse();
    void showMoney(const QJsonObject &money);

    Client *m_client;
    QComboBox *m_course;
    QPushButton *m_refresh;
    QLabel *m_state;
    QTabWidget *m_sections;
    QDoubleSpinBox *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QPushButton *m_savePrice = nullptr;
    ReportTableModel *m_lessons;
    QTableView *m_lessonTable = nullptr;
    QSpinBox *m_drip = nullptr;
    QPushButton *m_setDrip = nullptr;
    CouponsView *m_coupons;
    ReportView *m_roster;
    ReportView *m_payouts;
    QJsonObject m_money;
    int m_pending = 0; // reads still to come for the course
};

} // namespace lyceum::ui
