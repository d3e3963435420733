// Runs last: after everything the other tests wrote, no file outside the vault folder holds any of it — not the
// settings file, not WebKit's caches or local storage, not a log.

import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";

import { env, findLeaks, recalled, vaultDir } from "./lib/harness.mjs";

test("no entry text is written outside the vault", (t) => {
  const needles = recalled();
  if (needles.length === 0) {
    t.skip("no journal text was written in this run");
    return;
  }
  // The whole temp HOME: config, cache and data folders (WebKit's storage lives under them), and anything else.
  const roots = [
    process.env.XDG_CONFIG_HOME,
    process.env.XDG_CACHE_HOME,
    process.env.XDG_DATA_HOME,
    env.home,
    path.join(env.root, "runtime"),
  ].filter(Boolean);
  const leaks = findLeaks(roots, vaultDir, needles);
  assert.deepEqual(
    leaks.map((l) => `${path.relative(env.root, l.file)} holds ${JSON.stringify(l.needle)}`),
    [],
    "journal text found outside the vault",
  );
});

test("the leak scan finds text where it is (self-check)", async () => {
  const fs = await import("node:fs");
  const probe = path.join(env.root, "runtime", "scan-self-check.bin");
  const word = "self-check-needle-\u00e9\u4e16";
  fs.writeFileSync(probe, Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(word, "utf16le")]));
  try {
    const leaks = findLeaks([path.join(env.root, "runtime")], vaultDir, [word]);
    assert.equal(leaks.length, 1);
  } finally {
    fs.rmSync(probe);
  }
});
