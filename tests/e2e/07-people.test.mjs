// People in the real app (issue 13, issue 8's On this day for a person), on a journal of 2,000 entries brought in
// through the CLI plus a few known ones about Marisol: a person's row opens their page, which lists their entries a
// page at a time (as many as the CLI counts), what is still open between you, on this day, appreciations; an open
// conflict opens at its "Coming back to it" section; Today lists the conflicts to come back to. Screenshots light,
// dark and 640 px wide.

import assert from "node:assert/strict";
import { after, before } from "node:test";

import { runState, shot, startApp, steps } from "./lib/harness.mjs";
import { addPersonInline, choose, click, fill, go, save, startFlow, unlockWith } from "./lib/ui.mjs";
import { journalWithVolume } from "./lib/volume.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

let app;
let passphrase;
let attune;
const snap = (name, more = {}) => shot(app, name, { dark: true, width: 640, ...more });
const step = steps(() => app);

/** The local date `daysAgo` days before today (or `yearsAgo` years), as YYYY-MM-DD. */
function localDate({ daysAgo = 0, yearsAgo = 0 }) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setFullYear(d.getFullYear() - yearsAgo);
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join("-");
}

/** How many entries the CLI lists about `name`. */
const countAbout = (name) => JSON.parse(attune("list", "--person", name, "--all", "--json")).entries.length;

/** Clicks `testid` once scrolled to the middle of the window (clear of the sticky header). */
async function clickCentered(testid) {
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid(testid));
  await click(app, testid);
}

const ids = (testid) => app.execute(`return [...document.querySelectorAll('[data-testid="' + arguments[0] + '"]')]
  .map((el) => el.dataset.entryId);`, testid);

before(async () => {
  // The same generated journal as 04-volume (a second import of it adds nothing).
  ({ passphrase, attune } = journalWithVolume());
  // Marisol, with a few known entries.
  attune("people", "add", "Marisol", "--relationship", "friend", "--love-language", "words");
  attune("add", "conflict", "--what-happened", "Marisol cancelled our plans at the last minute", "--status", "open",
    "--person", "Marisol", "--date", `${localDate({ daysAgo: 5 })} 19:30`);
  attune("add", "appreciation", "--for", "Marisol", "--what", "Marisol drove me to the station at dawn", "--told");
  // Another conflict to come back to, and an untold appreciation from yesterday, which Today's one nudge offers
  // (so both conflicts are listed under "To come back to").
  attune("add", "conflict", "--what-happened", "We talked past each other about the holidays", "--status", "repairing",
    "--person", "Ana", "--date", `${localDate({ daysAgo: 12 })} 20:00`);
  attune("add", "appreciation", "--for", "Ana", "--what", "Ana listened for an hour without once checking her phone",
    "--date", `${localDate({ daysAgo: 1 })} 18:00`);
  attune("add", "note", "Marisol's birthday picnic by the lake", "--person", "Marisol",
    "--date", `${localDate({ yearsAgo: 1 })} 13:00`);
  app = await startApp();
  await unlockWith(app, passphrase);
  await app.waitFor(tid("today"), { timeout: 30_000 });
});

after(async () => {
  await app?.quit();
});

step("a person's row opens their page", async () => {
  await go(app, "people");
  const robin = await app.execute(`return document.querySelector('[data-person-name="Marisol"]').dataset.testid.slice("person-".length);`);
  await click(app, `person-open-${robin}`);
  await app.waitFor(`${tid("person-page")}:not([aria-busy])`);
  assert.equal((await (await app.find(tid("person-page-name"))).text()).trim(), "Marisol");
  assert.equal(await app.execute(`return document.activeElement?.tagName;`), "H1", "the page's heading has focus");
  assert.equal(await app.execute(`return document.querySelector('[aria-current="page"]')?.dataset.testid;`), "nav-people");
  runState({ robin });
});

step("Marisol's page: what is still open, on this day, appreciations, and every entry", async () => {
  const open = await waitFor(async () => {
    const got = await ids("person-open-conflicts-list-item");
    return got.length ? got : null;
  }, { what: "Marisol's open conflict" });
  assert.equal(open.length, 1);
  const text = await (await app.find(tid("person-page"))).text();
  assert.match(text, /Marisol cancelled our plans/);
  assert.match(text, /Marisol drove me to the station/);
  assert.match(text, /Marisol's birthday picnic/, "on this day, a year ago");
  assert.equal((await ids("person-on-this-day-list-item")).length, 1);
  await waitFor(async () => (await ids("person-entry")).length === 3, { what: "Marisol's three entries" });
  assert.equal(countAbout("Marisol"), 3);
  await snap("person-page");
});

step("an open conflict on their page opens at its 'Coming back to it' section", async () => {
  const [conflict] = await ids("person-open-conflicts-list-item");
  await clickCentered(`person-open-conflicts-list-open-${conflict}`);
  await app.waitFor(tid("follow-up"), { timeout: 15_000 });
  assert.equal(await app.execute(`return document.activeElement?.id;`), "follow-up-h", "the follow-up is in focus");
});

step("a person's page lists their entries: Sam's, a page at a time, as many as the CLI counts", async () => {
  const total = countAbout("Sam");
  assert.ok(total > 300, `the generated journal is often about Sam (${total})`);
  await go(app, "people");
  const sam = await app.execute(`return document.querySelector('[data-person-name="Sam"]').dataset.testid.slice("person-".length);`);
  await click(app, `person-open-${sam}`);
  await app.waitFor(`${tid("person-page")}:not([aria-busy])`);
  await waitFor(async () => (await ids("person-entry")).length === 20, { what: "Sam's first page" });
  const status = await (await app.find(tid("person-entries-status"))).text();
  assert.equal(status.replace(/\D+/g, " ").trim(), `20 ${total}`, status);
  const kinds = await app.execute(`return [...document.querySelectorAll('[data-testid^="person-kind-"]')]
    .reduce((n, el) => n + Number(el.textContent.replace(/\\D/g, "")), 0);`);
  assert.equal(kinds, total, "the counts by kind add up to every entry about Sam");
  await snap("person-page-at-volume", { zoom: true }); // and at 200 %
  await clickCentered("person-entries-more");
  await waitFor(async () => (await ids("person-entry")).length === 40, { what: "Sam's second page" });
  const listed = await ids("person-entry");
  assert.equal(new Set(listed).size, 40, "no entry twice");
  // See all: the timeline filtered to Sam's appreciations.
  await clickCentered("person-appreciations-all");
  await app.waitFor(tid("timeline"));
  const kindsShown = await waitFor(async () => {
    const k = await app.execute(`return [...document.querySelectorAll('[data-testid="timeline-item"]')].map((el) => el.dataset.kind);`);
    return k.length ? k : null;
  }, { what: "Sam's appreciations in the timeline" });
  assert.deepEqual([...new Set(kindsShown)], ["appreciation"]);
});

step("Today lists the conflicts to come back to; one opens at its follow-up", async () => {
  await go(app, "today");
  await app.waitFor(`${tid("today-revisit")}:not([hidden])`, { timeout: 15_000 });
  const due = await ids("today-revisit-list-item");
  assert.ok(due.length >= 2, `Marisol's and Ana's conflicts: ${due.length}`);
  const text = await (await app.find(tid("today-revisit"))).text();
  assert.match(text, /Marisol cancelled our plans/);
  assert.match(text, /We talked past each other/);
  // Today's one nudge is the untold appreciation beside them.
  await app.waitFor(tid("nudge-told"));
  await app.execute(`document.querySelector('[data-testid="today-revisit"]').scrollIntoView({ block: "center" });`);
  await snap("today-conflicts-to-revisit");
  await clickCentered(`today-revisit-list-open-${due[0]}`);
  await app.waitFor(tid("follow-up"), { timeout: 15_000 });
});

step("conflict flow: the step chips go to their step; Next is the strong button until the last, then Save", async () => {
  await startFlow(app, "conflict", "conflict");
  const strong = () => app.execute(`return [...document.querySelectorAll(".flow .button.primary")]
    .filter((b) => !b.hidden).map((b) => b.dataset.testid);`);
  assert.deepEqual(await strong(), ["conflict-next"]);
  await fill(app, "conflict-what-happened", "We both wanted the last evening of the trip to ourselves");
  // Someone added inline is asked how you know them then: without a choice nobody is added.
  await fill(app, "conflict-people-add-name", "Noor");
  await click(app, "conflict-people-add");
  await waitFor(async () => /How do you know Noor\?/.test(await (await app.find(tid("conflict-people"))).text()),
    { what: "the question how you know Noor" });
  await addPersonInline(app, "conflict-people", "Noor", "family");
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("conflict-people"));
  await snap("flow-conflict-person-added-inline");
  await clickCentered("conflict-step-4");
  assert.equal((await (await app.find(tid("conflict-step"))).text()).trim(), "Step 4 of 9");
  assert.equal(await app.execute(`return document.querySelector('[aria-current="step"]').dataset.testid;`), "conflict-step-4");
  await clickCentered("conflict-step-9");
  assert.deepEqual(await strong(), ["flow-save"]);
  const stand = await app.execute(`return [...document.querySelectorAll(".flow h1, .flow h2, .flow legend, .flow .step-label")]
    .map((x) => x.textContent).filter((t) => /stand/i.test(t));`);
  assert.deepEqual(stand, ["Where does it stand now?"], "asked once");
  await app.execute(`document.querySelector(".steps").scrollIntoView({ block: "center" });`);
  await snap("flow-conflict-last-step");
  await click(app, "flow-cancel");
  await click(app, "flow-discard-confirm-ok");
  await app.waitFor(tid("today"));
  // Noor stays, as family.
  await go(app, "people");
  const row = await (await app.waitFor('[data-person-name="Noor"]')).text();
  assert.match(row, /Family/, row);
});

step("\"Appreciate Marisol\" on her page opens the appreciation with her chosen; it is saved for her", async () => {
  await go(app, "people");
  const marisol = runState().robin;
  await click(app, `person-open-${marisol}`);
  await app.waitFor(`${tid("person-page")}:not([aria-busy])`);
  const button = await app.waitFor(tid("person-appreciate"));
  assert.equal((await button.text()).trim(), "Appreciate Marisol");
  await snap("person-page-appreciate");
  await click(app, "person-appreciate");
  await app.waitFor(tid("flow-form-appreciation"));
  const chosen = await app.execute(`return document.querySelector('[data-testid="appreciation-person-' + arguments[0] + '"]')?.checked;`,
    marisol);
  assert.equal(chosen, true, "Marisol is already chosen");
  await fill(app, "appreciation-what", "Marisol saved me a seat by the window");
  await choose(app, "appreciation-told");
  await save(app, "appreciation");
  const [saved] = JSON.parse(attune("list", "--person", "Marisol", "--kind", "appreciation", "--limit", "1", "--json")).entries;
  assert.equal(saved.body.what, "Marisol saved me a seat by the window");
  assert.equal(saved.body.forWhom, marisol);
  assert.deepEqual(saved.people, [marisol]);
});
