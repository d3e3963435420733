# The one session set-up shared by the end-to-end tests (tests/e2e/run.sh) and the app benchmark
# (tests/bench/app-bench.sh): a throwaway HOME, a private D-Bus session, Xvfb with software rendering, and
# tauri-driver, all ended when the script exits. Sourced by bash scripts; it defines functions and sets nothing else.
#
# Outer half (with the real HOME):
#   session_tools                    -> $SESSION_DRIVER (tauri-driver), or exits 2 naming what is missing
#   session_home "$tmp"              -> makes $tmp/home (with XDG folders) and $tmp/runtime
#   session_run "$tmp" script [VAR=value ...]
#                                    -> runs script again inside dbus-run-session with the temp HOME and the given
#                                       variables, its stderr to $tmp/session.log; returns its exit code
#   session_remove "$tmp"            -> unmounts what a portal may have mounted, removes $tmp
# Inner half (inside session_run):
#   session_start FIRST_DISPLAY LAST_DISPLAY
#                                    -> Xvfb on a free display (sets DISPLAY), tauri-driver on a free port (sets
#                                       SESSION_DRIVER_URL, SESSION_DRIVER_PID); both stopped on exit. Logs go to
#                                       $SESSION_ROOT/xvfb.log and tauri-driver.log.

# Messages: to stderr in the outer half; in the inner half stderr is the session's log, so to stdout.
session_say() {
  if [ -n "${SESSION_INNER:-}" ]; then echo "$SESSION_NAME: $*"; else echo "$SESSION_NAME: $*" >&2; fi
}

session_tools() {
  SESSION_DRIVER="$(command -v tauri-driver || true)"
  [ -n "$SESSION_DRIVER" ] || SESSION_DRIVER="$HOME/.cargo/bin/tauri-driver"
  local tool
  for tool in "$SESSION_DRIVER" WebKitWebDriver Xvfb dbus-run-session node; do
    command -v "$tool" >/dev/null || { session_say "$tool not found (make deps)"; exit 2; }
  done
}

session_home() {
  local root="$1"
  mkdir -p "$root/home/.local/share" "$root/home/.config" "$root/home/.cache" "$root/runtime"
  chmod 700 "$root/runtime"
}

session_run() {
  local root="$1" script="$2"
  shift 2
  local rc=0
  env -u ATTUNE_VAULT -u ATTUNE_SETTINGS -u ATTUNE_EXPORT_DIR -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
    SESSION_INNER=1 \
    SESSION_ROOT="$root" \
    SESSION_DRIVER="$SESSION_DRIVER" \
    HOME="$root/home" \
    XDG_DATA_HOME="$root/home/.local/share" \
    XDG_CONFIG_HOME="$root/home/.config" \
    XDG_CACHE_HOME="$root/home/.cache" \
    XDG_RUNTIME_DIR="$root/runtime" \
    "$@" \
    dbus-run-session -- "$script" 2>>"$root/session.log" || rc=$?
  return "$rc"
}

session_remove() {
  local root="$1" m
  # The document portal may have mounted a FUSE folder in the runtime dir; unmount it before removing.
  for m in "$root/runtime/doc"; do
    fusermount3 -u "$m" 2>/dev/null || fusermount -u "$m" 2>/dev/null || true
  done
  rm -rf "$root" 2>/dev/null || session_say "could not remove all of $root"
}

session_wait_for() { # session_wait_for SECONDS DESCRIPTION COMMAND...
  local secs="$1" what="$2" _
  shift 2
  for _ in $(seq 1 $((secs * 10))); do
    if "$@" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  session_say "timed out after ${secs}s waiting for $what"
  return 1
}

session_free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
session_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

session_pids=()
session_cleanup() {
  local pid
  for pid in "${session_pids[@]}"; do
    # Each helper runs in its own process group (setsid), so this also ends the app and WebKitWebDriver it started.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  sleep 0.5
  for pid in "${session_pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
}

session_start() {
  local first="$1" last="$2" n display=""
  export NO_AT_BRIDGE=1
  # Software rendering: Xvfb has no GPU, and WebKit's DMA-BUF renderer would draw nothing.
  export WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 GDK_BACKEND=x11
  # No desktop portals: nothing for them to do here, and they would mount a FUSE folder in the temp runtime dir.
  export GTK_USE_PORTAL=0 GDK_DEBUG=no-portals
  trap session_cleanup EXIT
  trap 'exit 130' INT TERM

  for n in $(seq "$first" "$last"); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
  done
  [ -n "$display" ] || { session_say "no free X display"; exit 2; }
  setsid Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$SESSION_ROOT/xvfb.log" 2>&1 &
  session_pids+=($!)
  export DISPLAY="$display"
  session_wait_for 10 "Xvfb on $display" test -e "/tmp/.X11-unix/X${display#:}"

  local port native_port
  port="$(session_free_port)"
  native_port="$(session_free_port)"
  while [ "$native_port" = "$port" ]; do native_port="$(session_free_port)"; done
  setsid "$SESSION_DRIVER" --port "$port" --native-port "$native_port" >"$SESSION_ROOT/tauri-driver.log" 2>&1 &
  SESSION_DRIVER_PID=$!
  session_pids+=("$SESSION_DRIVER_PID")
  session_wait_for 20 "tauri-driver on port $port" session_port_open "$port"
  SESSION_DRIVER_URL="http://127.0.0.1:$port"
  export SESSION_DRIVER_URL SESSION_DRIVER_PID
}
