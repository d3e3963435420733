#!/usr/bin/env bash
# Renders attune.svg to the PNGs and the .ico that tauri.conf.json's bundle.icon names. Needs rsvg-convert
# (apt: librsvg2-bin). The .ico holds PNG images (16–256 px), which every Windows since Vista reads.
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render() { rsvg-convert -w "$1" -h "$1" attune.svg -o "$2"; }
render 32 32x32.png
render 128 128x128.png
render 256 128x128@2x.png
render 512 icon.png
for s in 16 48 64; do render "$s" "$tmp/$s.png"; done
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
images = [(16, f"{tmp}/16.png"), (32, "32x32.png"), (48, f"{tmp}/48.png"), (64, f"{tmp}/64.png"),
          (128, "128x128.png"), (256, "128x128@2x.png")]
data = [open(p, "rb").read() for _, p in images]
head = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for (size, _), d in zip(images, data):
    head += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
open("icon.ico", "wb").write(head + b"".join(data))
PY
echo "icons rendered"
