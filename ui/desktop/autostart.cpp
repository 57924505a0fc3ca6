#include "desktop/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace lyceum::ui::autostart {

namespace {
#ifdef Q_OS_WIN
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#endif

QByteArray entryText(const QString &program) {
#ifdef Q_OS_MACOS
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                             "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                             "<plist version=\"1.0\"><dict>\n"
                             "<key>Label</key><string>org.lyceum.Lyceum</string>\n"
                             "<key>ProgramArguments</key><array><string>") +
           program.toHtmlEscaped().toUtf8() +
           QByteArrayLiteral("</string></array>\n<key>RunAtLoad</key><true/>\n</dict></plist>\n");
#else
    // Exec quoting (Desktop Entry spec): the path in double quotes, \ " ` $ escaped.
    QString quoted = program;
    for (const char *c : {"\\", "\"", "`", "$"})
        quoted.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Lyceum\n"
                             "Comment=Lyceum, started when you sign in\nExec=\"") +
           quoted.toUtf8() +
           QByteArrayLiteral("\"\nIcon=org.lyceum.Lyceum\nTerminal=false\n"
                             "X-GNOME-Autostart-enabled=true\n");
#endif
}
} // namespace

QString entryPath() {
#if defined(Q_OS_WIN)
    return {};
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/org.lyceum.Lyceum.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.lyceum.Lyceum.desktop");
#endif
}

bool isEnabled() {
#ifdef Q_OS_WIN
    return QSettings(kRunKey, QSettings::NativeFormat).contains(QStringLiteral("Lyceum"));
#else
    return QFile::exists(entryPath());
#endif
}

bool setEnabled(bool enabled, QString *error, const QString &program) {
    const QString exe = program.isEmpty()
                            ? QDir::toNativeSeparators(QCoreApplication::applicationFilePath())
                            : program;
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("Lyceum"), QLatin1Char('"') + exe + QLatin1Char('"'));
    else
        run.remove(QStringLiteral("Lyceum"));
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error =
            QCoreApplication::translate("Autostart", "The Windows registry refused the change.");
        return false;
    }
    return true;
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QCoreApplication::translate("Autostart", "Could not remove %1.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(entryText(exe)) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("Autostart", "Could not write %1.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
#endif
}

} // namespace lyceum::ui::autostart
