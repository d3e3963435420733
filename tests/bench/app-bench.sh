#!/usr/bin/env bash
# Attune's app benchmark: the release app beside a bare Tauri window built the same way, on this machine, under Xvfb.
# Measures start to the first screen, unlock to the first timeline page, search-as-you-type at 100k entries, and the
# idle memory of all the app's processes. `make bench` runs it after the journal's benchmark; docs/performance.md says
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

if [ -z "${ATTUNE_BENCH_INNER:-}" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
  entries="${ATTUNE_BENCH_ENTRIES:-100000}"
  say() { echo "app-bench: $*" >&2; }
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
  driver="$(command -v tauri-driver || true)"
  [ -n "$driver" ] || driver="$HOME/.cargo/bin/tauri-driver"
  for tool in "$driver" WebKitWebDriver Xvfb dbus-run-session node; do
    command -v "$tool" >/dev/null || { say "$tool not found (make deps)"; exit 2; }
  done

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
  mkdir -p "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache" "$tmp/runtime"
  chmod 700 "$tmp/runtime"
  cp -r "$vault" "$tmp/vault"
  stampfile="$(date -u +%Y%m%dT%H%M%SZ)"
  out="$cache/app-bench-$stampfile"

  set +e
  env -u ATTUNE_SETTINGS -u ATTUNE_EXPORT_DIR -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
    ATTUNE_BENCH_INNER=1 \
    ATTUNE_VAULT="$tmp/vault" \
    BENCH_ROOT="$tmp" \
    BENCH_APP="$app" \
    BENCH_BARE="$bare" \
    BENCH_TAURI_DRIVER="$driver" \
    BENCH_PASSPHRASE="$passphrase" \
    BENCH_WORDS="$(cat "$vault.words")" \
    BENCH_ENTRIES="$entries" \
    BENCH_RUNS="${ATTUNE_BENCH_RUNS:-7}" \
    BENCH_OUT="$out.json" \
    BENCH_TABLE="$out.md" \
    HOME="$tmp/home" \
    XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" \
    XDG_CACHE_HOME="$tmp/home/.cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" \
    dbus-run-session -- "$here/app-bench.sh" >&2 2>>"$tmp/session.log"
  rc=$?
  set -e

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
  echo "app-bench: table in $out.md, raw numbers in $out.json" >&2
  for m in "$tmp/runtime/doc"; do fusermount3 -u "$m" 2>/dev/null || fusermount -u "$m" 2>/dev/null || true; done
  rm -rf "$tmp" 2>/dev/null || say "could not remove all of $tmp"
  exit 0
fi

# Inner half: inside dbus-run-session with the temp HOME; stdout is progress, stderr the session's noise (session.log).
export NO_AT_BRIDGE=1
# As in tests/e2e/run.sh: software rendering (Xvfb has no GPU), X11, no desktop portals.
export WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 GDK_BACKEND=x11
export GTK_USE_PORTAL=0 GDK_DEBUG=no-portals

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local secs="$1" what="$2"
  shift 2
  for _ in $(seq 1 $((secs * 10))); do
    if "$@" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "app-bench: timed out after ${secs}s waiting for $what"
  return 1
}
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

display=""
for n in $(seq 151 210); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "app-bench: no free X display"; exit 2; }
setsid Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$BENCH_ROOT/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$display"
wait_for 10 "Xvfb on $display" test -e "/tmp/.X11-unix/X${display#:}"

port="$(free_port)"
native_port="$(free_port)"
while [ "$native_port" = "$port" ]; do native_port="$(free_port)"; done
setsid "$BENCH_TAURI_DRIVER" --port "$port" --native-port "$native_port" >"$BENCH_ROOT/tauri-driver.log" 2>&1 &
driver_pid=$!
pids+=("$driver_pid")
wait_for 20 "tauri-driver on port $port" port_open "$port"

BENCH_DRIVER="http://127.0.0.1:$port" BENCH_DRIVER_PID="$driver_pid" node "$here/lib/measure.mjs"
