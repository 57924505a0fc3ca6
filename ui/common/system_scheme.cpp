#include "common/system_scheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>
#include <QVariant>

namespace lyceum::ui::theme {

namespace {
const auto kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const auto kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const auto kSettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const auto kAppearance = QStringLiteral("org.freedesktop.appearance");
const auto kGnomeA11y = QStringLiteral("org.gnome.desktop.a11y.interface");

// The portal wraps values in one or two variants depending on its version.
QVariant unwrap(QVariant value) {
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
} // namespace

SystemScheme::SystemScheme(QObject *parent)
    : QObject(parent) {
    const QPalette platform = QGuiApplication::palette();
    m_dark = looksDark(platform);
    m_highContrast = looksHighContrast(platform);
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive))
        m_highContrast = true;
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) ||
        gtkTheme.contains(QLatin1String("Inverse"), Qt::CaseInsensitive))
        m_dark = true;
}

bool SystemScheme::looksDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool SystemScheme::looksHighContrast(const QPalette &palette) {
    const double window = palette.color(QPalette::Window).lightnessF();
    const double text = palette.color(QPalette::WindowText).lightnessF();
    return (window > 0.97 && text < 0.03) || (window < 0.03 && text > 0.97);
}

void SystemScheme::watchPortal() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(kPortalService, kPortalPath, kSettingsInterface, QStringLiteral("SettingChanged"),
                this, SLOT(portalChanged(QString, QString, QDBusVariant)));
    readPortal(kAppearance, QStringLiteral("color-scheme"));
    readPortal(kGnomeA11y, QStringLiteral("high-contrast"));
}

void SystemScheme::readPortal(const QString &group, const QString &key) {
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath,
                                                       kSettingsInterface, QStringLiteral("Read"));
    call << group << key;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, group, key](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<QVariant> reply = *w;
                if (!reply.isError()) // no portal, or no such key: the palette's guess stays
                    portalValue(group, key, reply.value());
            });
}

void SystemScheme::portalValue(const QString &group, const QString &key, const QVariant &raw) {
    const QVariant value = unwrap(raw);
    const bool wasDark = m_dark;
    const bool wasHigh = m_highContrast;
    if (group == kAppearance && key == QLatin1String("color-scheme")) {
        const uint scheme = value.toUInt();
        if (scheme == 1)
            m_dark = true;
        else if (scheme == 2)
            m_dark = false;
    } else if (group == kGnomeA11y && key == QLatin1String("high-contrast")) {
        m_highContrast = value.toBool();
    }
    if (wasDark != m_dark || wasHigh != m_highContrast)
        Q_EMIT changed();
}

void SystemScheme::portalChanged(const QString &group, const QString &key,
                                 const QDBusVariant &value) {
    portalValue(group, key, value.variant());
}

} // namespace lyceum::ui::theme
