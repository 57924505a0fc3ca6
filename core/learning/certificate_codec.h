// Certificates of completion (docs/architecture.md, "Certificates"), the part both sides share:
// the signed payload, its codes, and the block a certificate PDF carries so that anyone can
// check it offline with the community's published Ed25519 key (lyceum-cli verify).
//
// The server signs the exact bytes of a canonical payload: compact JSON with sorted keys
// (QJsonDocument writes QJsonObject keys sorted), prefixed by a context string so a signature
// over a certificate can never be replayed as one over anything else. Verifiers check the bytes
// they were given, never a re-encoding, so no canonicalisation has to agree across versions.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lyceum::certificates {

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kSeedBytes = 32;
inline constexpr qsizetype kMaxPayloadBytes = 4096; // what a verifier accepts at most

// What a certificate states. All of it is in the signed payload.
struct Payload {
    QString code;   // e.g. "7KQ2-M9XD-3FHT-WC6P"
    QString holder; // the learner's display name when it was issued
    QString courseId;
    QString courseTitle; // the course's title when it was issued
    qint64 issuedAt = 0; // ms since the epoch, UTC
    QString keyId;       // which community key signed it (keyId() of the public key)

    // The canonical bytes that are signed.
    QByteArray toBytes() const;
    // nullopt unless bytes are a payload of this version with every field well-formed.
    static std::optional<Payload> fromBytes(const QByteArray &bytes);
};

// A new unguessable code: 16 characters of Crockford's base32 (80 bits) in groups of four.
QString newCode();
// Whether text has a code's shape (case-insensitive, dashes optional): checked before any
// lookup, so hostile input never reaches a query.
bool isCodeShaped(const QString &text);
// The code in its one spelling (upper case, dashed groups); empty when not code-shaped.
QString normalizedCode(const QString &text);

// A short fingerprint of a public key (hex of the first 8 bytes of its BLAKE2b hash).
QString keyId(const QByteArray &publicKey);

// Ed25519 over the context string and payload. secretKey is libsodium's 64-byte form.
QByteArray sign(const QByteArray &payload, const QByteArray &secretKey);
bool verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey);
// The key pair for a 32-byte seed: {public key, secret key}.
std::pair<QByteArray, QByteArray> keyPairFromSeed(const QByteArray &seed);

// What a certificate file carries: the payload, its signature and the key that made it (for
// display only: a verifier pins the community's key itself).
struct Embedded {
    QByteArray payload;
    QByteArray signature;
    QByteArray publicKey;
};
// One line of ASCII ("LYCEUM-CERTIFICATE-V1 <b64> <b64> <b64> END"), safe inside XMP or text.
QByteArray embeddedBlock(const Embedded &e);
// The first block found in a file's bytes; nullopt when there is none or it is malformed
// (truncated, wrong lengths, bad base64).
std::optional<Embedded> findEmbedded(const QByteArray &fileBytes);

} // namespace lyceum::certificates
