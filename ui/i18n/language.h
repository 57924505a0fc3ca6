// The UI language: "zh_CN" or "en". It follows the system unless the user picked one in
// Settings (stored in QSettings under ui/language) or passed --lang.
#pragma once

#include <QString>

class QCoreApplication;

namespace lyceum::ui::language {

inline constexpr char settingsKey[] = "ui/language";

QStringList supported(); // {"zh_CN", "en"}
// What the system asks for, reduced to a supported language.
QString systemLanguage();
// Command line (may be empty) > saved choice (may be empty: follow the system) > system.
QString resolve(const QString &commandLine);
QString savedChoice(); // "" means "follow the system"
void saveChoice(const QString &language);

// Loads the embedded :/i18n/lyceum_<lang>.qm and Qt's own translations for it into app.
// Returns false (and leaves English) when the catalogue could not be loaded.
bool install(QCoreApplication &app, const QString &language);
// Replaces the installed translations with `language`'s; widgets get LanguageChange and the
// main window rebuilds in the new language at once.
bool switchTo(QCoreApplication &app, const QString &language);
// The language last installed ("" before install()).
QString current();

} // namespace lyceum::ui::language
