#include "server/auth/password_strength.h"

#include "server/log.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <crack.h> // after the Qt headers: it uses size_t without including <cstddef>

namespace lyceum::server {

namespace {

// cracklib exit()s the process when its dictionary is missing (Debian #682735): look first.
bool dictionaryPresent(const QString &base) {
    for (const char *suffix : {".pwd", ".pwi", ".hwm"}) {
        if (!QFileInfo(base + QLatin1String(suffix)).isFile())
            return false;
    }
    return true;
}

QString reasonOf(const QString &cracklibMessage) {
    if (cracklibMessage.contains(QLatin1String("dictionary")))
        return QStringLiteral("dictionary");
    if (cracklibMessage.contains(QLatin1String("username")) ||
        cracklibMessage.contains(QLatin1String("password entry")))
        return QStringLiteral("personal");
    if (cracklibMessage.contains(QLatin1String("short")))
        return QStringLiteral("too_short");
    return QStringLiteral("simple");
}

} // namespace

PasswordVerdict checkPasswordStrength(const QString &password, const QString &handle,
                                      const QString &displayName) {
    qsizetype characters = 0;
    for (QChar c : password)
        characters += c.isLowSurrogate() ? 0 : 1;
    if (characters < kMinPasswordCharacters)
        return {
            false, QStringLiteral("too_short"),
            QStringLiteral("A password needs at least %1 characters.").arg(kMinPasswordCharacters)};
    const QString dictionary = QString::fromLocal8Bit(GetDefaultCracklibDict());
    if (!dictionaryPresent(dictionary)) {
        qCCritical(lcServerAuth) << "cracklib dictionary missing at" << dictionary
                                 << "(install cracklib-runtime); refusing new passwords";
        return {false, QStringLiteral("unavailable"),
                QStringLiteral("Passwords cannot be checked on this server right now.")};
    }
    // cracklib keeps state in static buffers: one check at a time.
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QByteArray pw = password.toUtf8();
    const QByteArray user = handle.toUtf8();
    const QByteArray gecos = displayName.toUtf8();
    const char *problem =
        FascistCheckUser(pw.constData(), QFile::encodeName(dictionary).constData(),
                         user.constData(), gecos.constData());
    if (!problem)
        return {true, {}, {}};
    const QString why = QString::fromUtf8(problem);
    return {false, reasonOf(why),
            QStringLiteral("This password is too easy to guess: %1.").arg(why)};
}

} // namespace lyceum::server
