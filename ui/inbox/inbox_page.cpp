#include "inbox/inbox_page.h"

#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/theme.h"
#include "inbox/inbox_model.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace lyceum::ui {

namespace {
constexpr int kMaxItems = 300;
constexpr int kReloadDelayMs = 150; // a burst of live changes reads the inbox once
} // namespace

InboxPage::InboxPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_markRead(new QPushButton(this))
    , m_markAll(new QPushButton(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_model(new InboxModel(this))
    , m_reload(new QTimer(this)) {
    setObjectName(QStringLiteral("InboxPage"));
    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_summary->setObjectName(QStringLiteral("InboxSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedText.name()));
    m_summary->setTextFormat(Qt::PlainText);
    m_markRead->setObjectName(QStringLiteral("InboxMarkRead"));
    m_markAll->setObjectName(QStringLiteral("InboxMarkAllRead"));
    m_empty->setObjectName(QStringLiteral("InboxEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedText.name()));
    m_empty->hide();

    m_view->setModel(m_model);
    m_view->setItemDelegate(new InboxItemDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));

    auto *markOne = new QAction(this);
    markOne->setShortcut(QKeySequence(Qt::Key_M));
    markOne->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(markOne, &QAction::triggered, this, &InboxPage::markCurrentRead);
    m_view->addAction(markOne);
    auto *markAll = new QAction(this);
    markAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    markAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(markAll, &QAction::triggered, m_markAll, &QPushButton::click);
    addAction(markAll);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    header->addWidget(m_markRead);
    header->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QListView::activated, this, &InboxPage::open);
    connect(m_view, &QListView::clicked, this, &InboxPage::open);
    connect(m_markRead, &QPushButton::clicked, this, &InboxPage::markCurrentRead);
    connect(m_markAll, &QPushButton::clicked, this,
            [this] { m_client->discussions().markInboxAllRead(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxPage::updateControls);

    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, &InboxPage::reload);
    const auto later = [this] { m_reload->start(); };
    connect(m_client, &Client::cacheChanged, this, later);
    connect(m_client, &Client::opened, this, later);
    connect(m_client, &Client::loginFinished, this, later);
    connect(&m_client->discussions(), &DiscussionsService::inboxChanged, this, &InboxPage::reload);
    connect(&m_client->discussions(), &DiscussionsService::unreadChanged, this, later);
    retranslate();
    if (m_client->isOpen())
        reload();
}

void InboxPage::retranslate() {
    m_title->setText(tr("Inbox"));
    m_markRead->setText(tr("Mark read"));
    m_markRead->setToolTip(tr("Mark the selected item read (M)"));
    m_markAll->setText(tr("Mark all read"));
    m_markAll->setToolTip(tr("Mark everything in the inbox read (Ctrl+Shift+M)"));
    m_view->setAccessibleName(tr("Inbox"));
    m_view->setAccessibleDescription(
        tr("Enter opens the item, M marks it read, Ctrl+Shift+M marks all read"));
    m_empty->setText(tr("Nothing here yet. Replies to you, mentions of @%1, moderators' notices "
                        "and new lessons in your courses will show up here.")
                         .arg(m_client->handle()));
    updateControls();
}

void InboxPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxPage::focusList() {
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

void InboxPage::reload() {
    if (!m_client->isOpen() || !m_client->currentUser())
        return;
    const quint64 generation = ++m_generation;
    m_client->discussions().fetchInbox(
        kMaxItems, this, [this, generation](QVector<InboxItem> items) {
            if (generation != m_generation)
                return; // a newer read is on its way
            const QString currentKey = m_view->currentIndex().data(InboxModel::KeyRole).toString();
            m_model->setItems(std::move(items));
            for (int row = 0; row < m_model->rowCount() && !currentKey.isEmpty(); ++row) {
                if (m_model->index(row).data(InboxModel::KeyRole).toString() == currentKey) {
                    m_view->setCurrentIndex(m_model->index(row));
                    break;
                }
            }
            const int unread = m_model->unreadCount();
            if (unread != m_unread) {
                m_unread = unread;
                Q_EMIT unreadCountChanged(unread);
            }
            updateControls();
            Q_EMIT loaded(m_model->rowCount());
        });
}

void InboxPage::updateControls() {
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    const int unread = std::max(0, m_unread);
    m_summary->setText(empty ? QString() : tr("%n unread", nullptr, unread));
    m_markAll->setEnabled(unread > 0);
    const QModelIndex current = m_view->currentIndex();
    m_markRead->setEnabled(current.isValid() && !current.data(InboxModel::ReadRole).toBool());
}

void InboxPage::markCurrentRead() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(InboxModel::ReadRole).toBool())
        return;
    m_client->discussions().markInboxRead({current.data(InboxModel::KeyRole).toString()});
}

void InboxPage::open(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const auto item = index.data(InboxModel::ItemRole).value<InboxItem>();
    if (!item.read)
        m_client->discussions().markInboxRead({item.key});
    if (item.kind == InboxKind::Lesson || item.kind == InboxKind::Assignment)
        Q_EMIT lessonRequested(item.courseId, item.lessonId);
    else if (!item.threadId.isEmpty())
        Q_EMIT threadRequested(item.threadId, item.postId);
}

} // namespace lyceum::ui
