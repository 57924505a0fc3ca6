#include "course/course_page.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "client/discussions_service.h"
#include "client/reviews_service.h"
#include "client/studio_service.h"
#include "common/format.h"
#include "common/icons.h"
#include "common/theme.h"
#include "composer/new_thread_dialog.h"
#include "course/lesson_dialog.h"
#include "course/lesson_paywall.h"
#include "course/reviews_panel.h"
#include "course/syllabus_delegate.h"
#include "course/syllabus_model.h"
#include "desktop/link_router.h"
#include "discussions/thread_item_delegate.h"
#include "discussions/thread_list_model.h"
#include "learning/certificate_button.h"
#include "learning/quiz_summary_label.h"
#include "links/lyceum_link.h"
#include "markdown/markdown_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

static QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("SectionTitle"));
    return label;
}

CoursePage::CoursePage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_syllabus(new SyllabusModel(this))
    , m_threads(new ThreadListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_back(new QPushButton(tr("Catalogue"), this))
    , m_title(new QLabel(this))
    , m_creator(new QLabel(this))
    , m_price(new QLabel(this))
    , m_buy(new QPushButton(this))
    , m_member(new QPushButton(tr("Or join the membership"), this))
    , m_copyLink(new QPushButton(tr("Copy link"), this))
    , m_owned(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_chips(new QWidget(this))
    , m_chipsLayout(new QHBoxLayout(m_chips))
    , m_summary(new QLabel(this))
    , m_description(new MarkdownView(this))
    , m_syllabusView(new QListView(this))
    , m_threadsView(new QListView(this))
    , m_threadsEmpty(new QLabel(this))
    , m_ask(new QPushButton(tr("Ask a question"), this))
    , m_reloadTimer(new QTimer(this))
    , m_reviews(new ReviewsPanel(client, this))
    , m_rating(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this)) {
    m_scroll->setAccessibleName(tr("Course"));
    setUpWidgets();

    QLayout *header = buildHeader();

    buildLeftColumn();

    QWidget *right = buildRightColumn();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(m_scroll, 3);
    columns->addWidget(right, 2);

    auto *course = new QWidget(this);
    auto *courseLayout = new QVBoxLayout(course);
    courseLayout->setContentsMargins(20, 12, 18, 0);
    courseLayout->setSpacing(12);
    courseLayout->addLayout(header);
    courseLayout->addLayout(columns, 1);

    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_status);
    m_stack->addWidget(course);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_back, m_syllabusView);
    setTabOrder(m_syllabusView, m_ask);
    setTabOrder(m_ask, m_threadsView);

    connectSignals();
}

void CoursePage::setUpWidgets() {
    m_back->setIcon(makeIcon(IconKind::Back, theme::text, 16));
    m_back->setToolTip(tr("Back to the catalogue (Alt+Left)"));
    m_back->setFlat(true);

    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_creator->setObjectName(QStringLiteral("Muted"));
    m_creator->setTextFormat(Qt::PlainText);
    m_facts->setObjectName(QStringLiteral("Muted"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->setSpacing(6);

    m_description->setAutoHeight(true);
    m_description->setAccessibleName(tr("Course description"));

    m_syllabusView->setObjectName(QStringLiteral("Syllabus"));
    m_syllabusView->setModel(m_syllabus);
    m_syllabusView->setItemDelegate(new SyllabusDelegate(m_syllabusView));
    m_syllabusView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_syllabusView->setMouseTracking(true);
    m_syllabusView->setAccessibleName(tr("Syllabus"));

    m_threadsView->setObjectName(QStringLiteral("CourseThreads"));
    m_threadsView->setModel(m_threads);
    m_threadsView->setItemDelegate(new ThreadItemDelegate(m_threadsView));
    m_threadsView->setMouseTracking(true);
    m_threadsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_threadsView->setAccessibleName(tr("Course discussions"));
    m_threadsEmpty->setObjectName(QStringLiteral("Muted"));
    m_threadsEmpty->setWordWrap(true);
    m_threadsEmpty->setText(tr("No questions yet. Ask the first one."));
    m_ask->setObjectName(QStringLiteral("Primary"));
    m_ask->setIcon(makeIcon(IconKind::Question, theme::current().onAccent, 14));
}

QWidget *CoursePage::buildRightColumn() {
    // Right column: discussion.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 12);
    auto *rightHeader = new QHBoxLayout;
    rightHeader->addWidget(sectionTitle(tr("Discussion"), right), 1);
    rightHeader->addWidget(m_ask);
    rightLayout->addLayout(rightHeader);
    rightLayout->addWidget(m_threadsView, 1);
    rightLayout->addWidget(m_threadsEmpty);
    right->setMinimumWidth(260);
    right->setMaximumWidth(420);
    return right;
}

void CoursePage::buildLeftColumn() {
    // Left column (scrolls): summary, description, syllabus.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 12, 12);
    leftLayout->setSpacing(10);
    leftLayout->addWidget(m_summary);
    // The syllabus first: what is in the course (and what is free to try) matters most.
    leftLayout->addWidget(sectionTitle(tr("Syllabus"), left));
    leftLayout->addWidget(m_syllabusView);
    leftLayout->addWidget(sectionTitle(tr("About this course"), left));
    leftLayout->addWidget(m_description);
    leftLayout->addWidget(sectionTitle(tr("Ratings and reviews"), left));
    leftLayout->addWidget(m_reviews);
    leftLayout->addStretch();
    auto *scroll = m_scroll;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    left->setAutoFillBackground(false);
}

QLayout *CoursePage::buildHeader() {
    // Header.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_price, 0, Qt::AlignTop);
    m_buy->setObjectName(QStringLiteral("Primary"));
    m_member->setObjectName(QStringLiteral("LinkButton"));
    m_owned->setObjectName(QStringLiteral("Muted"));
    m_owned->setWordWrap(true);
    auto *buyRow = new QHBoxLayout;
    buyRow->addWidget(m_owned, 1);
    m_copyLink->setObjectName(QStringLiteral("CopyCourseLink"));
    m_copyLink->setToolTip(tr("Copy a lyceum:// link to this course"));
    buyRow->addWidget(m_copyLink);
    buyRow->addWidget(m_certificate = new CertificateButton(m_client, this));
    buyRow->addWidget(m_member);
    buyRow->addWidget(m_buy);
    auto *header = new QVBoxLayout;
    header->setSpacing(6);
    header->addWidget(m_back, 0, Qt::AlignLeft);
    header->addLayout(titleRow);
    // The creator, and the rating once the reviews are in.
    auto *byline = new QHBoxLayout;
    byline->setSpacing(10);
    byline->addWidget(m_creator);
    m_rating->setObjectName(QStringLiteral("CourseRating"));
    m_rating->setTextFormat(Qt::PlainText);
    m_rating->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warning.name()));
    byline->addWidget(m_rating);
    byline->addStretch();
    header->addLayout(byline);
    header->addWidget(m_chips);
    header->addLayout(buyRow);
    // The user's progress: "n of m lessons done" and its bar.
    m_progress->setObjectName(QStringLiteral("CourseProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setMaximumWidth(280);
    m_progressText->setObjectName(QStringLiteral("Muted"));
    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(10);
    progressRow->addWidget(m_progress, 1, Qt::AlignVCenter);
    progressRow->addWidget(m_progressText);
    // The quizzes left to pass (learning/quiz_summary_label.h).
    auto *quizzes = new QuizSummaryLabel(m_client, this);
    connect(this, &CoursePage::courseLoaded, quizzes, &QuizSummaryLabel::setCourse);
    progressRow->addWidget(quizzes);
    progressRow->addStretch();
    header->addLayout(progressRow);
    header->addWidget(m_facts);
    return header;
}

void CoursePage::connectSignals() {
    connect(m_reviews, &ReviewsPanel::loaded, this, [this] {
        const RatingSummary &s = m_reviews->shown().summary;
        m_rating->setText(s.count == 0 ? QString()
                                       : tr("★ %1 · %n rating(s)", nullptr, s.count)
                                             .arg(QLocale().toString(s.average, 'f', 1)));
    });
    connect(m_back, &QPushButton::clicked, this, &CoursePage::backRequested);
    connect(m_syllabusView, &QListView::clicked, this,
            [this](const QModelIndex &index) { openLesson(index.row()); });
    connect(m_syllabusView, &QListView::activated, this,
            [this](const QModelIndex &index) { openLesson(index.row()); });
    const auto openThread = [this](const QModelIndex &index) {
        Q_EMIT threadActivated(index.data(ThreadListModel::IdRole).toString());
    };
    connect(m_threadsView, &QListView::clicked, this, openThread);
    connect(m_threadsView, &QListView::activated, this, openThread);
    connect(m_ask, &QPushButton::clicked, this, &CoursePage::askQuestion);
    connect(m_buy, &QPushButton::clicked, this, [this] { Q_EMIT buyRequested(m_course); });
    connect(m_member, &QPushButton::clicked, this, &CoursePage::membershipRequested);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        copyLinkToClipboard(
            makeLyceumLink(m_client->serverUrl(), LyceumLink::Kind::Course, m_courseId));
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(120);
    connect(m_reloadTimer, &QTimer::timeout, this, &CoursePage::reload);
    connect(m_client, &Client::cacheChanged, this, [this] {
        if (!m_courseId.isEmpty())
            m_reloadTimer->start();
    });
    // A lesson opened or marked done (in the lesson dialog) ticks the syllabus at once.
    connect(&m_client->discovery(), &DiscoveryService::homeChanged, this, [this] {
        if (m_courseId.isEmpty())
            return;
        loadProgress();
        m_reviews->reload(); // the rating form waits for a lesson opened or done
    });
}

CoursePage::~CoursePage() = default;

void CoursePage::openCourseAtLesson(const QString &courseId, const QString &lessonId,
                                    qint64 seconds) {
    m_pendingLesson = lessonId;
    m_pendingSeconds = seconds;
    openCourse(courseId);
}

void CoursePage::startLearning(const QString &courseId) {
    m_startWhenOwned = true;
    openCourse(courseId);
}

void CoursePage::scrollToReviews() {
    m_scroll->ensureWidgetVisible(m_reviews, 0, 0);
}

void CoursePage::openCourse(const QString &courseId) {
    if (courseId != m_courseId) {
        m_courseId = courseId;
        m_certificate->setCourse(courseId);
        m_syllabus->setDone({});
        m_status->setText(tr("Loading the course…"));
        m_stack->setCurrentIndex(0);
        m_scroll->verticalScrollBar()->setValue(0); // another course starts at its top
    }
    reload();
}

void CoursePage::setBackTarget(const QString &name) {
    m_back->setText(name);
    m_back->setToolTip(tr("Back to %1 (Alt+Left)").arg(name));
    m_back->setAccessibleName(tr("Back to %1").arg(name));
}

void CoursePage::reload() {
    if (m_courseId.isEmpty())
        return;
    const QString requested = m_courseId;
    m_client->discovery().fetchCourse(requested, this,
                                      [this, requested](std::optional<CourseDetail> detail) {
                                          if (requested == m_courseId)
                                              apply(detail);
                                      });
    m_reviews->setCourse(requested);
}

void CoursePage::apply(const std::optional<CourseDetail> &detail) {
    if (!detail) {
        m_status->setText(tr("This course is no longer available."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const Course &course = detail->course;
    m_courseTitle = course.title;
    m_title->setText(course.title);
    m_creator->setText(tr("by %1").arg(detail->creator.displayName.isEmpty()
                                           ? detail->creator.handle
                                           : detail->creator.displayName));
    m_course = course;
    int locked = 0;
    int previews = 0;
    for (const Lesson &l : detail->lessons) {
        locked += l.locked ? 1 : 0;
        previews += l.freePreview ? 1 : 0;
    }
    const int paidLessons = int(detail->lessons.size()) - previews;
    const bool owned = course.isFree() || (!detail->lessons.isEmpty() && locked == 0);
    m_isOwned = owned && !detail->accessNeedsCheck;
    // Bought: the price gives way to "Owned" here as on the catalogue's card.
    const bool bought = m_isOwned && !course.isFree();
    m_price->setText(bought ? tr("Owned") : Format::price(course.price, course.currency));
    m_buy->setText(tr("Buy for %1").arg(Format::price(course.price, course.currency)));
    m_buy->setVisible(!owned);
    m_member->setVisible(!owned);
    if (detail->accessNeedsCheck) {
        m_buy->hide();
        m_member->hide();
        m_owned->setText(tr("Connect to the internet to confirm your access: paid lessons open "
                            "again after the next sync."));
    } else
        m_owned->setText(owned ? (course.isFree() ? tr("Free: every lesson is open to you.")
                                                  : tr("Yours: every lesson is open to you, also "
                                                       "offline."))
                               : tr("%n lesson(s) unlock when you buy the course or join the "
                                    "membership; free previews open now.",
                                    nullptr, paidLessons));
    theme::setRole(m_price, course.isFree() || bought ? QStringLiteral("FreeTag")
                                                      : QStringLiteral("PriceTag"));
    m_price->updateGeometry(); // the role's padding changes its size

    setChips(course);

    m_syllabus->setLessons(detail->lessons);
    m_client->studio().fetchOutline(detail->course.id, this, [this](courseoutline::Stored o) {
        m_syllabus->setOutline(o.sections, o.lessonSection);
    });
    m_syllabus->setOwned(m_isOwned);
    if (!m_pendingLesson.isEmpty()) {
        for (int row = 0; row < detail->lessons.size(); ++row) {
            if (detail->lessons.at(row).id == m_pendingLesson)
                QTimer::singleShot(0, this,
                                   [this, row, s = m_pendingSeconds] { openLesson(row, s); });
        }
        m_pendingLesson.clear();
        m_pendingSeconds = 0;
    }
    QStringList facts{tr("%n lesson(s)", nullptr, int(detail->lessons.size()))};
    if (m_syllabus->totalDurationSeconds() > 0)
        facts << tr("%1 in total").arg(Format::duration(m_syllabus->totalDurationSeconds()));
    if (previews > 0 && !course.isFree() && !m_isOwned)
        facts << tr("%n free preview(s)", nullptr, previews);
    if (!detail->prerequisiteTitles.isEmpty())
        facts << tr("Builds on: %1").arg(detail->prerequisiteTitles.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    m_summary->setText(course.summary);
    m_summary->setVisible(!course.summary.isEmpty());
    m_description->setMarkdownText(course.description);

    const int rowHeight = m_syllabusView->sizeHintForRow(0);
    m_syllabusView->setFixedHeight(qMax(1, int(detail->lessons.size())) * qMax(rowHeight, 20) + 8);

    m_threads->setThreads(detail->threads);
    m_threadsEmpty->setVisible(detail->threads.isEmpty());
    m_stack->setCurrentIndex(1);
    showProgress();
    loadProgress();
    Q_EMIT courseLoaded(m_courseId);
}

void CoursePage::loadProgress() {
    const QString requested = m_courseId;
    m_client->discovery().fetchLessonProgress(
        this, [this, requested](const QVector<reco::LessonProgress> &progress) {
            if (requested != m_courseId)
                return;
            QSet<QString> done;
            for (const reco::LessonProgress &p : progress) {
                if (p.courseId == requested && p.completedAt > 0)
                    done.insert(p.lessonId);
            }
            m_syllabus->setDone(done);
            showProgress();
            if (m_startWhenOwned && m_isOwned && !m_syllabus->lessons().isEmpty()) {
                m_startWhenOwned = false;
                const int next = m_syllabus->nextRow();
                QTimer::singleShot(0, this, [this, next] { openLesson(next < 0 ? 0 : next); });
            }
        });
}

void CoursePage::showProgress() {
    const int total = int(m_syllabus->lessons().size());
    const int done = m_syllabus->doneCount();
    // Shown once there is something to follow: the course is open to the user, or a lesson
    // (a free preview) was done.
    const bool visible = total > 0 && (m_isOwned || done > 0);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progressText->setText(tr("%1 of %n lesson(s) done", nullptr, total).arg(done));
    m_progress->setAccessibleName(m_progressText->text());
    m_progress->setVisible(visible);
    m_progressText->setVisible(visible);
}

// The topic and the tags, each once.
void CoursePage::setChips(const Course &course) {
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList chips;
    if (!course.topic.isEmpty())
        chips << Format::topicName(course); // in the interface language
    for (const QString &tag : course.tags) {
        if (!chips.contains(tag))
            chips << tag;
    }
    for (const QString &chip : chips) {
        auto *label = new QLabel(chip, m_chips);
        label->setObjectName(QStringLiteral("Chip"));
        label->setTextFormat(Qt::PlainText);
        m_chipsLayout->addWidget(label);
    }
    m_chipsLayout->addStretch();
    m_chips->setVisible(!chips.isEmpty());
}

void CoursePage::openLesson(int row, qint64 seconds) {
    if (row < 0 || row >= m_syllabus->lessons().size())
        return;
    Lesson lesson = m_syllabus->lessons().at(row);
    if (m_isOwned)
        lesson.freePreview = false; // the course is the user's: no lesson is a "preview" of it
    LessonDialog dialog(lesson, m_courseTitle, m_client, this, m_syllabus->lessons(), seconds);
    std::function<void()> then; // the checkout opens once the lesson's window is closed
    if (LessonPaywall *paywall = dialog.paywall()) {
        paywall->setCourse(m_course);
        connect(paywall, &LessonPaywall::buyRequested, &dialog, [&](const Course &course) {
            then = [this, course] { Q_EMIT buyRequested(course); };
            dialog.accept();
        });
        connect(paywall, &LessonPaywall::tierRequested, &dialog, [&](const Tier &tier) {
            then = [this, tier] { Q_EMIT tierRequested(tier); };
            dialog.accept();
        });
    }
    dialog.exec();
    if (then)
        then();
}

void CoursePage::askQuestion() {
    if (m_courseId.isEmpty())
        return;
    NewThreadDialog dialog(m_courseTitle, this);
    dialog.setKind(ThreadKind::Question);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString threadId = m_client->discussions().createThread(
        QString(), m_courseId, QString(), dialog.title(), dialog.kind(), dialog.body());
    if (!threadId.isEmpty())
        Q_EMIT threadActivated(threadId);
}

} // namespace lyceum::ui
