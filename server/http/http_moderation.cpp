// HttpServer: the moderators' reads (docs/protocol.md, "Moderation"): the review queue and the
// audit log. Acting goes through POST /mutations (moderation.act, moderation.undo).
#include "server/clock.h"
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/moderation/moderation_queue.h"
#include "server/storage/storage.h"

#include <QUrlQuery>

namespace lyceum::server {

void HttpServer::setUpModerationRoutes() {
    using M = QHttpServerRequest::Method;
    // Staff only, and not banned: the rule book, through the route's action.
    addAuthedRoute(
        QStringLiteral("/moderation/queue"), M::Get, Action::ReadModerationQueue,
        [this](const QHttpServerRequest &request, const Caller &) {
            const QUrlQuery query(request.url());
            QueueFilter filter{query.queryItemValue(QStringLiteral("kind")),
                               query.queryItemValue(QStringLiteral("reason")),
                               query.queryItemValue(QStringLiteral("min_score")).toDouble()};
            return jsonResponse(
                moderationQueue(m_storage, filter, m_clockRef.nowMs(), [this](const QString &text) {
                    return m_spamModel.score(m_storage, text);
                }));
        });
    // Everyone: the community's spam model (a binary file, docs/spam.md).
    addAuthedRoute(QStringLiteral("/spam/model"), M::Get, Action::ReadCommunity,
                   [this](const QHttpServerRequest &, const Caller &) {
                       const std::optional<QByteArray> file = m_spamModel.file(m_storage);
                       if (!file)
                           return errorResponse(ApiError::notFound(
                               QStringLiteral("The moderators have not decided enough posts yet "
                                              "for a spam model.")));
                       QHttpServerResponse response("application/octet-stream", *file);
                       return response;
                   });
    // Everyone: the moderators' actions on what they wrote, with the templated reasons.
    addAuthedRoute(QStringLiteral("/moderation/notices"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(moderationNotices(m_storage, caller.user.id, 100));
                   });
    addAuthedRoute(QStringLiteral("/moderation/log"), M::Get, Action::ReadModerationQueue,
                   [this](const QHttpServerRequest &, const Caller &) {
                       return jsonResponse(moderationLog(m_storage, 1000));
                   });
    setUpModerationRuleRoutes();
}

void HttpServer::setUpModerationRuleRoutes() {
    using M = QHttpServerRequest::Method;
    addAuthedRoute(QStringLiteral("/moderation/filters"), M::Get, Action::ManageFilters,
                   [this](const QHttpServerRequest &, const Caller &) {
                       return jsonResponse(keywordFiltersJson(m_storage));
                   });
    // What a filter would catch among the newest posts, before it is saved.
    addAuthedRoute(QStringLiteral("/moderation/filters/test"), M::Get, Action::ManageFilters,
                   [this](const QHttpServerRequest &request, const Caller &) {
                       const QUrlQuery query(request.url());
                       QString problem;
                       const auto answer = filterTestJson(
                           m_storage,
                           query.queryItemValue(QStringLiteral("pattern"), QUrl::FullyDecoded),
                           query.queryItemValue(QStringLiteral("mode")), &problem);
                       if (!answer)
                           return errorResponse(
                               ApiError::badRequest(QStringLiteral("invalid_field"), problem));
                       return jsonResponse(*answer);
                   });
    addAuthedRoute(QStringLiteral("/moderation/people"), M::Get, Action::ManageMembers,
                   [this](const QHttpServerRequest &request, const Caller &) {
                       const QString text =
                           QUrlQuery(request.url())
                               .queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)
                               .left(100);
                       return jsonResponse(peopleJson(m_storage, text, m_clockRef.nowMs()));
                   });
    addAuthedRoute(
        QStringLiteral("/moderation/member"), M::Get, Action::ManageMembers,
        [this](const QHttpServerRequest &request, const Caller &) {
            const QString id = QUrlQuery(request.url()).queryItemValue(QStringLiteral("id"));
            const auto answer = memberJson(m_storage, id, m_clockRef.nowMs());
            if (!answer)
                return errorResponse(ApiError::notFound(QStringLiteral("No such member.")));
            return jsonResponse(*answer);
        });
    addAuthedRoute(QStringLiteral("/moderation/settings"), M::Get, Action::ManageMembers,
                   [this](const QHttpServerRequest &, const Caller &) {
                       return jsonResponse(communitySettingsJson(m_storage));
                   });
}

} // namespace lyceum::server
