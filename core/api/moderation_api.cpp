#include "api/moderation_api.h"

#include "api/api_client.h"

namespace lyceum::moderationapi {

namespace {
ApiError badAnswer(const QString &error) {
    return ApiError::make(ApiError::Kind::BadResponse, error);
}
} // namespace

void queue(ApiClient &api, std::function<void(const ApiError &, const QJsonObject &)> done) {
    api.getJson(QStringLiteral("/moderation/queue"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    if (e.isError()) {
                        done(e, {});
                        return;
                    }
                    QString error;
                    if (!moderationQueueFromJson(answer, &error))
                        done(badAnswer(error), {});
                    else
                        done({}, answer);
                });
}

void auditLog(ApiClient &api,
              std::function<void(const ApiError &, const QVector<AuditEntry> &)> done) {
    api.getJson(QStringLiteral("/moderation/log"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    if (e.isError()) {
                        done(e, {});
                        return;
                    }
                    QString error;
                    const auto log = auditLogFromJson(answer, &error);
                    if (!log)
                        done(badAnswer(error), {});
                    else
                        done({}, *log);
                });
}

void notices(ApiClient &api,
             std::function<void(const ApiError &, const QVector<ModerationNotice> &)> done) {
    api.getJson(QStringLiteral("/moderation/notices"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    if (e.isError()) {
                        done(e, {});
                        return;
                    }
                    QString error;
                    const auto list = noticesFromJson(answer, &error);
                    if (!list)
                        done(badAnswer(error), {});
                    else
                        done({}, *list);
                });
}

void spamModel(ApiClient &api, std::function<void(const ApiError &, const QByteArray &)> done) {
    api.getBytes(QStringLiteral("/spam/model"), std::move(done));
}

} // namespace lyceum::moderationapi
