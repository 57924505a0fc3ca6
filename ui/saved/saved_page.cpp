#include "saved/saved_page.h"

#include "client/discussions_saved.h"
#include "common/theme.h"
#include "saved/saved_model.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
constexpr int kMaxItems = 1000;
} // namespace

SavedPage::SavedPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_model(new SavedModel(this)) {
    setObjectName(QStringLiteral("SavedPage"));
    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_summary->setObjectName(QStringLiteral("Muted"));
    m_summary->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("SavedOpen"));
    m_remove->setObjectName(QStringLiteral("SavedRemove"));
    m_empty->setObjectName(QStringLiteral("SavedEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedText.name()));
    m_empty->hide();

    m_view->setObjectName(QStringLiteral("SavedList"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setSpacing(4);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setTextElideMode(Qt::ElideNone); // two lines a row: the thread, then the text

    auto *remove = new QAction(this);
    remove->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SavedPage::removeCurrent);
    m_view->addAction(remove);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    header->addWidget(m_open);
    header->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    setTabOrder(m_view, m_open);
    setTabOrder(m_open, m_remove);

    connect(m_view, &QListView::activated, this, &SavedPage::open);
    connect(m_view, &QListView::doubleClicked, this, &SavedPage::open);
    connect(m_open, &QPushButton::clicked, this, [this] { open(m_view->currentIndex()); });
    connect(m_remove, &QPushButton::clicked, this, &SavedPage::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedPage::updateControls);
    connect(&SavedPosts::of(*m_client), &SavedPosts::changed, this, &SavedPage::reload);
    connect(m_client, &Client::opened, this, &SavedPage::reload);
    connect(m_client, &Client::loginFinished, this, &SavedPage::reload);
    retranslate();
    if (m_client->isOpen())
        reload();
}

void SavedPage::retranslate() {
    m_title->setText(tr("Saved"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the post in its thread (Enter)"));
    m_remove->setText(tr("Remove from saved"));
    m_remove->setToolTip(tr("Remove the selected post from your saved posts (Delete)"));
    m_view->setAccessibleName(tr("Saved posts"));
    m_view->setAccessibleDescription(
        tr("Enter opens the post in its thread, Delete removes it from the saved posts"));
    m_empty->setText(tr("No saved posts yet. Save a post with its Save button or Ctrl+S in a "
                        "thread, and find it here on every device you sign in on."));
    updateControls();
}

void SavedPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedPage::focusList() {
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

void SavedPage::reload() {
    if (!m_client->isOpen() || !m_client->currentUser())
        return;
    const quint64 generation = ++m_generation;
    SavedPosts::of(*m_client).fetch(kMaxItems, this, [this, generation](QVector<SavedItem> items) {
        if (generation != m_generation)
            return; // a newer read is on its way
        const QString current = m_view->currentIndex().data(SavedModel::PostIdRole).toString();
        const int currentRow = m_view->currentIndex().row();
        m_model->setItems(std::move(items));
        int row = m_model->rowOf(current);
        if (row < 0 && currentRow >= 0) // the current one was removed: its neighbour
            row = qMin(currentRow, m_model->rowCount() - 1);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row));
        updateControls();
        Q_EMIT loaded(m_model->rowCount());
    });
}

void SavedPage::updateControls() {
    const int count = m_model->rowCount();
    m_view->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    m_summary->setText(count > 0 ? tr("%n saved post(s)", nullptr, count) : QString());
    const QModelIndex current = m_view->currentIndex();
    m_open->setEnabled(current.isValid() && current.data(SavedModel::InCacheRole).toBool());
    m_remove->setEnabled(current.isValid());
}

void SavedPage::removeCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    SavedPosts::of(*m_client).setSaved(current.data(SavedModel::PostIdRole).toString(), false);
}

void SavedPage::open(const QModelIndex &index) {
    if (!index.isValid() || !index.data(SavedModel::InCacheRole).toBool())
        return;
    Q_EMIT threadRequested(index.data(SavedModel::ThreadIdRole).toString(),
                           index.data(SavedModel::PostIdRole).toString());
}

} // namespace lyceum::ui
