#!/usr/bin/env bash
# Stages what the Linux packages hold besides the app itself, into packaging/stage/ (not committed):
#   attune                       the CLI, built like the app: release (or debug for `tauri build --debug`)
#   man/*.1.gz                   its man pages, written by the CLI from its own clap definitions
#   completions/attune.bash, _attune, attune.fish
#                                its shell completions, written the same way
# Nothing here is written by hand: a subcommand added to cli/src/args.rs shows up in the pages and completions of the
# next package. The Tauri CLI runs this as the beforeBundleCommand (src-tauri/tauri.linux.conf.json), after it has
# built the app and before it builds the .deb and .rpm, so `tauri build` alone makes complete packages.
#
# Why the binary writes them rather than cli/build.rs: the clap definitions use attune-journal's types, so a build
# script would have to compile the journal (SQLCipher, OpenSSL) a second time for the host, in every profile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
stage="$here/stage"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"

# The Tauri CLI says which target it builds for; build the CLI for the same one.
# `tauri build --debug` (the install test's packages) sets TAURI_ENV_DEBUG; the CLI is built the same way as the app.
host="$(rustc -vV | sed -n 's/^host: //p')"
triple="${TAURI_ENV_TARGET_TRIPLE:-$host}"
if [ "${TAURI_ENV_DEBUG:-}" = true ]; then profile=debug; profile_args=(); else profile=release; profile_args=(--release); fi
if [ "$triple" = "$host" ]; then
  target_args=()
  bin_dir="$target_dir/$profile"
else
  target_args=(--target "$triple")
  bin_dir="$target_dir/$triple/$profile"
fi

echo "stage: building the attune CLI ($profile, $triple)" >&2
(cd "$repo" && cargo build "${profile_args[@]}" --locked -p attune-cli "${target_args[@]}" >&2)
cli="$bin_dir/attune"

rm -rf "$stage"
mkdir -p "$stage/man" "$stage/completions"
install -m 0755 "$cli" "$stage/attune"
# The release profile keeps symbol tables (strip = "debuginfo"); the packages don't need them, and they are a sixth
# of each binary. The app is stripped where the bundler takes it from (cargo still sees it as built), into a new file
# renamed over it: strip itself writes through hard links, and cargo hard-links the binary to its copy in deps/ (a
# target folder seeded with hard links would share it further).
strip "$stage/attune"
strip -o "$bin_dir/attune-app.stripped" "$bin_dir/attune-app"
mv -f "$bin_dir/attune-app.stripped" "$bin_dir/attune-app"

"$cli" man-pages "$stage/man"
# Debian and Fedora keep man pages gzipped; -n leaves the time out so the same sources give the same package.
gzip -9n "$stage"/man/*.1

"$cli" completions bash >"$stage/completions/attune.bash"
"$cli" completions zsh >"$stage/completions/_attune"
"$cli" completions fish >"$stage/completions/attune.fish"

echo "stage: $(find "$stage/man" -name '*.1.gz' | wc -l) man pages and 3 completion scripts in $stage" >&2
