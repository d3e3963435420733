#!/usr/bin/env bash
# Attune's app benchmark: the release app beside a bare Tauri window built the same way, on this machine, under Xvfb.
# Measures start to the first screen, unlock to the first timeline page, Insights clicked to its first card painted,
# search-as-you-type at 100k entries, and the idle memory of all the app's processes. `make bench` runs it after the journal's benchmark; docs/performance.md says
# what each number means.
#
#   tests/bench/app-bench.sh                        # build (UI, app, CLI, bare window; release), then measure
#   ATTUNE_BENCH_NO_BUILD=1 tests/bench/app-bench.sh # measure what is built
#   ATTUNE_BENCH_RUNS=3 ATTUNE_BENCH_ENTRIES=10000 tests/bench/app-bench.sh   # quicker, smaller
#
# The 100k-entry vault is generated once (tests/bench/lib/generate.mjs, then `attune import`) and kept in
# $CARGO_TARGET_DIR/attune-bench/; each run works on a copy in a temp HOME, so the real user's data is never touched.
# The table goes to stdout and, with the raw numbers, to $CARGO_TARGET_DIR/attune-bench/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
SESSION_NAME=app-bench
# The session set-up (temp HOME, D-Bus, Xvfb, tauri-driver) is the end-to-end tests' own.
# shellcheck source=../lib/session.sh
. "$repo/tests/lib/session.sh"

if [ -z "${SESSION_INNER:-}" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
  entries="${ATTUNE_BENCH_ENTRIES:-100000}"
  say() { session_say "$@"; }
  started=$(date +%s)

  if [ -z "${ATTUNE_BENCH_NO_BUILD:-}" ]; then
    say "building the UI, then attune-app and attune (release), then the bare window (release)"
    # Only when the UI's sources are newer than its build: a rebuilt ui/dist makes cargo rebuild the app (minutes).
    if [ ! -f "$repo/ui/dist/index.html" ] || [ -n "$(find "$repo/ui" -path "$repo/ui/node_modules" -prune -o \
        -path "$repo/ui/dist" -prune -o -type f -newer "$repo/ui/dist/index.html" -print -quit)" ]; then
      (cd "$repo/ui" && npm run build >&2)
    fi
    (cd "$repo" && cargo build --release -p attune-app -p attune-cli --locked >&2)
    cargo build --release --locked --manifest-path "$here/bare/Cargo.toml" >&2
  fi
  app="$CARGO_TARGET_DIR/release/attune-app"
  cli="$CARGO_TARGET_DIR/release/attune"
  bare="$CARGO_TARGET_DIR/release/attune-bench-bare"
  [ -x "$cli" ] || { say "no $cli: build first (drop ATTUNE_BENCH_NO_BUILD)"; exit 2; }
  session_tools

  # The vault: generated once per generator version, entry count and schema, then reused.
  passphrase="a quiet kitchen, morning tea and the long walk home"
  cache="$CARGO_TARGET_DIR/attune-bench"
  vault="$cache/vault-$entries"
  gen_version="$(sed -n 's/^export const GENERATOR_VERSION = \([0-9]*\);/\1/p' "$here/lib/generate.mjs")"
  stamp="entries=$entries generator=$gen_version schema=$(cat "$repo"/journal/migrations/*.sql | sha256sum | cut -c1-16)"
  if [ "$(cat "$vault.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -s "$vault.words" ]; then
    say "generating a $entries-entry journal and importing it into $vault (once)"
    rm -rf "$vault" "$vault.stamp" "$vault.words"
    mkdir -p "$cache"
    json="$(mktemp "$cache/journal-XXXXXX.json")"
    node "$here/lib/generate.mjs" "$entries" "$json" >"$vault.words.tmp"
    ATTUNE_VAULT="$vault" ATTUNE_PASSPHRASE="$passphrase" "$cli" init >/dev/null
    t0=$(date +%s)
    ATTUNE_VAULT="$vault" ATTUNE_PASSPHRASE="$passphrase" "$cli" import "$json" >&2
    say "imported in $(( $(date +%s) - t0 )) s"
    rm -f "$json"
    mv "$vault.words.tmp" "$vault.words"
    echo "$stamp" >"$vault.stamp"
  fi

  for bin in "$app" "$bare"; do
    [ -x "$bin" ] || { say "no $bin: build first (drop ATTUNE_BENCH_NO_BUILD)"; exit 2; }
  done

  tmp="$(mktemp -d "${TMPDIR:-/tmp}/attune-bench.XXXXXX")"
  session_home "$tmp"
  cp -r "$vault" "$tmp/vault"
  stampfile="$(date -u +%Y%m%dT%H%M%SZ)"
  out="$cache/app-bench-$stampfile"

  rc=0
  # The inner half's stdout is progress: to this script's stderr.
  session_run "$tmp" "$here/app-bench.sh" \
    ATTUNE_VAULT="$tmp/vault" \
    BENCH_APP="$app" \
    BENCH_BARE="$bare" \
    BENCH_PASSPHRASE="$passphrase" \
    BENCH_WORDS="$(cat "$vault.words")" \
    BENCH_ENTRIES="$entries" \
    BENCH_RUNS="${ATTUNE_BENCH_RUNS:-7}" \
    BENCH_OUT="$out.json" \
    BENCH_TABLE="$out.md" >&2 || rc=$?

  if [ "$rc" -ne 0 ]; then
    say "FAILED (exit $rc); temp HOME kept at $tmp (session.log, tauri-driver.log)"
    exit "$rc"
  fi
  {
    echo
    echo "Machine: $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB," \
      "kernel $(uname -r), $(rustc --version)," \
      "WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo '(version unknown)')," \
      "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). $entries entries; took $(( $(date +%s) - started )) s."
  } >>"$out.md"
  cat "$out.md"
  say "table in $out.md, raw numbers in $out.json"
  session_remove "$tmp"
  exit 0
fi

# Inner half: inside dbus-run-session with the temp HOME; stdout is progress, stderr the session's noise (session.log).
session_start 151 210
export BENCH_ROOT="$SESSION_ROOT"
BENCH_DRIVER="$SESSION_DRIVER_URL" BENCH_DRIVER_PID="$SESSION_DRIVER_PID" node "$here/lib/measure.mjs"
