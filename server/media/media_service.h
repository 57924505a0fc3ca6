// Lesson media on the server (docs/media.md): signed URLs for a lesson's video and captions
// (only for readers of the lesson: free previews, entitled learners, the creator, staff), the
// checks behind GET /media/file, creators' resumable uploads (checked by ffprobe, then attached to
// the lesson), and a learner's progress and notes for their other devices.
#pragma once

#include "server/api_error.h"
#include "server/media/media_storage.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace lyceum::server {

class Storage;
class Clock;
struct Caller;

inline constexpr qint64 kMaxUploadBytes = 2LL * 1024 * 1024 * 1024; // 2 GiB

class MediaService {
public:
    // uploadDir: where uploaded videos are kept (created when needed); empty: uploads refused.
    MediaService(Storage &storage, const Clock &clock, QString uploadDir);

    // POST /media/url {lesson_id}: {lesson_id, asset_id, mime, size, sha256, duration_ms,
    // expires_at, video: PATH?QUERY, captions: [{lang, label, url}], chapters: [...]}.
    ApiResult<QJsonObject> urls(const Caller &caller, const QJsonObject &body);

    struct File {
        QString path;
        QString mime;
        qint64 size = 0;
        QByteArray etag;
    };
    // GET /media/file?...: the file a signed query grants, after checking the signature, its
    // expiry and (again) that the user may read the lesson.
    ApiResult<File> resolve(const QUrlQuery &query);

    // POST /media/uploads {lesson_id, size, sha256, file_name} -> {upload_id, offset}.
    ApiResult<QJsonObject> startUpload(const Caller &caller, const QJsonObject &body);
    // PUT /media/uploads?id=X&offset=N with the next bytes -> {offset, done, lesson?}. A wrong
    // offset is 409 offset_mismatch with the right one, so a client resumes from there.
    ApiResult<QJsonObject> appendUpload(const Caller &caller, const QString &id, qint64 offset,
                                        const QByteArray &chunk);
    ApiResult<QJsonObject> uploadStatus(const Caller &caller, const QString &id);

    // GET /me/learning: {progress: [...], notes: [...]} of the caller.
    QJsonObject learning(const Caller &caller);

private:
    QByteArray signingKey();
    bool mayRead(const QString &userId, const QString &lessonId);
    ApiResult<QJsonObject> finishUpload(MediaUpload upload);

    Storage &m_storage;
    const Clock &m_clock;
    QString m_uploadDir;
};

} // namespace lyceum::server
