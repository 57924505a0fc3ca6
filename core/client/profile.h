// profile.json in a profile directory: which account this profile (and its cache) belongs to.
// Holds no secrets; tokens live in the keychain (credentials/credential_store.h).
#pragma once

#include "domain/entities.h"

#include <QUrl>
#include <optional>

namespace lyceum {

struct Profile {
    QUrl server;
    QString handle;
    QString clientId; // this device's id for the outbox (client_id), created once
    std::optional<User> user;

    bool hasAccount() const { return !server.isEmpty() && !handle.isEmpty(); }
    // Reads dir/profile.json; a missing file is an empty profile with a fresh clientId.
    static bool load(const QString &dir, Profile *out, QString *error);
    // Writes atomically (QSaveFile).
    bool save(const QString &dir, QString *error) const;
};

} // namespace lyceum
