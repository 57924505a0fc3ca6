#include "markdown/image_source.h"

#include "client/client.h"

#include <QDateTime>
#include <QFile>
#include <QImageReader>

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
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_decoded.clear();
    m_asked.clear();
    if (client)
        connect(client, &Client::imageArrived, this, [this](const QString &id) {
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
    const QString path = m_client->imagePath(id);
    if (path.isEmpty())
        return {};
    if (!QFile::exists(path)) {
        m_asked.insert(id, now);
        m_client->fetchImage(id);
        return {};
    }
    const QImage image = decode(path);
    if (m_decoded.size() >= kKeptDecoded)
        m_decoded.clear();
    m_decoded.insert(id, image);
    return image;
}

} // namespace lyceum::ui
