// Password hashing and bearer tokens. Passwords: libsodium crypto_pwhash_str (argon2id,
// interactive limits). Tokens: 32 random bytes, base64url; only their SHA-256 is stored.
#pragma once

#include <QByteArray>
#include <QString>

namespace lyceum::server {

// Calls sodium_init() once; false if libsodium cannot start (the server must not run then).
bool initCrypto();

// An argon2id hash string, empty on failure (out of memory).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);

// A fresh token for a client.
QString newToken();
// The lower-case hex SHA-256 of a token, as stored.
QByteArray tokenHash(const QString &token);
// A random id for server-side rows (sessions).
QString newServerId();

} // namespace lyceum::server
