#!/usr/bin/env python3
"""Fails when `make app` would compile again what `cargo test --workspace` has just compiled.

Cargo builds a crate once per set of features it is asked for. `make test` runs `cargo test --workspace` (every
crate, with the tests' dev-dependencies and the CLI's features), then `make app` (`cargo build -p attune-app`, the
app's own features), then packages that same app build. Where a crate's features differ between the two, the app
step compiles it again, and with it everything that depends on it. Two crates may differ, each by one feature the app
must not have: tauri's `test` (the mock runtime of src-tauri/tests) and chrono's `unstable-locales` (the CLI's dates in
the reader's locale: every locale's month and day names, about 0.4 MB the app would carry unread). Everything else the
tests and the CLI turn on is pinned in src-tauri/Cargo.toml. This compares what `cargo tree` resolves for the two
commands (offline, a second or two).
"""

import collections
import subprocess
import sys

# Crates whose features may differ, and the feature the app's own build must not have.
ALLOWED = {"tauri": "test", "chrono": "unstable-locales"}


def resolve(*args):
    """Each package's feature sets, as `cargo tree` resolves them for these arguments."""
    out = subprocess.run(
        ["cargo", "tree", "--locked", "--prefix", "none", "--format", "{p}|{f}", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = collections.defaultdict(set)
    for line in out.splitlines():
        if "|" not in line:
            continue
        package, features = line.split("|", 1)
        name_version = " ".join(package.split()[:2])
        found[name_version].add(features.replace("(*)", "").strip())
    return found


def main():
    tests = resolve("--workspace", "--edges", "normal,build,dev")
    app = resolve("--package", "attune-app", "--edges", "normal,build")
    problems = []
    for package, features in sorted(app.items()):
        name = package.split()[0]
        if name in ALLOWED:
            kept_out = ALLOWED[name]
            if any(kept_out in f.split(",") for f in features):
                problems.append(f"{package}: the app's own build has `{kept_out}`")
            continue
        if features != tests.get(package):
            problems.append(
                f"{package}: the app alone has {sorted(features)}, the workspace tests {sorted(tests.get(package, []))}"
            )
    if problems:
        print("make app would compile these again after `cargo test --workspace` (see src-tauri/Cargo.toml's pins):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"shared builds: `make app` reuses the test build for all of the app's {len(app)} crates but "
          f"{', '.join(ALLOWED)} and what depends on them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
