// MutationService: what a course's creator sets to sell it, handed to CreatorMoney
// (server/commerce/creator_money.h) inside the mutation's transaction.
#include "server/auth/auth_service.h"
#include "server/commerce/creator_money.h"
#include "server/mutations/mutation_service.h"

namespace lyceum::server {

MutationService::Outcome MutationService::creatorMoney(const Caller &caller, QLatin1StringView type,
                                                       const QJsonObject &args) {
    const CreatorMoney::Outcome o = CreatorMoney(m_storage, m_clock).apply(caller.user, type, args);
    return {o.seq, o.code, o.message, {}};
}

} // namespace lyceum::server
