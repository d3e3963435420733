#!/usr/bin/env bash
# Offline checks of everything packaging ships that no build exercises (run by `make test`, and by the release
# workflow before it builds anything):
#   - one version: the workspace version in Cargo.toml is the newest release in CHANGELOG.md and in the AppStream
#     metainfo (same date), no crate or config sets its own, and a release tag (--tag v1.2.3) names it;
#   - one address: every project URL in the metainfo, tauri.conf.json and the copyright file is the workspace's
#     `repository`;
#   - the metainfo passes `appstreamcli validate`, the desktop entry passes `desktop-file-validate`;
#   - the Flatpak manifest parses with flatpak-builder's own parser and asks for no more than Attune needs;
#   - the release workflow passes actionlint, and the packaging scripts pass shellcheck.
#
#   packaging/check.sh                      # everything (needs appstream, desktop-file-utils, flatpak-builder,
#                                           # shellcheck, and actionlint on PATH or in $ACTIONLINT)
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
  stray="$(grep -ohE 'https://(github\.com|raw\.githubusercontent\.com)/[^/"<> ]+/[^/"<> ]+' \
      "$metainfo" "$conf" "$here/linux/copyright" "$repo/CHANGELOG.md" \
    | sed -E 's#raw\.githubusercontent\.com#github.com#' | sort -u | grep -vxF "$repository" || true)"
  if [ -z "$stray" ]; then pass "project links all point at $repository"; else fail "links elsewhere: $stray"; fi
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
    "--talk-name=org.freedesktop.Notifications", "--talk-name=org.kde.StatusNotifierWatcher",
}
extra = [a for a in manifest.get("finish-args", []) if a not in allowed]
if extra:
    problems.append(f"finish-args beyond what Attune needs: {extra}")
print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
)"; then
  pass "the Flatpak sandbox: app id, GNOME runtime, no network, no home folder"
else
  fail "the Flatpak manifest: $problems"
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
