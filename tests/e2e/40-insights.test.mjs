// Insights in the real app, on a journal prepared through the CLI: a month of known entries (March 2025, the same
// fixture as cli/tests/insights.rs) plus a few thousand generated ones after it, so the screen is used at volume.
// The table alternatives show the expected numbers; clicking a bar opens the matching entries in the timeline;
// screenshots in light, dark and at 640 px (the timeline filter's dates too). Follow-through on the same journal:
// Today's nudge, a promise written in the app and marked kept (it leaves Today), and the weekly look back completed (it
// appears in the timeline).
//
// It brings its own journal: whatever journal earlier files made is set aside first and put back afterwards.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { env, shot, startApp, vaultDir } from "./lib/harness.mjs";
import { choose, click, dismissToasts, expand, fill, go, save, sideways, startFlow, unlockWith } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

const PASS = "insights in the real app";
const SAM = "01900000-0000-7000-8000-000000000001";
const ALEX = "01900000-0000-7000-8000-000000000002";
const cli = path.join(path.dirname(env.app), "attune");
const aside = `${vaultDir}.before-insights`;

const entry = (n, date, people, body) => ({
  id: `01900000-0000-7000-8000-${String(n).padStart(12, "0")}`,
  createdAt: `${date}T12:00:00Z`,
  updatedAt: `${date}T12:00:00Z`,
  localDate: date,
  utcOffsetMinutes: 0,
  people,
  tags: [],
  body,
});

/** March 2025: what the checks below expect. */
const KNOWN = [
  entry(1, "2025-03-03", [SAM], { kind: "check_in", pleasantness: 3, energy: 2, feelings: ["calm", "grateful"] }),
  entry(2, "2025-03-04", [], { kind: "check_in", pleasantness: -2, energy: -3, feelings: ["tired"] }),
  entry(3, "2025-03-05", [], { kind: "check_in", pleasantness: 1, energy: -1, feelings: ["calm"] }),
  entry(4, "2025-03-10", [SAM], { kind: "appreciation", forWhom: SAM, what: "Made soup when I was ill", loveLanguage: "service", told: false }),
  entry(5, "2025-03-11", [SAM], { kind: "appreciation", forWhom: SAM, what: "A long walk", loveLanguage: "quality_time", told: true }),
  entry(6, "2025-03-12", [SAM], { kind: "conflict", whatHappened: "Who forgot the keys", myFeelings: ["frustrated"],
    horsemen: [{ horseman: "criticism", whose: "mine", rewrite: "I was worried; can we make a plan?" }], status: "open" }),
  entry(7, "2025-03-15", [ALEX], { kind: "shared_experience", what: "Climbing", closeness: 4 }),
  entry(8, "2025-02-20", [], { kind: "check_in", pleasantness: 0, energy: 0, feelings: ["tired"] }),
];

/** About 3,000 entries from June 2025 to yesterday, of every kind (none in or before March 2025). */
function generated() {
  const out = [];
  const words = ["calm", "grateful", "tired", "hopeful", "anxious", "content", "frustrated", "lonely", "excited"];
  const start = Date.UTC(2025, 5, 1);
  const days = Math.floor((Date.now() - 86_400_000 - start) / 86_400_000);
  let n = 1000;
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const perDay = d % 9 === 4 ? 0 : 5 + (d % 3); // a few gaps, like a real rhythm
    for (let k = 0; k < perDay; k++) {
      n += 1;
      const who = n % 3 === 0 ? [ALEX] : [SAM];
      const p = ((n * 7) % 11) - 5;
      const e = ((n * 5) % 11) - 5;
      const bodies = [
        { kind: "check_in", pleasantness: p, energy: e, feelings: [words[n % words.length], words[(n * 3) % words.length]] },
        { kind: "appreciation", forWhom: who[0], what: `Something kind, number ${n}`, loveLanguage: n % 2 ? "words" : "touch", told: n % 4 !== 0 },
        { kind: "shared_experience", what: `Time together, number ${n}`, closeness: 1 + (n % 5) },
        { kind: "note", text: `A note, number ${n}` },
        { kind: "check_in", pleasantness: e, energy: p, feelings: [words[(n + 4) % words.length]] },
        { kind: "conflict", whatHappened: `A disagreement, number ${n}`, myFeelings: ["frustrated"],
          horsemen: [{ horseman: n % 2 ? "defensiveness" : "stonewalling", whose: n % 3 ? "mine" : "theirs", rewrite: "Said it more gently" }],
          status: n % 5 === 0 ? "open" : "repaired" },
      ];
      const body = bodies[k % bodies.length];
      out.push(entry(n, date, body.kind === "note" || (body.kind === "check_in" && n % 2) ? [] : who, body));
    }
  }
  return out;
}

function attune(...args) {
  return execFileSync(cli, args, {
    env: { ...process.env, ATTUNE_VAULT: vaultDir, ATTUNE_PASSPHRASE: PASS, ATTUNE_NEW_PASSPHRASE: PASS, NO_COLOR: "1" },
    encoding: "utf8",
  });
}

let app;
let total = 0;
before(async () => {
  if (fs.existsSync(vaultDir)) fs.renameSync(vaultDir, aside);
  fs.mkdirSync(path.dirname(vaultDir), { recursive: true });
  attune("init");
  const entries = [...KNOWN, ...generated()];
  total = entries.length;
  const file = path.join(env.root, "insights-fixture.json");
  fs.writeFileSync(file, JSON.stringify({
    format: "attune-journal", formatVersion: 1, schemaVersion: 1,
    people: [
      { id: SAM, name: "Sam", relationship: "partner", loveLanguage: "quality_time" },
      { id: ALEX, name: "Alex", relationship: "friend", loveLanguage: null },
    ],
    entries,
  }));
  try {
    attune("import", file);
  } finally {
    fs.rmSync(file, { force: true });
  }
  app = await startApp();
  await unlockWith(app, PASS);
  await app.waitFor(tid("today"), { timeout: 30_000 });
});

after(async () => {
  if (app) {
    await app.execute(`document.querySelector('[data-testid="lock"]')?.click();`).catch(() => {});
    await app.quit();
  }
  fs.rmSync(vaultDir, { recursive: true, force: true });
  if (fs.existsSync(aside)) fs.renameSync(aside, vaultDir);
});

/** Sets a select or an input by script, as a change by the person would (date inputs have no typing in WebDriver). */
async function set(testid, value) {
  await app.execute(`const el = document.querySelector(arguments[0]); el.value = arguments[1];
    el.dispatchEvent(new Event("change", { bubbles: true }));`, tid(testid), value);
}

/** A table alternative as rows of cell text (header row first). */
function table(testid) {
  return app.execute(`return [...document.querySelectorAll(arguments[0] + " tr")]
    .map((tr) => [...tr.children].map((c) => c.textContent.trim()));`, tid(testid));
}

async function statusSays(re) {
  return waitFor(async () => {
    const text = await app.execute(`return document.querySelector('[data-testid="insights-status"]')?.textContent ?? "";`);
    return re.test(text) ? text : null;
  }, { timeout: 20_000, what: `the insights status to match ${re}` });
}

test("Insights opens on a few thousand entries and shows every card", async () => {
  await go(app, "insights");
  await set("insights-range", "365");
  await statusSays(/entries from/);
  for (const name of ["mood", "feelings", "appreciations", "conflicts", "balance", "shared", "rhythm"]) {
    await app.waitFor(tid(`insight-${name}`));
  }
  const kinds = await app.execute(`return document.querySelectorAll('[data-testid="insight-mood-chart"] rect.chart-bar').length;`);
  assert.ok(kinds > 40, `a year of weeks is drawn (${kinds} bars)`);
  await shot(app, "insights-year");
  assert.ok(total > 2500, `the journal holds ${total} entries`);
});

test("a month of known entries shows the expected numbers in the table alternatives", async () => {
  await set("insights-range", "custom");
  await set("insights-from", "2025-03-01");
  await set("insights-to", "2025-03-31");
  const status = await statusSays(/^7 entries/);
  assert.match(status, /3 check-ins/);

  const mood = await table("insight-mood-table");
  assert.deepEqual(mood[0].slice(0, 2), ["Week of", "Check-ins"]);
  const counts = mood.slice(1).map((r) => Number(r[1]));
  assert.deepEqual(counts, [0, 3, 0, 0, 0, 0], "check-ins week by week (the range starts on a Saturday)");
  assert.deepEqual(mood[2].slice(2, 6), ["1", "1", "0", "1"], "the week of 3 March by quadrant");

  const summary = await app.execute(`return document.querySelector('[data-testid="insight-mood-summary"]').textContent;`);
  assert.match(summary, /pleasantness \+0\.7/);

  const appreciations = await table("insight-appreciations-table");
  const sam = appreciations.find((r) => r[0] === "Sam");
  assert.deepEqual(sam?.slice(1, 4), ["2", "1", "1"], "Sam: two appreciations, one told");
  assert.match(sam?.[5] ?? "", /Quality time \(1 spoke it\)/);
  const untold = await app.execute(`return document.querySelector('[data-testid="insight-untold"]').textContent;`);
  assert.match(untold, /Made soup when I was ill/);

  const conflicts = await app.execute(`return document.querySelector('[data-testid="insight-conflicts-summary"]').textContent;`);
  assert.equal(conflicts, "1 conflict reflection: still open 1.");
  const horsemen = await table("insight-conflicts-table");
  assert.deepEqual(horsemen.find((r) => r[0] === "Criticism")?.slice(1, 3), ["1", "0"]);

  const feelings = await table("insight-feelings-table");
  assert.deepEqual(feelings[1], ["calm", "2", "0"], "calm named twice, not in the month before");

  const balance = await table("insight-balance-table");
  const warm = balance.slice(1).reduce((a, r) => a + Number(r[4]), 0);
  assert.equal(warm, 5, "2 appreciations, 1 close moment, 2 pleasant check-ins");
  const note = await app.execute(`return document.querySelector('[data-testid="insight-balance-note"]').textContent;`);
  assert.match(note, /five/);
  assert.doesNotMatch(note.toLowerCase(), /score|grade/);

  const shared = await app.execute(`return document.querySelector('[data-testid="insight-shared-people"]').textContent;`);
  assert.match(shared, /Alex: the last one was on .*15.*2025, 16 days before/);

  const rhythm = await app.execute(`return document.querySelector('[data-testid="insight-rhythm-summary"]').textContent;`);
  assert.match(rhythm, /You wrote on 7 days of these 31, and checked in on 3 days/);
  await shot(app, "insights-march");
});

test("clicking a bar opens the matching entries in the timeline", async () => {
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("insight-mood-chart"));
  const bar = await app.find(`${tid("insight-mood-chart")} rect.chart-bar.clickable`);
  await bar.click();
  await app.waitFor(tid("timeline"));
  const items = await waitFor(async () => {
    const list = await app.execute(`return [...document.querySelectorAll('[data-testid="timeline-item"]')].map((el) => el.dataset.kind);`);
    return list.length > 0 ? list : null;
  }, { what: "timeline items" });
  assert.deepEqual(items, ["check_in", "check_in", "check_in"], "the three check-ins of the week of 3 March");
  await shot(app, "insights-bar-opens-timeline");
  // The filter's dates are the bar's week, shown in the locale's order (LANG=C.UTF-8: Attune's own form, day first),
  // in plain fields the journal reads; a date it can't read gets one message, on its field, and the list stays.
  await expand(app, "timeline-filters");
  const value = (id) => app.execute(`return document.querySelector(arguments[0]).value;`, tid(id));
  assert.equal(await value("timeline-filter-from"), "03/03/2025");
  assert.match(await value("timeline-filter-to"), /^\d{2}\/03\/2025$/);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("timeline-filters"));
  await shot(app, "timeline-filter-dates", { dark: true, width: 640, zoom: true });
  const to = await value("timeline-filter-to");
  await fill(app, "timeline-filter-to", "31/02/2025");
  await click(app, "timeline-filter-from"); // leaving the field reads it
  const said = await waitFor(() => app.execute(`return document.querySelector(arguments[0]).textContent.trim() || null;`,
    tid("timeline-filter-to-error")), { what: "the message about the date" });
  assert.match(said, /February 2025 has 28 days/);
  await shot(app, "timeline-filter-date-unreadable", { dark: true, width: 640 });
  await fill(app, "timeline-filter-to", to);
  await click(app, "timeline-filter-from");
  await waitFor(async () => (await app.execute(`return document.querySelector(arguments[0]).textContent;`,
    tid("timeline-filter-to-error"))) === "", { what: "the date read again" });
  // The list is read again with the date: wait for it rather than catch it between two renders.
  const again = await waitFor(async () => {
    const n = (await app.findAll(tid("timeline-item"))).length;
    return n > 0 ? n : null;
  }, { what: "the timeline read again" });
  assert.equal(again, 3, "the same three check-ins");
});

test("Insights in dark and at 640 px wide", async () => {
  await go(app, "settings");
  await choose(app, "settings-theme-dark");
  await go(app, "insights");
  await statusSays(/entries from/);
  await shot(app, "insights-dark");
  const rect = await app.cmd("GET", "/window/rect");
  try {
    await app.cmd("POST", "/window/rect", { width: 640, height: rect.height });
    await click(app, "insight-mood-block-toggle");
    await shot(app, "insights-640-dark");
    const wide = await sideways(app);
    assert.ok(wide.over <= 0, `nothing wider than the window at 640 px (${wide.over}px over: ${wide.what.join(", ")})`);
  } finally {
    await app.cmd("POST", "/window/rect", { width: rect.width, height: rect.height });
    await go(app, "settings");
    await choose(app, "settings-theme-system");
  }
});

test("Today offers one follow-through nudge; 'I told them' and 'Not now' move on", async () => {
  await go(app, "today");
  const text = () => app.execute(`return document.querySelector('[data-testid="nudge-text"]')?.textContent ?? "";`);
  await app.waitFor(tid("today-nudge"));
  const first = await text();
  assert.match(first, /^You haven't told (Sam|Alex) yet: “Something kind, number \d+”$/);
  assert.equal((await app.findAll(tid("nudge-text"))).length, 1, "at most one nudge");
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("today-nudge"));
  await shot(app, "today-nudge");
  await click(app, "nudge-told");
  const second = await waitFor(async () => {
    const t = await text();
    return t && t !== first ? t : null;
  }, { what: "the next nudge" });
  const status = await app.execute(`return document.querySelector('[data-testid="nudge-status"]').textContent;`);
  assert.match(status, /^Marked as told\./);
  await click(app, "nudge-not-now");
  await waitFor(async () => ((await text()) !== second ? true : null), { what: "the nudge after 'Not now'" });
  // The one marked told is told now: its number is no longer among the untold on Insights.
  const number = first.match(/number (\d+)/)?.[1];
  await go(app, "insights");
  await set("insights-range", "30");
  await statusSays(/entries from/);
  const untold = await app.execute(`return document.querySelector('[data-testid="insight-untold"]')?.textContent ?? "";`);
  assert.doesNotMatch(untold, new RegExp(`number ${number}\\b`));
});

/** Today's local date, as the app's "today" is. */
function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

test("a promise written in the app shows on Today when due, and marked kept it leaves", async () => {
  await startFlow(app, "promise", "promise");
  await fill(app, "promise-what", "Bring Sam tulips from the market");
  // "No one in particular" comes first and is chosen until someone is; a person picked can be taken back.
  assert.equal(await app.execute(`return document.querySelector(arguments[0]).checked;`, tid("promise-person-none")), true);
  await choose(app, `promise-person-${SAM}`);
  await choose(app, "promise-person-none");
  await shot(app, "flow-promise", { dark: true, width: 640 });
  await choose(app, `promise-person-${SAM}`);
  await set("promise-by", localToday());
  // Nothing on top of Save (a toast, the header) when it is clicked.
  await dismissToasts(app);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("flow-save"));
  await save(app, "promise");
  await go(app, "today");
  const item = `[data-testid="promise-due"]`;
  const texts = () => app.execute(`return [...document.querySelectorAll(arguments[0])].map((el) => el.textContent);`, item);
  const listed = await waitFor(async () => ((await texts()).find((t) => t.includes("Bring Sam tulips")) ?? null),
    { what: "the promise on Today" });
  assert.match(listed, /“Bring Sam tulips from the market” for Sam, due today/);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("today-promises"));
  await shot(app, "today-promises", { dark: true, width: 640 });
  const index = (await texts()).findIndex((t) => t.includes("Bring Sam tulips"));
  await app.execute(`const li = document.querySelectorAll(arguments[0])[arguments[1]];
    li.querySelector('[data-testid="promise-due-how"]').value = "She put them by the window";
    li.querySelector('[data-testid="promise-kept"]').click();`, item, index);
  await waitFor(async () => ((await texts()).some((t) => t.includes("Bring Sam tulips")) ? null : true),
    { what: "the kept promise to leave Today" });
  const status = await app.execute(`return document.querySelector('[data-testid="promises-status"]').textContent;`);
  assert.equal(status, "Marked as kept.");
  const found = JSON.parse(attune("--json", "list", "--kind", "promise"));
  const kept = found.entries.find((e) => e.body.what === "Bring Sam tulips from the market");
  assert.deepEqual([kept?.body.outcome, kept?.body.howItWent], ["kept", "She put them by the window"]);
});

test("the weekly look back walks through the week's entries, saves, and appears in the timeline", async () => {
  await startFlow(app, "look-back", "look_back");
  const facts = () => app.execute(`return document.querySelector('[data-testid="lookback-facts"]').textContent;`);
  await waitFor(async () => (/check-ins? this week|No check-ins this week/.test(await facts()) ? true : null),
    { what: "the week's mood mix" });
  await fill(app, "lookback-mood", "A full week; calmer by the weekend");
  await shot(app, "look-back-mood", { dark: true, width: 640 });
  for (let i = 1; i < 7; i++) {
    await click(app, "lookback-next");
    if (i === 2) {
      assert.match(await facts(), /Not told yet|Nothing waiting to be told/);
      await shot(app, "look-back-appreciations");
    }
    if (i === 3) {
      // Every conflict still open, the week's own and older ones (the journal's still_open).
      assert.match(await facts(), /still open or being repaired|Nothing is left open/);
      await shot(app, "look-back-still-open", { dark: true, width: 640 });
    }
  }
  assert.match(await (await app.find(tid("lookback-step"))).text(), /^Step 7 of 7: One thing to plan together/);
  await fill(app, "lookback-plan-together", "A slow Sunday breakfast together");
  await dismissToasts(app);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("flow-save"));
  await save(app, "look_back");
  await go(app, "timeline");
  // The timeline still holds the filter a bar set earlier; clear it, as a person would.
  await expand(app, "timeline-filters");
  await click(app, "timeline-filter-clear");
  const first = await waitFor(async () => app.execute(
    `const el = document.querySelector('[data-testid="timeline-item"]'); return el && el.dataset.kind !== "check_in" ? el.dataset.kind : null;`),
  { what: "the timeline without its filter" });
  assert.equal(first, "look_back", "the look back is the newest entry");
  await shot(app, "timeline-look-back");
});
