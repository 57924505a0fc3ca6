#include "common/theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace lyceum::ui::theme {

QColor tagColor(const QString &key) {
    // FNV-1a, not qHash: qHash is seeded per process and a topic must keep its colour.
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsl(int(hash % 360), 150, 110);
}

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

} // namespace

static QStringList fontFamilies(const QString &language) {
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

static QString styleSheet() {
    return QStringLiteral(R"(
QWidget#Sidebar { background: #1e212b; }
QToolButton#SidebarButton {
    color: #c9cdd8; background: transparent; border: none; border-radius: 8px;
    padding: 8px 10px; text-align: left; font-size: 10.5pt;
}
QToolButton#SidebarButton:hover { background: #2a2e3b; color: #ffffff; }
QToolButton#SidebarButton:checked { background: #4f46e5; color: #ffffff; }
QToolButton#SidebarButton:focus { outline: none; border: 1px solid #8b85ff; }
QLabel#SidebarBrand { color: #ffffff; font-size: 13pt; font-weight: 600; padding: 4px 6px; }
QWidget#UserChip { background: #272b37; border-radius: 10px; }
QLabel#UserChipName { color: #ffffff; font-weight: 600; }
QLabel#UserChipHandle { color: #9aa1b2; }
QLabel#PageTitle { font-size: 17pt; font-weight: 600; color: #1f2330; }
QLabel#SectionTitle { font-size: 11.5pt; font-weight: 600; color: #1f2330; }
QLabel#Muted { color: #6b7280; }
QLabel#ErrorText { color: #dc2626; }
QLabel#WarningText {
    color: #92400e; background: #fffbeb; border: 1px solid #fcd34d; border-radius: 8px;
    padding: 6px 8px;
}
QLabel#Chip {
    background: #eef0ff; color: #4f46e5; border-radius: 9px; padding: 2px 8px;
}
QLabel#PriceBadge {
    background: #1f2330; color: #ffffff; border-radius: 10px; padding: 3px 10px;
    font-weight: 600;
}
QLabel#FreeBadge {
    background: #e7f6ee; color: #0f9d58; border-radius: 10px; padding: 3px 10px;
    font-weight: 600;
}
QFrame#Card { background: #ffffff; border: 1px solid #e3e6ec; border-radius: 12px; }
QListView, QTreeView {
    background: #ffffff; border: 1px solid #e3e6ec; border-radius: 10px; outline: none;
}
QListView#CourseGrid { background: transparent; border: none; }
QLineEdit, QPlainTextEdit, QTextEdit {
    border: 1px solid #d6dae2; border-radius: 8px; padding: 5px 8px; background: #ffffff;
    selection-background-color: #4f46e5;
}
QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid #4f46e5; }
QComboBox { padding: 4px 8px; min-height: 22px; }
QPushButton {
    border: 1px solid #d6dae2; border-radius: 8px; padding: 6px 14px; background: #ffffff;
}
QPushButton:hover { background: #f1f2f6; }
QPushButton:focus { border: 1px solid #4f46e5; }
QPushButton:disabled { color: #a0a6b3; }
QPushButton#Primary {
    background: #4f46e5; color: #ffffff; border: 1px solid #4f46e5; font-weight: 600;
}
QPushButton#Primary:hover { background: #4338ca; }
QPushButton#Primary:disabled { background: #a5a1f0; border-color: #a5a1f0; color: #f4f4ff; }
QToolButton#LinkButton { border: none; color: #4f46e5; padding: 2px 4px; }
QToolButton#LinkButton:hover { text-decoration: underline; }
QToolButton#LinkButton::menu-indicator { image: none; width: 0px; }
QToolButton#ReactionButton {
    border: 1px solid #e3e6ec; border-radius: 11px; padding: 1px 8px; background: #f6f7f9;
}
QToolButton#ReactionButton:checked { border-color: #4f46e5; background: #eef0ff; }
QTabBar::tab {
    padding: 4px 14px; border: none; border-bottom: 2px solid transparent; color: #6b7280;
}
QTabBar::tab:selected { color: #1f2330; border-bottom: 2px solid #4f46e5; }
QStatusBar { background: #ffffff; border-top: 1px solid #e3e6ec; color: #6b7280; }
QScrollArea#ThreadScroll { border: none; background: #ffffff; }
QWidget#ThreadCanvas { background: #ffffff; }
QAbstractScrollArea#ThreadPosts { border: none; background: #ffffff; }
QFrame#Post[highlighted="true"] { background: #fff7db; }
)");
}

void setRole(QWidget *widget, const QString &role) {
    widget->setObjectName(role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void apply(QApplication &app, const QString &language) {
    app.setStyle(new LyceumStyle);
    QPalette palette;
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, surface);
    palette.setColor(QPalette::AlternateBase, background);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, surface);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::PlaceholderText, mutedText);
    palette.setColor(QPalette::ToolTipBase, text);
    palette.setColor(QPalette::ToolTipText, Qt::white);
    app.setPalette(palette);

    const QStringList families = fontFamilies(language);
    if (!families.isEmpty()) {
        QFont font = app.font();
        font.setFamilies(families);
        font.setPointSizeF(10);
        app.setFont(font);
    }
    app.setStyleSheet(styleSheet());
}

} // namespace lyceum::ui::theme
