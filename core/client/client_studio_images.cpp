// Client: images in creators' text (docs/studio.md). Added from a file into the profile
// (images/ID), referenced as ![name](lyceum-image:ID), sent when online (PUT, idempotent under
// the id), and fetched on demand by any reader for display, then kept in the profile.
#include "client/client.h"
#include "client/client_private.h"
#include "domain/private_files.h"
#include "logging.h"
#include "studio/draft_sync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrlQuery>

namespace lyceum {

namespace {
constexpr qint64 kMaxImageBytes = 1000 * 1000; // the server takes request bodies up to 1 MiB

bool writeImage(const QString &path, const QByteArray &bytes, QString *error) {
    makePrivateDir(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}
} // namespace

QString Client::imagePath(const QString &id) const {
    if (!isValidId(id))
        return {};
    return QDir(d->options.profileDir).filePath(QStringLiteral("images/") + id);
}

QString Client::addImage(const QString &file, QString *error) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return {};
    }
    if (in.size() > kMaxImageBytes) {
        *error = tr("The image is larger than 1 MB; make it smaller first.");
        return {};
    }
    const QByteArray bytes = in.readAll();
    if (imageMime(bytes).isEmpty()) {
        *error = tr("Only PNG, JPEG, GIF and WebP images can be added.");
        return {};
    }
    const QString id = newId();
    return writeImage(imagePath(id), bytes, error) ? id : QString();
}

void Client::fetchImage(const QString &id) {
    if (!d->opened || !d->loggedIn || !isValidId(id) || d->imagesFetching.contains(id) ||
        QFile::exists(imagePath(id)))
        return;
    d->imagesFetching.insert(id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    d->api->getBytes(QStringLiteral("/media/images/file"), query,
                     [this, id](const ApiError &e, const QByteArray &bytes) {
                         d->imagesFetching.remove(id);
                         if (e.isError() || imageMime(bytes).isEmpty()) {
                             qCInfo(lcClient) << "image" << id << "not fetched:" << e.code;
                             return;
                         }
                         QString error;
                         if (writeImage(imagePath(id), bytes, &error))
                             Q_EMIT imageArrived(id);
                         else
                             qCWarning(lcClient) << "image" << id << "not kept:" << error;
                     });
}

void Client::uploadDraftImages() {
    if (!d->opened || !d->loggedIn || !d->isCreator())
        return;
    fetchDrafts(this, [this](const QVector<Draft> &drafts) {
        for (const Draft &draft : drafts) {
            for (const QString &id : draftsync::imageIdsIn(draft.body)) {
                const QString path = imagePath(id);
                if (d->imagesSending.contains(id) || !QFile::exists(path) ||
                    QFile::exists(path + QStringLiteral(".sent")))
                    continue;
                QFile in(path);
                if (!in.open(QIODevice::ReadOnly))
                    continue;
                d->imagesSending.insert(id);
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("id"), id);
                d->api->putBytes(QStringLiteral("/media/images/upload"), query, in.readAll(),
                                 [this, id, path](const ApiError &e, const QJsonObject &) {
                                     d->imagesSending.remove(id);
                                     if (e.isError()) {
                                         qCInfo(lcClient) << "image" << id << "not sent:" << e.code;
                                         return;
                                     }
                                     QFile marker(path + QStringLiteral(".sent"));
                                     if (marker.open(QIODevice::WriteOnly))
                                         marker.close();
                                     Q_EMIT imageSent(id);
                                 });
            }
        }
    });
}

} // namespace lyceum
