// The quiz routes (docs/protocol.md, "Quizzes"), registered by HttpServer::setUpRoutes through
// `add`, which declares each with its rule-book action like every other route:
//   GET /quizzes[?course=ID]       ReadOwn        questions and choices, the caller's grades
//   GET /studio/quiz?lesson=ID     ReadAnalytics  the definition with its key (the creator)
//   GET /studio/quiz-stats?course= ReadAnalytics  per-question figures (the creator)
#pragma once

#include "server/policy/rule_book.h"

#include <QHttpServerResponse>
#include <functional>

class QHttpServerRequest;

namespace lyceum::server {

class Storage;
class Clock;
struct Caller;

using QuizRouteHandler =
    std::function<QHttpServerResponse(const QHttpServerRequest &, const Caller &)>;
void addQuizRoutes(Storage &storage, const Clock &clock,
                   const std::function<void(const QString &, Action, QuizRouteHandler)> &add);

} // namespace lyceum::server
