// Creator analytics (GET /studio/analytics): for one course or all of the creator's courses,
// totals (sales, revenue, refunds, net, enrolments, discussion), a chart of each day's net
// revenue and enrolments, the lesson funnel (how many learners started and finished each
// lesson: where they stop watching), a table of the days and CSV export of all of it. A date
// range (last 7, 30, 90 days, all time, or custom days); for one course, its learners by the
// week they enrolled and how many were still learning 1, 2 and 4 weeks on (GET /studio/cohorts).
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class DailyChart;
class ReportTableModel;
class FunnelChart;

class AnalyticsView : public QWidget {
    Q_OBJECT
public:
    explicit AnalyticsView(Client *client, QWidget *parent = nullptr);

    void refresh();
    // The figures as CSV: one row per day, then one row per lesson of the funnel.
    static QByteArray csv(const QJsonObject &analytics);
    bool exportCsv(const QString &path, QString *error) const;

    QComboBox *courseBox() const { return m_course; }
    // 0 last 7 days, 1 last 30, 2 last 90, 3 all time (the default), 4 custom (the date edits)
    QComboBox *rangeBox() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTableView *cohortTable() const { return m_cohortTable; }
    ReportTableModel *cohorts() const { return m_cohorts; }
    QLabel *cohortState() const { return m_cohortState; }
    QLabel *stateLabel() const { return m_state; }
    QTableWidget *table() const { return m_table; }
    QLabel *totalLabel(const QString &key) const;
    const QJsonObject &data() const { return m_data; }
    DailyChart *dailyChart() const { return m_daily; }
    FunnelChart *funnelChart() const { return m_funnel; }

Q_SIGNALS:
    void refreshed();
    void cohortsRefreshed();

private:
    void showData(const QJsonObject &analytics);
    void setUpRangeAndCohorts();
    void refreshCohorts();
    QPair<QDate, QDate> range() const;

    Client *m_client;
    QComboBox *m_course;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_cohortTitle;
    QLabel *m_cohortState;
    ReportTableModel *m_cohorts;
    QTableView *m_cohortTable;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLabel *m_state;
    QHash<QString, QLabel *> m_totals;
    DailyChart *m_daily;
    QLabel *m_funnelTitle;
    FunnelChart *m_funnel;
    QTableWidget *m_table;
    QJsonObject m_data;
};

} // namespace lyceum::ui
