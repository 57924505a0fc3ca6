#include "learning/quiz_stats_view.h"

#include "client/client.h"
#include "learning/quiz_service.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

QuizStatsView::QuizStatsView(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this)) {
    setObjectName(QStringLiteral("QuizStats"));
    auto *title = new QLabel(tr("Quiz answers: per question"), this);
    title->setObjectName(QStringLiteral("SectionTitle"));
    m_empty->setObjectName(QStringLiteral("Muted"));
    m_empty->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Lesson"), tr("Question"), tr("Answered"), tr("Right"),
                                        tr("Most chosen wrong answer")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(title->text());
    m_table->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    setCourse({});
}

void QuizStatsView::setCourse(const QString &courseId) {
    m_courseId = courseId;
    if (courseId.isEmpty() || !m_client) {
        showStats({});
        m_empty->setText(tr("Choose a course to see how its quizzes were answered."));
        return;
    }
    QuizService::of(*m_client).fetchStats(
        courseId, this, [this, courseId](const ApiError &e, const QJsonObject &stats) {
            if (courseId != m_courseId)
                return;
            showStats(e.isError() ? QJsonObject() : stats);
            if (e.isError())
                m_empty->setText(tr("Quiz figures need a connection: %1").arg(e.message));
            Q_EMIT loaded();
        });
}

void QuizStatsView::showStats(const QJsonObject &stats) {
    m_table->setRowCount(0);
    for (const QJsonValue &z : stats.value(QLatin1StringView("quizzes")).toArray()) {
        const QString lesson = z[QLatin1StringView("lesson_title")].toString();
        for (const QJsonValue &q : z[QLatin1StringView("questions")].toArray()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const int answered = q[QLatin1StringView("answered")].toInt();
            const int right = q[QLatin1StringView("right")].toInt();
            const QString wrong = q[QLatin1StringView("top_wrong")].toString();
            const QString cells[] = {
                lesson, q[QLatin1StringView("text")].toString(), QString::number(answered),
                answered > 0 ? tr("%1 (%2 %)").arg(right).arg(right * 100 / answered)
                             : QStringLiteral("0"),
                wrong.isEmpty() ? QStringLiteral("—")
                                : tr("%1 (%n time(s))", nullptr,
                                     q[QLatin1StringView("top_wrong_count")].toInt())
                                      .arg(wrong)};
            for (int col = 0; col < 5; ++col)
                m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        }
    }
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(tr("No quiz questions in this course yet."));
}

} // namespace lyceum::ui
