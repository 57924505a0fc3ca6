// The look: Fusion, one palette of named colours (light, dark, or a high-contrast variant of
// either), a text size, and one style sheet for the widgets that carry an objectName (sidebar,
// cards, chips, banners). Every colour of the UI is named here once, so painted delegates,
// the style sheet and the few per-widget sheets agree, and a theme change reaches all of them.
//
// "System" follows the desktop: Qt 6.4 has no colour-scheme API, so the platform palette's
// window colour decides first (dark when its lightness is under half), and where the XDG desktop
// portal answers (GNOME, KDE), its org.freedesktop.appearance color-scheme and contrast settings
// decide, and are followed live (see common/system_scheme.h).
#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <optional>

class QApplication;
class QWidget;

namespace lyceum::ui::theme {

// The colours, by role. Text roles are readable on `surface` and `background`; `onX` roles are
// readable on X.
struct Palette {
    bool dark = false;
    bool highContrast = false;
    QColor accent, accentHover, accentSoft, accentText, onAccent, accentDisabled, onAccentDisabled;
    QColor text, mutedText, disabledText, border, inputBorder, surface, background, hover;
    QColor focusRing;
    QColor sidebar, sidebarText, sidebarHover, sidebarChip, sidebarMuted, onSidebar;
    QColor success, successSoft, warning, warningSoft, warningText, warningBorder;
    QColor danger, dangerSoft, dangerText, dangerBorder;
    QColor shadow;                       // card shadows (alpha)
    QColor video, videoOverlay, onVideo; // the player's canvas, always dark
    QColor badge, onBadge;               // the price badge: strong, inverse of the page

    static Palette light();
    static Palette darkPalette();
    static Palette highContrastLight();
    static Palette highContrastDark();
};

enum class Scheme { Light, Dark, System };
enum class Contrast { Normal, High, System };

// What the user asked for; saved in QSettings under ui/theme, ui/contrast, ui/textPercent.
struct Appearance {
    Scheme scheme = Scheme::System;
    Contrast contrast = Contrast::System;
    int textPercent = 100; // 100, 125, 150, 175, 200
};

std::optional<Scheme> parseScheme(const QString &name); // "light" | "dark" | "system"
QString schemeName(Scheme scheme);
QList<int> textPercents();
Appearance savedAppearance();
void saveAppearance(const Appearance &appearance);

// The palette in use (light before apply()).
const Palette &current();
// What apply() was last given.
const Appearance &currentAppearance();

// Picks the palette for `appearance` given what the desktop prefers.
Palette resolve(const Appearance &appearance, bool systemDark, bool systemHighContrast);

// Emits changed() after apply() changed the palette, the text size or the style sheet, so
// windows rebuild what they styled at construction.
class Changes : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void changed();
};
Changes *changes();

// The colours of the current palette under their old names (read at paint time, they follow
// a theme change).
namespace detail {
inline Palette active = Palette::light();
} // namespace detail
inline const QColor &accent = detail::active.accentText;
inline const QColor &accentSoft = detail::active.accentSoft;
inline const QColor &text = detail::active.text;
inline const QColor &mutedText = detail::active.mutedText;
inline const QColor &border = detail::active.border;
inline const QColor &surface = detail::active.surface;
inline const QColor &background = detail::active.background;
inline const QColor &sidebar = detail::active.sidebar;
inline const QColor &success = detail::active.success;
inline const QColor &warning = detail::active.warning;
inline const QColor &danger = detail::active.danger;

// A stable, readable colour for a topic or a user name (hash → hue), lighter on dark palettes.
QColor tagColor(const QString &key);

// Gives a widget a style-sheet role (its objectName) after construction and re-polishes it.
void setRole(QWidget *widget, const QString &role);

// Sets style, palette, fonts (CJK-aware for the given UI language, scaled by the text size) and
// the style sheet, for the appearance (System: as the desktop prefers now).
void apply(QApplication &app, const QString &language, const Appearance &appearance);
// With the saved appearance.
void apply(QApplication &app, const QString &language);
// Again with the language and appearance of the last apply(), e.g. when the desktop changes.
void reapply();

} // namespace lyceum::ui::theme
