#include "search/search_page.h"

#include "client/discovery_service.h"
#include "common/icons.h"
#include "common/theme.h"
#include "search/search_results_model.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kMaxResults = 50;
constexpr int kDebounceMs = 120;
} // namespace

SearchPage::SearchPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("SearchPage"));
    auto *heading = new QLabel(tr("Search"), this);
    heading->setObjectName(QStringLiteral("PageTitle"));
    m_field->setObjectName(QStringLiteral("SearchField"));
    m_field->setAccessibleName(tr("Search everything"));
    m_field->setPlaceholderText(tr("Search courses, lessons and discussions — 中文 and English"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(makeIcon(IconKind::Search, theme::mutedText, 16),
                       QLineEdit::LeadingPosition);
    m_field->setMinimumHeight(36);
    m_field->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("SearchStatus"));
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedText.name()));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Works offline: everything synced to this computer is searched."));
    m_empty->setObjectName(QStringLiteral("SearchEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(24, 32, 24, 0);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedText.name()));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSpacing(0);
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    m_view->setAccessibleName(tr("Search results"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    showEmptyState(QString());

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::runQuery);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) { // typed and pressed Enter at once: search first
            m_debounce->stop();
            runQuery();
            return;
        }
        if (m_model->rowCount() > 0)
            open(m_model->index(0));
    });
    connect(m_view, &QListView::activated, this, &SearchPage::open);
    connect(m_view, &QListView::clicked, this, &SearchPage::open);
    // New content may match: search again when the cache changes while the page shows results.
    connect(m_client, &Client::cacheChanged, this, [this] {
        if (isVisible() && !m_field->text().trimmed().isEmpty())
            m_debounce->start();
    });
}

void SearchPage::focusField() {
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            m_view->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPage::runQuery() {
    const QString query = m_field->text().trimmed();
    const quint64 generation = ++m_generation;
    if (query.isEmpty()) {
        m_model->setHits({});
        m_status->setText(tr("Works offline: everything synced to this computer is searched."));
        showEmptyState(QString());
        Q_EMIT resultsShown(query, 0);
        return;
    }
    m_client->discovery().search(
        query, kMaxResults, this, [this, generation, query](QVector<SearchHit> hits) {
            if (generation != m_generation)
                return; // the user typed on meanwhile
            const int count = int(hits.size());
            const QString corrected = count > 0 ? hits.constFirst().correctedQuery : QString();
            m_model->setHits(std::move(hits));
            m_view->setVisible(count > 0);
            m_empty->setVisible(count == 0);
            if (count == 0) {
                m_status->setText(tr("Nothing found for “%1”.").arg(query));
                showEmptyState(query);
            } else if (!corrected.isEmpty())
                m_status->setText(
                    tr("Nothing found for “%1”; showing results for “%2”.").arg(query, corrected));
            else if (count >= kMaxResults)
                m_status->setText(tr("The %n best results", nullptr, count));
            else
                m_status->setText(tr("%n result(s)", nullptr, count));
            Q_EMIT resultsShown(query, count);
        });
}

void SearchPage::showEmptyState(const QString &query) {
    if (query.isEmpty())
        m_empty->setText(
            tr("Type a word or two to search this community: course titles and descriptions, "
               "lessons, discussion threads and replies, in Chinese or English.") +
            QStringLiteral("\n\n") +
            tr("Try a course or a topic (“SQL”, “数据分析”), a question you have, or a "
               "person's name. Everything synced to this computer is searched, even offline."));
    else
        m_empty->setText(tr("Nothing matches “%1”. Check the spelling, use fewer words, or try "
                            "the other language: Chinese posts are found with Chinese words.")
                             .arg(query));
    m_view->setVisible(false);
    m_empty->setVisible(true);
}

void SearchPage::open(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const auto hit = index.data(SearchResultsModel::HitRole).value<SearchHit>();
    switch (hit.kind) {
    case SearchHit::Kind::Course:
    case SearchHit::Kind::Lesson:
        Q_EMIT courseRequested(hit.courseId);
        break;
    case SearchHit::Kind::Thread:
        Q_EMIT threadRequested(hit.threadId, QString());
        break;
    case SearchHit::Kind::Post:
        Q_EMIT threadRequested(hit.threadId, hit.id);
        break;
    }
}

} // namespace lyceum::ui
