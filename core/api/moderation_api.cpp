#include "api/moderation_api.h"

#include "api/api_client.h"

#include <QUrl>
#include <QUrlQuery>

namespace lyceum::moderationapi {

namespace {
ApiError badAnswer(const QString &error) {
    return ApiError::make(ApiError::Kind::BadResponse, error);
}

// A GET whose answer decodes with decode(answer, &error) into T.
template<typename T, typename Decode>
void getDecoded(ApiClient &api, const QString &path, const QUrlQuery &query, Decode decode,
                std::function<void(const ApiError &, const T &)> done) {
    api.getJson(path, query,
                [decode, done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    if (e.isError()) {
                        done(e, T{});
                        return;
                    }
                    QString error;
                    const std::optional<T> value = decode(answer, &error);
                    if (!value)
                        done(badAnswer(error), T{});
                    else
                        done({}, *value);
                });
}
} // namespace

void filters(ApiClient &api,
             std::function<void(const ApiError &, const QVector<KeywordFilter> &)> done) {
    getDecoded<QVector<KeywordFilter>>(api, QStringLiteral("/moderation/filters"), {},
                                       &keywordFiltersFromJson, std::move(done));
}

void testFilter(ApiClient &api, const QString &pattern, const QString &mode,
                std::function<void(const ApiError &, const FilterTestResult &)> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pattern"),
                       QString::fromLatin1(QUrl::toPercentEncoding(pattern)));
    query.addQueryItem(QStringLiteral("mode"), mode);
    getDecoded<FilterTestResult>(api, QStringLiteral("/moderation/filters/test"), query,
                                 &filterTestFromJson, std::move(done));
}

void people(ApiClient &api, const QString &text,
            std::function<void(const ApiError &, const QVector<ModerationPerson> &)> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    getDecoded<QVector<ModerationPerson>>(api, QStringLiteral("/moderation/people"), query,
                                          &peopleFromJson, std::move(done));
}

void member(ApiClient &api, const QString &userId,
            std::function<void(const ApiError &, const MemberRecord &)> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    getDecoded<MemberRecord>(api, QStringLiteral("/moderation/member"), query,
                             &memberRecordFromJson, std::move(done));
}

void settings(ApiClient &api, std::function<void(const ApiError &, bool approveMembers)> done) {
    api.getJson(QStringLiteral("/moderation/settings"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &answer) {
                    done(e, answer.value(QLatin1StringView("approve_members")).toBool());
                });
}

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
