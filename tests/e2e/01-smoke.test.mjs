// The app starts, shows its first-run screen in a window titled "Attune", and keeps its window locked down.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { shot, startApp } from "./lib/harness.mjs";
import { tid } from "./lib/webdriver.mjs";

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.quit();
});

test("first run shows the welcome screen", async () => {
  assert.match(await app.title(), /Attune/);
  await app.waitFor(tid("first-run"), { timeout: 20_000 });
  await shot(app, "first-run");
});

test("the page has no global Tauri object and cannot load remote or inline script", async () => {
  const probe = await app.execute(`
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true";
    document.head.appendChild(s);
    return { globalTauri: typeof window.__TAURI__, inlineRan: window.__inlineRan === true };
  `);
  assert.equal(probe.globalTauri, "undefined", "withGlobalTauri must be false");
  assert.equal(probe.inlineRan, false, "the CSP must block inline script");
});
