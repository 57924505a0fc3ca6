// Certificates of completion on the server (docs/architecture.md, "Certificates"): the
// community's Ed25519 signing key, issuing when a course's rule is met (certificate_rule.h),
// each learner's own certificates, lookups by code for verifiers, and revocation.
#pragma once

#include "domain/entities.h"
#include "server/api_error.h"
#include "server/learning/certificate_storage.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;
class RuleBook;
class Visibility;

class CertificateService {
public:
    CertificateService(Storage &storage, const Clock &clock);

    // What a mutation did: applied (code empty) or refused with a stable code.
    struct Outcome {
        qint64 seq = 0;
        QString code;
        QString message;
        QJsonObject extra;
    };

    // The community's key, made once and kept in server_secrets (the database is owner-only).
    QByteArray publicKey();
    // GET /certificates/public-key: {algorithm: "ed25519", public_key (base64), key_id}.
    QJsonObject publicKeyJson();

    // lesson.done {lesson_id, done}: marks a lesson the caller may read done (or not), then
    // issues the course's certificate if the rule is now met ("certificate" in the answer).
    // Call inside the mutation's transaction.
    Outcome lessonDone(const User &caller, const Visibility &visibility, const QJsonObject &args);
    // certificate.revoke {code, reason}: the course's creator or staff (rule book).
    Outcome revoke(const User &caller, const RuleBook &rules, const QJsonObject &args);

    // Issues the certificate if the rule holds and the learner has none: the issued (or
    // existing) one, nullopt when the rule is not met.
    std::optional<CertificateRecord> issueIfEarned(const User &learner, const QString &courseId);

    // GET /certificates: the caller's own certificates, nobody else's.
    QJsonObject mine(const User &caller);
    // GET /certificates/status?code=: {code, status: valid|revoked|unknown, ...}.
    ApiResult<QJsonObject> status(const QString &code);
    // For the verify page: the certificate a code names (normalized first), if any.
    std::optional<CertificateRecord> find(const QString &code);

    static QJsonObject toJson(const CertificateRecord &record, const QByteArray &publicKey);

    // A refunded course purchase revokes the learner's certificate of it (call in the refund's
    // transaction); nothing when there is none.
    static void revokeForRefund(Storage &storage, const QString &userId, const QString &courseId,
                                qint64 at);

private:
    Storage &m_storage;
    const Clock &m_clock;
};

} // namespace lyceum::server
