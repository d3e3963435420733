#!/usr/bin/env bash
# Attune's end-to-end tests: the real built app in WebKitGTK, driven through tauri-driver + WebKitWebDriver under
# Xvfb, inside a private D-Bus session, with a throwaway HOME so the real user's data is never touched.
#
#   tests/e2e/run.sh                 # after `make app`; `make test-e2e` does both
#   ATTUNE_APP_BIN=/path/to/attune-app tests/e2e/run.sh
#   KEEP_E2E_TMP=1 tests/e2e/run.sh  # keep the temp HOME for a look afterwards
#   ATTUNE_E2E_SCREENSHOTS_DIR=DIR tests/e2e/run.sh   # screenshots there instead of tests/screenshots/
#
# Screenshots of every screen go to tests/screenshots/. Exits non-zero when any test fails. Exports go to a folder in
# the temp dir (ATTUNE_EXPORT_DIR) instead of through the native save dialog, which WebDriver cannot drive.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if [ -z "${ATTUNE_E2E_INNER:-}" ]; then
  # Outer half: resolve paths with the real HOME, make the temp HOME, run the inner half in its own D-Bus session.
  app="${ATTUNE_APP_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}/debug/attune-app}"
  if [ ! -x "$app" ]; then
    echo "e2e: no app at $app; build it first (make app)" >&2
    exit 2
  fi
  driver="$(command -v tauri-driver || true)"
  [ -n "$driver" ] || driver="$HOME/.cargo/bin/tauri-driver"
  for tool in "$driver" WebKitWebDriver Xvfb dbus-run-session node; do
    command -v "$tool" >/dev/null || { echo "e2e: $tool not found (make deps)" >&2; exit 2; }
  done

  tmp="$(mktemp -d "${TMPDIR:-/tmp}/attune-e2e.XXXXXX")"
  mkdir -p "$tmp/exports" "$tmp/home" "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache" "$tmp/runtime"
  chmod 700 "$tmp/runtime"
  screenshots="${ATTUNE_E2E_SCREENSHOTS_DIR:-$repo/tests/screenshots}"
  rm -rf "$screenshots"
  mkdir -p "$screenshots"

  set +e
  env -u ATTUNE_VAULT -u ATTUNE_SETTINGS -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
    ATTUNE_E2E_INNER=1 \
    ATTUNE_E2E_APP="$app" \
    ATTUNE_E2E_TAURI_DRIVER="$driver" \
    ATTUNE_E2E_ROOT="$tmp" \
    ATTUNE_EXPORT_DIR="$tmp/exports" \
    ATTUNE_E2E_SCREENSHOTS="$screenshots" \
    HOME="$tmp/home" \
    XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" \
    XDG_CACHE_HOME="$tmp/home/.cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" \
    dbus-run-session -- "$here/run.sh" "$@" 2>>"$tmp/session.log"
  rc=$?
  set -e

  echo "e2e: screenshots in $screenshots"
  if [ "$rc" -ne 0 ] || [ -n "${KEEP_E2E_TMP:-}" ]; then
    echo "e2e: temp HOME kept at $tmp"
  else
    # The document portal may have mounted a FUSE folder in the runtime dir; unmount it before removing.
    for m in "$tmp/runtime/doc"; do
      fusermount3 -u "$m" 2>/dev/null || fusermount -u "$m" 2>/dev/null || true
    done
    rm -rf "$tmp" 2>/dev/null || echo "e2e: could not remove all of $tmp"
  fi
  exit "$rc"
fi

# Inner half: inside dbus-run-session, with the temp HOME. Our own messages and node's go to stdout; the session's
# services (D-Bus, portals, WebKit) write their noise to stderr, which the outer half sends to session.log.
exec 3>&1
export NO_AT_BRIDGE=1
# Software rendering: Xvfb has no GPU, and WebKit's DMA-BUF renderer would draw nothing.
export WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 GDK_BACKEND=x11
# No desktop portals: nothing for them to do here, and they would mount a FUSE folder in the temp runtime dir.
export GTK_USE_PORTAL=0 GDK_DEBUG=no-portals

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    # Each helper runs in its own process group (setsid), so this also ends the app and WebKitWebDriver it started.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
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
  echo "e2e: timed out after ${secs}s waiting for $what" >&3
  return 1
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A free X display.
display=""
for n in $(seq 90 150); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "e2e: no free X display" >&3; exit 2; }
setsid Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$ATTUNE_E2E_ROOT/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$display"
wait_for 10 "Xvfb on $display" test -e "/tmp/.X11-unix/X${display#:}"

port="$(free_port)"
native_port="$(free_port)"
while [ "$native_port" = "$port" ]; do native_port="$(free_port)"; done
setsid "$ATTUNE_E2E_TAURI_DRIVER" --port "$port" --native-port "$native_port" \
  >"$ATTUNE_E2E_ROOT/tauri-driver.log" 2>&1 &
pids+=($!)
wait_for 20 "tauri-driver on port $port" port_open "$port"
export ATTUNE_E2E_DRIVER="http://127.0.0.1:$port"

cd "$here"
set +e
# ATTUNE_E2E_ONLY=path/to/one.test.mjs runs one file (for debugging a step).
if [ -n "${ATTUNE_E2E_ONLY:-}" ]; then files=("$ATTUNE_E2E_ONLY"); else files=(./*.test.mjs); fi
node --test --test-concurrency=1 --test-reporter=spec "${files[@]}" 2>&1
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
  echo "e2e: FAILED (node exit $rc); last lines of tauri-driver's log:" >&3
  tail -n 30 "$ATTUNE_E2E_ROOT/tauri-driver.log" >&3 || true
fi
exit "$rc"
