#!/bin/sh
# Screenshots of every screen of the desktop client, in zh_CN and en, at 1024x700 and 1280x800,
# under Xvfb with the demo community. Output: shots/<lang>-<size>/*.png (gitignored).
#   scripts/screenshots.sh [build-dir]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
bin=$build/bin/lyceum
[ -x "$bin" ] || { echo "screenshots: $bin not found; build the lyceum target first" >&2; exit 1; }
# A throwaway home, so the demo server's data and the settings never touch the user's own.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
for lang in zh_CN en; do
    for size in 1024x700 1280x800; do
        out=$root/shots/$lang-$size
        mkdir -p "$out"
        HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=C.UTF-8 \
            xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$bin" --demo --lang "$lang" --size "$size" --screenshot "$out"
    done
done
# Dark, and 200 % (QT_SCALE_FACTOR=2 on a 2560x1600 screen, a 1200x760 window in logical
# pixels), in both languages: shots/<lang>-dark, shots/<lang>-200.
for lang in zh_CN en; do
    out=$root/shots/$lang-dark
    mkdir -p "$out"
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$bin" --demo --lang "$lang" --theme dark --size 1280x800 --screenshot "$out"
    out=$root/shots/$lang-200
    mkdir -p "$out"
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=C.UTF-8 \
        QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24" \
        "$bin" --demo --lang "$lang" --size 1200x760 --screenshot "$out"
done
# Unread badges and editing a post need a second account writing, buying needs the sandbox
# payments, reviews a learner and a creator, the home page a history, moderation a reporter and
# two moderators: the widget tests drive those against a real server and save their screens,
# light, dark (GTK_THEME=Adwaita:dark is how the desktop says dark; the app follows it) and at
# 200 % (QT_SCALE_FACTOR=2).
widget_shots() {
    lang=$1 suffix=$2 gtk=$3 scale=${4:-1}
    screen=1280x800x24
    [ "$scale" = 1 ] || screen=2560x1600x24
    out=$root/shots/$lang$suffix-reading
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_reading" unreadNoticesAndEdits >/dev/null
    # The inbox, @ completion, the reaction row and picker, a report, a hidden post.
    out=$root/shots/$lang$suffix-inbox
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_inbox" inboxMentionsAndReactions >/dev/null
    # The account: signing up, the devices signed in, changing the password; saved posts.
    out=$root/shots/$lang$suffix-account
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_account" >/dev/null
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_saved" >/dev/null
    out=$root/shots/$lang$suffix-commerce
    mkdir -p "$out"
    rm -f "$out/receipt.pdf"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_commerce" buyThroughTheWidgets >/dev/null
    out=$root/shots/$lang$suffix-home
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_home" homeFromLocalHistory >/dev/null
    out=$root/shots/$lang$suffix-moderation
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_moderation" >/dev/null
    # The studio: a creator on two computers and a learner reading what was published.
    out=$root/shots/$lang$suffix-studio
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=xcb \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        xvfb-run -a -s "-screen 0 $screen" "$build/tests/ui/tst_ui_studio_flow" >/dev/null
    out=$root/shots/$lang$suffix-reviews
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_reviews" rateAnswerAndVote >/dev/null
    # The check-in challenge (light and dark, 1024x700 and 1280x800, taken by the test itself).
    out=$root/shots/$lang$suffix-challenges
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        "$build/tests/ui/tst_ui_challenges" learnerChecksInAndIsReminded >/dev/null
    # The lesson window plays a demo clip on Xvfb; its download part needs a keyring (skipped
    # without one, the player's screen is still saved).
    out=$root/shots/$lang$suffix-player
    mkdir -p "$out"
    HOME=$home GTK_THEME=$gtk QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=xcb \
        LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
        xvfb-run -a -s "-screen 0 $screen" "$build/tests/ui/tst_ui_player" >/dev/null || true
    receipt=$root/shots/$lang$suffix-commerce/receipt
    if command -v pdftoppm >/dev/null && [ -f "$receipt.pdf" ]; then
        pdftoppm -png -r 60 -singlefile "$receipt.pdf" "$receipt"
    fi
}
for lang in zh_CN en; do
    widget_shots "$lang" "" ""
    widget_shots "$lang" "-dark" "Adwaita:dark"
    widget_shots "$lang" "-200" "" 2
done
# After paying (paywall, checkout, owned course, catalogue), My library and Home's "while you
# were away", at 1024x700 and 1280x800: shots/<lang>-library-<width>.
for lang in zh_CN en; do
    for width in 1024 1280; do
        out=$root/shots/$lang-library-$width
        mkdir -p "$out"
        HOME=$home XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
            LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
            LYCEUM_SHOTS_WIDTH=$width "$build/tests/ui/tst_ui_library" >/dev/null
        HOME=$home XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
            LYCEUM_SERVER_BIN=$build/bin/lyceum-server LYCEUM_SHOTS=$out LYCEUM_SHOTS_LANG=$lang \
            LYCEUM_SHOTS_WIDTH=$width "$build/tests/ui/tst_ui_away" >/dev/null
    done
done
echo "screenshots: $(find "$root/shots" -name '*.png' | wc -l) files in $root/shots"
