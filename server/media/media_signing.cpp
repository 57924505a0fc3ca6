#include "server/media/media_signing.h"

#include <sodium.h>

namespace lyceum::server {

namespace {
QByteArray message(const QString &userId, const QString &asset, qint64 expiresAtMs) {
    return userId.toUtf8() + '\n' + asset.toUtf8() + '\n' + QByteArray::number(expiresAtMs);
}
} // namespace

QByteArray mediaSignature(const QByteArray &key, const QString &userId, const QString &asset,
                          qint64 expiresAtMs) {
    const QByteArray text = message(userId, asset, expiresAtMs);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(text.constData()),
                                  quint64(text.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

QUrlQuery signedMediaQuery(const QByteArray &key, const QString &userId, const QString &assetId,
                           const QString &part, qint64 expiresAtMs) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("a"), assetId);
    q.addQueryItem(QStringLiteral("p"), part);
    q.addQueryItem(QStringLiteral("u"), userId);
    q.addQueryItem(QStringLiteral("e"), QString::number(expiresAtMs));
    q.addQueryItem(QStringLiteral("s"), QString::fromLatin1(mediaSignature(
                                            key, userId, assetId + u'/' + part, expiresAtMs)));
    return q;
}

SignatureCheck checkSignedMediaQuery(const QByteArray &key, const QUrlQuery &query, qint64 nowMs,
                                     SignedRequest *request) {
    SignedRequest r;
    r.assetId = query.queryItemValue(QStringLiteral("a"));
    r.part = query.queryItemValue(QStringLiteral("p"));
    r.userId = query.queryItemValue(QStringLiteral("u"));
    bool ok = false;
    r.expiresAtMs = query.queryItemValue(QStringLiteral("e")).toLongLong(&ok);
    const QByteArray given = query.queryItemValue(QStringLiteral("s")).toLatin1();
    if (!ok || r.assetId.isEmpty() || r.part.isEmpty() || r.userId.isEmpty())
        return SignatureCheck::Invalid;
    const QByteArray expected =
        mediaSignature(key, r.userId, r.assetId + u'/' + r.part, r.expiresAtMs);
    if (given.size() != expected.size() ||
        sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
        return SignatureCheck::Invalid;
    if (r.expiresAtMs <= nowMs)
        return SignatureCheck::Expired;
    if (request)
        *request = r;
    return SignatureCheck::Valid;
}

} // namespace lyceum::server
