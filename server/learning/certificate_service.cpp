#include "server/learning/certificate_service.h"

#include "domain/codec.h"
#include "learning/certificate_codec.h"
#include "server/clock.h"
#include "server/learning/certificate_rule.h"
#include "server/log.h"
#include "server/media/media_storage.h"
#include "server/policy/rule_book.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QJsonArray>

namespace lyceum::server {

namespace {

constexpr int kMaxRevokeReason = 200;
const QString kSeedSecret = QStringLiteral("certificate_signing_seed");

CertificateService::Outcome refuse(const QString &code, const QString &message) {
    return {0, code, message, {}};
}

} // namespace

CertificateService::CertificateService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock) {}

QByteArray CertificateService::publicKey() {
    return certificates::keyPairFromSeed(
               m_storage.media()->secret(kSeedSecret, certificates::kSeedBytes))
        .first;
}

QJsonObject CertificateService::publicKeyJson() {
    const QByteArray key = publicKey();
    return {{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
            {QStringLiteral("public_key"), QString::fromLatin1(key.toBase64())},
            {QStringLiteral("key_id"), certificates::keyId(key)}};
}

std::optional<CertificateRecord> CertificateService::issueIfEarned(const User &learner,
                                                                   const QString &courseId) {
    CertificateStorage &store = *m_storage.certificates();
    if (std::optional<CertificateRecord> held = store.certificateOf(learner.id, courseId))
        return held;
    if (!certificateRuleMet(m_storage, learner.id, courseId))
        return std::nullopt;
    const std::optional<Course> course = m_storage.courseById(courseId);
    if (!course)
        return std::nullopt;
    const auto [key, secretKey] = certificates::keyPairFromSeed(
        m_storage.media()->secret(kSeedSecret, certificates::kSeedBytes));
    certificates::Payload p;
    p.code = certificates::newCode();
    p.holder = learner.displayName.isEmpty() ? learner.handle : learner.displayName;
    p.courseId = courseId;
    p.courseTitle = course->title;
    p.issuedAt = m_clock.nowMs();
    p.keyId = certificates::keyId(key);
    CertificateRecord r;
    r.code = p.code;
    r.userId = learner.id;
    r.courseId = courseId;
    r.holder = p.holder;
    r.courseTitle = p.courseTitle;
    r.issuedAt = p.issuedAt;
    r.payload = p.toBytes();
    r.signature = certificates::sign(r.payload, secretKey);
    if (store.insertCertificate(r))
        qCInfo(lcServer).noquote() << "certificate" << r.code << "issued for course" << courseId;
    // Another instance may have issued it at the same moment: the stored one is the one.
    return store.certificateOf(learner.id, courseId);
}

CertificateService::Outcome CertificateService::lessonDone(const User &caller,
                                                           const Visibility &visibility,
                                                           const QJsonObject &args) {
    JsonReader r(args, QStringLiteral("lesson.done"));
    const QString lessonId = r.id(QLatin1StringView("lesson_id"));
    const bool done = r.boolean(QLatin1StringView("done"));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    if (!lesson || !visibility.canReadLesson(lesson->courseId, lesson->id, lesson->freePreview))
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such lesson to study."));
    m_storage.certificates()->setLessonDone(caller.id, lesson->id, lesson->courseId, done,
                                            m_clock.nowMs());
    Outcome out;
    if (done) {
        if (const auto issued = issueIfEarned(caller, lesson->courseId))
            out.extra.insert(QStringLiteral("certificate"), toJson(*issued, publicKey()));
    }
    return out;
}

CertificateService::Outcome CertificateService::revoke(const User &caller, const RuleBook &rules,
                                                       const QJsonObject &args) {
    JsonReader r(args, QStringLiteral("certificate.revoke"));
    const QString codeText = r.string(QLatin1StringView("code"));
    const QString reason = r.optionalString(QLatin1StringView("reason")).trimmed();
    if (r.ok() && reason.size() > kMaxRevokeReason)
        r.fail(QLatin1StringView("reason"),
               QStringLiteral("must have at most %1 characters").arg(kMaxRevokeReason));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    const std::optional<CertificateRecord> found = find(codeText);
    if (!found)
        return refuse(QStringLiteral("not_found"), QStringLiteral("No certificate has this code."));
    const std::optional<Course> course = m_storage.courseById(found->courseId);
    const QString owner = course ? course->creatorId : QString();
    if (const Verdict refusal =
            rules.check(caller, Action::RevokeCertificate, Target::ownedBy(owner)))
        return refuse(refusal->code, refusal->message);
    if (!m_storage.certificates()->revokeCertificate(found->code, caller.id, reason,
                                                     m_clock.nowMs()))
        return refuse(QStringLiteral("conflict"),
                      QStringLiteral("This certificate is already revoked."));
    return {};
}

QJsonObject CertificateService::mine(const User &caller) {
    const QByteArray key = publicKey();
    QJsonArray list;
    for (const CertificateRecord &r : m_storage.certificates()->certificatesOf(caller.id))
        list.append(toJson(r, key));
    return {{QStringLiteral("certificates"), list}};
}

std::optional<CertificateRecord> CertificateService::find(const QString &code) {
    const QString normalized = certificates::normalizedCode(code);
    if (normalized.isEmpty())
        return std::nullopt;
    return m_storage.certificates()->certificateByCode(normalized);
}

ApiResult<QJsonObject> CertificateService::status(const QString &code) {
    if (!certificates::isCodeShaped(code))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("code must look like XXXX-XXXX-XXXX-XXXX."));
    const std::optional<CertificateRecord> r = find(code);
    if (!r)
        return QJsonObject{{QStringLiteral("code"), certificates::normalizedCode(code)},
                           {QStringLiteral("status"), QStringLiteral("unknown")}};
    return QJsonObject{{QStringLiteral("code"), r->code},
                       {QStringLiteral("status"),
                        r->revokedAt > 0 ? QStringLiteral("revoked") : QStringLiteral("valid")},
                       {QStringLiteral("holder"), r->holder},
                       {QStringLiteral("course_id"), r->courseId},
                       {QStringLiteral("course_title"), r->courseTitle},
                       {QStringLiteral("issued_at"), r->issuedAt},
                       {QStringLiteral("revoked_at"), r->revokedAt}};
}

void CertificateService::revokeForRefund(Storage &storage, const QString &userId,
                                         const QString &courseId, qint64 at) {
    if (const auto held = storage.certificates()->certificateOf(userId, courseId))
        storage.certificates()->revokeCertificate(held->code, userId, QStringLiteral("refund"), at);
}

QJsonObject CertificateService::toJson(const CertificateRecord &r, const QByteArray &publicKey) {
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("course_id"), r.courseId},
            {QStringLiteral("holder"), r.holder},
            {QStringLiteral("course_title"), r.courseTitle},
            {QStringLiteral("issued_at"), r.issuedAt},
            {QStringLiteral("payload"), QString::fromLatin1(r.payload.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(r.signature.toBase64())},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("revoked_at"), r.revokedAt},
            {QStringLiteral("revoked_reason"), r.revokedReason}};
}

} // namespace lyceum::server
