#include "learning/certificate_codec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <sodium.h>

namespace lyceum::certificates {

namespace {

// Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr QLatin1StringView kContext("lyceum-certificate-v1\n");
constexpr QLatin1StringView kBlockStart("LYCEUM-CERTIFICATE-V1 ");
constexpr QLatin1StringView kBlockEnd(" END");
constexpr int kMaxTextField = 400;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<QByteArray> strictBase64(const QByteArray &text, qsizetype maxBytes) {
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > maxBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QByteArray Payload::toBytes() const {
    const QJsonObject o{{QStringLiteral("type"), QStringLiteral("lyceum.certificate")},
                        {QStringLiteral("v"), 1},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("holder"), holder},
                        {QStringLiteral("course_id"), courseId},
                        {QStringLiteral("course_title"), courseTitle},
                        {QStringLiteral("issued_at"), issuedAt},
                        {QStringLiteral("key_id"), keyId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Payload> Payload::fromBytes(const QByteArray &bytes) {
    if (bytes.isEmpty() || bytes.size() > kMaxPayloadBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1StringView("type")).toString() != QLatin1StringView("lyceum.certificate") ||
        o.value(QLatin1StringView("v")).toInt() != 1)
        return std::nullopt;
    const auto text = [&o](QLatin1StringView key) -> std::optional<QString> {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > kMaxTextField)
            return std::nullopt;
        return v.toString();
    };
    const auto code = text(QLatin1StringView("code"));
    const auto holder = text(QLatin1StringView("holder"));
    const auto courseId = text(QLatin1StringView("course_id"));
    const auto title = text(QLatin1StringView("course_title"));
    const auto key = text(QLatin1StringView("key_id"));
    const QJsonValue issued = o.value(QLatin1StringView("issued_at"));
    if (!code || !holder || !courseId || !title || !key || !issued.isDouble() ||
        !isCodeShaped(*code))
        return std::nullopt;
    Payload p;
    p.code = *code;
    p.holder = *holder;
    p.courseId = *courseId;
    p.courseTitle = *title;
    p.issuedAt = qint64(issued.toDouble());
    p.keyId = *key;
    if (p.issuedAt <= 0)
        return std::nullopt;
    return p;
}

QString newCode() {
    sodiumReady();
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    }
    return out;
}

QString normalizedCode(const QString &text) {
    if (text.size() > 32)
        return {};
    QString plain;
    for (const QChar c : text) {
        if (c == QLatin1Char('-'))
            continue;
        const char upper = c.toUpper().toLatin1();
        if (upper == 0 || !std::strchr(kAlphabet, upper))
            return {};
        plain += QLatin1Char(upper);
    }
    if (plain.size() != 16)
        return {};
    for (int i = 12; i > 0; i -= 4)
        plain.insert(i, QLatin1Char('-'));
    return plain;
}

bool isCodeShaped(const QString &text) {
    return !normalizedCode(text).isEmpty();
}

QString keyId(const QByteArray &publicKey) {
    sodiumReady();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       size_t(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), 8).toHex());
}

QByteArray sign(const QByteArray &payload, const QByteArray &secretKey) {
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    const QByteArray message = QByteArray(kContext.data(), kContext.size()) + payload;
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey) {
    if (!sodiumReady() || signature.size() != kSignatureBytes ||
        publicKey.size() != kPublicKeyBytes || payload.size() > kMaxPayloadBytes)
        return false;
    const QByteArray message = QByteArray(kContext.data(), kContext.size()) + payload;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

std::pair<QByteArray, QByteArray> keyPairFromSeed(const QByteArray &seed) {
    if (!sodiumReady() || seed.size() != crypto_sign_SEEDBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                             reinterpret_cast<unsigned char *>(sk.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return {pk, sk};
}

QByteArray embeddedBlock(const Embedded &e) {
    return QByteArray(kBlockStart.data(), kBlockStart.size()) + e.payload.toBase64() + ' ' +
           e.signature.toBase64() + ' ' + e.publicKey.toBase64() +
           QByteArray(kBlockEnd.data(), kBlockEnd.size());
}

std::optional<Embedded> findEmbedded(const QByteArray &fileBytes) {
    const QByteArray start(kBlockStart.data(), kBlockStart.size());
    const qsizetype at = fileBytes.indexOf(start);
    if (at < 0)
        return std::nullopt;
    const qsizetype from = at + start.size();
    const qsizetype end = fileBytes.indexOf(QByteArray(kBlockEnd.data(), kBlockEnd.size()), from);
    // The block is one line of a few kilobytes at most: a longer span is not one.
    if (end < 0 || end - from > 4 * kMaxPayloadBytes)
        return std::nullopt;
    const QList<QByteArray> parts = fileBytes.mid(from, end - from).split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = strictBase64(parts.at(0), kMaxPayloadBytes);
    const auto signature = strictBase64(parts.at(1), kSignatureBytes);
    const auto key = strictBase64(parts.at(2), kPublicKeyBytes);
    if (!payload || !signature || !key || payload->isEmpty() ||
        signature->size() != kSignatureBytes || key->size() != kPublicKeyBytes)
        return std::nullopt;
    return Embedded{*payload, *signature, *key};
}

} // namespace lyceum::certificates
