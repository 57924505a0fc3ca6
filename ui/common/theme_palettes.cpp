// The four palettes. Light is the original look; dark keeps the same hues, lifted for a dark
// page; the high-contrast pair uses pure black and white with strong, AA-large accents and a
// focus ring no hover state shares.
#include "common/theme.h"

namespace lyceum::ui::theme {

namespace {
QColor rgb(quint32 value, int alpha = 255) {
    return QColor(int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff), alpha);
}

// What every palette shares: the sidebar stays dark and the player's canvas stays black.
void fixedRoles(Palette &p) {
    p.video = rgb(0x000000);
    p.videoOverlay = rgb(0x000000, 180);
    p.onVideo = rgb(0xffffff);
    p.onSidebar = rgb(0xffffff);
}
} // namespace

Palette Palette::light() {
    Palette p;
    p.accent = rgb(0x4f46e5);
    p.accentHover = rgb(0x4338ca);
    p.accentSoft = rgb(0xeef0ff);
    p.accentText = rgb(0x4f46e5);
    p.onAccent = rgb(0xffffff);
    p.accentDisabled = rgb(0xa5a1f0);
    p.onAccentDisabled = rgb(0xf4f4ff);
    p.text = rgb(0x1f2330);
    p.mutedText = rgb(0x6b7280);
    p.disabledText = rgb(0xa0a6b3);
    p.border = rgb(0xe3e6ec);
    p.inputBorder = rgb(0xd6dae2);
    p.surface = rgb(0xffffff);
    p.background = rgb(0xf6f7f9);
    p.hover = rgb(0xf1f2f6);
    p.focusRing = rgb(0x4f46e5);
    p.sidebar = rgb(0x1e212b);
    p.sidebarText = rgb(0xc9cdd8);
    p.sidebarHover = rgb(0x2a2e3b);
    p.sidebarChip = rgb(0x272b37);
    p.sidebarMuted = rgb(0x9aa1b2);
    p.success = rgb(0x0f9d58);
    p.successSoft = rgb(0xe7f6ee);
    p.warning = rgb(0xd97706);
    p.warningSoft = rgb(0xfff7e6);
    p.warningText = rgb(0x8a4b00);
    p.warningBorder = rgb(0xf3d9a4);
    p.danger = rgb(0xdc2626);
    p.dangerSoft = rgb(0xfdecec);
    p.dangerText = rgb(0xb42318);
    p.dangerBorder = rgb(0xf3c4c4);
    p.shadow = rgb(0x141828, 20);
    p.badge = rgb(0x1f2330);
    p.onBadge = rgb(0xffffff);
    fixedRoles(p);
    return p;
}

Palette Palette::darkPalette() {
    Palette p;
    p.dark = true;
    p.accent = rgb(0x5b54e8);
    p.accentHover = rgb(0x6d67f0);
    p.accentSoft = rgb(0x272a4d);
    p.accentText = rgb(0xa5b4fc);
    p.onAccent = rgb(0xffffff);
    p.accentDisabled = rgb(0x34325e);
    p.onAccentDisabled = rgb(0x8e8cb8);
    p.text = rgb(0xe6e8ee);
    p.mutedText = rgb(0x9ea5b5);
    p.disabledText = rgb(0x5f6577);
    p.border = rgb(0x2e3240);
    p.inputBorder = rgb(0x3d4254);
    p.surface = rgb(0x1c1f27);
    p.background = rgb(0x14161c);
    p.hover = rgb(0x262a35);
    p.focusRing = rgb(0xa5b4fc);
    p.sidebar = rgb(0x0f1116);
    p.sidebarText = rgb(0xc9cdd8);
    p.sidebarHover = rgb(0x1f2330);
    p.sidebarChip = rgb(0x1a1d25);
    p.sidebarMuted = rgb(0x9aa1b2);
    p.success = rgb(0x34d399);
    p.successSoft = rgb(0x12322a);
    p.warning = rgb(0xfbbf24);
    p.warningSoft = rgb(0x2e2410);
    p.warningText = rgb(0xfcd34d);
    p.warningBorder = rgb(0x6b5314);
    p.danger = rgb(0xf87171);
    p.dangerSoft = rgb(0x3a1717);
    p.dangerText = rgb(0xfca5a5);
    p.dangerBorder = rgb(0x7f2a2a);
    p.shadow = rgb(0x000000, 60);
    p.badge = rgb(0xe6e8ee);
    p.onBadge = rgb(0x14161c);
    fixedRoles(p);
    return p;
}

Palette Palette::highContrastLight() {
    Palette p = light();
    p.highContrast = true;
    p.accent = rgb(0x1a0dab);
    p.accentHover = rgb(0x000080);
    p.accentSoft = rgb(0xffffff);
    p.accentText = rgb(0x1a0dab);
    p.accentDisabled = rgb(0x6b6b6b);
    p.onAccentDisabled = rgb(0xffffff);
    p.text = rgb(0x000000);
    p.mutedText = rgb(0x1f1f1f);
    p.disabledText = rgb(0x595959);
    p.border = rgb(0x000000);
    p.inputBorder = rgb(0x000000);
    p.surface = rgb(0xffffff);
    p.background = rgb(0xffffff);
    p.hover = rgb(0xe0e0e0);
    p.focusRing = rgb(0xc00000);
    p.sidebar = rgb(0x000000);
    p.sidebarText = rgb(0xffffff);
    p.sidebarHover = rgb(0x333333);
    p.sidebarChip = rgb(0x000000);
    p.sidebarMuted = rgb(0xffffff);
    p.success = rgb(0x006400);
    p.successSoft = rgb(0xffffff);
    p.warning = rgb(0x7a4100);
    p.warningSoft = rgb(0xffffff);
    p.warningText = rgb(0x000000);
    p.warningBorder = rgb(0x000000);
    p.danger = rgb(0xa00000);
    p.dangerSoft = rgb(0xffffff);
    p.dangerText = rgb(0xa00000);
    p.dangerBorder = rgb(0x000000);
    p.badge = rgb(0x000000);
    return p;
}

Palette Palette::highContrastDark() {
    Palette p = darkPalette();
    p.highContrast = true;
    p.accent = rgb(0xffff00);
    p.accentHover = rgb(0xffffa0);
    p.accentSoft = rgb(0x000000);
    p.accentText = rgb(0xffff00);
    p.onAccent = rgb(0x000000);
    p.accentDisabled = rgb(0x808080);
    p.onAccentDisabled = rgb(0x000000);
    p.text = rgb(0xffffff);
    p.mutedText = rgb(0xf0f0f0);
    p.disabledText = rgb(0xa6a6a6);
    p.border = rgb(0xffffff);
    p.inputBorder = rgb(0xffffff);
    p.surface = rgb(0x000000);
    p.background = rgb(0x000000);
    p.hover = rgb(0x333333);
    p.focusRing = rgb(0x00ffff);
    p.sidebar = rgb(0x000000);
    p.sidebarText = rgb(0xffffff);
    p.sidebarHover = rgb(0x333333);
    p.sidebarChip = rgb(0x000000);
    p.sidebarMuted = rgb(0xffffff);
    p.success = rgb(0x00ff7f);
    p.successSoft = rgb(0x000000);
    p.warning = rgb(0xffd700);
    p.warningSoft = rgb(0x000000);
    p.warningText = rgb(0xffd700);
    p.warningBorder = rgb(0xffffff);
    p.danger = rgb(0xff6b6b);
    p.dangerSoft = rgb(0x000000);
    p.dangerText = rgb(0xff6b6b);
    p.dangerBorder = rgb(0xffffff);
    p.badge = rgb(0xffffff);
    p.onBadge = rgb(0x000000);
    return p;
}

} // namespace lyceum::ui::theme
