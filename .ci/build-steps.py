#!/usr/bin/env python3
"""What each cargo step of `make test` compiles that no earlier step has compiled (a measuring tool, not a check).

Asks cargo for each step's unit graph (every crate, target, mode, profile and feature set it would build) and counts
the units no earlier step built: what a fresh clone compiles at that step. Nothing is compiled. The unit graph is
unstable cargo output, so this runs the toolchain's own cargo with RUSTC_BOOTSTRAP=1. Run from the repo root:

    python3 .ci/build-steps.py          # one line per step
    python3 .ci/build-steps.py -v       # and the crates each step compiles
"""

import hashlib
import json
import os
import subprocess
import sys

# `make test`'s cargo steps, in order: (name, folder, cargo arguments). Clippy lints the workspace's crates as they are
# compiled (the Makefile's RUSTC_WORKSPACE_WRAPPER), in every step alike, so it needs no step of its own.
STEPS = [
    ("doc", ".", ["doc", "-p", "attune-journal", "--no-deps"]),
    ("test-rust", ".", ["test", "--workspace", "--all-targets", "--no-run"]),
    ("cli", ".", ["build", "-p", "attune-cli"]),
    ("app", ".", ["build", "-p", "attune-app"]),
    ("package-debug", "src-tauri", ["build", "--bins", "--features", "tauri/custom-protocol"]),
]


def unit_keys(graph):
    """A key per unit that changes whenever cargo would build it again: its own identity and its dependencies'."""
    units, memo = graph["units"], {}

    def key(i):
        if i not in memo:
            u = units[i]
            profile = {k: v for k, v in u["profile"].items() if k != "name"}
            member = u["pkg_id"].startswith("path+")
            own = [u["pkg_id"], u["target"]["name"], u["target"]["kind"], u["mode"], profile, u["platform"], u["features"]]
            deps = sorted(key(d["index"]) for d in u["dependencies"])
            memo[i] = hashlib.sha1(json.dumps([own, deps]).encode()).hexdigest()
        return memo[i]

    return {key(i): u for i, u in enumerate(units)}


def main():
    verbose = "-v" in sys.argv[1:]
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    seen = set()
    for name, folder, args in STEPS:
        out = subprocess.run(
            ["cargo", *args, "--locked", "--unit-graph", "-Z", "unstable-options"],
            cwd=folder, env=env, capture_output=True, text=True, check=True,
        ).stdout
        units = unit_keys(json.loads(out))
        new = [u for k, u in units.items() if k not in seen]
        compiled = [u for u in new if u["mode"] != "run-custom-build"]
        crates = sorted({u["pkg_id"].rsplit("#", 1)[-1] for u in compiled})
        print(f"{name}: {len(compiled)} units of {len(crates)} crates compiled, {len(new) - len(compiled)} build scripts run")
        if verbose:
            print("    " + " ".join(crates))
        seen.update(units)


if __name__ == "__main__":
    main()
