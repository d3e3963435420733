#!/usr/bin/env bash
# The install test (`make test-install`, part of `make test`, which first builds the packages from the debug build;
# `tests/install/run.sh` alone tests `make package`'s release packages):
#   1. apt-get installs the .deb, as a person would;
#   2. checks what it put on the system: `attune --version`, `man -w attune`, the completions, the desktop entry
#      (desktop-file-validate), the icons, the metainfo (appstreamcli validate), the licence, that no dependency is
#      a -dev package and that every library the two programs load is found;
#   3. starts the installed app under Xvfb with a throwaway HOME (tests/e2e/run.sh's session) and, over WebDriver,
#      unlocks a journal made with the installed CLI (tests/install/installed-app.test.mjs), then removes the package
#      there and checks the journal and the settings are untouched;
#   4. checks the removal: no files, no man page, dpkg knows nothing of it;
#   5. reads the .rpm with rpm -qpl / -qpR: the same files as the .deb, the runtime requirements, no -devel.
# Whatever happens, the package is removed again at the end, so `make test` can run twice. The machine is shared, so
# one install test runs at a time (a lock in /tmp).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=600)
[ "$(id -u)" = 0 ] || apt=(sudo "${apt[@]}")

say() { echo "install-test: $*"; }
failures=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, reports, counts failures
  local what="$1"
  shift
  if "$@"; then say "ok: $what"; else say "FAIL: $what"; failures=$((failures + 1)); fi
}

version="$(sed -n '/^\[workspace\.package\]/,/^\[/ s/^version = "\(.*\)"$/\1/p' "$repo/Cargo.toml")"
# `make test-install` points this at the debug build's bundles (see the Makefile); by default, `make package`'s.
bundle="${ATTUNE_BUNDLE_DIR:-$target_dir/release/bundle}"
deb="$bundle/deb/Attune_${version}_amd64.deb"
rpm="$(find "$bundle/rpm" -name "Attune-$version-*.x86_64.rpm" 2>/dev/null | head -n1 || true)"
[ -f "$deb" ] || { say "no $deb: run 'make package' first"; exit 2; }
[ -f "$rpm" ] || { say "no .rpm for $version in $bundle/rpm: run 'make package' first"; exit 2; }

exec 9>/tmp/attune-install-test.lock
say "waiting for any other install test on this machine to finish"
flock 9

installed() { dpkg-query -W -f='${Status}' attune 2>/dev/null | grep -q '^install ok installed'; }
remove() { "${apt[@]}" purge attune >/dev/null 2>&1 || true; }
if installed; then
  say "attune is installed already (a previous run stopped early?): removing it first"
  remove
fi
trap 'if installed; then say "removing the package"; remove; fi' EXIT

# --- 1. Install ----------------------------------------------------------------------------------------------------
say "apt-get install $deb"
"${apt[@]}" install "$deb" >/dev/null

# --- 2. What it installed ------------------------------------------------------------------------------------------
desktop=/usr/share/applications/Attune.desktop
metainfo=/usr/share/metainfo/app.attune.journal.metainfo.xml
exec_name="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
check "the desktop entry's Exec ($exec_name) is on the PATH" command -v "$exec_name"
check "attune is on the PATH at /usr/bin/attune" test "$(command -v attune)" = /usr/bin/attune
check "attune --version says $version" test "$(attune --version)" = "attune $version"
check "man -w attune finds the installed page" test "$(man -w attune 2>/dev/null)" = /usr/share/man/man1/attune.1.gz
check "a man page per command (attune-add-check-in)" man -w attune-add-check-in
check "bash completion completes attune's commands" \
  bash -c 'source /usr/share/bash-completion/completions/attune && complete -p attune >/dev/null'
check "zsh and fish completions" test -s /usr/share/zsh/vendor-completions/_attune \
  -a -s /usr/share/fish/vendor_completions.d/attune.fish
check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
check "appstreamcli validate $metainfo" appstreamcli validate --no-net "$metainfo"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
for size in 16 24 32 48 64 128 256 512; do
  check "icon ${size}x${size}" test "$(file -b "/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png" | cut -d, -f2)" \
    = " $size x $size"
done
check "scalable icon" test -s "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
check "the licence" test -s /usr/share/doc/attune/copyright -a -s /usr/share/doc/attune/LICENSE-MIT \
  -a -s /usr/share/doc/attune/LICENSE-APACHE

depends="$(dpkg-query -W -f='${Depends}' attune)"
check "no -dev package among the dependencies ($depends)" bash -c "! grep -q -- '-dev\b' <<<'$depends'"
# Every library the two programs load is there (ldd finds it). Whether each one comes from a declared dependency's
# closure is not checked yet.
check "every library the programs load is found" bash -c '! ldd /usr/bin/attune-app /usr/bin/attune | grep -q "not found"'
# SQLCipher encrypts with the system's libcrypto on Linux: the package must say so.
check "libcrypto, which both programs load, comes from a declared dependency (libssl3)" bash -c \
  "grep -qw libssl3 <<<'$depends' && ldd /usr/bin/attune-app | grep -q libcrypto.so.3 && ldd /usr/bin/attune | grep -q libcrypto.so.3"

# --- 3. The installed app, with a journal from the installed CLI; removal inside, after the app has quit ----------
say "starting the installed $exec_name under Xvfb with a throwaway HOME"
set +e
ATTUNE_APP_BIN="$(command -v "$exec_name")" \
  ATTUNE_E2E_ONLY="$here/installed-app.test.mjs" \
  ATTUNE_E2E_SCREENSHOTS_DIR="$repo/tests/screenshots/install" \
  ATTUNE_INSTALL_CLI=/usr/bin/attune \
  ATTUNE_INSTALL_DESKTOP="$desktop" \
  ATTUNE_INSTALL_REMOVE="${apt[*]} remove attune" \
  "$repo/tests/e2e/run.sh"
rc=$?
set -e
check "the installed app unlocks the CLI's journal; removal keeps it (installed-app.test.mjs)" test "$rc" -eq 0

# --- 4. Removed ----------------------------------------------------------------------------------------------------
check "dpkg no longer lists attune as installed" bash -c "! dpkg-query -W -f='\${Status}' attune 2>/dev/null | grep -q 'ok installed'"
check "no attune, attune-app, desktop entry or metainfo left" \
  test ! -e /usr/bin/attune -a ! -e /usr/bin/attune-app -a ! -e "$desktop" -a ! -e "$metainfo"
check "man -w attune finds nothing" bash -c '! man -w attune >/dev/null 2>&1'

# --- 5. The .rpm ---------------------------------------------------------------------------------------------------
# The same files as the .deb, where each distribution keeps them: zsh completions and the licence live elsewhere.
normalise() {
  sed -e 's#^\.\{0,1\}/\{0,1\}#/#' -e 's#/usr/share/zsh/\(vendor-completions\|site-functions\)/#/usr/share/zsh/COMPLETIONS/#' \
    -e 's#/usr/share/\(doc\|licenses\)/attune/#/usr/share/LICENCE/attune/#' | grep -v '/copyright$' | grep -v '/$' | sort
}
deb_files="$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | normalise)"
rpm_files="$(rpm -qpl "$rpm" 2>/dev/null | normalise)"
check "rpm -qpl lists the .deb's files" test "$deb_files" = "$rpm_files"
if [ "$deb_files" != "$rpm_files" ]; then diff <(echo "$deb_files") <(echo "$rpm_files") || true; fi
requires="$(rpm -qpR "$rpm" 2>/dev/null | grep -v '^rpmlib(' | sort | tr '\n' ' ')"
# WebKitGTK and GTK are required by soname (the bundler adds those), the tray library by package name.
for req in 'libwebkit2gtk-4.1.so.0()(64bit)' 'libgtk-3.so.0()(64bit)' libayatana-appindicator-gtk3; do
  check "rpm -qpR requires $req" grep -qF -- "$req " <<<"$requires"
done
check "rpm -qpR: no -devel package ($requires)" bash -c "! grep -q -- '-devel' <<<'$requires'"

if [ "$failures" -ne 0 ]; then say "$failures failed"; exit 1; fi
say "all passed"
