#include "learning/assignment_panel.h"

#include "client/client.h"
#include "learning/assignment_service.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace lyceum::ui {

namespace {
QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}
} // namespace

AssignmentPanel::AssignmentPanel(Client *client, const Lesson &lesson, const QString &courseTitle,
                                 QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_lesson(lesson)
    , m_courseTitle(courseTitle)
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("AssignmentPanel"));
    build();
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &AssignmentPanel::saveDraftNow);
    assignmentsOf(*m_client).loadDraft(
        lesson.id, this, [this](assignmentstore::AssignmentDraft draft) {
            if (!m_body->toPlainText().isEmpty() || m_files->count() > 0) {
                m_draftLoaded = true; // typed before the draft came back: keep what was typed
                return;
            }
            m_body->setPlainText(draft.body);
            for (const QString &path : std::as_const(draft.files))
                addFileItem(path);
            m_draftLoaded = true;
        });
    assignmentsOf(*m_client).fetchLesson(lesson.id, this,
                                         [this](const QJsonObject &answer, bool fromServer) {
                                             if (!answer.isEmpty() || fromServer)
                                                 showAnswer(answer);
                                         });
}

AssignmentPanel *AssignmentPanel::attach(QBoxLayout *layout, Client *client, const Lesson &lesson,
                                         const QString &courseTitle, QWidget *parent) {
    if (!client || lesson.locked)
        return nullptr;
    auto *panel = new AssignmentPanel(client, lesson, courseTitle, parent);
    panel->hide();
    layout->addWidget(panel);
    return panel;
}

void AssignmentPanel::build() {
    auto *heading = new QLabel(tr("Assignment"), this);
    heading->setObjectName(QStringLiteral("SectionTitle"));
    m_instructions = new QLabel(this);
    m_instructions->setTextFormat(Qt::MarkdownText);
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rubric = new QLabel(this);
    m_rubric->setObjectName(QStringLiteral("Muted"));
    m_rubric->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("AssignmentOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("AssignmentBody"));
    m_body->setPlaceholderText(tr("Your answer (Markdown). Kept on this computer as you type."));
    m_body->setAccessibleName(tr("Your answer"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(90);
    m_files = new QListWidget(this);
    m_files->setAccessibleName(tr("Attached files"));
    m_files->setMaximumHeight(70);
    m_attach = new QPushButton(tr("Attach file…"), this);
    m_remove = new QPushButton(tr("Remove file"), this);
    m_submit = new QPushButton(tr("Hand in"), this);
    m_submit->setObjectName(QStringLiteral("HandIn"));
    m_submit->setDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_attach);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_instructions);
    layout->addWidget(m_rubric);
    layout->addWidget(m_outcome);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_files);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_body, &QPlainTextEdit::textChanged, this, &AssignmentPanel::scheduleSave);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a file"), QString(),
            tr("Pictures, PDF and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_files->currentItem();
        scheduleSave();
    });
    connect(m_submit, &QPushButton::clicked, this, &AssignmentPanel::handIn);
}

void AssignmentPanel::addFileItem(const QString &path) {
    // The name is shown; the path is kept (and saved with the draft).
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

void AssignmentPanel::addFile(const QString &path) {
    addFileItem(path);
    scheduleSave();
}

void AssignmentPanel::scheduleSave() {
    if (m_draftLoaded)
        m_saveTimer->start();
}

void AssignmentPanel::saveDraftNow() {
    m_saveTimer->stop();
    if (!m_draftLoaded)
        return;
    assignmentstore::AssignmentDraft draft;
    draft.lessonId = m_lesson.id;
    draft.body = m_body->toPlainText();
    for (int i = 0; i < m_files->count(); ++i)
        draft.files << m_files->item(i)->data(Qt::UserRole).toString();
    draft.updatedAt = QDateTime::currentMSecsSinceEpoch();
    assignmentsOf(*m_client).saveDraft(draft);
}

void AssignmentPanel::hideEvent(QHideEvent *event) {
    if (m_saveTimer->isActive())
        saveDraftNow();
    QWidget::hideEvent(event);
}

void AssignmentPanel::showAnswer(const QJsonObject &answer) {
    const QJsonObject assignment = answer.value(QLatin1StringView("assignment")).toObject();
    if (assignment.isEmpty()) {
        setVisible(false);
        Q_EMIT loaded(false);
        return;
    }
    m_answer = answer;
    m_instructions->setText(text(assignment, "instructions"));
    QStringList criteria;
    for (const QJsonValue &c : assignment.value(QLatin1StringView("rubric")).toArray())
        criteria << tr("%1 (%n points)", nullptr, c[QLatin1StringView("points")].toInt())
                        .arg(c[QLatin1StringView("title")].toString());
    m_rubric->setText(tr("Graded on: %1").arg(criteria.join(QStringLiteral(" · "))));
    const bool files = assignment.value(QLatin1StringView("allow_files")).toBool();
    m_attach->setVisible(files);
    m_remove->setVisible(files);
    m_files->setVisible(files);
    m_body->setVisible(assignment.value(QLatin1StringView("allow_text")).toBool());
    const QJsonArray mine = answer.value(QLatin1StringView("submissions")).toArray();
    showOutcome(mine.isEmpty() ? QJsonObject() : mine.last().toObject(), assignment);
    setVisible(true);
    Q_EMIT loaded(true);
}

void AssignmentPanel::showOutcome(const QJsonObject &last, const QJsonObject &assignment) {
    const QString status = text(last, "status");
    bool open = true;
    m_outcome->setVisible(!last.isEmpty());
    if (status == QLatin1String("accepted") || status == QLatin1String("needs_work")) {
        const QJsonArray rubric = assignment.value(QLatin1StringView("rubric")).toArray();
        const QJsonArray scores = last.value(QLatin1StringView("scores")).toArray();
        QStringList lines;
        lines << (status == QLatin1String("accepted") ? tr("**Accepted**") : tr("**Needs work**"));
        for (int i = 0; i < rubric.size(); ++i)
            lines << tr("- %1: %2 / %3")
                         .arg(rubric.at(i)[QLatin1StringView("title")].toString())
                         .arg(scores.at(i).toInt())
                         .arg(rubric.at(i)[QLatin1StringView("points")].toInt());
        if (!text(last, "feedback").isEmpty())
            lines << QString() << tr("Feedback: %1").arg(text(last, "feedback"));
        m_outcome->setTextFormat(Qt::MarkdownText);
        m_outcome->setText(lines.join(QLatin1Char('\n')));
        open = status == QLatin1String("needs_work") &&
               assignment.value(QLatin1StringView("resubmit")).toBool();
        m_status->setText(open ? tr("You may hand in again.")
                               : (status == QLatin1String("accepted")
                                      ? QString()
                                      : tr("This assignment takes one submission.")));
    } else if (!last.isEmpty()) {
        m_outcome->setTextFormat(Qt::PlainText);
        m_outcome->setText(status == QLatin1String("sending")
                               ? tr("Handed in; waiting to be sent (see the outbox).")
                               : tr("Handed in; waiting for a review."));
        open = false;
    }
    m_submit->setEnabled(open);
    m_body->setReadOnly(!open);
    m_attach->setEnabled(open);
}

void AssignmentPanel::handIn() {
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files << m_files->item(i)->data(Qt::UserRole).toString();
    if (m_body->toPlainText().trimmed().isEmpty() && files.isEmpty()) {
        m_status->setText(tr("Write an answer or attach a file first."));
        return;
    }
    saveDraftNow();
    m_submit->setEnabled(false);
    m_status->setText(tr("Handing in…"));
    assignmentsOf(*m_client).submit(
        m_lesson.id, m_lesson.courseId, m_lesson.title, m_body->toPlainText(), files, this,
        [this](const QString &error) {
            if (!error.isEmpty()) {
                m_submit->setEnabled(true);
                m_status->setText(tr("Not handed in: %1").arg(error));
                return;
            }
            m_body->clear();
            m_files->clear();
            m_status->setText(tr("Handed in. It reaches the server with the outbox."));
            Q_EMIT submitted();
            assignmentsOf(*m_client).fetchLesson(m_lesson.id, this,
                                                 [this](const QJsonObject &answer, bool) {
                                                     if (!answer.isEmpty())
                                                         showAnswer(answer);
                                                 });
        });
}

} // namespace lyceum::ui
