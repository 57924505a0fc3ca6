#include "downloads/downloads_page.h"

#include "client/media_service.h"
#include "media/sealed_file.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
QString megabytes(qint64 bytes) {
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', bytes < 10000000 ? 1 : 0);
}

QString stateLabel(const Download &d, qint64 received, qint64 size) {
    if (d.state == QLatin1String("done"))
        return DownloadsPage::tr("On this computer");
    if (d.state == QLatin1String("downloading"))
        return DownloadsPage::tr("Downloading %1 %").arg(size > 0 ? received * 100 / size : 0);
    if (d.state == QLatin1String("queued"))
        return DownloadsPage::tr("Waiting its turn");
    if (d.state == QLatin1String("paused"))
        return DownloadsPage::tr("Paused at %1 %").arg(size > 0 ? received * 100 / size : 0);
    return DownloadsPage::tr("Stopped: %1").arg(d.error);
}
} // namespace

DownloadsPage::DownloadsPage(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_list(new QTreeWidget(this))
    , m_usage(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_quota(new QSpinBox(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    setObjectName(QStringLiteral("DownloadsPage"));
    auto *heading = new QLabel(tr("Downloads"), this);
    heading->setObjectName(QStringLiteral("PageTitle"));
    auto *intro = new QLabel(tr("Lesson videos kept on this computer to watch offline. Paid ones "
                                "are stored encrypted and are removed when the course is no "
                                "longer yours."),
                             this);
    intro->setObjectName(QStringLiteral("Muted"));
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Lesson"), tr("State"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Downloads"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("Muted"));
    m_empty->setText(tr("Nothing downloaded yet. Open a lesson with a video and choose "
                        "“Download for offline”."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_quota->setRange(1, 500);
    m_quota->setSuffix(tr(" GB"));
    m_quota->setAccessibleName(tr("Space for downloads"));
    m_quota->setValue(QSettings().value(QLatin1String(kQuotaSetting), 5).toInt());
    m_client->media().setDownloadQuota(qint64(m_quota->value()) * 1000 * 1000 * 1000);
    m_client->media().setDownloadFolder(
        QSettings().value(QLatin1String(kFolderSetting)).toString());
    m_usage->setObjectName(QStringLiteral("Muted"));

    // One line for what is used and the space set aside, one for the actions on the selected
    // download; the list takes the rest, and with nothing downloaded the empty note sits right
    // under the title instead of the page spreading its rows over the height.
    auto *space = new QLabel(tr("Space for downloads:"), this);
    space->setBuddy(m_quota);
    auto *usageRow = new QHBoxLayout;
    usageRow->addWidget(m_usage);
    usageRow->addStretch();
    usageRow->addWidget(space);
    usageRow->addWidget(m_quota);
    m_actions = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(usageRow);
    layout->addWidget(m_actions);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    m_fill = layout->count() - 1;

    apply({}); // the empty page until the list is read: no list, no actions, no gaps

    connect(m_quota, &QSpinBox::valueChanged, this, [this](int gb) {
        QSettings().setValue(QLatin1String(kQuotaSetting), gb);
        m_client->media().setDownloadQuota(qint64(gb) * 1000 * 1000 * 1000);
        apply(m_rows);
    });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { m_client->media().pauseDownload(selectedLesson()); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { m_client->media().startDownload(selectedLesson()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_client->media().cancelDownload(selectedLesson()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { apply(m_rows); });
    connect(&m_client->media(), &MediaService::downloadsChanged, this, &DownloadsPage::refresh);
    connect(&m_client->media(), &MediaService::downloadProgress, this,
            [this](const QString &id, qint64 received, qint64 size) {
                m_live.insert(id, {received, size});
                apply(m_rows);
            });
    connect(&m_client->media(), &MediaService::downloadFinished, this,
            [this](const QString &id) { m_live.remove(id); });
}

void DownloadsPage::refresh() {
    m_client->media().fetchDownloads(this, [this](QVector<Download> all) { apply(all); });
}

QString DownloadsPage::selectedLesson() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void DownloadsPage::apply(const QVector<Download> &downloads) {
    m_rows = downloads;
    const QString selected = selectedLesson();
    const QSignalBlocker block(m_list);
    m_list->clear();
    qint64 used = 0;
    QTreeWidgetItem *current = nullptr;
    for (const Download &d : downloads) {
        const auto live = m_live.value(d.lessonId, {d.received, d.size});
        auto *item = new QTreeWidgetItem(
            m_list, {d.title, stateLabel(d, live.first, live.second), megabytes(d.size)});
        item->setData(0, Qt::UserRole, d.lessonId);
        item->setData(1, Qt::UserRole, d.state);
        if (d.lessonId == selected)
            current = item;
        used += d.state == QLatin1String("done") ? media::sealedSize(d.size) : d.received;
    }
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    const QString state = current ? current->data(1, Qt::UserRole).toString() : QString();
    m_pause->setEnabled(state == QLatin1String("downloading"));
    m_resume->setEnabled(state == QLatin1String("paused") || state == QLatin1String("failed"));
    m_remove->setEnabled(current != nullptr);
    m_empty->setVisible(downloads.isEmpty());
    m_list->setVisible(!downloads.isEmpty());
    m_actions->setVisible(!downloads.isEmpty());
    // With the list hidden, the stretch under the note takes the height.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->setStretch(m_fill, downloads.isEmpty() ? 1 : 0);
    m_usage->setText(tr("%1 used of %2 GB").arg(megabytes(used)).arg(m_quota->value()));
}

} // namespace lyceum::ui
