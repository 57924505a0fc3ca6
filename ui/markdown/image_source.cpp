#include "markdown/image_source.h"

#include "client/client.h"
#include "client/studio_service.h"

#include <QDateTime>
#include <QFile>
#include <QImageReader>
#include <QThreadPool>

namespace lyceum::ui {

namespace {
constexpr int kKeptDecoded = 32;
constexpr qint64 kAskAgainMs = 30'000;
} // namespace

ImageSource *ImageSource::instance() {
    static auto *source = new ImageSource;
    return source;
}

void ImageSource::setClient(Client *client) {
    if (m_client == client)
        return;
    if (m_client)
        disconnect(&m_client->studio(), nullptr, this, nullptr);
    m_client = client;
    m_decoded.clear();
    m_asked.clear();
    if (client)
        connect(&client->studio(), &StudioService::imageArrived, this, [this](const QString &id) {
            m_decoded.remove(id);
            m_asked.remove(id);
            Q_EMIT imageArrived(id);
        });
}

QImage ImageSource::decode(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels)
        return {};
    if (size.width() > kMaxWidth)
        reader.setScaledSize(
            QSize(kMaxWidth, qMax(1, int(qint64(size.height()) * kMaxWidth / size.width()))));
    return reader.read();
}

QImage ImageSource::image(const QString &id) {
    if (!m_client)
        return {};
    const auto it = m_decoded.constFind(id);
    if (it != m_decoded.constEnd())
        return *it;
    // Asked for at each paint while missing: no look at the disk until it arrives or the
    // time to ask again has come.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_asked.value(id, 0) <= kAskAgainMs)
        return {};
    const QString path = m_client->studio().imagePath(id);
    if (path.isEmpty() || m_reading.contains(id))
        return {};
    // Read and decoded on a pool thread, never while painting; imageArrived lays the documents
    // out again once it is here.
    m_reading.insert(id);
    QPointer<ImageSource> self(this);
    QThreadPool::globalInstance()->start([self, id, path] {
        const bool kept = QFile::exists(path);
        const QImage image = kept ? decode(path) : QImage();
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, kept, image] {
                if (self)
                    self->read(id, kept, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ImageSource::read(const QString &id, bool kept, const QImage &image) {
    m_reading.remove(id);
    if (!kept) {
        m_asked.insert(id, QDateTime::currentMSecsSinceEpoch());
        if (m_client)
            m_client->studio().fetchImage(id);
        return;
    }
    if (m_decoded.size() >= kKeptDecoded)
        m_decoded.clear();
    m_decoded.insert(id, image);
    Q_EMIT imageArrived(id);
}

} // namespace lyceum::ui
