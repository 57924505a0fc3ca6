// StudioService: images in creators' text. Small (at most 1 MiB, one request), recognized by
// their first bytes, kept in the database under the id the creator's device chose, so a retry
// after a lost answer is harmless. The id is the creator's from the first text that names it.
#include "domain/entities.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/storage/storage.h"
#include "server/studio/studio_service.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lyceum::server {

namespace {
bool mayAddImages(const User &user) {
    return user.role == Role::Creator || user.role == Role::Admin;
}
} // namespace

void StudioService::claimImagesIn(const User &user, const QJsonObject &args) {
    if (!mayAddImages(user))
        return;
    const QString text = QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    if (!text.contains(QLatin1String("lyceum-image:")))
        return;
    static const QRegularExpression re(QStringLiteral("lyceum-image:([A-Za-z0-9_-]{1,64})"));
    StudioStorage &studio = *m_storage.studio();
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (isValidId(id))
            studio.claimStudioImage(id, user.id, m_clock.nowMs());
    }
}

ApiResult<QJsonObject> StudioService::putImage(const Caller &caller, const QString &id,
                                               const QByteArray &bytes) {
    if (const Verdict refusal = m_rules.mayAttempt(caller.user, Action::UploadImage))
        return *refusal;
    if (!isValidId(id))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("id must be a valid id."));
    const QString mime = imageMime(bytes);
    if (mime.isEmpty())
        return ApiError::badRequest(QStringLiteral("unsupported_media"),
                                    QStringLiteral("Only PNG, JPEG, GIF and WebP images."));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    StudioStorage &studio = *m_storage.studio();
    Transaction tx(m_storage);
    // The id is the first referencing (or uploading) creator's: another creator who read it in
    // a published text cannot fill it with other bytes.
    if (studio.claimStudioImage(id, caller.user.id, m_clock.nowMs()) != caller.user.id) {
        tx.commit();
        return ApiError{409, QStringLiteral("image_taken"),
                        QStringLiteral("This image id belongs to another creator.")};
    }
    if (const std::optional<StudioImage> existing = studio.studioImage(id)) {
        tx.commit();
        if (existing->sha256 != sha || existing->ownerId != caller.user.id)
            return ApiError{409, QStringLiteral("conflict"),
                            QStringLiteral("Another image has this id.")};
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("mime"), mime}};
    }
    studio.insertStudioImage({id, caller.user.id, mime, bytes, sha, m_clock.nowMs()});
    tx.commit();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("mime"), mime}};
}

ApiResult<StudioImage> StudioService::image(const QString &id) {
    const std::optional<StudioImage> image = m_storage.studio()->studioImage(id);
    if (!image)
        return ApiError::notFound(QStringLiteral("No such image."));
    return *image;
}

} // namespace lyceum::server
