// MutationService: lesson.done and certificate.revoke, handed to CertificateService inside the
// mutation's transaction (so a certificate issued by lesson.done commits with it).
#include "learning/certificate_mutations.h"

#include "server/auth/auth_service.h"
#include "server/learning/certificate_service.h"
#include "server/mutations/mutation_service.h"

namespace lyceum::server {

MutationService::Outcome MutationService::certificates(const Caller &caller,
                                                       const Visibility &visibility,
                                                       QLatin1StringView type,
                                                       const QJsonObject &args) {
    CertificateService service(m_storage, m_clock);
    const CertificateService::Outcome o = type == mutations::kLessonDone
                                              ? service.lessonDone(caller.user, visibility, args)
                                              : service.revoke(caller.user, m_rules, args);
    return {o.seq, o.code, o.message, o.extra};
}

} // namespace lyceum::server
