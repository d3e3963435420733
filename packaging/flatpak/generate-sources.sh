#!/usr/bin/env bash
# Writes the two source lists the Flatpak manifest builds from, offline, from the lock files:
#   cargo-sources.json  every crate in Cargo.lock (flatpak-cargo-generator)
#   node-sources.json   every npm package in ui/package-lock.json (flatpak-node-generator)
# Both generators come from flatpak-builder-tools (https://github.com/flatpak/flatpak-builder-tools); put them on the
# PATH first. The lists are not committed: they are regenerated for each Flathub submission, from that release's locks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
for tool in flatpak-cargo-generator flatpak-node-generator; do
  command -v "$tool" >/dev/null || { echo "generate-sources: $tool is not on the PATH (flatpak-builder-tools)" >&2; exit 2; }
done
flatpak-cargo-generator "$repo/Cargo.lock" -o "$here/cargo-sources.json"
flatpak-node-generator npm "$repo/ui/package-lock.json" -o "$here/node-sources.json"
echo "generate-sources: wrote $here/cargo-sources.json and $here/node-sources.json"
