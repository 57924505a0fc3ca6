#include "api/media_api.h"

#include "api/api_client.h"

#include <QJsonArray>

namespace lyceum::mediaapi {

LessonMedia lessonMediaFromJson(const QJsonObject &o, const QUrl &base) {
    LessonMedia m;
    m.lessonId = o.value(QLatin1StringView("lesson_id")).toString();
    m.assetId = o.value(QLatin1StringView("asset_id")).toString();
    m.mime = o.value(QLatin1StringView("mime")).toString();
    m.size = o.value(QLatin1StringView("size")).toInteger();
    m.sha256 = o.value(QLatin1StringView("sha256")).toString();
    m.durationMs = o.value(QLatin1StringView("duration_ms")).toInteger();
    m.expiresAt = o.value(QLatin1StringView("expires_at")).toInteger();
    m.video = base.resolved(QUrl(o.value(QLatin1StringView("video")).toString()));
    m.chapters = chaptersFromJson(o.value(QLatin1StringView("chapters")).toArray());
    for (const QJsonValue &v : o.value(QLatin1StringView("captions")).toArray()) {
        const QJsonObject c = v.toObject();
        m.captions.append({c.value(QLatin1StringView("lang")).toString(),
                           c.value(QLatin1StringView("label")).toString(),
                           base.resolved(QUrl(c.value(QLatin1StringView("url")).toString())),
                           {}});
    }
    return m;
}

void lessonUrls(ApiClient &api, const QString &lessonId,
                std::function<void(const ApiError &, const LessonMedia &)> done) {
    api.postJson(QStringLiteral("/media/url"), {{QStringLiteral("lesson_id"), lessonId}},
                 [&api, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
                     if (e.isError())
                         done(e, {});
                     else
                         done({}, lessonMediaFromJson(o, api.server()));
                 });
}

void learning(ApiClient &api, std::function<void(const ApiError &, const QJsonObject &)> done) {
    api.getJson(QStringLiteral("/me/learning"), std::move(done));
}

} // namespace lyceum::mediaapi
