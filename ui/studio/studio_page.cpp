#include "studio/studio_page.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "client/studio_service.h"
#include "common/format.h"
#include "common/theme.h"
#include "learning/assignment_review_queue.h"
#include "learning/quiz_studio_tab.h"
#include "studio/analytics_view.h"
#include "studio/course_studio.h"
#include "studio/draft_details.h"
#include "studio/draft_editor.h"
#include "studio/insights_panel.h"
#include "studio/learner_preview.h"
#include "studio/merge_dialog.h"
#include "studio/pricing_page.h"
#include "studio/publish_confirm.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QString kindName(const QString &kind) {
    if (kind == QLatin1String("course"))
        return StudioPage::tr("Course");
    if (kind == QLatin1String("lesson"))
        return StudioPage::tr("Lesson");
    if (kind == QLatin1String("announcement"))
        return StudioPage::tr("Announcement");
    return StudioPage::tr("Post");
}

QString when(qint64 ms) {
    return Format::dateTime(ms);
}

QJsonObject scheduleOf(Client *client, const QString &draftId) {
    for (const QJsonValue &v : client->studio().schedules())
        if (v[QLatin1StringView("draft_id")].toString() == draftId)
            return v.toObject();
    return {};
}

} // namespace

StudioPage::StudioPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tabs(new QTabWidget(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_right(new QStackedWidget(this))
    , m_editorHost(new QVBoxLayout)
    , m_bannerBox(new QWidget(this))
    , m_banner(new QLabel(this))
    , m_compare(new QPushButton(tr("Compare…"), this))
    , m_status(new QLabel(this))
    , m_cancelSchedule(new QPushButton(tr("Cancel the schedule"), this))
    , m_schedule(new QPushButton(tr("Schedule…"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_preview(new QPushButton(tr("Preview as learner"), this))
    , m_state(new QLabel(this))
    , m_analytics(new AnalyticsView(client, this))
    , m_sales(new PricingPage(client, this))
    , m_courses(new CourseStudio(client, this)) {
    m_tabs->setAccessibleName(tr("Studio sections"));
    setObjectName(QStringLiteral("StudioPage"));
    auto *title = new QLabel(tr("Studio"), this);
    title->setObjectName(QStringLiteral("PageTitle"));

    QWidget *left = buildDraftList();

    buildEditorPane();

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 700});
    m_tabs->addTab(split, tr("Drafts"));
    m_tabs->addTab(m_courses, tr("Courses"));
    m_tabs->addTab(m_analytics, tr("Analytics"));
    m_tabs->addTab(m_sales, tr("Sales"));
    m_tabs->addTab(new QuizStudioTab(m_client, this), QuizStudioTab::tabTitle());
    auto *reviewQueue = new AssignmentReviewQueue(client, this);
    m_tabs->addTab(reviewQueue, tr("Assignments to review"));
    auto *insights = new InsightsPanel(client, this);
    m_tabs->addTab(insights, tr("Insights"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, reviewQueue, insights](int index) {
        if (m_tabs->widget(index) == reviewQueue)
            reviewQueue->refresh();
        else if (m_tabs->widget(index) == insights)
            insights->refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connectActions();
    connect(m_cancelSchedule, &QPushButton::clicked, this, [this] {
        if (m_editor)
            m_client->studio().cancelScheduledPublish(m_editor->draftId());
    });
    connectClient();
    connect(m_courses, &CourseStudio::editCourseRequested, this, &StudioPage::editCourse);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_analytics)
            m_analytics->refresh();
        if (m_tabs->widget(index) == m_sales)
            m_sales->refresh();
        else if (m_tabs->widget(index) == m_courses)
            m_courses->reload();
    });
    reload();
}

void StudioPage::buildEditorPane() {
    auto *empty = new QLabel(tr("Choose a draft, or start one with New. Drafts are kept on this "
                                "computer as you type and reach your other devices when online."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setObjectName(QStringLiteral("Muted"));
    m_bannerBox->setObjectName(QStringLiteral("ConflictBanner"));
    m_bannerBox->setAttribute(Qt::WA_StyledBackground);
    m_banner->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("CompareVersions"));
    auto *bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_compare);
    m_bannerBox->hide();
    m_status->setObjectName(QStringLiteral("PublishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_publish->setObjectName(QStringLiteral("PublishDraft"));
    m_publish->setToolTip(tr("Publish (Ctrl+Enter)"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_schedule->setObjectName(QStringLiteral("ScheduleDraft"));
    m_preview->setObjectName(QStringLiteral("PreviewAsLearner"));
    m_preview->setToolTip(tr("See it as a learner will (Ctrl+Shift+P)"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_state->setObjectName(QStringLiteral("DraftState"));
    m_state->setTextFormat(Qt::PlainText);
    m_cancelSchedule->setObjectName(QStringLiteral("CancelSchedule"));
    m_cancelSchedule->hide();
    auto *publishBar = new QHBoxLayout;
    publishBar->addWidget(m_state);
    publishBar->addWidget(m_status, 1);
    publishBar->addWidget(m_preview);
    publishBar->addWidget(m_cancelSchedule);
    publishBar->addWidget(m_schedule);
    publishBar->addWidget(m_publish);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_bannerBox);
    editorLayout->addLayout(m_editorHost, 1);
    editorLayout->addLayout(publishBar);
    m_right->addWidget(empty);
    m_right->addWidget(editorPane);
}

QWidget *StudioPage::buildDraftList() {
    m_new->setObjectName(QStringLiteral("NewDraft"));
    auto *menu = new QMenu(m_new);
    const auto addKind = [this, menu](const QString &text, const char *kind) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("New-") + QLatin1String(kind));
        connect(a, &QAction::triggered, this, [this, kind] { newDraft(QLatin1String(kind)); });
    };
    addKind(tr("Post"), "post");
    addKind(tr("Announcement"), "announcement");
    addKind(tr("Lesson"), "lesson");
    addKind(tr("Course"), "course");
    m_new->setMenu(menu);
    m_list->setObjectName(QStringLiteral("DraftList"));
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch();
    listButtons->addWidget(m_delete);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(200);
    return left;
}

void StudioPage::connectActions() {
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty() &&
            (!m_editor || m_editor->draftId() != item->data(Qt::UserRole).toString()))
            openDraft(item->data(Qt::UserRole).toString());
    });
    connect(m_delete, &QPushButton::clicked, this, &StudioPage::deleteCurrent);
    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &StudioPage::deleteCurrent);
    connect(m_publish, &QPushButton::clicked, this, [this] { requestPublish(0); });
    connect(m_preview, &QPushButton::clicked, this, &StudioPage::previewCurrent);
    connect(m_schedule, &QPushButton::clicked, this, &StudioPage::scheduleCurrent);
    connect(m_compare, &QPushButton::clicked, this, &StudioPage::compareCurrent);
}

void StudioPage::connectClient() {
    connect(&m_client->studio(), &StudioService::draftsChanged, this, [this] {
        reload();
        updateStatus();
    });
    connect(&m_client->studio(), &StudioService::schedulesChanged, this, &StudioPage::updateStatus);
    connect(&m_client->studio(), &StudioService::draftUploadProgress, this,
            [this](const QString &id, qint64 sent, qint64 size) {
                if (m_editor && m_editor->draftId() == id && size > 0)
                    m_status->setText(tr("Uploading the video: %1 %").arg(int(sent * 100 / size)));
            });
    connect(&m_client->studio(), &StudioService::draftUploadFinished, this,
            [this](const QString &id, const ApiError &error) {
                if (!m_editor || m_editor->draftId() != id)
                    return;
                if (error.isError())
                    m_status->setText(tr("The video was not uploaded: %1. It is tried again at "
                                         "the next sync.")
                                          .arg(error.message));
                else
                    updateStatus();
            });
    // A publish sent or a schedule come due changes the drafts' states.
    for (auto signal : {&Client::outboxFlushed, &Client::syncFinished})
        connect(m_client, signal, this, [this] {
            reload();
            updateStatus();
        });
}

QString StudioPage::stateName(draftstatus::Status status, qint64 publishAt) {
    using Status = draftstatus::Status;
    switch (status) {
    case Status::Waiting:
        return tr("Publishing when online");
    case Status::Scheduled:
        return tr("Scheduled for %1").arg(when(publishAt));
    case Status::Published:
        return tr("Published");
    case Status::Changed:
        return tr("Changed since publishing");
    case Status::Draft:
        break;
    }
    return tr("Draft");
}

void StudioPage::reload() {
    m_client->studio().fetchDraftEntries(this, [this](QVector<draftstatus::Entry> entries) {
        const QString current = m_editor ? m_editor->draftId() : QString();
        const QSignalBlocker block(m_list);
        m_list->clear();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int lines = m_list->fontMetrics().lineSpacing();
        // Drafts first, then what is published as it is (a draft with later changes stays
        // with the drafts until they are published).
        for (const bool published : {false, true}) {
            bool first = true;
            for (const draftstatus::Entry &e : entries) {
                if ((e.status == draftstatus::Status::Published) != published)
                    continue;
                if (std::exchange(first, false)) {
                    auto *header =
                        new QListWidgetItem(published ? tr("Published") : tr("Drafts"), m_list);
                    header->setFlags(Qt::NoItemFlags); // skipped by the arrow keys
                    QFont bold = m_list->font();
                    bold.setBold(true);
                    header->setFont(bold);
                    header->setSizeHint(QSize(0, lines + 10));
                }
                const Draft &d = e.draft;
                const QString title =
                    d.title.trimmed().isEmpty() ? tr("Untitled") : d.title.trimmed();
                auto *item = new QListWidgetItem(
                    title + QLatin1Char('\n') + kindName(d.kind) + QStringLiteral(" · ") +
                        stateName(e.status, d.publishAt) + QStringLiteral(" · ") +
                        Format::relativeTime(d.updatedAt, now) +
                        (d.conflicts.isEmpty() ? QString() : QStringLiteral(" · ⚠")),
                    m_list);
                item->setData(Qt::UserRole, d.id);
                item->setData(kStateRole, int(e.status));
                item->setSizeHint(QSize(0, lines * 2 + 12));
                if (d.id == current) {
                    m_list->setCurrentItem(item);
                    showState(e.status, d.publishAt);
                }
            }
        }
        m_delete->setEnabled(m_list->currentItem() != nullptr);
    });
}

void StudioPage::showState(draftstatus::Status status, qint64 publishAt) {
    m_state->setText(stateName(status, publishAt));
    m_state->setProperty("state", int(status));
}

QString StudioPage::placeName() const {
    if (!m_editor)
        return {};
    QComboBox *place = m_editor->details()->placeBox();
    if (place->currentIndex() <= 0)
        return {};
    // "Space: X" / "Course: X" in the list: the name only.
    const QString text = place->currentText();
    const qsizetype colon = text.indexOf(QStringLiteral(": "));
    return m_editor->current().kind != QLatin1String("lesson") && colon > 0 ? text.mid(colon + 2)
                                                                            : text;
}

void StudioPage::requestPublish(qint64 publishAtMs) {
    if (!m_editor)
        return;
    const Draft d = m_editor->current();
    const QString missing = m_editor->details()->missing(d);
    if (!missing.isEmpty()) {
        m_status->setText(missing);
        m_status->setStyleSheet(
            QStringLiteral("color: %1;").arg(theme::current().dangerText.name()));
        return;
    }
    m_editor->saveNow();
    const QString place = placeName();
    QPointer<DraftEditor> editor = m_editor;
    const auto ask = [this, editor, d, place, publishAtMs](std::optional<Course> course) {
        if (editor != m_editor)
            return;
        PublishConfirmDialog dialog(PublishConfirmDialog::planFor(d, place, course, publishAtMs),
                                    this);
        if (dialog.exec() == QDialog::Accepted && editor == m_editor)
            publishCurrent(publishAtMs);
    };
    if (d.courseId.isEmpty() || d.kind == QLatin1String("course")) {
        ask(std::nullopt);
        return;
    }
    // A lesson's audience and price are its course's.
    m_client->discovery().fetchCourse(d.courseId, this, [ask](std::optional<CourseDetail> detail) {
        ask(detail ? std::optional<Course>(detail->course) : std::nullopt);
    });
}

void StudioPage::previewCurrent() {
    if (!m_editor)
        return;
    const std::optional<User> me = m_client->currentUser();
    LearnerPreview preview(
        m_editor->current(), placeName(),
        me ? (me->displayName.isEmpty() ? me->handle : me->displayName) : QString(), this);
    preview.exec();
}

void StudioPage::editCourse(const QString &courseId) {
    m_client->studio().fetchDrafts(this, [this, courseId](QVector<Draft> drafts) {
        for (const Draft &d : drafts)
            if (d.kind == QLatin1String("course") && d.targetId == courseId) {
                m_tabs->setCurrentIndex(0);
                openDraft(d.id);
                return;
            }
        m_client->discovery().fetchCourse(
            courseId, this, [this](std::optional<CourseDetail> detail) {
                if (!detail)
                    return;
                Draft d;
                d.id = QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
                d.kind = QStringLiteral("course");
                d.title = detail->course.title;
                d.body = detail->course.description;
                d.targetId = detail->course.id;
                d.baseUpdatedAt = detail->course.updatedAt;
                d.spaceId = detail->course.spaceId;
                d.extra = QJsonObject{{QStringLiteral("item_id"), detail->course.id},
                                      {QStringLiteral("price"), detail->course.price}};
                m_client->studio().saveDraft(d, true);
                m_tabs->setCurrentIndex(0);
                openDraft(d.id);
            });
    });
}

void StudioPage::newDraft(const QString &kind) {
    const QString id = m_client->studio().newDraft(kind);
    if (id.isEmpty())
        return;
    openDraft(id);
    reload();
    m_editor->titleEdit()->setFocus();
}

void StudioPage::openDraft(const QString &id) {
    if (m_editor) {
        m_editor->saveNow();
        m_editor->deleteLater();
    }
    m_editor = new DraftEditor(m_client, id, this);
    m_editor->layout()->setContentsMargins(0, 8, 0, 0);
    m_editorHost->addWidget(m_editor);
    m_right->setCurrentIndex(1);
    m_delete->setEnabled(true);
    connect(m_editor, &DraftEditor::saved, this, &StudioPage::reload);
    connect(m_editor, &DraftEditor::loaded, this, &StudioPage::updateStatus);
    m_state->clear();
    reload(); // the state of the draft opened
}

void StudioPage::deleteCurrent() {
    if (!m_editor)
        return;
    const QString title = m_editor->titleEdit()->text().trimmed();
    if (QMessageBox::question(this, tr("Delete the draft"),
                              tr("Delete “%1” and its history from this computer and your "
                                 "other devices? What was published stays published.")
                                  .arg(title.isEmpty() ? tr("Untitled") : title)) !=
        QMessageBox::Yes)
        return;
    const QString id = m_editor->draftId();
    m_editor->deleteLater();
    m_editor = nullptr;
    m_right->setCurrentIndex(0);
    m_client->studio().deleteDraft(id);
}

void StudioPage::publishCurrent(qint64 publishAtMs) {
    if (!m_editor)
        return;
    const Draft d = m_editor->current();
    if (!m_editor->details()->missing(d).isEmpty()) {
        requestPublish(publishAtMs); // says what is missing
        return;
    }
    m_editor->saveNow();
    m_client->studio().publishDraft(d.id, publishAtMs);
}

void StudioPage::scheduleCurrent() {
    if (!m_editor)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schedule publishing"));
    auto *edit = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), &dialog);
    edit->setObjectName(QStringLiteral("ScheduleTime"));
    edit->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *note = new QLabel(tr("The server publishes it at this time, even if this computer is "
                               "off or offline then."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(edit);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        requestPublish(edit->dateTime().toMSecsSinceEpoch());
}

void StudioPage::updateStatus() {
    if (!m_editor)
        return;
    const QString id = m_editor->draftId();
    QPointer<DraftEditor> editor = m_editor;
    m_client->studio().fetchDraft(id, this, [this, editor, id](std::optional<Draft> d) {
        if (!d || editor != m_editor)
            return;
        m_client->studio().fetchPublishState(
            id, this, [this, editor, d](draftsync::PublishState s) {
                if (editor != m_editor)
                    return;
                const QJsonObject schedule = scheduleOf(m_client, d->id);
                const QString scheduleState = schedule.value(QLatin1StringView("state")).toString();
                const QString scheduleError =
                    schedule[QLatin1StringView("error")][QLatin1StringView("code")].toString();
                m_conflict = Conflict::None;
                QString text;
                bool error = false;
                using Stage = draftsync::PublishState::Stage;
                if (s.stage == Stage::Waiting) {
                    text = d->publishAt > 0
                               ? tr("To be scheduled for %1 when online.").arg(when(d->publishAt))
                               : tr("Publishing when online…");
                } else if (s.stage == Stage::Failed) {
                    error = true;
                    if (s.errorCode == QLatin1String("publish_conflict"))
                        m_conflict = Conflict::Published;
                    text = tr("Not published: %1").arg(s.errorMessage);
                } else if (s.stage == Stage::Sent && scheduleState == QLatin1String("pending")) {
                    text = tr("Scheduled for %1.").arg(when(d->publishAt));
                } else if (s.stage == Stage::Sent && scheduleState == QLatin1String("failed") &&
                           d->publishAt > 0) {
                    error = true;
                    if (scheduleError == QLatin1String("publish_conflict"))
                        m_conflict = Conflict::Published;
                    text =
                        tr("Scheduled publishing failed: %1")
                            .arg(schedule[QLatin1StringView("error")][QLatin1StringView("message")]
                                     .toString());
                } else if (s.stage == Stage::Sent) {
                    text = tr("Published %1.")
                               .arg(Format::relativeTime(d->publishAt > 0 ? d->publishAt
                                                                          : d->publishRequestedAt));
                } else {
                    text = d->targetId.isEmpty()
                               ? tr("Not published yet.")
                               : tr("Edits a published item; publish to update it.");
                }
                if (!d->conflicts.isEmpty())
                    m_conflict = Conflict::OtherDevice;
                m_status->setText(text);
                m_status->setStyleSheet(
                    error ? QStringLiteral("color: %1;").arg(theme::current().dangerText.name())
                          : QString());
                m_cancelSchedule->setVisible(s.stage == Stage::Sent &&
                                             scheduleState == QLatin1String("pending"));
                if (m_conflict == Conflict::OtherDevice) {
                    const QJsonObject other = d->conflicts.last().toObject();
                    m_banner->setText(
                        tr("This draft was also changed on another device (saved %1). Both "
                           "versions "
                           "are kept: compare them and choose.")
                            .arg(when(other.value(QLatin1StringView("saved_at")).toInteger())));
                } else if (m_conflict == Conflict::Published) {
                    m_banner->setText(tr("The published version was changed elsewhere since this "
                                         "draft was based on it. Nothing was overwritten: compare "
                                         "the two and publish again."));
                }
                m_bannerBox->setVisible(m_conflict != Conflict::None);
            });
    });
}

void StudioPage::compareCurrent() {
    if (!m_editor)
        return;
    m_editor->saveNow();
    const QString id = m_editor->draftId();
    const Draft mine = m_editor->current();
    if (m_conflict == Conflict::OtherDevice) {
        m_client->studio().fetchDraft(id, this, [this, mine](std::optional<Draft> d) {
            if (!d || d->conflicts.isEmpty())
                return;
            const QJsonObject other = d->conflicts.last().toObject();
            MergeDialog dialog(tr("The other device's version"),
                               other.value(QLatin1StringView("title")).toString(),
                               other.value(QLatin1StringView("body")).toString(), mine.title,
                               mine.body, tr("Keep the text on the right"), this);
            if (dialog.exec() == QDialog::Accepted)
                m_client->studio().chooseDraftVersion(mine.id, dialog.title(), dialog.body());
        });
        return;
    }
    m_client->studio().fetchPublishedVersion(id, this, [this, mine](draftsync::PublishedVersion v) {
        if (!v.found || v.updatedAt <= mine.baseUpdatedAt) {
            // This computer has not seen the other change yet: pull, then compare.
            m_status->setText(tr("Fetching the published version…"));
            auto *once = new QObject(this);
            connect(m_client, &Client::syncFinished, once, [this, once, v](const ApiError &e) {
                once->deleteLater();
                if (!e.isError() && v.found)
                    compareCurrent();
                else
                    updateStatus();
            });
            m_client->syncNow();
            return;
        }
        MergeDialog dialog(tr("Published version"), v.title, v.body, mine.title, mine.body,
                           tr("Publish the text on the right"), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_client->studio().chooseDraftVersion(mine.id, dialog.title(), dialog.body(), v.updatedAt);
        if (dialog.choice() == MergeDialog::Choice::Mine)
            m_client->studio().publishDraft(
                mine.id, mine.publishAt > QDateTime::currentMSecsSinceEpoch() ? mine.publishAt : 0);
    });
}

} // namespace lyceum::ui
