#include "studio/video_uploads.h"

#include "client/client.h"
#include "client/studio_service.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

VideoUploads::VideoUploads(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("VideoUploads"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    hide();
    connect(&client->studio(), &StudioService::draftUploadProgress, this,
            [this](const QString &id, qint64 sent, qint64 size) {
                const auto it = m_rows.constFind(id);
                if (it == m_rows.cend() || size <= 0)
                    return;
                it->bar->setValue(int(sent * 1000 / size));
                it->state->setText(tr("Uploading"));
            });
    connect(&client->studio(), &StudioService::draftUploadFinished, this, &VideoUploads::finished);
}

void VideoUploads::track(const QString &draftId, const QString &fileName) {
    Row row;
    row.box = new QWidget(this);
    row.name = new QLabel(fileName, row.box);
    row.name->setTextFormat(Qt::PlainText);
    row.bar = new QProgressBar(row.box);
    row.bar->setRange(0, 1000);
    row.bar->setValue(0);
    row.bar->setTextVisible(false);
    row.bar->setAccessibleName(tr("Upload of %1").arg(fileName));
    row.state = new QLabel(tr("Waiting to publish the lesson"), row.box);
    row.state->setObjectName(QStringLiteral("Muted"));
    row.state->setTextFormat(Qt::PlainText);
    row.state->setWordWrap(true); // a reason can be long: the bar keeps its width
    row.cancel = new QToolButton(row.box);
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(
        tr("Stop uploading %1 (the lesson stays, without the video)").arg(fileName));
    auto *layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.bar, 2);
    layout->addWidget(row.state, 3);
    layout->addWidget(row.cancel);
    m_layout->addWidget(row.box);
    m_rows.insert(draftId, row);
    connect(row.cancel, &QToolButton::clicked, this,
            [this, draftId] { m_client->studio().cancelUpload(draftId); });
    show();
}

void VideoUploads::finished(const QString &draftId, const ApiError &error) {
    const auto it = m_rows.constFind(draftId);
    if (it == m_rows.cend())
        return;
    it->cancel->hide();
    if (!error.isError()) {
        it->bar->setValue(1000);
        it->state->setText(tr("Uploaded"));
        it->state->setStyleSheet(QString());
    } else {
        it->state->setText(error.code == QLatin1String("cancelled")
                               ? tr("Cancelled")
                               : tr("Not uploaded: %1").arg(error.message));
        it->state->setStyleSheet(
            QStringLiteral("color: %1;").arg(theme::current().dangerText.name()));
    }
}

QProgressBar *VideoUploads::progressOf(const QString &draftId) const {
    return m_rows.contains(draftId) ? m_rows.value(draftId).bar : nullptr;
}

QLabel *VideoUploads::stateOf(const QString &draftId) const {
    return m_rows.contains(draftId) ? m_rows.value(draftId).state : nullptr;
}

QToolButton *VideoUploads::cancelOf(const QString &draftId) const {
    return m_rows.contains(draftId) ? m_rows.value(draftId).cancel : nullptr;
}

} // namespace lyceum::ui
