#include "server/media/media_service.h"

#include "domain/private_files.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/media/media_probe.h"
#include "server/media/media_signing.h"
#include "server/policy/rule_book.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace lyceum::server {

namespace {
ApiError forbidden(const QString &code, const QString &message) {
    return {403, code, message};
}

QString newId(const char *prefix) {
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString partialPath(const QString &dir, const QString &uploadId) {
    return QDir(dir).filePath(uploadId + QStringLiteral(".part"));
}
} // namespace

MediaService::MediaService(Storage &storage, const Clock &clock, QString uploadDir)
    : m_storage(storage)
    , m_clock(clock)
    , m_uploadDir(std::move(uploadDir)) {}

QByteArray MediaService::signingKey() {
    return m_storage.media()->secret(QStringLiteral("media_url_key"), 32);
}

bool MediaService::mayRead(const QString &userId, const QString &lessonId) {
    const std::optional<User> user = m_storage.userById(userId);
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!user || !lesson)
        return false;
    Caller caller;
    caller.user = *user;
    const Visibility visibility = Visibility::forCaller(m_storage, caller, m_clock.nowMs());
    return visibility.canSeeCourse(lesson->courseId) &&
           visibility.canReadLesson(lesson->courseId, lesson->id, lesson->freePreview);
}

ApiResult<QJsonObject> MediaService::urls(const Caller &caller, const QJsonObject &body) {
    const QString lessonId = body.value(QLatin1StringView("lesson_id")).toString();
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!lesson)
        return ApiError::notFound(QStringLiteral("No such lesson."));
    if (lesson->videoAssetId.isEmpty())
        return ApiError::notFound(QStringLiteral("This lesson has no video."));
    if (!mayRead(caller.user.id, lessonId))
        return forbidden(QStringLiteral("not_entitled"),
                         QStringLiteral("This lesson's video comes with the course; buy it or join "
                                        "the membership to watch."));
    const std::optional<MediaAsset> asset = m_storage.media()->assetById(lesson->videoAssetId);
    if (!asset)
        return ApiError::notFound(QStringLiteral("The lesson's video is missing."));
    const qint64 expires = m_clock.nowMs() + kMediaUrlLifetimeMs;
    const QByteArray key = signingKey();
    const auto url = [&](const QString &part) -> QString {
        QUrlQuery q =
            signedMediaQuery(key, caller.user.id, lessonId + u'/' + asset->id, part, expires);
        q.addQueryItem(QStringLiteral("l"), lessonId);
        return QStringLiteral("/api/v1/media/file?") + q.toString(QUrl::FullyEncoded);
    };
    QJsonArray captions;
    for (const QJsonValue &c : QJsonDocument::fromJson(asset->captions.toUtf8()).array()) {
        const QJsonObject o = c.toObject();
        const QString lang = o.value(QLatin1StringView("lang")).toString();
        captions.append(
            QJsonObject{{QStringLiteral("lang"), lang},
                        {QStringLiteral("label"), o.value(QLatin1StringView("label"))},
                        {QStringLiteral("url"), url(QStringLiteral("captions.") + lang)}});
    }
    return QJsonObject{
        {QStringLiteral("lesson_id"), lessonId},
        {QStringLiteral("asset_id"), asset->id},
        {QStringLiteral("mime"), asset->mime},
        {QStringLiteral("size"), asset->size},
        {QStringLiteral("sha256"), asset->sha256},
        {QStringLiteral("duration_ms"), asset->durationMs},
        {QStringLiteral("expires_at"), expires},
        {QStringLiteral("video"), url(QStringLiteral("video"))},
        {QStringLiteral("captions"), captions},
        {QStringLiteral("chapters"), QJsonDocument::fromJson(asset->chapters.toUtf8()).array()}};
}

ApiResult<MediaService::File> MediaService::resolve(const QUrlQuery &query) {
    // The signed asset is "lesson/asset"; the lesson travels in the clear too (l=).
    const QString lessonId = query.queryItemValue(QStringLiteral("l"));
    SignedRequest request;
    switch (checkSignedMediaQuery(signingKey(), query, m_clock.nowMs(), &request)) {
    case SignatureCheck::Invalid:
        return forbidden(QStringLiteral("bad_signature"),
                         QStringLiteral("This media address is not valid."));
    case SignatureCheck::Expired:
        return forbidden(QStringLiteral("url_expired"),
                         QStringLiteral("This media address has expired; ask for a new one."));
    case SignatureCheck::Valid:
        break;
    }
    const QString assetId = request.assetId.section(u'/', 1);
    if (request.assetId.section(u'/', 0, 0) != lessonId)
        return forbidden(QStringLiteral("bad_signature"),
                         QStringLiteral("This media address is not valid."));
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!lesson || lesson->videoAssetId != assetId)
        return ApiError::notFound(QStringLiteral("The lesson's video has changed."));
    if (!mayRead(request.userId, lessonId)) // e.g. refunded since the address was made
        return forbidden(QStringLiteral("not_entitled"),
                         QStringLiteral("This lesson's video is no longer yours to watch."));
    const std::optional<MediaAsset> asset = m_storage.media()->assetById(assetId);
    if (!asset)
        return ApiError::notFound(QStringLiteral("The lesson's video is missing."));
    File file;
    if (request.part == QLatin1String("video")) {
        file.path = asset->path;
        file.mime = asset->mime;
        file.etag = '"' + asset->sha256.left(32).toLatin1() + '"';
        // The learner really fetched the video: only then does a completion count in the
        // creator's analytics (docs/studio.md).
        m_storage.media()->recordMediaView(request.userId, lessonId, m_clock.nowMs());
    } else if (request.part.startsWith(QLatin1String("captions."))) {
        const QString lang = request.part.mid(9);
        for (const QJsonValue &c : QJsonDocument::fromJson(asset->captions.toUtf8()).array()) {
            if (c.toObject().value(QLatin1StringView("lang")).toString() == lang)
                file.path = c.toObject().value(QLatin1StringView("path")).toString();
        }
        file.mime = QStringLiteral("text/vtt; charset=utf-8");
    }
    const QFileInfo info(file.path);
    if (file.path.isEmpty() || !info.isFile())
        return ApiError::notFound(QStringLiteral("The lesson's video is missing."));
    file.size = info.size();
    if (file.etag.isEmpty())
        file.etag = '"' + QByteArray::number(info.lastModified().toMSecsSinceEpoch(), 16) + '-' +
                    QByteArray::number(file.size, 16) + '"';
    return file;
}

ApiResult<QJsonObject> MediaService::startUpload(const Caller &caller, const QJsonObject &body) {
    const QString lessonId = body.value(QLatin1StringView("lesson_id")).toString();
    const qint64 size = body.value(QLatin1StringView("size")).toInteger(-1);
    const QString sha = body.value(QLatin1StringView("sha256")).toString().toLower();
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!lesson)
        return ApiError::notFound(QStringLiteral("No such lesson."));
    const std::optional<Course> course = m_storage.courseById(lesson->courseId);
    if (!course || RuleBook(m_storage, m_clock)
                       .check(caller.user, Action::UploadVideo, Target::ownedBy(course->creatorId)))
        return forbidden(QStringLiteral("forbidden"),
                         QStringLiteral("Only the course's creator uploads its videos."));
    if (size <= 0 || size > kMaxUploadBytes)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("size must be between 1 byte and 2 GiB."));
    if (sha.size() != 64 || QByteArray::fromHex(sha.toLatin1()).size() != 32)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("sha256 must be 64 hex digits."));
    if (m_uploadDir.isEmpty() || !makePrivateDir(m_uploadDir))
        return ApiError{503, QStringLiteral("no_media_storage"),
                        QStringLiteral("This server keeps no uploaded media.")};
    MediaUpload upload;
    upload.id = newId("up-");
    upload.ownerId = caller.user.id;
    upload.lessonId = lessonId;
    upload.fileName = body.value(QLatin1StringView("file_name")).toString().left(200);
    upload.size = size;
    upload.sha256 = sha;
    upload.createdAt = m_clock.nowMs();
    QFile part(partialPath(m_uploadDir, upload.id));
    if (!part.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ApiError{503, QStringLiteral("no_media_storage"), part.errorString()};
    m_storage.media()->putUpload(upload);
    return QJsonObject{{QStringLiteral("upload_id"), upload.id}, {QStringLiteral("offset"), 0}};
}

ApiResult<QJsonObject> MediaService::uploadStatus(const Caller &caller, const QString &id) {
    const std::optional<MediaUpload> upload = m_storage.media()->uploadById(id);
    if (!upload || upload->ownerId != caller.user.id)
        return ApiError::notFound(QStringLiteral("No such upload."));
    return QJsonObject{{QStringLiteral("upload_id"), upload->id},
                       {QStringLiteral("offset"), upload->received},
                       {QStringLiteral("size"), upload->size},
                       {QStringLiteral("done"), !upload->assetId.isEmpty()}};
}

ApiResult<QJsonObject> MediaService::appendUpload(const Caller &caller, const QString &id,
                                                  qint64 offset, const QByteArray &chunk) {
    std::optional<MediaUpload> upload = m_storage.media()->uploadById(id);
    if (!upload || upload->ownerId != caller.user.id)
        return ApiError::notFound(QStringLiteral("No such upload."));
    if (!upload->assetId.isEmpty())
        return uploadStatus(caller, id);
    if (offset != upload->received)
        return ApiError{409, QStringLiteral("offset_mismatch"),
                        QStringLiteral("The server has %1 bytes of this upload; continue from "
                                       "there.")
                            .arg(upload->received)};
    if (chunk.isEmpty() || upload->received + chunk.size() > upload->size)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("The bytes do not fit the declared size."));
    QFile part(partialPath(m_uploadDir, id));
    // Written at the recorded offset: bytes after it (a write that failed half-way) are
    // overwritten.
    if (!part.open(QIODevice::ReadWrite) || !part.resize(upload->received) ||
        !part.seek(upload->received) || part.write(chunk) != chunk.size() || !part.flush())
        return ApiError{503, QStringLiteral("no_media_storage"), part.errorString()};
    part.close();
    upload->received += chunk.size();
    m_storage.media()->putUpload(*upload);
    if (upload->received < upload->size)
        return QJsonObject{{QStringLiteral("offset"), upload->received},
                           {QStringLiteral("done"), false}};
    return finishUpload(*upload);
}

ApiResult<QJsonObject> MediaService::finishUpload(MediaUpload upload) {
    const QString partPath = partialPath(m_uploadDir, upload.id);
    QFile part(partPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part))
        return ApiError{503, QStringLiteral("no_media_storage"), part.errorString()};
    part.close();
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const auto restart = [&](const ApiError &error) {
        upload.received = 0; // the client starts again
        m_storage.media()->putUpload(upload);
        QFile::resize(partPath, 0);
        return error;
    };
    if (sha != upload.sha256)
        return restart(ApiError::badRequest(
            QStringLiteral("checksum_mismatch"),
            QStringLiteral("The uploaded bytes do not match the file's checksum; upload it "
                           "again.")));
    QString problem;
    const std::optional<ProbedMedia> probed = probeMedia(partPath, &problem);
    if (!probed)
        return restart(ApiError::badRequest(QStringLiteral("unsupported_media"), problem));
    MediaAsset asset;
    asset.id = newId("a-");
    asset.ownerId = upload.ownerId;
    asset.path = QDir(m_uploadDir)
                     .filePath(asset.id + (probed->mime == QLatin1String("video/webm")
                                               ? QStringLiteral(".webm")
                                               : QStringLiteral(".mp4")));
    if (!QFile::rename(partPath, asset.path))
        return ApiError{503, QStringLiteral("no_media_storage"),
                        QStringLiteral("The upload could not be stored.")};
    asset.mime = probed->mime;
    asset.size = upload.size;
    asset.sha256 = sha;
    asset.durationMs = probed->durationMs;
    asset.chapters = QStringLiteral("[]");
    asset.captions = QStringLiteral("[]");
    asset.createdAt = m_clock.nowMs();
    Transaction tx(m_storage);
    m_storage.media()->putAsset(asset);
    upload.assetId = asset.id;
    m_storage.media()->putUpload(upload);
    m_storage.media()->setLessonVideo(upload.lessonId, asset.id,
                                      int((asset.durationMs + 999) / 1000), asset.createdAt);
    tx.commit();
    return QJsonObject{{QStringLiteral("offset"), upload.size},
                       {QStringLiteral("done"), true},
                       {QStringLiteral("asset_id"), asset.id},
                       {QStringLiteral("duration_ms"), asset.durationMs}};
}

QJsonObject MediaService::learning(const Caller &caller) {
    QJsonArray progress;
    for (const LearningProgress &p : m_storage.media()->progressOf(caller.user.id))
        progress.append(QJsonObject{
            {QStringLiteral("lesson_id"), p.lessonId},
            {QStringLiteral("position_ms"), p.positionMs},
            {QStringLiteral("speed"), p.speedPercent / 100.0},
            {QStringLiteral("watched"), QJsonDocument::fromJson(p.watched.toUtf8()).array()},
            {QStringLiteral("percent"), p.percent},
            {QStringLiteral("updated_at"), p.updatedAt}});
    QJsonArray notes;
    for (const LessonNote &n : m_storage.media()->notesOf(caller.user.id))
        notes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("lesson_id"), n.lessonId},
                                 {QStringLiteral("at_ms"), n.atMs},
                                 {QStringLiteral("body"), n.body},
                                 {QStringLiteral("updated_at"), n.updatedAt},
                                 {QStringLiteral("deleted"), n.deleted}});
    return {{QStringLiteral("progress"), progress}, {QStringLiteral("notes"), notes}};
}

} // namespace lyceum::server
