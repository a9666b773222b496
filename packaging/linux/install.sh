#!/bin/sh
# Install po-desktop from the unpacked Linux archive (for machines without the .deb).
# Usage, as root:  ./install.sh [PREFIX]     (default PREFIX=/opt/po-desktop)
# Puts the program in PREFIX, a link in /usr/local/bin, the menu entry and the icons.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${1:-/opt/po-desktop}
mkdir -p "$PREFIX"
cp -a "$HERE/po-desktop/." "$PREFIX/"
ln -sf "$PREFIX/po-desktop" /usr/local/bin/po-desktop
install -D -m 0644 "$HERE/share/applications/po-desktop.desktop" \
    /usr/local/share/applications/po-desktop.desktop
for f in "$HERE"/share/icons/hicolor/*/apps/po-desktop.*; do
    rel=${f#"$HERE/share/"}
    install -D -m 0644 "$f" "/usr/local/share/$rel"
done
mkdir -p /etc/xdg/po-desktop
install -m 0644 "$HERE/config.toml.example" /etc/xdg/po-desktop/config.toml.example
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/local/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/local/share/icons/hicolor || true
echo "po-desktop installed in $PREFIX"
