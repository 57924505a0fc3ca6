// What the desktop prefers: dark or light, normal or high contrast. Qt 6.4 has no colour-scheme
// API, so two sources are read:
// - the platform palette, captured before Lyceum sets its own: dark when the window colour's
//   lightness is under half, high contrast when window and text colours are (nearly) black and
//   white;
// - the XDG desktop portal (org.freedesktop.portal.Settings, answered by GNOME and KDE):
//   org.freedesktop.appearance color-scheme (1 dark, 2 light) and, on GNOME,
//   org.gnome.desktop.a11y.interface high-contrast. It is asked asynchronously (the GUI never
//   waits on the bus), overrides the palette's guess when it answers, and its SettingChanged
//   signal is followed live.
// GTK_THEME naming a HighContrast or -dark theme is honoured too.
#pragma once

#include <QDBusVariant>
#include <QObject>

class QPalette;

namespace lyceum::ui::theme {

class SystemScheme : public QObject {
    Q_OBJECT
public:
    // Reads the platform palette now: construct before the first theme::apply().
    explicit SystemScheme(QObject *parent = nullptr);

    bool prefersDark() const { return m_dark; }
    bool prefersHighContrast() const { return m_highContrast; }

    // Asks the desktop portal when a session bus exists; changed() follows its answers.
    void watchPortal();

    static bool looksDark(const QPalette &palette);
    static bool looksHighContrast(const QPalette &palette);

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void portalChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void portalValue(const QString &group, const QString &key, const QVariant &value);
    void readPortal(const QString &group, const QString &key);

    bool m_dark = false;
    bool m_highContrast = false;
};

} // namespace lyceum::ui::theme
