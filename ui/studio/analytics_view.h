// Creator analytics (GET /studio/analytics): for one course or all of the creator's courses,
// totals (sales, revenue, refunds, net, enrolments, discussion), a chart of each day's net
// revenue and enrolments, the lesson funnel (how many learners started and finished each
// lesson: where they stop watching), a table of the days and CSV export of all of it.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class DailyChart;
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
    QTableWidget *table() const { return m_table; }
    QLabel *totalLabel(const QString &key) const;
    const QJsonObject &data() const { return m_data; }
    DailyChart *dailyChart() const { return m_daily; }
    FunnelChart *funnelChart() const { return m_funnel; }

Q_SIGNALS:
    void refreshed();

private:
    void showData(const QJsonObject &analytics);

    Client *m_client;
    QComboBox *m_course;
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
