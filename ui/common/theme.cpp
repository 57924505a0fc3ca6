#include "common/theme.h"

#include "common/system_scheme.h"
#include "common/theme_style.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace lyceum::ui::theme {

namespace {

// Fusion, without the icons it puts on dialog buttons (Save with a floppy disk).
class LyceumStyle : public QProxyStyle {
public:
    LyceumStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

struct State {
    Appearance appearance;
    QString language;
    QPointer<SystemScheme> system;
    bool applied = false;
};

State &state() {
    static State s;
    return s;
}

QStringList fontFamilies(const QString &language) {
    // Chinese glyphs come from Noto Sans CJK SC in both languages (not the JP variant that a
    // bare fallback may pick); Latin text uses Noto/DejaVu Sans unless the UI is Chinese.
    QStringList wanted;
    if (language.startsWith(QLatin1String("zh")))
        wanted = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"),
                  QStringLiteral("DejaVu Sans")};
    else
        wanted = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                  QStringLiteral("Noto Sans CJK SC")};
    // Emoji in titles and reactions come from the colour emoji font, not a CJK font's gaps.
    wanted << QStringLiteral("Noto Color Emoji");
    const QStringList available = QFontDatabase::families();
    QStringList families;
    for (const QString &family : wanted) {
        if (available.contains(family))
            families << family;
    }
    return families;
}

QPalette qtPalette(const Palette &p) {
    QPalette palette;
    palette.setColor(QPalette::Window, p.background);
    palette.setColor(QPalette::WindowText, p.text);
    palette.setColor(QPalette::Base, p.surface);
    palette.setColor(QPalette::AlternateBase, p.background);
    palette.setColor(QPalette::Text, p.text);
    palette.setColor(QPalette::Button, p.surface);
    palette.setColor(QPalette::ButtonText, p.text);
    palette.setColor(QPalette::BrightText, p.onAccent);
    palette.setColor(QPalette::Highlight, p.accent);
    palette.setColor(QPalette::HighlightedText, p.onAccent);
    palette.setColor(QPalette::Link, p.accentText);
    palette.setColor(QPalette::LinkVisited, p.accentText);
    palette.setColor(QPalette::PlaceholderText, p.mutedText);
    palette.setColor(QPalette::ToolTipBase, p.text);
    palette.setColor(QPalette::ToolTipText, p.surface);
    palette.setColor(QPalette::Light, p.surface.lighter(120));
    palette.setColor(QPalette::Midlight, p.border);
    palette.setColor(QPalette::Mid, p.inputBorder);
    palette.setColor(QPalette::Dark, p.mutedText);
    palette.setColor(QPalette::Shadow, p.shadow);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, p.disabledText);
    return palette;
}

} // namespace

std::optional<Scheme> parseScheme(const QString &name) {
    if (name == QLatin1String("light"))
        return Scheme::Light;
    if (name == QLatin1String("dark"))
        return Scheme::Dark;
    if (name == QLatin1String("system"))
        return Scheme::System;
    return std::nullopt;
}

QString schemeName(Scheme scheme) {
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

QList<int> textPercents() {
    return {100, 125, 150, 175, 200};
}

Appearance savedAppearance() {
    QSettings settings;
    Appearance a;
    a.scheme =
        parseScheme(settings.value(QStringLiteral("ui/theme")).toString()).value_or(Scheme::System);
    const QString contrast = settings.value(QStringLiteral("ui/contrast")).toString();
    a.contrast = contrast == QLatin1String("high")     ? Contrast::High
                 : contrast == QLatin1String("normal") ? Contrast::Normal
                                                       : Contrast::System;
    const int percent = settings.value(QStringLiteral("ui/textPercent"), 100).toInt();
    a.textPercent = textPercents().contains(percent) ? percent : 100;
    return a;
}

void saveAppearance(const Appearance &a) {
    QSettings settings;
    settings.setValue(QStringLiteral("ui/theme"), schemeName(a.scheme));
    settings.setValue(QStringLiteral("ui/contrast"),
                      a.contrast == Contrast::High     ? QStringLiteral("high")
                      : a.contrast == Contrast::Normal ? QStringLiteral("normal")
                                                       : QStringLiteral("system"));
    settings.setValue(QStringLiteral("ui/textPercent"), a.textPercent);
}

const Palette &current() {
    return detail::active;
}

const Appearance &currentAppearance() {
    return state().appearance;
}

Palette resolve(const Appearance &appearance, bool systemDark, bool systemHighContrast) {
    const bool dark =
        appearance.scheme == Scheme::Dark || (appearance.scheme == Scheme::System && systemDark);
    const bool high = appearance.contrast == Contrast::High ||
                      (appearance.contrast == Contrast::System && systemHighContrast);
    if (high)
        return dark ? Palette::highContrastDark() : Palette::highContrastLight();
    return dark ? Palette::darkPalette() : Palette::light();
}

Changes *changes() {
    static Changes instance;
    return &instance;
}

QColor tagColor(const QString &key) {
    // FNV-1a, not qHash: qHash is seeded per process and a topic must keep its colour.
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsl(int(hash % 360), 150, detail::active.dark ? 170 : 110);
}

void setRole(QWidget *widget, const QString &role) {
    widget->setObjectName(role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void apply(QApplication &app, const QString &language, const Appearance &appearance) {
    State &s = state();
    if (!s.system) {
        // Before the first setPalette: the platform's palette is still the application's.
        s.system = new SystemScheme(&app);
        QObject::connect(s.system, &SystemScheme::changed, &app, [] {
            const Appearance &a = state().appearance;
            if (a.scheme == Scheme::System || a.contrast == Contrast::System)
                reapply();
        });
        s.system->watchPortal();
        app.setStyle(new LyceumStyle);
    }
    s.appearance = appearance;
    s.language = language;
    detail::active = resolve(appearance, s.system->prefersDark(), s.system->prefersHighContrast());
    app.setPalette(qtPalette(detail::active));

    const double scale = appearance.textPercent / 100.0;
    QFont font = app.font();
    const QStringList families = fontFamilies(language);
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(10 * scale);
    app.setFont(font);
    app.setStyleSheet(styleSheet(detail::active, scale));
    const bool first = !s.applied;
    s.applied = true;
    if (!first)
        Q_EMIT changes()->changed();
}

void apply(QApplication &app, const QString &language) {
    apply(app, language, savedAppearance());
}

void reapply() {
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    const State &s = state();
    apply(*app, s.language, s.appearance);
}

} // namespace lyceum::ui::theme
