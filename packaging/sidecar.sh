#!/usr/bin/env bash
# Builds the attune CLI for the Windows and macOS bundles and puts it where the Tauri bundler takes it from
# (bundle.externalBin in packaging/windows-macos.conf.json): packaging/stage/bin/attune-<target triple>[.exe] (not
# committed). The bundler installs it beside the app, without the triple: `attune.exe` in Attune's folder on Windows
# (the installers put that folder on the PATH: packaging/windows/), `Attune.app/Contents/MacOS/attune` on macOS.
#
#   packaging/sidecar.sh [TRIPLE]     # default: $TAURI_ENV_TARGET_TRIPLE, else the host's
#
# Run it before `tauri build --config ../packaging/windows-macos.conf.json` (the release workflow does): the app's own
# build script (tauri-build) already copies the sidecar for the target it compiles, and stops if it is missing.
# universal-apple-darwin builds both Apple targets and joins them with lipo; the two single-target files stay, since
# the build script looks for the one of the target it compiles and the bundler for the universal one.
# On Linux the packages take the CLI from packaging/stage.sh instead, with its man pages and completions.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
out="${SIDECAR_OUT:-$here/stage/bin}"  # SIDECAR_OUT: only for packaging/check.sh, which runs this with a stand-in cargo
host="$(rustc -vV | sed -n 's/^host: //p')"
triple="${1:-${TAURI_ENV_TARGET_TRIPLE:-$host}}"

# build TRIPLE: the release CLI for TRIPLE, copied to $out/attune-TRIPLE[.exe]
build() {
  local t="$1" ext="" dir args=()
  case "$t" in *windows*) ext=.exe ;; esac
  if [ "$t" = "$host" ]; then dir="$target_dir/release"; else dir="$target_dir/$t/release"; args=(--target "$t"); fi
  echo "sidecar: building the attune CLI (release, $t)" >&2
  # ${args[@]+...}: macOS's bash 3.2 calls an empty array unset under `set -u`.
  (cd "$repo" && cargo build --release --locked -p attune-cli ${args[@]+"${args[@]}"} >&2)
  cp "$dir/attune$ext" "$out/attune-$t$ext"
}

mkdir -p "$out"
if [ "$triple" = universal-apple-darwin ]; then
  build aarch64-apple-darwin
  build x86_64-apple-darwin
  lipo -create -output "$out/attune-universal-apple-darwin" \
    "$out/attune-aarch64-apple-darwin" "$out/attune-x86_64-apple-darwin"
else
  build "$triple"
fi
echo "sidecar: $(cd "$out" && ls) in $out" >&2
