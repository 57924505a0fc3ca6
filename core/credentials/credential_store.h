// Session tokens in the OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), service "lyceum", one entry per (server URL, handle).
// There is no plaintext fallback: when the keychain fails, the caller keeps the session in
// memory only and tells the user why (problem()).
#pragma once

#include "api/api_client.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace lyceum {

class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static QString service() { return QStringLiteral("lyceum"); }
    // e.g. "https://lyceum.example.org/#alice": the normalized server URL and the handle.
    static QString entryKey(const QUrl &server, const QString &handle);

    // Checks that a keychain backend answers (reads a probe entry). done(ok, problem).
    void probe(std::function<void(bool ok, const QString &problem)> done);

    void save(const QString &key, const SessionTokens &tokens,
              std::function<void(bool ok, const QString &problem)> done);
    // found=false with an empty problem: no entry (never saved, or logged out).
    void
    load(const QString &key,
         std::function<void(bool found, const SessionTokens &tokens, const QString &problem)> done);
    void remove(const QString &key, std::function<void(bool ok, const QString &problem)> done);
    // A random secret of `bytes` bytes under key: read, or made and saved on first use.
    // done(secret, problem): an empty secret with the reason when the keychain failed.
    void secret(const QString &key, int bytes,
                std::function<void(const QByteArray &secret, const QString &problem)> done);

    static QByteArray encode(const SessionTokens &tokens);
    static std::optional<SessionTokens> decode(const QByteArray &secret);
};

} // namespace lyceum
