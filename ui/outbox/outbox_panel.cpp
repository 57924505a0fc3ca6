#include "outbox/outbox_panel.h"

#include "client/client.h"
#include "client/discussions_service.h"
#include "outbox/outbox_model.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

OutboxPanel::OutboxPanel(Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new OutboxModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QListView(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel change"), this))
    , m_retryAll(new QPushButton(tr("Retry all"), this)) {
    setObjectName(QStringLiteral("OutboxPanel"));
    setWindowTitle(tr("Outbox"));
    m_summary->setObjectName(QStringLiteral("Muted"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("OutboxList"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(4);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Changes waiting to be sent"));
    m_retry->setToolTip(tr("Send the selected change again"));
    m_cancel->setToolTip(tr("Drop the selected change; it is not sent"));
    m_retryAll->setToolTip(tr("Send every change again"));
    m_confirm = [this](const QString &snippet) {
        return QMessageBox::question(this, tr("Cancel this change?"),
                                     tr("“%1” will not be sent and is removed from this "
                                        "computer.")
                                         .arg(snippet),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_retryAll);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPanel::cancelSelected);
    connect(m_retryAll, &QPushButton::clicked, this, &OutboxPanel::retryAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxPanel::updateButtons);
    connect(m_client, &Client::cacheChanged, this, &OutboxPanel::refresh);
    connect(m_client, &Client::syncStatusChanged, this, &OutboxPanel::refresh);
    // A send that fails puts its rows back to waiting without changing any count.
    connect(m_client, &Client::outboxFlushed, this, &OutboxPanel::refresh);
    resize(460, 380);
    refresh();
}

void OutboxPanel::setConfirmDiscard(std::function<bool(const QString &)> confirm) {
    m_confirm = std::move(confirm);
}

void OutboxPanel::refresh() {
    // One read at a time; a change during the read asks for one more.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_client->fetchOutbox(this, [this](QVector<OutboxEntry> entries) {
        m_client->discussions().fetchAllThreads(
            100000, this, [this, entries](QVector<ThreadSummary> threads) {
                QHash<QString, QString> titles;
                for (const ThreadSummary &t : threads)
                    titles.insert(t.thread.id, t.thread.title);
                const qint64 selected =
                    m_model->index(selectedRow()).data(OutboxModel::SeqRole).toLongLong();
                m_model->setEntries(entries, titles);
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->entryAt(row)->seq == selected)
                        m_view->setCurrentIndex(m_model->index(row));
                }
                if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_view->setCurrentIndex(m_model->index(0));
                const int failed = m_model->failedCount();
                const int waiting = m_model->rowCount() - failed;
                QStringList parts;
                if (waiting > 0)
                    parts << tr("%n change(s) waiting to send", nullptr, waiting);
                if (failed > 0)
                    parts << tr("%n not accepted", nullptr, failed);
                m_summary->setText(parts.isEmpty() ? tr("Everything you wrote has been sent.")
                                                   : parts.join(QStringLiteral(" · ")));
                updateButtons();
                m_refreshing = false;
                if (m_refreshAgain) {
                    m_refreshAgain = false;
                    refresh();
                }
                Q_EMIT refreshed();
            });
    });
}

int OutboxPanel::selectedRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void OutboxPanel::updateButtons() {
    const OutboxEntry *entry = m_model->entryAt(selectedRow());
    m_retry->setEnabled(entry && entry->state != OutboxState::Sending);
    m_cancel->setEnabled(entry && entry->state != OutboxState::Sending);
    m_retryAll->setEnabled(m_model->rowCount() > 0);
}

void OutboxPanel::retrySelected() {
    const OutboxEntry *entry = m_model->entryAt(selectedRow());
    if (!entry)
        return;
    if (entry->state == OutboxState::Failed)
        m_client->retryOutbox(entry->seq);
    else
        m_client->syncNow(); // a waiting change goes out with the next flush
}

void OutboxPanel::cancelSelected() {
    const int row = selectedRow();
    const OutboxEntry *entry = m_model->entryAt(row);
    if (!entry)
        return;
    const qint64 seq = entry->seq;
    const QString body = m_model->index(row).data(OutboxModel::BodyRole).toString();
    if (!body.trimmed().isEmpty()) {
        QPointer<OutboxPanel> self(this);
        if (!m_confirm(OutboxModel::snippet(body, 60)) || !self)
            return;
    }
    m_client->discardOutbox(seq);
}

void OutboxPanel::retryAll() {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OutboxEntry *entry = m_model->entryAt(row);
        if (entry->state == OutboxState::Failed)
            m_client->retryOutbox(entry->seq);
    }
    m_client->syncNow();
}

} // namespace lyceum::ui
