// Short-lived signed media URLs: the player fetches /api/v1/media/file?a=ASSET&p=PART&u=USER&
// e=EXPIRY&s=SIGNATURE without custom headers. The signature is HMAC-SHA-256 (libsodium) under the
// server's secret over "user \n asset/part \n expiry"; an altered field or an expiry in the past is
// refused. Pure functions; the key comes from MediaStorage::secret.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace lyceum::server {

inline constexpr qint64 kMediaUrlLifetimeMs = 10 * 60 * 1000;

QByteArray mediaSignature(const QByteArray &key, const QString &userId, const QString &asset,
                          qint64 expiresAtMs); // hex

// The query of a signed URL for asset (e.g. "a1/video").
QUrlQuery signedMediaQuery(const QByteArray &key, const QString &userId, const QString &assetId,
                           const QString &part, qint64 expiresAtMs);

enum class SignatureCheck { Valid, Expired, Invalid };
struct SignedRequest {
    QString userId;
    QString assetId;
    QString part;
    qint64 expiresAtMs = 0;
};
// Checks the query's signature (constant-time) and expiry at nowMs; fills *request when Valid.
SignatureCheck checkSignedMediaQuery(const QByteArray &key, const QUrlQuery &query, qint64 nowMs,
                                     SignedRequest *request);

} // namespace lyceum::server
