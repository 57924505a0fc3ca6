// Start at login, the setting: an XDG autostart entry on Linux
// ($XDG_CONFIG_HOME/autostart/org.lyceum.Lyceum.desktop), the Run key of the user on Windows, a
// LaunchAgent on macOS. The app started that way opens the community used last.
#pragma once

#include <QString>

namespace lyceum::ui::autostart {

QString entryPath(); // where the entry lives (Linux and macOS); empty on Windows
bool isEnabled();
// Adds or removes the entry for `program` (the running executable by default); false with a
// reason when the file or key could not be written.
bool setEnabled(bool enabled, QString *error, const QString &program = QString());

} // namespace lyceum::ui::autostart
