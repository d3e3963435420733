#!/usr/bin/env bash
# Recompresses a .deb with xz in place of the gzip the Tauri bundler writes (it has no setting for it): the same files,
# modes, control data and checksums, in an archive about a third smaller (docs/performance.md). `make package`,
# `make package-debug` and the release workflow run it on the .deb they build; dpkg has read xz since Debian 6 and
# Ubuntu 10.04.
#
#   packaging/deb-xz.sh DEB [LEVEL]     # LEVEL: the xz preset, 0-9 (default 9; the install test's debug .deb uses 1)
set -euo pipefail

deb="${1:?usage: packaging/deb-xz.sh DEB [LEVEL]}"
level="${2:-9}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

dpkg-deb -R "$deb" "$tmp/root"
# --root-owner-group: the files belong to root in the package, as the bundler wrote them, whoever runs this.
dpkg-deb --root-owner-group -Zxz -z"$level" -b "$tmp/root" "$tmp/repacked.deb" >/dev/null
before="$(stat -c %s "$deb")"
mv -f "$tmp/repacked.deb" "$deb"
echo "deb-xz: $deb: $before -> $(stat -c %s "$deb") bytes (xz -$level)" >&2
