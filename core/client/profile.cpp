#include "client/profile.h"

#include "domain/codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace lyceum {

namespace {
QString fileName(const QString &dir) {
    return QDir(dir).filePath(QStringLiteral("profile.json"));
}
} // namespace

bool Profile::load(const QString &dir, Profile *out, QString *error) {
    *out = Profile();
    QFile file(fileName(dir));
    if (!file.exists()) {
        out->clientId = newId();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("lyceum::Profile", "%1 could not be read: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("lyceum::Profile", "%1 is damaged: %2")
                     .arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    out->server = QUrl(o.value(QLatin1StringView("server_url")).toString());
    out->handle = o.value(QLatin1StringView("handle")).toString();
    out->clientId = o.value(QLatin1StringView("client_id")).toString();
    if (!isValidId(out->clientId))
        out->clientId = newId();
    if (o.value(QLatin1StringView("user")).isObject())
        out->user = userFromJson(o.value(QLatin1StringView("user")).toObject());
    return true;
}

bool Profile::save(const QString &dir, QString *error) const {
    QJsonObject o{{QStringLiteral("server_url"), server.toString()},
                  {QStringLiteral("handle"), handle},
                  {QStringLiteral("client_id"), clientId}};
    if (user)
        o.insert(QStringLiteral("user"), toJson(*user));
    QSaveFile file(fileName(dir));
    // The temporary file becomes profile.json: owner only before anything is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("lyceum::Profile", "%1 could not be written: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace lyceum
