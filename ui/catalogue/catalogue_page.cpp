#include "catalogue/catalogue_page.h"

#include "catalogue/course_card_delegate.h"
#include "catalogue/course_filter_model.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "common/icons.h"
#include "common/theme.h"
#include "domain/result.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

CataloguePage::CataloguePage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new CourseListModel(this))
    , m_filter(new CourseFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_topic(new QComboBox(this))
    , m_price(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_delegate(new CourseCardDelegate(m_view))
    , m_emptyText(new QLabel(this))
    , m_clearFilters(new QPushButton(tr("Clear filters"), this))
    , m_reloadTimer(new QTimer(this)) {
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Catalogue"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    m_count->setObjectName(QStringLiteral("Muted"));

    m_search->setObjectName(QStringLiteral("CatalogueSearch"));
    m_search->setPlaceholderText(tr("Search courses, creators, topics…  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(makeIcon(IconKind::Search, theme::mutedText, 16),
                        QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search courses"));
    m_search->setMinimumWidth(220);

    m_topic->setObjectName(QStringLiteral("TopicFilter"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->addItem(tr("All topics"), QString());
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_price->setObjectName(QStringLiteral("PriceFilter"));
    m_price->setAccessibleName(tr("Price"));
    m_price->addItem(tr("Any price"), int(CourseFilterModel::PriceFilter::Any));
    m_price->addItem(tr("Free"), int(CourseFilterModel::PriceFilter::Free));
    m_price->addItem(tr("Paid"), int(CourseFilterModel::PriceFilter::Paid));

    setUpGrid();

    m_emptyText->setObjectName(QStringLiteral("Muted"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(8);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_topic);
    filters->addWidget(m_price);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 18, 8);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_search, m_topic);
    setTabOrder(m_topic, m_price);
    setTabOrder(m_price, m_view);

    connectFilters();
    connectKeyboard();

    // A sync commits in pages; fetch once after a burst of cacheChanged.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(120);
    connect(m_reloadTimer, &QTimer::timeout, this, &CataloguePage::reload);
    connect(m_client, &Client::cacheChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    updateCountAndEmptyState();
    reload();
}

void CataloguePage::setUpGrid() {
    m_view->setObjectName(QStringLiteral("CourseGrid"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(this);
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(CourseCardDelegate::cardSize);
    m_view->setWrapping(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMouseTracking(true);
    m_view->setAttribute(Qt::WA_Hover);
    m_view->setAccessibleName(tr("Courses"));
}

void CataloguePage::connectKeyboard() {
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT courseActivated(index.data(CourseListModel::IdRole).toString());
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT courseActivated(index.data(CourseListModel::IdRole).toString());
    });
    // Down from the search field moves into the results.
    auto *toResults = new QAction(m_search);
    toResults->setShortcut(QKeySequence(Qt::Key_Down));
    toResults->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(toResults);
    connect(toResults, &QAction::triggered, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 1)
            Q_EMIT courseActivated(m_filter->index(0, 0).data(CourseListModel::IdRole).toString());
    });
}

void CataloguePage::connectFilters() {
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCountAndEmptyState();
    });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTopic(m_topic->currentData().toString());
        updateCountAndEmptyState();
    });
    connect(m_price, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPriceFilter(CourseFilterModel::PriceFilter(m_price->currentData().toInt()));
        updateCountAndEmptyState();
    });
    connect(m_clearFilters, &QPushButton::clicked, this, &CataloguePage::clearFilters);
}

bool CataloguePage::eventFilter(QObject *watched, QEvent *event) {
    // The viewport's width settles after the view's own layout (scroll bar shown or hidden), so
    // the grid is recomputed once the event loop is idle again.
    if (watched == m_view->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &CataloguePage::updateGrid);
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::updateGrid() {
    // As many columns as fit, each stretched so the cards fill the width.
    // QListView wraps as if a vertical scroll bar might appear, so keep its width free.
    const int scrollBar = m_view->verticalScrollBar()->isVisible()
                              ? 0
                              : m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = m_view->viewport()->width() - scrollBar - 1;
    const int columns = qMax(1, width / CourseCardDelegate::minimumCardWidth);
    const QSize cell(qMax(CourseCardDelegate::minimumCardWidth, width / columns),
                     CourseCardDelegate::cardSize.height());
    if (cell == m_view->gridSize())
        return;
    m_delegate->setCellSize(cell);
    m_view->setGridSize(cell);
}

void CataloguePage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CataloguePage::reload() {
    m_client->discovery().fetchCourses(this, [this](Result<QVector<CourseSummary>> courses) {
        m_loadError = courses ? QString() : courses.error().message;
        applyCourses(courses.valueOr({}));
    });
}

void CataloguePage::applyCourses(const QVector<CourseSummary> &courses) {
    m_loaded = true;
    m_model->setCourses(courses);
    updateTopics();
    updateCountAndEmptyState();
}

void CataloguePage::updateTopics() {
    const QString current = m_topic->currentData().toString();
    const QStringList topics = m_model->topics();
    QStringList existing;
    for (int i = 1; i < m_topic->count(); ++i)
        existing << m_topic->itemData(i).toString();
    if (existing == topics)
        return;
    const QSignalBlocker blocker(m_topic);
    while (m_topic->count() > 1)
        m_topic->removeItem(1);
    for (const QString &topic : topics)
        m_topic->addItem(topic, topic);
    const int index = m_topic->findData(current);
    m_topic->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setTopic(m_topic->currentData().toString());
}

void CataloguePage::updateCountAndEmptyState() {
    if (!m_loadError.isEmpty()) {
        // A broken cache is said as such: "no courses" would be a lie.
        m_count->clear();
        m_stack->setCurrentIndex(1);
        m_clearFilters->setVisible(false);
        m_emptyText->setText(tr("The courses could not be read from this computer's copy of the "
                                "community. Syncing again or signing in to a new profile may "
                                "repair it.\n%1")
                                 .arg(m_loadError));
        return;
    }
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%n course(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n course(s)", nullptr, total).arg(shown));
    if (shown > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_topic->currentIndex() > 0 ||
                          m_price->currentIndex() > 0;
    m_clearFilters->setVisible(filtered);
    if (filtered && !m_search->text().trimmed().isEmpty())
        m_emptyText->setText(tr("No course matches “%1”.").arg(m_search->text().trimmed()));
    else if (filtered)
        m_emptyText->setText(tr("No course matches these filters."));
    else if (m_loaded)
        m_emptyText->setText(tr("This community has no published courses yet."));
    else
        m_emptyText->setText(tr("Loading courses…"));
}

void CataloguePage::clearFilters() {
    m_search->clear();
    m_topic->setCurrentIndex(0);
    m_price->setCurrentIndex(0);
    m_search->setFocus();
}

} // namespace lyceum::ui
