// The page's JavaScript runs without the JIT (issue 12): the app sets JSC_useJIT=false before WebKit starts, so the
// web process that runs the page inherits it. That keeps the idle window about 10 MiB smaller and leaves no memory that is
// both writable and executable in the process that holds the journal's text. A user's own JSC_useJIT still wins,
// which is why this checks the web process's environment rather than the app's.

import assert from "node:assert/strict";
import fs from "node:fs";
import { after } from "node:test";

import { tree } from "../bench/lib/memory.mjs";
import { appPids, startApp, steps } from "./lib/harness.mjs";

let app;
const step = steps(() => app);

after(async () => {
  await app?.quit();
});

const comm = (pid) => fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();

step("the web process runs the page without the JIT", async () => {
  app = await startApp();
  const pids = appPids();
  assert.ok(pids.length > 0, "the app's process is running");
  const web = pids.flatMap((pid) => tree(pid).map((p) => p.pid)).filter((pid) => {
    try {
      return comm(pid).startsWith("WebKitWebProces");
    } catch {
      return false;
    }
  });
  assert.ok(web.length > 0, `a WebKit web process runs below the app (pids ${pids.join(", ")})`);
  for (const pid of web) {
    const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    assert.ok(environ.includes("JSC_useJIT=false"), `web process ${pid} has JSC_useJIT=false in its environment`);
    const wx = fs
      .readFileSync(`/proc/${pid}/maps`, "utf8")
      .split("\n")
      .filter((line) => /^\S+ rwx/.test(line));
    assert.deepEqual(wx, [], `web process ${pid} has no writable and executable memory`);
  }
  // The page still works: the first screen rendered, and a script on it runs.
  assert.equal(await app.execute(`return 6 * 7;`), 42);
});
