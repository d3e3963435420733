// The shortest check-in, in the real app on a journal of 2,000 entries brought in through the CLI (issue 13): from
// Today, a quadrant, one word and Save are three clicks (counted as the page receives them, the figure the README
// states); the journal then holds a check-in at that quadrant's point with that word, and Today shows it among today's
// entries and invites another ("Check in again"). "Add more…" carries what was tapped into the full check-in.
// Screenshots of Today's card, light, dark and 640 px wide.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { after } from "node:test";

import { env, runState, shot, startApp, steps, vaultDir } from "./lib/harness.mjs";
import { click, createJournal, dismissToasts, go, unlockWith } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const cli = process.env.ATTUNE_E2E_CLI || path.join(path.dirname(env.app), "attune");
const ENTRIES = 2000;
/** The clicks the shortest check-in takes from Today; README.md states the same number. */
const SHORTEST_CHECK_IN_CLICKS = 3;

let app;
let passphrase;
const snap = (name, more = {}) => shot(app, name, { dark: true, width: 640, ...more });
const step = steps(() => app);

function attune(...args) {
  return execFileSync(cli, args, {
    encoding: "utf8",
    env: { ...process.env, ATTUNE_VAULT: vaultDir, ATTUNE_PASSPHRASE: passphrase },
  });
}

after(async () => {
  await app?.quit();
});

step("a journal of 2,000 entries, opened in the app", async () => {
  // In a full run an earlier file leaves a journal and its passphrase; run alone, make one here (as 04 does).
  passphrase = runState().passphrase;
  if (!passphrase) {
    passphrase = "four quiet lanterns by the river";
    attune("init");
    runState({ passphrase });
  }
  const json = path.join(env.root, "check-in-volume.json");
  execFileSync("node", [path.join(here, "../bench/lib/generate.mjs"), String(ENTRIES), json], { stdio: "ignore" });
  attune("import", json);
  app = await startApp();
  const screen = await waitFor(async () => {
    for (const id of ["first-run", "unlock-screen", "today"]) if ((await app.findAll(tid(id))).length > 0) return id;
    return null;
  }, { timeout: 30_000, what: "a first screen" });
  if (screen === "first-run") await createJournal(app, passphrase);
  else if (screen === "unlock-screen") await unlockWith(app, passphrase);
  await app.waitFor(tid("today"), { timeout: 30_000 });
});

/** Today's check-ins on screen: their entry ids. */
const todaysCheckIns = () => app.execute(`return [...document.querySelectorAll('[data-testid="today-entry"]')]
  .filter((r) => r.dataset.kind === "check_in").map((r) => r.dataset.entryId);`);

step(`the shortest check-in is ${SHORTEST_CHECK_IN_CLICKS} clicks from Today, and Today then shows it`, async () => {
  await go(app, "today");
  await app.waitFor(tid("today-quadrant-pleasant_low"));
  const before = await todaysCheckIns();
  // Count every click the page receives from here on.
  await app.execute(`window.__clicks = 0; document.addEventListener("click", () => { window.__clicks += 1; }, true);`);

  await click(app, "today-quadrant-pleasant_low");
  const word = await waitFor(() => app.execute(`const b = document.querySelector('[data-testid="today-words"] .chip');
    return b && b.offsetParent !== null ? b.textContent : null;`), { what: "the words for the quadrant" });
  await snap("today-quick-check-in", { zoom: true }); // and at 200 %
  await click(app, `today-word-${word.replace(/\s+/g, "-")}`);
  await click(app, "today-quick-save");

  await app.waitFor(tid("toast-saved"), { timeout: 15_000 });
  const after = await waitFor(async () => {
    const ids = await todaysCheckIns();
    return ids.length === before.length + 1 ? ids : null;
  }, { what: "the new check-in among today's entries", timeout: 15_000 });
  assert.equal(await app.execute(`return window.__clicks;`), SHORTEST_CHECK_IN_CLICKS, "clicks from Today to saved");
  assert.equal((await (await app.find(tid("today-checkin-title"))).text()).trim(), "Check in again");

  // What was saved, read back through the CLI: the quadrant's point and the one word.
  const id = after.find((x) => !before.includes(x));
  const saved = JSON.parse(attune("show", id, "--json"));
  assert.equal(saved.body.kind, "check_in");
  assert.deepEqual([saved.body.pleasantness > 0, saved.body.energy < 0], [true, true], JSON.stringify(saved.body));
  assert.deepEqual(saved.body.feelings, [word]);
  await dismissToasts(app);
  await snap("today-after-quick-check-in");
});

step("Add more… opens the full check-in with the quadrant and word tapped", async () => {
  await click(app, "today-quadrant-unpleasant_low");
  const word = await waitFor(() => app.execute(`const b = document.querySelector('[data-testid="today-words"] .chip');
    return b && b.offsetParent !== null ? b.textContent : null;`), { what: "the words for the quadrant" });
  await click(app, `today-word-${word.replace(/\s+/g, "-")}`);
  await click(app, "today-add-more");
  await app.waitFor(tid("flow-form-check_in"));
  const point = await waitFor(() => app.execute(`const p = document.querySelector('[data-testid="mood-pad"]');
    return p && p.dataset.pleasantness !== "0" ? { p: Number(p.dataset.pleasantness), e: Number(p.dataset.energy) } : null;`),
  { what: "the point carried over" });
  assert.ok(point.p < 0 && point.e < 0, JSON.stringify(point));
  assert.match(await (await app.find(tid("feelings-chosen"))).text(), new RegExp(word));
  // Leave it: the draft is thrown away (asked first, as it holds a word).
  await click(app, "flow-cancel");
  await click(app, "flow-discard-confirm-ok").catch(() => {});
  await app.waitFor(tid("today"));
});
