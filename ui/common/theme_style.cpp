#include "common/theme_style.h"

#include <QRegularExpression>
#include <utility>

namespace lyceum::ui::theme {

namespace {

// Written once with @{role} for colours and {N<unit>} for font sizes; see fill().
const char kSheet[] = R"(
QWidget#Sidebar { background: @{sidebar}; }
QToolButton#SidebarButton {
    color: @{sidebarText}; background: transparent; border: 2px solid transparent;
    border-radius: 8px; padding: 6px 8px; text-align: left; font-size: {10.5pt};
}
QToolButton#SidebarButton:hover { background: @{sidebarHover}; color: @{onSidebar}; }
QToolButton#SidebarButton:checked { background: @{accent}; color: @{onAccent}; }
QToolButton#SidebarButton:focus { border: 2px solid @{sidebarFocus}; }
QLabel#SidebarBrand { color: @{onSidebar}; font-size: {13pt}; font-weight: 600; padding: 4px 6px; }
QWidget#UserChip { background: @{sidebarChip}; border-radius: 10px; }
QLabel#UserChipName { color: @{onSidebar}; font-weight: 600; }
QLabel#UserChipHandle { color: @{sidebarMuted}; }
QLabel#PageTitle { font-size: {17pt}; font-weight: 600; color: @{text}; }
QLabel#SectionTitle { font-size: {11.5pt}; font-weight: 600; color: @{text}; }
QLabel#Muted { color: @{mutedText}; }
QLabel#ErrorText { color: @{dangerText}; }
QLabel#BigFigure, QLabel#CheckoutTotal { font-size: {15pt}; font-weight: 600; }
QLabel#WarningText {
    color: @{warningText}; background: @{warningSoft}; border: 1px solid @{warningBorder};
    border-radius: 8px; padding: 6px 8px;
}
QLabel#OfflineBanner {
    background: @{warningSoft}; color: @{warningText}; border-bottom: 1px solid @{warningBorder};
    padding: 6px 16px;
}
QWidget#ConflictBanner {
    background: @{warningSoft}; border: 1px solid @{warningBorder}; border-radius: 6px;
}
QWidget#ConflictBanner QLabel { color: @{warningText}; }
QFrame#ModerationNoticeBar { background: @{dangerSoft}; border-bottom: 1px solid @{dangerBorder}; }
QFrame#ModerationNoticeBar QLabel { color: @{dangerText}; }
QLabel#Chip {
    background: @{accentSoft}; color: @{accentText}; border-radius: 9px; padding: 2px 8px;
}
QLabel#PriceBadge {
    background: @{badge}; color: @{onBadge}; border-radius: 10px; padding: 3px 10px;
    font-weight: 600;
}
QLabel#FreeBadge {
    background: @{successSoft}; color: @{success}; border-radius: 10px; padding: 3px 10px;
    font-weight: 600;
}
QLabel#PriceTag, QLabel#FreeTag {
    border-radius: 12px; padding: 4px 14px; font-size: {12pt}; font-weight: 600;
}
QLabel#PriceTag { background: @{accentSoft}; color: @{accentText}; }
QLabel#FreeTag { background: @{successSoft}; color: @{success}; }
QFrame#Card { background: @{surface}; border: 1px solid @{border}; border-radius: 12px; }
QListView, QTreeView, QListWidget, QTreeWidget, QTableView {
    background: @{surface}; border: 1px solid @{border}; border-radius: 10px; outline: none;
}
QListView:focus, QTreeView:focus, QListWidget:focus, QTreeWidget:focus, QTableView:focus {
    border: 2px solid @{focusRing};
}
QListView#CourseGrid { background: transparent; border: none; }
QListView#CourseGrid:focus { border: none; }
QListView#SpaceList::item { padding: 7px 8px; border-radius: 6px; }
QListView#SpaceList::item:selected { background: @{accentSoft}; color: @{accentText}; }
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateTimeEdit {
    border: 1px solid @{inputBorder}; border-radius: 8px; padding: 5px 8px;
    background: @{surface}; color: @{text}; selection-background-color: @{accent};
    selection-color: @{onAccent};
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateTimeEdit:focus {
    border: 2px solid @{focusRing}; padding: 4px 7px;
}
QTextBrowser#InlineMarkdown { border: none; background: transparent; padding: 0; }
QToolButton#SpaceMenuButton::menu-indicator { image: none; width: 0; }
QScrollArea#CodeBlock { border: 1px solid @{border}; border-radius: 6px; background: @{background}; }
QLabel#CodeText { background: transparent; color: @{text}; }
QComboBox { padding: 4px 8px; min-height: 22px; }
QComboBox:focus { border: 2px solid @{focusRing}; border-radius: 4px; }
QCheckBox, QRadioButton { spacing: 8px; }
QCheckBox:focus, QRadioButton:focus { border: 1px dashed @{focusRing}; }
QPushButton {
    border: 1px solid @{inputBorder}; border-radius: 8px; padding: 6px 14px;
    background: @{surface}; color: @{text};
}
QPushButton:hover { background: @{hover}; }
QPushButton:focus { border: 2px solid @{focusRing}; padding: 5px 13px; }
QPushButton:disabled { color: @{disabledText}; }
QPushButton#Primary {
    background: @{accent}; color: @{onAccent}; border: 1px solid @{accent}; font-weight: 600;
}
QPushButton#Primary:hover { background: @{accentHover}; }
QPushButton#Primary:focus { border: 2px solid @{focusRing}; }
QPushButton#Primary:disabled {
    background: @{accentDisabled}; border-color: @{accentDisabled}; color: @{onAccentDisabled};
}
QToolButton:focus { border: 2px solid @{focusRing}; border-radius: 4px; }
QToolButton#LinkButton { border: none; color: @{accentText}; padding: 2px 4px; }
QToolButton#LinkButton:hover { text-decoration: underline; }
QToolButton#LinkButton:focus { border: 2px solid @{focusRing}; padding: 0px 2px; }
QToolButton#LinkButton::menu-indicator { image: none; width: 0px; }
QToolButton#ReactionButton {
    border: 1px solid @{border}; border-radius: 11px; padding: 1px 8px; background: @{background};
}
QToolButton#ReactionButton:checked { border-color: @{accentText}; background: @{accentSoft}; }
QToolButton#ReactionButton:focus { border: 2px solid @{focusRing}; padding: 0px 7px; }
QToolButton#StarButton {
    color: @{warning}; font-size: {15pt}; border: 2px solid transparent;
    background: transparent; padding: 0 1px;
}
QToolButton#StarButton:focus { border: 2px solid @{focusRing}; }
QLabel#Stars { color: @{warning}; }
QLabel#BigStars { color: @{warning}; font-size: {12pt}; }
QLabel#RatingAverage { font-size: {22pt}; font-weight: 600; }
QWidget#RateForm { background: @{accentSoft}; border-radius: 8px; }
QWidget#ReviewCard { background: @{surface}; border: 1px solid @{border}; border-radius: 8px; }
QLabel#CreatorReply { background: @{background}; border-radius: 6px; padding: 6px; }
QLabel#PendingText { color: @{warning}; }
QLabel#FailedText { color: @{dangerText}; }
QFrame#HomeCard { background: @{surface}; border: 1px solid @{border}; border-radius: 10px; }
QFrame#HomeCard:hover { border-color: @{accentText}; }
QFrame#HomeCard:focus { border: 2px solid @{focusRing}; }
QLabel#HomeCardTitle { font-weight: 600; border: none; }
QLabel#HomeCardDetail { color: @{accentText}; border: none; }
QLabel#HomeCardFooter { color: @{mutedText}; border: none; }
QListWidget#ModerationQueue::item { padding: 8px 6px; border-bottom: 1px solid @{border}; }
QListWidget#ModerationQueue::item:selected { background: @{accentSoft}; color: @{text}; }
QTabBar::tab {
    padding: 4px 14px; border: none; border-bottom: 2px solid transparent; color: @{mutedText};
}
QTabBar::tab:selected { color: @{text}; border-bottom: 2px solid @{accentText}; }
QTabBar::tab:focus { color: @{text}; border: 2px solid @{focusRing}; }
QStatusBar { background: @{surface}; border-top: 1px solid @{border}; color: @{mutedText}; }
QScrollArea#ThreadScroll { border: none; background: @{surface}; }
QWidget#ThreadCanvas { background: @{surface}; }
QAbstractScrollArea#ThreadPosts { border: none; background: @{surface}; }
QFrame#Post[highlighted="true"] { background: @{warningSoft}; }
QFrame#ThreadRule { background: @{border}; border-radius: 1px; }
QToolTip { background: @{text}; color: @{surface}; border: 1px solid @{border}; }
)";

QString fill(const Palette &p, double scale) {
    const std::pair<const char *, QColor> roles[] = {
        {"accent", p.accent},
        {"accentHover", p.accentHover},
        {"accentSoft", p.accentSoft},
        {"accentText", p.accentText},
        {"onAccent", p.onAccent},
        {"accentDisabled", p.accentDisabled},
        {"onAccentDisabled", p.onAccentDisabled},
        {"text", p.text},
        {"mutedText", p.mutedText},
        {"disabledText", p.disabledText},
        {"border", p.border},
        {"inputBorder", p.inputBorder},
        {"surface", p.surface},
        {"background", p.background},
        {"hover", p.hover},
        {"focusRing", p.focusRing},
        {"sidebar", p.sidebar},
        {"sidebarText", p.sidebarText},
        {"sidebarHover", p.sidebarHover},
        {"sidebarChip", p.sidebarChip},
        {"sidebarMuted", p.sidebarMuted},
        {"sidebarFocus", p.highContrast ? p.focusRing : p.accentText.lighter(115)},
        {"onSidebar", p.onSidebar},
        {"success", p.success},
        {"successSoft", p.successSoft},
        {"warning", p.warning},
        {"warningSoft", p.warningSoft},
        {"warningText", p.warningText},
        {"warningBorder", p.warningBorder},
        {"dangerSoft", p.dangerSoft},
        {"dangerText", p.dangerText},
        {"dangerBorder", p.dangerBorder},
        {"badge", p.badge},
        {"onBadge", p.onBadge},
    };
    QString sheet = QString::fromUtf8(kSheet);
    for (const auto &[name, colour] : roles)
        sheet.replace(QStringLiteral("@{") % QLatin1String(name) % QLatin1Char('}'), colour.name());
    static const QRegularExpression size(QStringLiteral("\\{([0-9.]+)(pt|px)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = size.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(sheet).mid(last, m.capturedStart() - last);
        out += QString::number(m.captured(1).toDouble() * scale, 'f', 1) % m.captured(2);
        last = m.capturedEnd();
    }
    out += QStringView(sheet).mid(last);
    return out;
}

} // namespace

QString styleSheet(const Palette &palette, double scale) {
    return fill(palette, scale);
}

} // namespace lyceum::ui::theme
