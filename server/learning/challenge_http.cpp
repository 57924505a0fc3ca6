// HttpServer: GET /challenges (docs/protocol.md, "Challenges"). Writes go through /mutations.
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/learning/challenge_service.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace lyceum::server {

void HttpServer::setUpChallengeRoutes() {
    addAuthedRoute(
        QStringLiteral("/challenges"), QHttpServerRequest::Method::Get, Action::ReadCommunity,
        [this](const QHttpServerRequest &request, const Caller &caller) {
            const RuleBook rules(m_storage, m_clockRef);
            const ApiResult<QJsonObject> answer =
                ChallengeService(m_storage, m_clockRef, rules)
                    .list(caller,
                          QUrlQuery(request.url()).queryItemValue(QStringLiteral("space_id")));
            return answer.ok() ? jsonResponse(answer.value()) : errorResponse(answer.error());
        });
}

} // namespace lyceum::server
