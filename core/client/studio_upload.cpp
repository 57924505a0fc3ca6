// StudioService: a lesson draft's attached video, uploaded to its published lesson when online
// (docs/studio.md): the file's SHA-256 on a pool thread, then POST /media/uploads and 1 MiB
// chunks (each read on the cache worker); the upload's id is kept with the draft, so after a
// lost connection or a restart it resumes from the offset the server has.
#include "api/studio_api.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"
#include "client/studio_service.h"
#include "logging.h"
#include "thread_check.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

namespace lyceum {

namespace {

constexpr qint64 kUploadChunk = 1024 * 1024;

struct Hashed {
    qint64 size = -1;
    QString sha256;
    QString error;
};

Hashed hashFile(const QString &path) {
    threadcheck::notOnGuiThread("studio upload: hashFile");
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

struct Chunk {
    QByteArray bytes;
    QString error;
};

Chunk readChunk(const QString &path, qint64 offset, qint64 size) {
    threadcheck::notOnGuiThread("studio upload: readChunk");
    QFile f(path);
    Chunk c;
    if (f.open(QIODevice::ReadOnly) && f.seek(offset))
        c.bytes = f.read(size);
    if (c.bytes.isEmpty())
        c.error = f.errorString();
    return c;
}

} // namespace

struct StudioService::Upload {
    QString draftId;
    QString lessonId;
    QString path;
    QString uploadId;
    qint64 size = 0;
    qint64 offset = 0;
};

void StudioService::uploadDraftVideos() {
    if (!m_session.opened || !m_session.loggedIn || !m_session.isCreator())
        return;
    m_session.cache->run<QStringList>(
        this, [](CacheDatabase &db) { return draftsync::videosToUpload(db); },
        [this](const QStringList &ids) {
            for (const QString &id : ids)
                uploadDraftVideo(id);
        });
}

void StudioService::uploadDraftVideo(const QString &draftId) {
    if (!m_session.ensureOpen("uploadDraftVideo") || m_uploading.contains(draftId))
        return;
    m_uploading.insert(draftId);
    fetchDraft(draftId, this, [this, draftId](std::optional<Draft> draft) {
        const QString path =
            draft ? draft->extra.value(QLatin1StringView("video_path")).toString() : QString();
        if (!draft || draft->targetId.isEmpty() || path.isEmpty()) {
            m_uploading.remove(draftId);
            return;
        }
        auto up = std::make_shared<Upload>();
        up->draftId = draftId;
        up->lessonId = draft->targetId;
        up->path = path;
        up->uploadId = draft->extra.value(QLatin1StringView("upload_id")).toString();
        QPointer<StudioService> self(this);
        QThreadPool::globalInstance()->start([self, up] {
            const Hashed h = hashFile(up->path);
            QMetaObject::invokeMethod(
                self,
                [self, up, h] {
                    if (self)
                        self->startUpload(up, h.size, h.sha256, h.error);
                },
                Qt::QueuedConnection);
        });
    });
}

void StudioService::startUpload(const UploadPtr &up, qint64 size, const QString &sha256,
                                const QString &error) {
    if (!error.isEmpty()) {
        finishUpload(up, ApiError::make(ApiError::Kind::Storage,
                                        tr("The video %1 could not be read: %2")
                                            .arg(QFileInfo(up->path).fileName(), error)));
        return;
    }
    up->size = size;
    if (up->uploadId.isEmpty()) {
        freshUpload(up, sha256);
        return;
    }
    // Resume where the server is, or start again if it no longer knows this upload.
    studioapi::uploadStatus(*m_session.api, up->uploadId,
                            [this, up, sha256](const ApiError &e, const studioapi::UploadState &s) {
                                if (e.isError() || s.size != up->size || s.done) {
                                    freshUpload(up, sha256);
                                    return;
                                }
                                up->offset = s.offset;
                                sendChunk(up);
                            });
}

void StudioService::freshUpload(const UploadPtr &up, const QString &sha256) {
    studioapi::createUpload(
        *m_session.api, up->lessonId, up->size, sha256, QFileInfo(up->path).fileName(),
        [this, up](const ApiError &e, const studioapi::UploadState &s) {
            if (e.isError()) {
                finishUpload(up, e);
                return;
            }
            up->uploadId = s.uploadId;
            up->offset = 0;
            m_session.cache->run<bool>(
                this,
                [up](CacheDatabase &db) {
                    QString ignored;
                    return draftsync::patchExtra(
                        db, up->draftId, {{QStringLiteral("upload_id"), up->uploadId}}, &ignored);
                },
                [this, up](bool) { sendChunk(up); });
        });
}

QStringList StudioService::addVideoLessons(const QString &courseId, const QStringList &files) {
    QStringList ids;
    for (const QString &file : files) {
        Draft d;
        d.id = QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.kind = QStringLiteral("lesson");
        d.title = QFileInfo(file).completeBaseName().left(200);
        d.courseId = courseId;
        d.extra = QJsonObject{{QStringLiteral("video_path"), file},
                              {QStringLiteral("free_preview"), false}};
        saveDraft(d, true); // the cache worker runs these in order
        publishDraft(d.id);
        ids << d.id;
    }
    return ids;
}

void StudioService::cancelUpload(const QString &draftId) {
    if (!m_session.ensureOpen("cancelUpload"))
        return;
    if (m_uploading.contains(draftId))
        m_cancelled.insert(draftId); // stopped before its next chunk
    else
        Q_EMIT draftUploadFinished(
            draftId,
            ApiError::make(ApiError::Kind::Invalid, tr("Cancelled."), QStringLiteral("cancelled")));
    m_session.cache->post([draftId](CacheDatabase &db) {
        QString ignored;
        draftsync::patchExtra(db, draftId,
                              {{QStringLiteral("video_path"), QJsonValue()},
                               {QStringLiteral("upload_id"), QJsonValue()}},
                              &ignored);
    });
}

void StudioService::sendChunk(const UploadPtr &up) {
    if (m_cancelled.remove(up->draftId)) {
        finishUpload(up, ApiError::make(ApiError::Kind::Invalid, tr("Cancelled."),
                                        QStringLiteral("cancelled")));
        return;
    }
    m_session.cache->run<Chunk>(
        this,
        [path = up->path, offset = up->offset,
         size = std::min(kUploadChunk, up->size - up->offset)](CacheDatabase &) {
            return readChunk(path, offset, size);
        },
        [this, up](const Chunk &chunk) {
            if (chunk.bytes.isEmpty()) {
                finishUpload(up,
                             ApiError::make(ApiError::Kind::Storage,
                                            tr("The video %1 could not be read: %2")
                                                .arg(QFileInfo(up->path).fileName(), chunk.error)));
                return;
            }
            studioapi::putChunk(*m_session.api, up->uploadId, up->offset, chunk.bytes,
                                [this, up](const ApiError &e, const studioapi::UploadState &s) {
                                    chunkSent(up, e, s.offset, s.done, s.assetId);
                                });
        });
}

void StudioService::chunkSent(const UploadPtr &up, const ApiError &e, qint64 offset, bool done,
                              const QString &assetId) {
    if (e.isError() && e.code == QLatin1String("offset_mismatch")) {
        up->offset = offset;
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
    up->offset = offset;
    Q_EMIT draftUploadProgress(up->draftId, up->offset, up->size);
    if (!done) {
        sendChunk(up);
        return;
    }
    m_session.cache->run<bool>(
        this,
        [up, assetId](CacheDatabase &db) {
            QString ignored;
            return draftsync::patchExtra(db, up->draftId,
                                         {{QStringLiteral("video_asset_id"), assetId},
                                          {QStringLiteral("upload_id"), QJsonValue()}},
                                         &ignored);
        },
        [this, up](bool) { finishUpload(up, {}); });
}

void StudioService::finishUpload(const UploadPtr &up, const ApiError &error) {
    m_uploading.remove(up->draftId);
    if (error.isError()) {
        qCInfo(lcClient) << "video upload of draft" << up->draftId << "stopped:" << error.code
                         << error.message;
        if (up->uploadId.isEmpty())
            m_session.cache->post([up](CacheDatabase &db) {
                QString ignored;
                draftsync::patchExtra(db, up->draftId,
                                      {{QStringLiteral("upload_id"), QJsonValue()}}, &ignored);
            });
    }
    Q_EMIT draftUploadFinished(up->draftId, error);
    if (!error.isError())
        Q_EMIT draftsChanged();
}

} // namespace lyceum
