#!/usr/bin/env bash
# Sets the project's address. It is written once, as `repository` in Cargo.toml's [workspace.package]; the copies that
# have to be literal text (the README's releases link, the changelog's compare links, the app's homepage in
# tauri.conf.json, the metainfo's links and screenshots, the Debian copyright file) are rewritten from it here, and
# packaging/check.sh (in `make test`) fails when any of them points elsewhere.
#
#   packaging/set-repository.sh https://github.com/OWNER/NAME
#
# GitHub addresses only: the metainfo's screenshots are served from raw.githubusercontent.com/OWNER/NAME/main/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
new="${1:-}"
if ! [[ "$new" =~ ^https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then
  echo "usage: packaging/set-repository.sh https://github.com/OWNER/NAME" >&2
  exit 2
fi
old="$(sed -n '/^\[workspace\.package\]/,/^\[/ s/^repository = "\(.*\)"$/\1/p' "$repo/Cargo.toml")"
[ -n "$old" ] || { echo "set-repository: no repository in [workspace.package] of Cargo.toml" >&2; exit 1; }
old_path="${old#https://github.com/}"
new_path="${new#https://github.com/}"
files=(Cargo.toml README.md CHANGELOG.md src-tauri/tauri.conf.json packaging/linux/app.attune.journal.metainfo.xml
  packaging/linux/copyright)
for f in "${files[@]}"; do
  # The address, followed by the end of the address (a quote, <, ), / or the end of the line), in both host forms.
  sed -i -E "s#(https://(github\.com|raw\.githubusercontent\.com)/)${old_path//./\\.}([\"<)/]|\$)#\1${new_path}\3#g" \
    "$repo/$f"
done
sed -i '/^# PLACEHOLDER: not the real address yet/d' "$repo/Cargo.toml"
echo "set-repository: $old -> $new in ${files[*]}"
echo "set-repository: now run packaging/check.sh --metadata-only, and look over 'git diff'"
