// Line icons drawn with QPainter, so they need no image plugin and stay crisp at any scale.
#pragma once

#include <QColor>
#include <QIcon>

namespace lyceum::ui {

enum class IconKind {
    Catalogue,
    Library, // books on a shelf: My library
    Discussions,
    Settings,
    Lock,
    Play,
    Pin,
    Question,
    Search,
    Reply,
    Back,
    Plus,
    Sync,
    Check,
    Home,
    Download,
    Wallet,
    Shield
};

QIcon makeIcon(IconKind kind, const QColor &color, int size = 20);
// Paints the icon into rect (used by delegates).
void paintIcon(class QPainter *painter, const QRectF &rect, IconKind kind, const QColor &color);

} // namespace lyceum::ui
