// Insights for creators in the studio (docs/architecture.md, "Learning"): for one course, the
// learner segments (k-means on this computer over the aggregate the server gives the course's
// owner), mastery by section per learner, and who started and has gone quiet, with "Copy
// handles" to write to them. Nothing computed here leaves this computer.
#pragma once

#include "learning/segments_insights.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class InsightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit InsightsPanel(Client *client, QWidget *parent = nullptr);
    void refresh();
    // Shows an aggregate as the server gave it (tests, screenshots).
    void showInsights(const QJsonObject &json, qint64 nowMs);

    QComboBox *courseBox() const { return m_course; }
    QTableWidget *segmentsTable() const { return m_segments; }
    QTableWidget *masteryTable() const { return m_mastery; }
    QTableWidget *quietTable() const { return m_quiet; }
    QSpinBox *quietDays() const { return m_days; }
    QPushButton *copyHandlesButton() const { return m_copy; }
    static QString segmentName(learning::SegmentKind kind);

Q_SIGNALS:
    void shown();

private:
    void build();
    void loadCourses();
    void fillQuiet();

    Client *m_client;
    learning::CourseInsights m_insights;
    qint64 m_now = 0;
    QComboBox *m_course = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_segments = nullptr;
    QTableWidget *m_mastery = nullptr;
    QTableWidget *m_quiet = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace lyceum::ui
