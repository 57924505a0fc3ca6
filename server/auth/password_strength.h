// Whether a new password is strong enough (docs/security.md, "Integrity of what members send"):
// at least kMinPasswordCharacters characters, then cracklib's checks (a dictionary word, also
// reversed or decorated; too simple or systematic; too few different characters; based on the
// handle or display name). Safe to call from any thread.
#pragma once

#include <QString>
#include <optional>

namespace lyceum::server {

inline constexpr int kMinPasswordCharacters = 10;

struct PasswordVerdict {
    bool strong = false;
    // When not strong: too_short | dictionary | personal | simple; unavailable when the
    // dictionary cannot be read (the password is then refused: fail closed).
    QString reason;
    QString message; // for people, English; clients translate by reason
};

PasswordVerdict checkPasswordStrength(const QString &password, const QString &handle,
                                      const QString &displayName);

} // namespace lyceum::server
