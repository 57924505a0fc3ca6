// course.outline (docs/studio.md, "Course outline"): a course's lessons in sections, in order,
// as the creator arranged them, checked and applied whole.
#pragma once

#include "server/policy/rule_book.h"
#include "server/studio/studio_service.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;

class OutlineService {
public:
    OutlineService(Storage &storage, const Clock &clock);
    // Call inside a transaction.
    StudioService::Outcome apply(const User &user, const QJsonObject &args);

private:
    Storage &m_storage;
    RuleBook m_rules;
};

} // namespace lyceum::server
