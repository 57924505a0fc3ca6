#include "server/auth/credentials.h"

#include <mutex>
#include <sodium.h>

namespace lyceum::server {

namespace {
QString base64Url(const unsigned char *bytes, size_t size) {
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

bool initCrypto() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

QString hashPassword(const QString &password) {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password) {
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString newToken() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return base64Url(bytes, sizeof bytes);
}

QByteArray tokenHash(const QString &token) {
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       quint64(utf8.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QString newServerId() {
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return base64Url(bytes, sizeof bytes);
}

} // namespace lyceum::server
