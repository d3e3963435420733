#!/usr/bin/env bash
# Prints the desktop entry the way the Tauri bundler renders attune.desktop.hbs for the .deb and .rpm, for the Flatpak
# build and for packaging/check.sh: name and comment from src-tauri/tauri.conf.json, Exec attune-app, and the icon
# name given (default attune-app; the Flatpak names it by its app id).
#   packaging/linux/render-desktop.sh [ICON]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conf="$here/../../src-tauri/tauri.conf.json"
field() { python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$conf" "$1"; }
name="$(field 'c["productName"]')"
comment="$(field 'c["bundle"]["shortDescription"]')"
icon="${1:-attune-app}"
sed -e "s|{{name}}|$name|g" -e "s|{{comment}}|$comment|g" -e "s|{{exec}}|attune-app|g" -e "s|{{icon}}|$icon|g" \
  "$here/attune.desktop.hbs"
