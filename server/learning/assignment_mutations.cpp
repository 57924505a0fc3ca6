// MutationService: assignment.put, assignment.submit and assignment.review, carried out by
// AssignmentService (docs/protocol.md, "Assignments").
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/learning/assignment_service.h"
#include "server/mutations/mutation_service.h"

namespace lyceum::server {

MutationService::Outcome MutationService::assignment(const Caller &caller, QLatin1StringView type,
                                                     const QJsonObject &args) {
    AssignmentService service(m_storage, m_clock);
    const ApiResult<QJsonObject> answer =
        type == mutations::kAssignmentPut      ? service.put(caller.user, args)
        : type == mutations::kAssignmentSubmit ? service.submit(caller.user, args)
                                               : service.review(caller.user, args);
    if (!answer.ok())
        return reject(answer.error().code, answer.error().message);
    return {0, {}, {}, answer.value()};
}

} // namespace lyceum::server
