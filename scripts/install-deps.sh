#!/usr/bin/env bash
# Installs every Debian 12 package Lyceum needs to build, run and test.
# Idempotent: packages already present are left alone. Must run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsodium-dev libicu-dev libsqlite3-dev sqlite3 libeigen3-dev
  qt6-qpa-plugins libgl-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  openssl
  haproxy
  fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core imagemagick
  clang libclang-rt-14-dev
  bogofilter
  libcrack2-dev cracklib-runtime
  postgresql-15 libqt6sql6-psql
  ffmpeg qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-libav
  lintian desktop-file-utils appstream librsvg2-bin
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  chromium-headless-shell poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run as root (or with sudo)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
