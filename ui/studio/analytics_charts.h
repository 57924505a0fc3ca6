// The two charts of creator analytics, drawn with QPainter (no chart library needed): each
// day's net revenue as bars with enrolments as a line over them, and the lesson funnel as
// horizontal bars of learners who started and who finished each lesson.
#pragma once

#include <QJsonArray>
#include <QWidget>

namespace lyceum::ui {

class DailyChart : public QWidget {
    Q_OBJECT
public:
    explicit DailyChart(QWidget *parent = nullptr);
    // daily: [{day, net, enrolments, ...}] in day order; days in between are drawn as zero.
    void setDays(const QJsonArray &daily, const QString &currency);
    int dayCount() const { return int(m_days.size()); }
    QSize sizeHint() const override { return {600, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Day {
        QString day;
        qint64 net = 0;
        qint64 enrolments = 0;
    };
    QVector<Day> m_days;
    QString m_currency;
};

class FunnelChart : public QWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    void setFunnel(const QJsonArray &funnel); // [{title, started, completed}]
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QJsonArray m_rows;
};

} // namespace lyceum::ui
