#!/usr/bin/env bash
# Attune's end-to-end tests: the real built app in WebKitGTK, driven through tauri-driver + WebKitWebDriver under
# Xvfb, inside a private D-Bus session, with a throwaway HOME so the real user's data is never touched. The session
# set-up is shared with the app benchmark: tests/lib/session.sh.
#
#   tests/e2e/run.sh                 # after `make app`; `make test-e2e` does both
#   tests/e2e/run.sh 13 zoom         # only the files whose names hold "13" or "zoom" (e.g. 13-zoom-kept.test.mjs)
#   ATTUNE_APP_BIN=/path/to/attune-app tests/e2e/run.sh
#   KEEP_E2E_TMP=1 tests/e2e/run.sh  # keep the temp HOMEs for a look afterwards
#   ATTUNE_E2E_LANES=1 tests/e2e/run.sh   # every file in one session, one after another
#   ATTUNE_E2E_SCREENSHOTS_DIR=DIR tests/e2e/run.sh   # screenshots there instead of tests/screenshots/
#
# Screenshots of every screen go to tests/screenshots/, each checked with axe-core (light and dark). Exits non-zero
# when any test fails. Exports go to a folder in the temp dir (ATTUNE_EXPORT_DIR) instead of through the native save
# dialog, which WebDriver cannot drive; likewise the file to import (ATTUNE_IMPORT_FILE) and the folder restored
# backups go into (ATTUNE_RESTORE_DIR).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
SESSION_NAME=e2e
# shellcheck source=../lib/session.sh
. "$repo/tests/lib/session.sh"

if [ -z "${SESSION_INNER:-}" ]; then
  # Outer half: resolve paths with the real HOME, make the temp HOME, run the inner half in its own D-Bus session.
  app="${ATTUNE_APP_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}/debug/attune-app}"
  if [ ! -x "$app" ]; then
    session_say "no app at $app; build it first (make app)"
    exit 2
  fi
  cli="${ATTUNE_CLI_BIN:-$(dirname "$app")/attune}"
  # Names on the command line pick test files (any part of the file name); ATTUNE_E2E_ONLY does the same with paths.
  only="${ATTUNE_E2E_ONLY:-}"
  for name in "$@"; do
    found=0
    for f in "$here"/*.test.mjs; do
      case "$(basename "$f")" in *"$name"*) only="$only ./$(basename "$f")"; found=1 ;; esac
    done
    if [ "$found" = 0 ]; then
      session_say "no test file in tests/e2e has \"$name\" in its name"
      exit 2
    fi
  done
  session_tools
  if [ -z "$only" ]; then only="$(cd "$here" && printf './%s ' *.test.mjs)"; fi

  screenshots="${ATTUNE_E2E_SCREENSHOTS_DIR:-$repo/tests/screenshots}"
  rm -rf "$screenshots"
  mkdir -p "$screenshots"

  # Two lanes, each its own session (temp HOME, D-Bus, Xvfb, tauri-driver, app): the files that spend their time
  # waiting for the clock (a reminder due in a minute fires when that minute comes) run beside the others instead of
  # after them. Each lane ends with the leak scan (99-no-leaks) over its own HOME. ATTUNE_E2E_LANES=1 runs one lane.
  waiting=() others=()
  for f in $only; do
    case "$(basename "$f")" in
      99-*) ;;
      03-reminders.test.mjs) waiting+=("$f") ;;
      *) others+=("$f") ;;
    esac
  done
  leaks=""
  case " $only " in *" ./99-"*) leaks="$(cd "$here" && printf './%s ' 99-*.test.mjs)" ;; esac
  if [ "${ATTUNE_E2E_LANES:-2}" = 1 ] || [ "${#waiting[@]}" = 0 ] || [ "${#others[@]}" = 0 ]; then
    lanes=("${waiting[*]} ${others[*]} $leaks")
  else
    lanes=("${others[*]} $leaks" "${waiting[*]} $leaks")
  fi

  # run_lane N TMP FILES: one session in the temp HOME TMP, kept when the lane fails (or with KEEP_E2E_TMP).
  run_lane() {
    local n="$1" tmp="$2" files="$3" rc=0
    session_home "$tmp"
    mkdir -p "$tmp/exports" "$tmp/import" "$tmp/restored"
    # Lanes look for a free X display in ranges of their own, so two starting together never pick the same one.
    session_run "$tmp" "$here/run.sh" \
      ATTUNE_E2E_DISPLAYS="$((90 + 30 * n)) $((119 + 30 * n))" \
      ATTUNE_E2E_APP="$app" \
      ATTUNE_E2E_CLI="$cli" \
      ATTUNE_E2E_ROOT="$tmp" \
      ATTUNE_EXPORT_DIR="$tmp/exports" \
      ATTUNE_IMPORT_FILE="$tmp/import/journal.json" \
      ATTUNE_RESTORE_DIR="$tmp/restored" \
      ATTUNE_E2E_SCREENSHOTS="$screenshots" \
      ATTUNE_E2E_ONLY="$files" || rc=$?
    if [ "$rc" -ne 0 ] || [ -n "${KEEP_E2E_TMP:-}" ]; then
      session_say "lane $((n + 1)): temp HOME kept at $tmp"
    else
      session_remove "$tmp"
    fi
    return "$rc"
  }
  lane_tmp() { mktemp -d "${TMPDIR:-/tmp}/attune-e2e.XXXXXX"; }

  rc=0
  if [ "${#lanes[@]}" = 2 ]; then
    # The second lane starts first, and the first once the second's tauri-driver listens (each asks the system for a
    # free port, and a port already listened on is never handed out). Its report is printed whole afterwards.
    tmp2="$(lane_tmp)"
    report="$tmp2.report"
    run_lane 1 "$tmp2" "${lanes[1]}" >"$report" 2>&1 &
    second=$!
    for _ in $(seq 1 600); do
      { [ -e "$tmp2/session-started" ] || ! kill -0 "$second" 2>/dev/null; } && break
      sleep 0.1
    done
    run_lane 0 "$(lane_tmp)" "${lanes[0]}" || rc=$?
    wait "$second" || rc=$?
    session_say "lane 2 (${lanes[1]# }):"
    cat "$report"
    rm -f "$report"
  else
    run_lane 0 "$(lane_tmp)" "${lanes[0]}" || rc=$?
  fi
  session_say "screenshots in $screenshots"
  exit "$rc"
fi

# Inner half: inside dbus-run-session, with the temp HOME. Our own messages and node's go to stdout; the session's
# services (D-Bus, portals, WebKit) write their noise to stderr, which the outer half sends to session.log.
# shellcheck disable=SC2086 # two numbers
session_start ${ATTUNE_E2E_DISPLAYS:-90 150}
export ATTUNE_E2E_DRIVER="$SESSION_DRIVER_URL"
touch "$SESSION_ROOT/session-started"

cd "$here"
rc=0
# ATTUNE_E2E_ONLY="./one.test.mjs ./two.test.mjs": the lane's files (the outer half chose them).
read -r -a files <<<"$ATTUNE_E2E_ONLY"
node --test --test-concurrency=1 --test-reporter=spec "${files[@]}" 2>&1 || rc=$?
if [ "$rc" -ne 0 ]; then
  session_say "FAILED (node exit $rc); last lines of tauri-driver's log:"
  tail -n 30 "$SESSION_ROOT/tauri-driver.log" || true
fi
exit "$rc"
