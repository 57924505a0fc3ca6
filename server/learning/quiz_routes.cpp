#include "server/learning/quiz_routes.h"

#include "server/http/http_util.h"
#include "server/learning/quiz_service.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace lyceum::server {

namespace {

QHttpServerResponse answer(const ApiResult<QJsonObject> &r) {
    return r.ok() ? jsonResponse(r.value()) : errorResponse(r.error());
}

QString queryValue(const QHttpServerRequest &request, const char *name) {
    return QUrlQuery(request.url()).queryItemValue(QString::fromLatin1(name));
}

} // namespace

void addQuizRoutes(Storage &storage, const Clock &clock,
                   const std::function<void(const QString &, Action, QuizRouteHandler)> &add) {
    Storage *s = &storage;
    const Clock *c = &clock;
    add(QStringLiteral("/quizzes"), Action::ReadOwn,
        [s, c](const QHttpServerRequest &request, const Caller &caller) {
            return answer(QuizService(*s, *c).forLearner(caller, queryValue(request, "course")));
        });
    add(QStringLiteral("/studio/quiz"), Action::ReadAnalytics,
        [s, c](const QHttpServerRequest &request, const Caller &caller) {
            return answer(QuizService(*s, *c).forAuthor(caller, queryValue(request, "lesson")));
        });
    add(QStringLiteral("/studio/quiz-stats"), Action::ReadAnalytics,
        [s, c](const QHttpServerRequest &request, const Caller &caller) {
            return answer(QuizService(*s, *c).stats(caller, queryValue(request, "course")));
        });
}

} // namespace lyceum::server
