// The navigation guard: the webview stays on the app's own pages. A script that sets location.href, a link to
// another site, or window.open must leave the app where it was, in its one window (issue 7).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { shot, startApp } from "./lib/harness.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.quit();
});

const here = () => app.execute("return location.href");

test("location.href, a link and window.open toward another site leave the app where it is", async () => {
  const start = await here();
  assert.match(start, /^(tauri:\/\/localhost|https?:\/\/tauri\.localhost)(\/|$)/, "the app runs from its own origin");
  const windows = await app.cmd("GET", "/window/handles");

  // Deferred, so the navigation doesn't race the WebDriver call that starts it.
  await app.execute(`setTimeout(() => { location.href = "https://example.com/"; }, 0); return true;`);
  await sleep(1500);
  assert.equal(await here(), start, "location.href to another site is refused");
  await app.waitFor("#app > *");

  await app.execute(`
    const a = document.createElement("a");
    a.href = "https://example.com/elsewhere";
    a.id = "__e2e_link";
    document.body.appendChild(a);
    setTimeout(() => { a.click(); a.remove(); }, 0);
    return true;`);
  await sleep(1500);
  assert.equal(await here(), start, "a link to another site is refused");

  const opened = await app.execute(`return window.open("https://example.com/popup", "_blank") === null;`);
  await sleep(1500);
  assert.equal(opened, true, "window.open gives nothing back");
  assert.deepEqual(await app.cmd("GET", "/window/handles"), windows, "no new window was opened");
  assert.equal(await here(), start);
  await app.waitFor("#app > *");
  await shot(app, "navigation-refused");
});
