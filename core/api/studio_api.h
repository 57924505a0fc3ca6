// Typed calls of the creator studio's endpoints (docs/studio.md, docs/protocol.md), one
// function per endpoint: drafts and schedules, analytics, resumable video uploads and images.
// Drafts themselves go to the server through the outbox (draft.put, draft.publish).
#pragma once

#include "api/api_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace lyceum {
class ApiClient;
}

namespace lyceum::studioapi {

// GET /studio/drafts: the creator's drafts from every device ("drafts").
void drafts(ApiClient &api, std::function<void(const ApiError &, const QJsonArray &)> done);
// GET /studio/scheduled: the publishes the server keeps for later ("scheduled").
void scheduled(ApiClient &api, std::function<void(const ApiError &, const QJsonArray &)> done);
// GET /studio/analytics for one course or (empty) all the creator's courses, days counted in
// the given offset from UTC.
// from/to: YYYY-MM-DD days (inclusive) of a date range; empty: all time.
void analytics(ApiClient &api, const QString &courseId, int utcOffsetMin,
               std::function<void(const ApiError &, const QJsonObject &)> done,
               const QString &from = {}, const QString &to = {});

struct UploadState {
    QString uploadId;
    qint64 size = 0;
    qint64 offset = 0; // bytes the server has
    bool done = false;
    QString assetId; // when done
};
using UploadDone = std::function<void(const ApiError &, const UploadState &)>;
// POST /media/uploads: a new upload of a lesson's video.
void createUpload(ApiClient &api, const QString &lessonId, qint64 size, const QString &sha256,
                  const QString &fileName, UploadDone done);
// GET /media/uploads/status?id=
void uploadStatus(ApiClient &api, const QString &uploadId, UploadDone done);
// PUT /media/uploads/chunk?id=&offset=: on offset_mismatch the state carries the server's
// offset.
void putChunk(ApiClient &api, const QString &uploadId, qint64 offset, const QByteArray &bytes,
              UploadDone done);

// PUT /media/images/upload?id= (idempotent under the id)
void putImage(ApiClient &api, const QString &id, const QByteArray &bytes,
              std::function<void(const ApiError &)> done);
// GET /media/images/file?id=
void image(ApiClient &api, const QString &id,
           std::function<void(const ApiError &, const QByteArray &)> done);

} // namespace lyceum::studioapi
