#!/usr/bin/env python3
"""Fails when a cargo step of `make test` would compile again what the test build has already compiled.

Cargo builds a crate once per set of features it is asked for, and the features of a crate are those of every package
one cargo command builds (dev-dependencies included when tests are built). `make test` runs `cargo test --workspace`,
then `cargo build -p attune-cli` (the README's walk-through, the end-to-end tests) and `cargo build -p attune-app` (and
packages that same app build). Where a crate's features differ, the later step compiles it again, and with it
everything that depends on it. workspace-hack/Cargo.toml pins the features so that every step asks for the same. This
asks cargo for each step's unit graph (the way `.ci/build-steps.py` does: exactly what cargo would build, nothing
compiled, a few seconds) and names each crate a step would build that the test build did not.

Allowed, with what depends on them: the crate a step is about, and tauri and chrono in the app (tauri's `test` feature
is the mock runtime of src-tauri's tests, chrono's `unstable-locales` every locale's month and day names, the CLI's;
the app must have neither, and this checks that too).
"""

import importlib.util
import json
import os
import subprocess
import sys

_spec = importlib.util.spec_from_file_location("build_steps", os.path.join(os.path.dirname(__file__), "build-steps.py"))
build_steps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_steps)

# (step, cargo arguments, crates it may build again)
CHECKS = [
    ("make cli", ["build", "-p", "attune-cli"], {"attune-cli"}),
    ("make app", ["build", "-p", "attune-app"], {"attune-app", "tauri", "chrono"}),
]
TESTS = ["test", "--workspace", "--all-targets", "--no-run"]
# Features the app people run must not have.
KEPT_OUT_OF_APP = {"tauri": "test", "chrono": "unstable-locales"}


def unit_graph(args):
    out = subprocess.run(
        ["cargo", *args, "--locked", "--unit-graph", "-Z", "unstable-options"],
        env=dict(os.environ, RUSTC_BOOTSTRAP="1"), capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)


def name(unit):
    return unit["pkg_id"].rsplit("#", 1)[-1].split("@")[0]


def main():
    tests = set(build_steps.unit_keys(unit_graph(TESTS)))
    problems = []
    for step, args, allowed in CHECKS:
        graph = unit_graph(args)
        units = graph["units"]
        keys = build_steps.unit_keys(graph)
        memo = {}

        def may_rebuild(i):
            if i not in memo:
                memo[i] = name(units[i]) in allowed or any(may_rebuild(d["index"]) for d in units[i]["dependencies"])
            return memo[i]

        index = {id(u): i for i, u in enumerate(units)}
        again = sorted({f"{name(u)} ({u['mode']})" for k, u in keys.items()
                        if k not in tests and not may_rebuild(index[id(u)])})
        if again:
            problems.append(f"{step} would compile again: {', '.join(again)}")
        if step == "make app":
            for u in units:
                feature = KEPT_OUT_OF_APP.get(name(u))
                if feature in u["features"]:
                    problems.append(f"make app: {name(u)} has `{feature}`, which the app people run must not have")
    if problems:
        print("shared builds (pin the features in workspace-hack/Cargo.toml; .ci/build-steps.py -v lists each step):")
        for p in problems:
            print("  " + p)
        return 1
    print("shared builds: the CLI and the app reuse the test build's dependencies (but tauri and chrono in the app)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
