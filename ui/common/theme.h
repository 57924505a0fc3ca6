// The look: Fusion with a light palette, one accent colour, and a style sheet for the few
// widgets that carry an objectName (sidebar, cards, chips). Colours are named here once so the
// painted delegates and the style sheet agree.
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QWidget;

namespace lyceum::ui::theme {

inline const QColor accent{0x4f, 0x46, 0xe5}; // indigo
inline const QColor accentSoft{0xee, 0xf0, 0xff};
inline const QColor text{0x1f, 0x23, 0x30};
inline const QColor mutedText{0x6b, 0x72, 0x80};
inline const QColor border{0xe3, 0xe6, 0xec};
inline const QColor surface{0xff, 0xff, 0xff};
inline const QColor background{0xf6, 0xf7, 0xf9};
inline const QColor sidebar{0x1e, 0x21, 0x2b};
inline const QColor success{0x0f, 0x9d, 0x58};
inline const QColor warning{0xd9, 0x77, 0x06};
inline const QColor danger{0xdc, 0x26, 0x26};

// A stable, pleasant colour for a topic or a user name (hash → hue).
QColor tagColor(const QString &key);

// Gives a widget a style-sheet role (its objectName) after construction and re-polishes it.
void setRole(QWidget *widget, const QString &role);

// Sets style, palette, fonts (CJK-aware for the given UI language) and the style sheet.
void apply(QApplication &app, const QString &language);

} // namespace lyceum::ui::theme
