#include "learning/assignment_review_queue.h"

#include "client/client.h"
#include "learning/assignment_service.h"
#include "markdown/markdown_view.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}
} // namespace

AssignmentReviewQueue::AssignmentReviewQueue(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client) {
    setObjectName(QStringLiteral("AssignmentReviewQueue"));
    build();
}

void AssignmentReviewQueue::build() {
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Submissions waiting for a review"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(m_refresh);

    auto *right = new QWidget(this);
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("SectionTitle"));
    m_heading->setWordWrap(true);
    // The learner's text is theirs: the safe view (no remote images, links asked about).
    m_body = new MarkdownView(right);
    m_body->setAccessibleName(tr("The learner's answer"));
    m_filesBox = new QWidget(right);
    new QHBoxLayout(m_filesBox);
    m_filesBox->layout()->setContentsMargins(0, 0, 0, 0);
    auto *rubricBox = new QWidget(right);
    m_rubricForm = new QFormLayout(rubricBox);
    m_accept = new QRadioButton(tr("Accepted"), right);
    m_needsWork = new QRadioButton(tr("Needs work"), right);
    auto *verdicts = new QButtonGroup(this);
    verdicts->addButton(m_accept);
    verdicts->addButton(m_needsWork);
    m_accept->setChecked(true);
    m_feedback = new QPlainTextEdit(right);
    m_feedback->setPlaceholderText(tr("Feedback for the learner"));
    m_feedback->setAccessibleName(tr("Feedback"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setMaximumHeight(110);
    m_send = new QPushButton(tr("Send review"), right);
    m_send->setObjectName(QStringLiteral("SendReview"));
    m_send->setToolTip(tr("Ctrl+Return"));
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_accept);
    verdictRow->addWidget(m_needsWork);
    verdictRow->addStretch();
    verdictRow->addWidget(m_send);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_filesBox);
    rightLayout->addWidget(rubricBox);
    rightLayout->addWidget(m_feedback);
    rightLayout->addLayout(verdictRow);
    right->setEnabled(false);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(split);

    connect(m_refresh, &QPushButton::clicked, this, &AssignmentReviewQueue::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &AssignmentReviewQueue::showSubmission);
    connect(m_send, &QPushButton::clicked, this, &AssignmentReviewQueue::send);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &AssignmentReviewQueue::send);
}

void AssignmentReviewQueue::refresh() {
    m_refresh->setEnabled(false);
    m_state->setText(tr("Loading…"));
    assignmentsOf(*m_client).fetchQueue(
        false, this, [this](const ApiError &e, const QJsonObject &a) {
            m_refresh->setEnabled(true);
            if (e.isError()) {
                m_state->setText(tr("The queue is kept on the server and needs a connection: %1")
                                     .arg(e.message));
                return;
            }
            showQueue(a);
        });
}

void AssignmentReviewQueue::showQueue(const QJsonObject &answer) {
    m_answer = answer;
    const QJsonArray items = answer.value(QLatin1StringView("submissions")).toArray();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QJsonValue &v : items) {
        const QJsonObject s = v.toObject();
        const QString who =
            text(s, "learner_name").isEmpty() ? text(s, "learner") : text(s, "learner_name");
        auto *item = new QListWidgetItem(tr("%1 — %2 (attempt %3)")
                                             .arg(who, text(s, "lesson_title"))
                                             .arg(s.value(QLatin1StringView("attempt")).toInt()),
                                         m_list);
        item->setData(Qt::UserRole, text(s, "id"));
    }
    m_state->setText(
        items.isEmpty() ? tr("Nothing waits for your review.")
                        : tr("%n submission(s) wait for your review.", nullptr, int(items.size())));
    Q_EMIT refreshed(int(items.size()));
    if (!items.isEmpty())
        m_list->setCurrentRow(0);
    showSubmission(m_list->currentRow());
}

void AssignmentReviewQueue::showSubmission(int row) {
    const QJsonArray items = m_answer.value(QLatin1StringView("submissions")).toArray();
    QWidget *right = m_body->parentWidget();
    right->setEnabled(row >= 0 && row < items.size());
    m_scores.clear(); // removeRow deletes the boxes
    while (m_rubricForm->rowCount() > 0)
        m_rubricForm->removeRow(0);
    QLayoutItem *child;
    while ((child = m_filesBox->layout()->takeAt(0))) {
        delete child->widget();
        delete child;
    }
    if (!right->isEnabled()) {
        m_heading->clear();
        m_body->clear();
        return;
    }
    const QJsonObject s = items.at(row).toObject();
    const QJsonObject a = m_answer.value(QLatin1StringView("assignments"))
                              .toObject()
                              .value(text(s, "lesson_id"))
                              .toObject();
    m_heading->setText(tr("%1 · %2").arg(text(s, "learner"), text(s, "lesson_title")));
    m_body->setMarkdownText(text(s, "body"));
    for (const QJsonValue &f : s.value(QLatin1StringView("files")).toArray()) {
        const QString id = f[QLatin1StringView("id")].toString();
        const QString name = f[QLatin1StringView("name")].toString();
        auto *save = new QPushButton(tr("Save %1…").arg(name), m_filesBox);
        m_filesBox->layout()->addWidget(save);
        connect(save, &QPushButton::clicked, this, [this, id, name] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save the file"), name);
            if (path.isEmpty())
                return;
            assignmentsOf(*m_client).fetchFile(
                id, this, [this, path](const ApiError &e, const QByteArray &bytes) {
                    QSaveFile out(path);
                    if (e.isError() || !out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 ||
                        !out.commit())
                        m_state->setText(tr("The file was not saved: %1")
                                             .arg(e.isError() ? e.message : out.errorString()));
                });
        });
    }
    for (const QJsonValue &c : a.value(QLatin1StringView("rubric")).toArray()) {
        auto *box = new QSpinBox(this);
        box->setRange(0, c[QLatin1StringView("points")].toInt());
        box->setSuffix(tr(" / %1").arg(c[QLatin1StringView("points")].toInt()));
        box->setAccessibleName(c[QLatin1StringView("title")].toString());
        m_rubricForm->addRow(c[QLatin1StringView("title")].toString(), box);
        m_scores << box;
    }
    m_accept->setChecked(true);
    m_feedback->clear();
}

void AssignmentReviewQueue::send() {
    const int row = m_list->currentRow();
    if (row < 0 || !m_send->parentWidget()->isEnabled())
        return;
    const QString id = m_list->item(row)->data(Qt::UserRole).toString();
    QVector<int> scores;
    for (QSpinBox *box : std::as_const(m_scores))
        scores << box->value();
    assignmentsOf(*m_client).review(
        id, m_accept->isChecked() ? QStringLiteral("accepted") : QStringLiteral("needs_work"),
        scores, m_feedback->toPlainText());
    QJsonObject answer = m_answer;
    QJsonArray items = answer.value(QLatin1StringView("submissions")).toArray();
    items.removeAt(row);
    answer.insert(QStringLiteral("submissions"), items);
    showQueue(answer);
    m_state->setText(tr("Review queued; it reaches the learner with the outbox."));
    Q_EMIT reviewSent(id);
}

} // namespace lyceum::ui
