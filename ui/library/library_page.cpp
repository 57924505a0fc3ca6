#include "library/library_page.h"

#include "client/discovery_service.h"
#include "client/media_service.h"
#include "common/theme.h"
#include "learning/certificate_button.h"
#include "learning/quiz_service.h"
#include "learning/quiz_summary_label.h"
#include "library/library_delegate.h"
#include "library/library_model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

LibraryPage::LibraryPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new LibraryModel(this))
    , m_list(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue"), this))
    , m_open(new QPushButton(tr("Open course"), this))
    , m_download(new QPushButton(tr("Download the whole course"), this))
    , m_reload(new QTimer(this)) {
    setObjectName(QStringLiteral("LibraryPage"));
    auto *heading = new QLabel(tr("My library"), this);
    heading->setObjectName(QStringLiteral("PageTitle"));
    auto *intro =
        new QLabel(tr("The courses you own or follow, with where you are in each."), this);
    intro->setObjectName(QStringLiteral("Muted"));
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("LibraryList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new LibraryDelegate(m_list));
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("My library"));
    m_list->viewport()->setAutoFillBackground(false);
    m_empty->setObjectName(QStringLiteral("Muted"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setText(tr("Nothing here yet. Courses you buy, and courses whose lessons you "
                        "open, appear here with your progress."));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    theme::setRole(m_continue, QStringLiteral("Primary"));
    m_download->setToolTip(tr("Keep every lesson's video on this computer for offline viewing"));
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_certificate = new CertificateButton(m_client, this));
    buttons->addWidget(m_download);
    buttons->addWidget(m_open);
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_continue);
    setTabOrder(m_continue, m_open);
    setTabOrder(m_open, m_download);

    connect(m_list, &QListView::activated, this, [this] { continueSelected(); });
    connect(m_continue, &QPushButton::clicked, this, &LibraryPage::continueSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = selected();
        if (index.isValid())
            Q_EMIT courseRequested(index.data(LibraryModel::IdRole).toString());
    });
    connect(m_download, &QPushButton::clicked, this, &LibraryPage::downloadSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LibraryPage::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryPage::updateButtons);

    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &LibraryPage::reload);
    connect(&m_client->discovery(), &DiscoveryService::homeChanged, m_reload,
            qOverload<>(&QTimer::start));
    connect(m_client, &Client::cacheChanged, m_reload, qOverload<>(&QTimer::start));
    connect(&QuizService::of(*m_client), &QuizService::quizzesChanged, m_reload,
            qOverload<>(&QTimer::start));
    updateButtons();
}

void LibraryPage::reload() {
    m_client->discovery().fetchLibrary(this, [this](Result<QVector<library::Entry>> entries) {
        if (!entries) {
            m_empty->setText(tr("Your library could not be read from this computer: %1")
                                 .arg(entries.error().message));
            m_stack->setCurrentWidget(m_empty);
            return;
        }
        const QString current = selected().data(LibraryModel::IdRole).toString();
        m_model->setEntries(entries.value());
        // What is left of each course's quizzes (learning/quiz_summary_label.h).
        QuizService::of(*m_client).fetchSummaries(this, [this](QHash<QString, CourseQuizzes> s) {
            QHash<QString, QString> notes;
            for (auto it = s.cbegin(); it != s.cend(); ++it)
                notes.insert(it.key(), QuizSummaryLabel::summaryText(it.value()));
            m_model->setQuizNotes(notes);
        });
        const int row = m_model->rowOf(current);
        if (m_model->rowCount() > 0 && !selected().isValid())
            m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row));
        m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list)
                                                          : m_empty);
        updateButtons();
        Q_EMIT loaded();
    });
}

QModelIndex LibraryPage::selected() const {
    return m_list->currentIndex();
}

void LibraryPage::updateButtons() {
    const QModelIndex index = selected();
    m_continue->setEnabled(index.isValid());
    m_open->setEnabled(index.isValid());
    m_download->setEnabled(index.isValid() &&
                           !index.data(LibraryModel::VideoLessonsRole).toStringList().isEmpty());
    // Every lesson done: Enter opens the course instead of a next lesson.
    const bool finished =
        index.isValid() && index.data(LibraryModel::NextLessonIdRole).toString().isEmpty();
    m_continue->setText(finished ? tr("Open") : tr("Continue"));
    m_certificate->setCourse(index.data(LibraryModel::IdRole).toString());
}

void LibraryPage::continueSelected() {
    const QModelIndex index = selected();
    if (!index.isValid())
        return;
    const QString course = index.data(LibraryModel::IdRole).toString();
    const QString next = index.data(LibraryModel::NextLessonIdRole).toString();
    if (next.isEmpty())
        Q_EMIT courseRequested(course);
    else
        Q_EMIT lessonRequested(course, next);
}

void LibraryPage::downloadSelected() {
    const QModelIndex index = selected();
    if (!index.isValid())
        return;
    const QStringList lessons = index.data(LibraryModel::VideoLessonsRole).toStringList();
    // One at a time, in syllabus order: the download service queues the rest.
    for (const QString &lesson : lessons)
        m_client->media().startDownload(lesson);
    m_status->setText(tr("%n lesson video(s) queued for download: see Downloads (Ctrl+5).", nullptr,
                         int(lessons.size())));
}

} // namespace lyceum::ui
