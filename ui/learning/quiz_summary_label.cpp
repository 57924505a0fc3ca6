#include "learning/quiz_summary_label.h"

#include "client/client.h"
#include "learning/quiz_service.h"

namespace lyceum::ui {

QuizSummaryLabel::QuizSummaryLabel(Client *client, QWidget *parent)
    : QLabel(parent)
    , m_client(client) {
    setObjectName(QStringLiteral("QuizSummary"));
    setTextFormat(Qt::PlainText);
    hide();
    if (m_client)
        connect(&QuizService::of(*m_client), &QuizService::quizzesChanged, this,
                &QuizSummaryLabel::reload);
}

void QuizSummaryLabel::setCourse(const QString &courseId) {
    m_courseId = courseId;
    reload();
    if (m_client && !courseId.isEmpty())
        QuizService::of(*m_client).refresh(courseId, this);
}

QString QuizSummaryLabel::summaryText(const CourseQuizzes &c) {
    if (c.total == 0)
        return {};
    if (c.total == 1) {
        if (c.graded == 0)
            return tr("1 quiz left");
        return (c.passed ? tr("Quiz: %1 % · passed") : tr("Quiz: %1 % · not passed yet"))
            .arg(c.bestPercentSum);
    }
    if (c.left() == 0)
        return tr("All %n quizzes passed", nullptr, c.total);
    return tr("%n quiz(zes) left", nullptr, c.left());
}

void QuizSummaryLabel::reload() {
    if (!m_client || m_courseId.isEmpty())
        return;
    const QString requested = m_courseId;
    QuizService::of(*m_client).fetchSummaries(this,
                                              [this, requested](QHash<QString, CourseQuizzes> all) {
                                                  if (requested != m_courseId)
                                                      return;
                                                  setText(summaryText(all.value(requested)));
                                                  setVisible(!text().isEmpty());
                                              });
}

} // namespace lyceum::ui
