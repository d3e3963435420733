#!/usr/bin/env bash
# Renders attune.svg to the PNGs and the .ico that tauri.conf.json's bundle.icon names, and to every size the Linux
# desktops look up (16–512 px; tauri.linux.conf.json lists them, and the packages install attune.svg as the scalable
# one). Needs rsvg-convert (apt: librsvg2-bin). The .ico holds PNG images (16–256 px), which every Windows since Vista
# reads.
set -euo pipefail
cd "$(dirname "$0")"
render() { rsvg-convert -w "$1" -h "$1" attune.svg -o "$2"; }
render 32 32x32.png
render 128 128x128.png
render 256 128x128@2x.png
render 512 icon.png
for s in 16 24 48 64 256; do render "$s" "${s}x${s}.png"; done
python3 - <<'PY'
import struct, sys
images = [(16, "16x16.png"), (32, "32x32.png"), (48, "48x48.png"), (64, "64x64.png"),
          (128, "128x128.png"), (256, "256x256.png")]
data = [open(p, "rb").read() for _, p in images]
head = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for (size, _), d in zip(images, data):
    head += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
open("icon.ico", "wb").write(head + b"".join(data))
PY
echo "icons rendered"
