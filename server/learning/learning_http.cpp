// HttpServer: the learning routes of assignments and creator insights (docs/protocol.md,
// "Assignments" and "Insights"). Submissions are not in the changes feed: only these routes
// serve them, to the learner and the assignment's reviewers.
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/learning/assignment_service.h"
#include "server/learning/insights_service.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace lyceum::server {

namespace {

QString queryItem(const QHttpServerRequest &request, const char *name) {
    return QUrlQuery(request.url()).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QHttpServerResponse answer(const ApiResult<QJsonObject> &result) {
    return result.ok() ? jsonResponse(result.value()) : errorResponse(result.error());
}

} // namespace

void HttpServer::setUpLearningRoutes() {
    using M = QHttpServerRequest::Method;
    addAuthedRoute(QStringLiteral("/learning/assignment"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       return answer(AssignmentService(m_storage, m_clockRef)
                                         .forLesson(caller.user, queryItem(request, "lesson")));
                   });
    addAuthedRoute(QStringLiteral("/learning/submissions"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return answer(AssignmentService(m_storage, m_clockRef).mine(caller.user));
                   });
    addAuthedRoute(QStringLiteral("/learning/review-queue"), M::Get, Action::ReviewAssignment,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       const bool all = queryItem(request, "all") == QLatin1String("1");
                       return answer(
                           AssignmentService(m_storage, m_clockRef).queue(caller.user, all));
                   });
    addAuthedRoute(QStringLiteral("/learning/submission-upload"), M::Put, Action::SubmitAssignment,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       return answer(AssignmentService(m_storage, m_clockRef)
                                         .putFile(caller.user, queryItem(request, "lesson"),
                                                  queryItem(request, "id"),
                                                  queryItem(request, "name"), request.body()));
                   });
    addAuthedRoute(
        QStringLiteral("/learning/submission-file"), M::Get, Action::ReadOwn,
        [this](const QHttpServerRequest &request, const Caller &caller) {
            const ApiResult<SubmissionFile> file = AssignmentService(m_storage, m_clockRef)
                                                       .file(caller.user, queryItem(request, "id"));
            if (!file.ok())
                return errorResponse(file.error());
            QHttpServerResponse response(file.value().mime.toLatin1(), file.value().data);
            // Never rendered by a browser as a page: a learner's file is data.
            response.setHeader(QByteArrayLiteral("Content-Disposition"),
                               QByteArrayLiteral("attachment"));
            response.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
            response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private"));
            return response;
        });
    addAuthedRoute(QStringLiteral("/learning/insights"), M::Get, Action::ReadAnalytics,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       return answer(
                           InsightsService(m_storage, m_clockRef)
                               .courseInsights(caller.user, queryItem(request, "course")));
                   });
}

} // namespace lyceum::server
