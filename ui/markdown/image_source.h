// Pictures for ![name](lyceum-image:ID) in Markdown (docs/studio.md): read from the profile's
// copy when there, else fetched once through the Client and announced with imageArrived, on
// which every SafeMarkdownDocument showing that id lays itself out again. Without a client (or
// for any other scheme) the safe placeholder stays. Decoding is bounded: an image whose
// header claims more than kMaxPixels is refused, and pictures are scaled to kMaxWidth.
// One per process, like the one signed-in Client of the app: the main window (or a studio page
// made on its own) hands it its client.
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class ImageSource : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxWidth = 640;
    static constexpr qint64 kMaxPixels = 40'000'000;

    static ImageSource *instance();
    void setClient(Client *client);

    // The picture of an id, scaled to at most kMaxWidth; null while it is read (off the GUI
    // thread; imageArrived follows), while it is missing (a fetch is started) or when it does
    // not decode.
    QImage image(const QString &id);
    static QImage decode(const QString &path);

Q_SIGNALS:
    void imageArrived(const QString &id);

private:
    ImageSource() = default;
    void read(const QString &id, bool kept, const QImage &image);
    QPointer<Client> m_client;
    QHash<QString, QImage> m_decoded; // a few recent ones (null: does not decode)
    QHash<QString, qint64> m_asked;   // when a fetch was last started, not to ask at each paint
    QSet<QString> m_reading;          // being read on a pool thread
};

} // namespace lyceum::ui
