// Insights for creators (docs/architecture.md, "Learning"): what the server hands a course's
// owner about the course's learners, one row each: lessons done (by section; the course is one
// section until lessons carry one), assignment outcomes, posts in the course, days active and
// the last activity. The segments (k-means) and the "gone quiet" list are computed from this on
// the creator's own device (core/learning/segments_*), so the server never keeps or sends a
// label about a learner; the aggregate goes only to the course's creator and admins.
#pragma once

#include "server/api_error.h"
#include "server/policy/rule_book.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;

inline constexpr int kInsightsCompletedPercent = 90; // as the studio's analytics count it

class InsightsService {
public:
    InsightsService(Storage &storage, const Clock &clock);
    // GET /learning/insights?course=: 404 for a course that is not the caller's (admins: any).
    ApiResult<QJsonObject> courseInsights(const User &actor, const QString &courseId);

private:
    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
};

} // namespace lyceum::server
