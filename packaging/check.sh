#!/usr/bin/env bash
# Offline checks of everything packaging ships that no build exercises (run by `make test`, and by the release
# workflow before it builds anything):
#   - one version: the workspace version in Cargo.toml is the newest release in CHANGELOG.md and in the AppStream
#     metainfo (same date), no crate or config sets its own, and a release tag (--tag v1.2.3) names it;
#   - one address: every project URL in the metainfo, tauri.conf.json, the copyright file and CHANGELOG.md, and the
#     README's releases link, is the workspace's `repository` (packaging/set-repository.sh changes them all);
#   - the metainfo passes `appstreamcli validate`, the desktop entry passes `desktop-file-validate`;
#   - the Flatpak manifest parses with flatpak-builder's own parser and asks for no more than Attune needs;
#   - the Tauri configurations pass the Tauri CLI's schema; the Windows and macOS bundles' CLI (windows-macos.conf.json,
#     sidecar.sh, the installers' PATH hooks in windows/) is named as the bundler expects, and the hooks compile;
#   - the release workflow passes actionlint, and the packaging scripts pass shellcheck.
#
#   packaging/check.sh                      # everything (needs appstream, desktop-file-utils, flatpak-builder,
#                                           # shellcheck, nsis, python3-jsonschema, and actionlint on PATH or in
#                                           # $ACTIONLINT)
#   packaging/check.sh --metadata-only [--tag v1.2.3]   # versions, addresses, metainfo, desktop entry
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
metadata_only=""
tag=""
while [ $# -gt 0 ]; do
  case "$1" in
    --metadata-only) metadata_only=1 ;;
    --tag) tag="${2:-}"; shift ;;
    *) echo "check: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

failures=0
fail() { echo "check: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "check: ok: $*"; }

metainfo="$here/linux/app.attune.journal.metainfo.xml"
conf="$repo/src-tauri/tauri.conf.json"

# --- One version -------------------------------------------------------------------------------------------------
workspace_field() { sed -n '/^\[workspace\.package\]/,/^\[/ s/^'"$1"' = "\(.*\)"$/\1/p' "$repo/Cargo.toml"; }
version="$(workspace_field version)"
repository="$(workspace_field repository)"
[ -n "$version" ] || fail "no version in [workspace.package] of Cargo.toml"

changelog_line="$(grep -m1 -E '^## \[[0-9]+\.[0-9]+\.[0-9]+[^]]*\] - [0-9]{4}-[0-9]{2}-[0-9]{2}$' "$repo/CHANGELOG.md" || true)"
changelog_version="$(sed -E 's/^## \[([^]]+)\].*/\1/' <<<"$changelog_line")"
changelog_date="$(sed -E 's/.* - //' <<<"$changelog_line")"
release_line="$(grep -m1 '<release ' "$metainfo" || true)"
metainfo_version="$(sed -E 's/.*version="([^"]+)".*/\1/' <<<"$release_line")"
metainfo_date="$(sed -E 's/.*date="([^"]+)".*/\1/' <<<"$release_line")"
if [ "$changelog_version" = "$version" ] && [ "$metainfo_version" = "$version" ] \
    && [ "$changelog_date" = "$metainfo_date" ]; then
  pass "version $version ($changelog_date) in Cargo.toml, CHANGELOG.md and the metainfo"
else
  fail "versions disagree: Cargo.toml $version, CHANGELOG.md '$changelog_version' ($changelog_date)," \
    "metainfo '$metainfo_version' ($metainfo_date)"
fi
grep -q '^## \[Unreleased\]$' "$repo/CHANGELOG.md" || fail "CHANGELOG.md has no '## [Unreleased]' section"

own_versions="$(grep -l '^version = ' "$repo"/{journal,cli,src-tauri}/Cargo.toml || true)"
[ -z "$own_versions" ] || fail "these crates set their own version instead of version.workspace: $own_versions"
for json in "$conf" "$repo"/src-tauri/tauri.*.conf.json "$repo/ui/package.json"; do
  [ -f "$json" ] || continue
  if python3 -c 'import json,sys; sys.exit(0 if "version" in json.load(open(sys.argv[1])) else 1)' "$json"; then
    fail "${json#"$repo"/} sets a version; the workspace's is the only one"
  fi
done
if [ -n "$tag" ]; then
  if [ "$tag" = "v$version" ]; then pass "tag $tag"; else fail "tag $tag is not v$version"; fi
fi

# --- One address -------------------------------------------------------------------------------------------------
if [ -z "$repository" ]; then
  fail "no repository in [workspace.package] of Cargo.toml"
else
  # The README may link to other projects on GitHub; its link to the releases page is this project's.
  stray="$( { grep -ohE 'https://(github\.com|raw\.githubusercontent\.com)/[^/"<> ]+/[^/"<> ]+' \
      "$metainfo" "$conf" "$here/linux/copyright" "$repo/CHANGELOG.md"
    grep -ohE 'https://github\.com/[^/"<> ]+/[^/"<> ]+/releases' "$repo/README.md" | sed 's#/releases$##'; } \
    | sed -E 's#raw\.githubusercontent\.com#github.com#' | sort -u | grep -vxF "$repository" || true)"
  grep -qF "$repository/releases" "$repo/README.md" || fail "README.md does not link to $repository/releases"
  if [ -z "$stray" ]; then pass "project links all point at $repository"; else fail "links elsewhere: $stray"; fi
  if grep -q '^# PLACEHOLDER: not the real address yet' "$repo/Cargo.toml"; then
    echo "check: note: $repository is a placeholder; packaging/set-repository.sh sets the real address everywhere"
  fi
fi

# --- AppStream metainfo ------------------------------------------------------------------------------------------
# appstream 0.16 (Debian 12) predates the <developer> tag and reports it as unknown (info); anything else fails.
report="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1 || true)"
issues="$(grep -E '^[EWIP]: ' <<<"$report" | grep -v 'unknown-tag developer$' || true)"
if [ -z "$issues" ] && grep -q 'Validation was successful' <<<"$report"; then
  pass "appstreamcli validate: the metainfo"
else
  fail "appstreamcli validate: $report"
fi
for tag_name in content_rating launchable screenshots releases; do
  grep -q "<$tag_name" "$metainfo" || fail "the metainfo has no <$tag_name>"
done

# --- Desktop entry -----------------------------------------------------------------------------------------------
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for icon in attune-app app.attune.journal; do
  "$here/linux/render-desktop.sh" "$icon" >"$tmp/$icon.desktop"
  if out="$(desktop-file-validate "$tmp/$icon.desktop" 2>&1)" && [ -z "$out" ]; then
    pass "desktop-file-validate: the desktop entry (Icon=$icon)"
  else
    fail "desktop-file-validate (Icon=$icon): $out"
  fi
done

if [ -n "$metadata_only" ]; then
  [ "$failures" -eq 0 ] || { echo "check: $failures failed" >&2; exit 1; }
  exit 0
fi

# --- Flatpak manifest --------------------------------------------------------------------------------------------
# flatpak-builder parses the manifest and every file it includes; the generated source lists and Flathub's shared
# module are not in this repository, so a copy is checked with stand-ins for them.
fp="$tmp/flatpak"
mkdir -p "$fp/shared-modules/libayatana-appindicator"
cp "$here/flatpak/app.attune.journal.yml" "$fp/"
stub='{"type": "inline", "contents": "", "dest-filename": "stand-in"}'
echo "[$stub]" >"$fp/cargo-sources.json"
echo "[$stub]" >"$fp/node-sources.json"
echo "{\"name\": \"libayatana-appindicator\", \"buildsystem\": \"simple\", \"build-commands\": [], \"sources\": [$stub]}" \
  >"$fp/shared-modules/libayatana-appindicator/libayatana-appindicator-gtk3.json"
if (cd "$fp" && flatpak-builder --show-manifest app.attune.journal.yml) >"$tmp/manifest.json" 2>"$tmp/manifest.err" \
    && ! grep -qiE 'warning|error|critical' "$tmp/manifest.err"; then
  pass "flatpak-builder parses the Flatpak manifest"
else
  fail "flatpak-builder --show-manifest: $(cat "$tmp/manifest.err")"
fi
if problems="$(python3 - "$tmp/manifest.json" "$conf" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
conf = json.load(open(sys.argv[2]))
problems = []
if manifest.get("id") != conf["identifier"]:
    problems.append(f"app id {manifest.get('id')} is not the identifier {conf['identifier']}")
if manifest.get("runtime") != "org.gnome.Platform":
    problems.append("the runtime is not GNOME's (which provides WebKitGTK)")
allowed = {
    "--socket=wayland", "--socket=fallback-x11", "--device=dri", "--share=ipc",
    "--talk-name=org.kde.StatusNotifierWatcher",
}
extra = [a for a in manifest.get("finish-args", []) if a not in allowed]
if extra:
    problems.append(f"finish-args beyond what Attune needs: {extra}")
print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
)"; then
  pass "the Flatpak sandbox: app id, GNOME runtime, no network, no home folder, notifications through the portal"
else
  fail "the Flatpak manifest: $problems"
fi

# --- Tauri configuration, and the CLI in the Windows and macOS bundles ---------------------------------------------
# Each configuration `tauri build` is given, merged as the Tauri CLI merges it, against the CLI's own schema (an
# unknown or misspelt key fails): Linux's, and Windows' and macOS's with packaging/windows-macos.conf.json, which the
# release workflow passes with --config to bundle the attune CLI beside the app.
sidecar_conf="$here/windows-macos.conf.json"
schema="$here/node_modules/@tauri-apps/cli/config.schema.json"
if problems="$(python3 - "$schema" "$conf" "$repo/src-tauri/tauri.linux.conf.json" "$sidecar_conf" <<'PY'
import json, os, sys
import jsonschema
schema_path, base_path, linux_path, extra_path = sys.argv[1:]
load = lambda p: json.load(open(p))
def merge(a, b):  # JSON merge patch (RFC 7396), as the Tauri CLI applies --config and the platform files
    if not isinstance(b, dict):
        return b
    out = dict(a) if isinstance(a, dict) else {}
    for k, v in b.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge(out.get(k), v)
    return out
validator = jsonschema.Draft7Validator(load(schema_path))
base, extra = load(base_path), load(extra_path)
problems = []
for name, config in [("Linux", merge(base, load(linux_path))), ("Windows and macOS", merge(base, extra))]:
    for e in validator.iter_errors(config):
        problems.append(f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
tauri_dir = os.path.dirname(base_path)
windows = merge(base, extra).get("bundle", {}).get("windows", {})
# The NSIS hooks change the user's PATH (HKCU): right for Tauri's default per-user install, wrong for any other.
if windows.get("nsis", {}).get("installMode", "currentUser") != "currentUser":
    problems.append("the NSIS installer is not per user (installMode), but windows/cli-path.nsh changes the user's PATH")
named = [windows.get("nsis", {}).get("installerHooks")] + windows.get("wix", {}).get("fragmentPaths", [])
for path in filter(None, named):
    if not os.path.isfile(os.path.join(tauri_dir, path)):
        problems.append(f"{os.path.basename(extra_path)} names {path}, which is not there")
stage_bin = os.path.normpath(os.path.join(os.path.dirname(extra_path), "stage", "bin"))
for path in extra.get("bundle", {}).get("externalBin", []):
    if os.path.normpath(os.path.dirname(os.path.join(tauri_dir, path))) != stage_bin:
        problems.append(f"externalBin {path} is not in {stage_bin}, where packaging/sidecar.sh puts the CLI")
print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
)"; then
  pass "the Tauri configurations (Linux; Windows and macOS with the CLI) against the Tauri CLI's schema"
else
  fail "the Tauri configurations: $problems"
fi

# sidecar.sh, with a stand-in cargo and lipo, writes each external binary under the name the bundler looks for:
# <name>-<target triple>, .exe on Windows, and for a universal macOS build the joined file and both halves.
fake="$tmp/fake-bin"
mkdir -p "$fake" "$tmp/sidecar"
cat >"$fake/cargo" <<'SH'
#!/usr/bin/env bash
# Stand-in for `cargo build --release --locked -p attune-cli [--target T]`: an empty binary where cargo would put it.
t=""; while [ $# -gt 0 ]; do [ "$1" = --target ] && t="$2"; shift; done
dir="$CARGO_TARGET_DIR${t:+/$t}/release"; mkdir -p "$dir"
case "$t" in *windows*) : >"$dir/attune.exe" ;; *) : >"$dir/attune" ;; esac
SH
cat >"$fake/lipo" <<'SH'
#!/usr/bin/env bash
# Stand-in for `lipo -create -output OUT IN...`: an empty OUT.
while [ "$1" != -output ]; do shift; done; : >"$2"
SH
chmod +x "$fake/cargo" "$fake/lipo"
sidecar_ok=1
for triple in x86_64-pc-windows-msvc universal-apple-darwin; do
  if ! PATH="$fake:$PATH" CARGO_TARGET_DIR="$tmp/sidecar-target" SIDECAR_OUT="$tmp/sidecar" \
      bash "$here/sidecar.sh" "$triple" 2>"$tmp/sidecar.err"; then
    fail "sidecar.sh $triple: $(cat "$tmp/sidecar.err")"; sidecar_ok=""
  fi
done
for bin in $(python3 -c 'import json,sys,os; [print(os.path.basename(p)) for p in json.load(open(sys.argv[1]))["bundle"]["externalBin"]]' "$sidecar_conf"); do
  for want in "$bin-x86_64-pc-windows-msvc.exe" "$bin-universal-apple-darwin" "$bin-aarch64-apple-darwin" \
      "$bin-x86_64-apple-darwin"; do
    [ -f "$tmp/sidecar/$want" ] || { fail "sidecar.sh wrote no $want (has: $(ls "$tmp/sidecar"))"; sidecar_ok=""; }
  done
done
[ -z "$sidecar_ok" ] || pass "sidecar.sh names the CLI as the bundler looks for it (Windows, universal macOS)"

# The NSIS hooks compile, included as Tauri's installer template includes them (after StrFunc.nsh), with warnings as
# errors. What they do to a PATH is not run here (that needs Windows).
cat >"$tmp/hooks.nsi" <<NSI
Unicode true
!include "StrFunc.nsh"
!include "$here/windows/cli-path.nsh"
Name "Attune hooks"
OutFile "$tmp/hooks.exe"
RequestExecutionLevel user
InstallDir "\$LOCALAPPDATA\\Attune"
Section Install
  !insertmacro NSIS_HOOK_POSTINSTALL
  WriteUninstaller "\$INSTDIR\\uninstall.exe"
SectionEnd
Section Uninstall
  !insertmacro NSIS_HOOK_POSTUNINSTALL
SectionEnd
NSI
if out="$(makensis -V2 -WX "$tmp/hooks.nsi" 2>&1)"; then
  pass "makensis compiles the installer's PATH hooks (windows/cli-path.nsh)"
else
  fail "makensis windows/cli-path.nsh: $out"
fi

# The WiX fragment is well-formed, puts its component in the template's install folder (INSTALLDIR), and defines every
# component the configuration references.
if problems="$(python3 - "$sidecar_conf" "$conf" <<'PY'
import json, os, sys
import xml.etree.ElementTree as ET
extra = json.load(open(sys.argv[1]))
tauri_dir = os.path.dirname(sys.argv[2])
wix = extra["bundle"]["windows"]["wix"]
ns = "{http://schemas.microsoft.com/wix/2006/wi}"
components, problems = set(), []
for path in wix["fragmentPaths"]:
    try:
        root = ET.parse(os.path.join(tauri_dir, path)).getroot()
    except (OSError, ET.ParseError) as e:
        problems.append(f"{path}: {e}")
        continue
    for ref in root.iter(ns + "DirectoryRef"):
        if ref.get("Id") != "INSTALLDIR":
            problems.append(f"{path}: DirectoryRef {ref.get('Id')} is not INSTALLDIR")
        components |= {c.get("Id") for c in ref.iter(ns + "Component")}
missing = [c for c in wix["componentRefs"] if c not in components]
if missing:
    problems.append(f"componentRefs not defined in the fragments: {missing}")
print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
)"; then
  pass "the WiX fragment (windows/cli-path.wxs) and its component reference"
else
  fail "the WiX fragment: $problems"
fi

workflow="$repo/.github/workflows/release.yml"
if grep -q 'packaging/sidecar.sh' "$workflow" && grep -q -- '--config ../packaging/windows-macos.conf.json' "$workflow"; then
  pass "the release workflow builds the CLI and bundles it on Windows and macOS"
else
  fail "the release workflow does not run packaging/sidecar.sh and pass --config ../packaging/windows-macos.conf.json"
fi

# --- Release workflow and scripts --------------------------------------------------------------------------------
actionlint="${ACTIONLINT:-$(command -v actionlint || true)}"
if [ -z "$actionlint" ]; then
  fail "actionlint not found (make deps installs it)"
elif out="$("$actionlint" "$repo"/.github/workflows/*.yml 2>&1)"; then
  pass "actionlint: the release workflow"
else
  fail "actionlint: $out"
fi
scripts=("$here"/*.sh "$here"/linux/*.sh "$here"/flatpak/*.sh "$repo"/tests/install/*.sh)
if out="$(shellcheck "${scripts[@]}" 2>&1)"; then
  pass "shellcheck: ${#scripts[@]} packaging scripts"
else
  fail "shellcheck: $out"
fi

[ "$failures" -eq 0 ] || { echo "check: $failures failed" >&2; exit 1; }
echo "check: all packaging checks passed"
