// StudioService: images in creators' text. Small (at most 1 MiB, one request), recognized by
// their first bytes, kept in the database under the id the creator's device chose, so a retry
// after a lost answer is harmless.
#include "domain/entities.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/storage/storage.h"
#include "server/studio/studio_service.h"

#include <QCryptographicHash>

namespace lyceum::server {

ApiResult<QJsonObject> StudioService::putImage(const Caller &caller, const QString &id,
                                               const QByteArray &bytes) {
    if (caller.user.role != Role::Creator && caller.user.role != Role::Admin)
        return ApiError{403, QStringLiteral("forbidden"),
                        QStringLiteral("Only creators add images.")};
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
