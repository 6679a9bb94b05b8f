#!/bin/sh
# Install Supplier Desk for this user (no root): the program in
# ~/.local/share/supplier-desk, a command in ~/.local/bin, and its entry and icons in the
# applications menu. Run it again to update; `./install.sh --uninstall` removes it all
# (your database and settings stay: they are in your own data folders).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
target="$data/supplier-desk"

refresh_menu() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$bin/supplier-desk" "$data/applications/supplier-desk.desktop"
  find "$data/icons/hicolor" -name 'supplier-desk.*' -path '*/apps/*' -delete 2>/dev/null || true
  refresh_menu
  echo "Supplier Desk removed (your database and settings were kept)."
  exit 0
fi

if [ ! -x "$here/supplier-desk/supplier-desk" ]; then
  echo "install.sh: run it from the unpacked folder (supplier-desk/ beside it is missing)" >&2
  exit 1
fi

mkdir -p "$data/applications" "$bin"
rm -rf "$target.new"
cp -R "$here/supplier-desk" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/supplier-desk" "$bin/supplier-desk"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$data/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$data/icons/$icon"
done
sed "s|^Exec=supplier-desk|Exec=\"$target/supplier-desk\"|" \
  "$here/share/applications/supplier-desk.desktop" > "$data/applications/supplier-desk.desktop"
refresh_menu
echo "Supplier Desk $("$target/supplier-desk" --version | cut -d' ' -f2) installed: in your applications menu, and as 'supplier-desk' in $bin."
