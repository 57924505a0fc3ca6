// Client: a lesson draft's attached video, uploaded to its published lesson when online
// (docs/studio.md): the file's SHA-256 on a worker thread, then POST /media/uploads and 1 MiB
// chunks; the upload's id is kept with the draft, so after a lost connection or a restart it
// resumes from the offset the server has.
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"
#include "studio/draft_sync.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QUrlQuery>

namespace lyceum {

namespace {

constexpr qint64 kUploadChunk = 1024 * 1024;

struct Hashed {
    qint64 size = -1;
    QString sha256;
    QString error;
};

Hashed hashFile(const QString &path) {
    Hashed h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        h.error = f.errorString();
        return h;
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&f)) {
        h.error = f.errorString();
        return h;
    }
    h.size = f.size();
    h.sha256 = QString::fromLatin1(sha.result().toHex());
    return h;
}

} // namespace

struct Client::Private::Upload {
    QString draftId;
    QString lessonId;
    QString path;
    QString uploadId;
    qint64 size = 0;
    qint64 offset = 0;
};

void Client::uploadDraftVideos() {
    if (!d->opened || !d->loggedIn || !d->isCreator())
        return;
    d->cache->run<QStringList>(
        this, [](CacheDatabase &db) { return draftsync::videosToUpload(db); },
        [this](const QStringList &ids) {
            for (const QString &id : ids)
                uploadDraftVideo(id);
        });
}

void Client::uploadDraftVideo(const QString &draftId) {
    if (!d->ensureOpen("uploadDraftVideo") || d->uploading.contains(draftId))
        return;
    d->uploading.insert(draftId);
    fetchDraft(draftId, this, [this, draftId](std::optional<Draft> draft) {
        const QString path =
            draft ? draft->extra.value(QLatin1StringView("video_path")).toString() : QString();
        if (!draft || draft->targetId.isEmpty() || path.isEmpty()) {
            d->uploading.remove(draftId);
            return;
        }
        auto up = std::make_shared<Private::Upload>();
        up->draftId = draftId;
        up->lessonId = draft->targetId;
        up->path = path;
        up->uploadId = draft->extra.value(QLatin1StringView("upload_id")).toString();
        QPointer<Client> self(this);
        QThreadPool::globalInstance()->start([self, up] {
            const Hashed h = hashFile(up->path);
            QMetaObject::invokeMethod(
                self, [self, up, h] { self->d->startUpload(up, h.size, h.sha256, h.error); },
                Qt::QueuedConnection);
        });
    });
}

void Client::Private::startUpload(const std::shared_ptr<Upload> &up, qint64 size,
                                  const QString &sha256, const QString &error) {
    if (!error.isEmpty()) {
        finishUpload(up, ApiError::make(ApiError::Kind::Storage,
                                        Client::tr("The video %1 could not be read: %2")
                                            .arg(QFileInfo(up->path).fileName(), error)));
        return;
    }
    up->size = size;
    const auto fresh = [this, up, sha256] {
        api->postJson(QStringLiteral("/media/uploads"),
                      {{QStringLiteral("lesson_id"), up->lessonId},
                       {QStringLiteral("size"), up->size},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("file_name"), QFileInfo(up->path).fileName()}},
                      [this, up](const ApiError &e, const QJsonObject &o) {
                          if (e.isError()) {
                              finishUpload(up, e);
                              return;
                          }
                          up->uploadId = o.value(QLatin1StringView("upload_id")).toString();
                          up->offset = 0;
                          cache->run<bool>(
                              q,
                              [up](CacheDatabase &db) {
                                  QString ignored;
                                  return draftsync::patchExtra(
                                      db, up->draftId,
                                      {{QStringLiteral("upload_id"), up->uploadId}}, &ignored);
                              },
                              [this, up](bool) { sendChunk(up); });
                      });
    };
    if (up->uploadId.isEmpty()) {
        fresh();
        return;
    }
    // Resume where the server is, or start again if it no longer knows this upload.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), up->uploadId);
    api->getJson(QStringLiteral("/media/uploads/status"), query,
                 [this, up, fresh](const ApiError &e, const QJsonObject &o) {
                     if (e.isError() ||
                         o.value(QLatin1StringView("size")).toInteger() != up->size ||
                         o.value(QLatin1StringView("done")).toBool()) {
                         fresh();
                         return;
                     }
                     up->offset = o.value(QLatin1StringView("offset")).toInteger();
                     sendChunk(up);
                 });
}

void Client::Private::sendChunk(const std::shared_ptr<Upload> &up) {
    QFile f(up->path);
    QByteArray chunk;
    if (f.open(QIODevice::ReadOnly) && f.seek(up->offset))
        chunk = f.read(std::min(kUploadChunk, up->size - up->offset));
    if (chunk.isEmpty()) {
        finishUpload(up, ApiError::make(ApiError::Kind::Storage,
                                        Client::tr("The video %1 could not be read: %2")
                                            .arg(QFileInfo(up->path).fileName(), f.errorString())));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), up->uploadId);
    query.addQueryItem(QStringLiteral("offset"), QString::number(up->offset));
    api->putBytes(
        QStringLiteral("/media/uploads/chunk"), query, chunk,
        [this, up](const ApiError &e, const QJsonObject &o) {
            if (e.isError() && e.code == QLatin1String("offset_mismatch")) {
                up->offset = o.value(QLatin1StringView("offset")).toInteger();
                sendChunk(up);
                return;
            }
            if (e.isError()) {
                if (e.code == QLatin1String("checksum_mismatch") ||
                    e.code == QLatin1String("unsupported_media"))
                    up->uploadId.clear(); // that upload is over; a new one starts next time
                finishUpload(up, e);
                return;
            }
            up->offset = o.value(QLatin1StringView("offset")).toInteger();
            Q_EMIT q->draftUploadProgress(up->draftId, up->offset, up->size);
            if (!o.value(QLatin1StringView("done")).toBool()) {
                sendChunk(up);
                return;
            }
            const QString asset = o.value(QLatin1StringView("asset_id")).toString();
            cache->run<bool>(
                q,
                [up, asset](CacheDatabase &db) {
                    QString ignored;
                    return draftsync::patchExtra(db, up->draftId,
                                                 {{QStringLiteral("video_asset_id"), asset},
                                                  {QStringLiteral("upload_id"), QJsonValue()}},
                                                 &ignored);
                },
                [this, up](bool) { finishUpload(up, {}); });
        });
}

void Client::Private::finishUpload(const std::shared_ptr<Upload> &up, const ApiError &error) {
    uploading.remove(up->draftId);
    if (error.isError()) {
        qCInfo(lcClient) << "video upload of draft" << up->draftId << "stopped:" << error.code
                         << error.message;
        if (up->uploadId.isEmpty())
            cache->run<bool>(
                q,
                [up](CacheDatabase &db) {
                    QString ignored;
                    return draftsync::patchExtra(
                        db, up->draftId, {{QStringLiteral("upload_id"), QJsonValue()}}, &ignored);
                },
                [](bool) {});
    }
    Q_EMIT q->draftUploadFinished(up->draftId, error);
    if (!error.isError())
        Q_EMIT q->draftsChanged();
}

} // namespace lyceum
