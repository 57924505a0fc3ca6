#include "api/studio_api.h"

#include "api/api_client.h"

#include <QUrlQuery>

namespace lyceum::studioapi {

namespace {
QUrlQuery idQuery(const QString &id) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    return query;
}

UploadState uploadFromJson(const QJsonObject &o) {
    UploadState s;
    s.uploadId = o.value(QLatin1StringView("upload_id")).toString();
    s.size = o.value(QLatin1StringView("size")).toInteger();
    s.offset = o.value(QLatin1StringView("offset")).toInteger();
    s.done = o.value(QLatin1StringView("done")).toBool();
    s.assetId = o.value(QLatin1StringView("asset_id")).toString();
    return s;
}

ApiClient::JsonDone uploadAnswer(UploadDone done) {
    // On an error the answer's body still carries fields (offset_mismatch: the offset).
    return [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
        done(e, uploadFromJson(o));
    };
}

std::function<void(const ApiError &, const QJsonObject &)>
arrayAnswer(const char *key, std::function<void(const ApiError &, const QJsonArray &)> done) {
    return [key, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
        done(e, e.isError() ? QJsonArray() : o.value(QLatin1StringView(key)).toArray());
    };
}
} // namespace

void drafts(ApiClient &api, std::function<void(const ApiError &, const QJsonArray &)> done) {
    api.getJson(QStringLiteral("/studio/drafts"), arrayAnswer("drafts", std::move(done)));
}

void scheduled(ApiClient &api, std::function<void(const ApiError &, const QJsonArray &)> done) {
    api.getJson(QStringLiteral("/studio/scheduled"), arrayAnswer("scheduled", std::move(done)));
}

void analytics(ApiClient &api, const QString &courseId, int utcOffsetMin,
               std::function<void(const ApiError &, const QJsonObject &)> done, const QString &from,
               const QString &to) {
    QUrlQuery query;
    if (!courseId.isEmpty())
        query.addQueryItem(QStringLiteral("course"), courseId);
    if (!from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), from);
    if (!to.isEmpty())
        query.addQueryItem(QStringLiteral("to"), to);
    query.addQueryItem(QStringLiteral("utc_offset_min"), QString::number(utcOffsetMin));
    api.getJson(QStringLiteral("/studio/analytics"), query, std::move(done));
}

void createUpload(ApiClient &api, const QString &lessonId, qint64 size, const QString &sha256,
                  const QString &fileName, UploadDone done) {
    api.postJson(QStringLiteral("/media/uploads"),
                 {{QStringLiteral("lesson_id"), lessonId},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("file_name"), fileName}},
                 uploadAnswer(std::move(done)));
}

void uploadStatus(ApiClient &api, const QString &uploadId, UploadDone done) {
    api.getJson(QStringLiteral("/media/uploads/status"), idQuery(uploadId),
                uploadAnswer(std::move(done)));
}

void putChunk(ApiClient &api, const QString &uploadId, qint64 offset, const QByteArray &bytes,
              UploadDone done) {
    QUrlQuery query = idQuery(uploadId);
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    api.putBytes(QStringLiteral("/media/uploads/chunk"), query, bytes,
                 uploadAnswer(std::move(done)));
}

void putImage(ApiClient &api, const QString &id, const QByteArray &bytes,
              std::function<void(const ApiError &)> done) {
    api.putBytes(QStringLiteral("/media/images/upload"), idQuery(id), bytes,
                 [done = std::move(done)](const ApiError &e, const QJsonObject &) { done(e); });
}

void image(ApiClient &api, const QString &id,
           std::function<void(const ApiError &, const QByteArray &)> done) {
    api.getBytes(QStringLiteral("/media/images/file"), idQuery(id), std::move(done));
}

} // namespace lyceum::studioapi
