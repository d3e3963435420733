// The practices in the real app: a check-in shows its next step and keeps "I'll try this"; the next check-in asks how
// it went; listening together through both turns (with the "how to listen" card the first time); a conflict's I-statement
// hint and a repair phrase inserted with one click; a reflection on reaching and pulling away; the deck's theme picker;
// a brief for a session previewed and written as a PDF (through ATTUNE_EXPORT_DIR: WebDriver can't drive the native
// dialog), read back with pdftotext, its dates typed in the locale's order (one message for a date it can't read); and
// the Credits page. A screenshot of each new screen.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after } from "node:test";

import { remember, shot, startApp, steps } from "./lib/harness.mjs";
import { addPersonInline, choose, click, dismissToasts, expand, fill, go, intoJournal, isUnlocked, save, sideways, startFlow, timelineItems } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

const FALLBACK_PASSPHRASE = "practice makes patient 7 lanterns";
const HEARD = "You feel stretched thin by the new rota, pomegranate.";
const MOMENT = "A message left unanswered all evening, quince.";
const TALK = "How I go quiet when plans change, persimmon.";

let app;
/** A screenshot in light, dark and at 640 px, with nothing wider than the window at either width. */
const snap = async (name) => {
  await shot(app, name, { dark: true, width: 640 });
  await noSideways(name);
  const before = await app.cmd("GET", "/window/rect");
  await app.cmd("POST", "/window/rect", { width: 640, height: before.height });
  try {
    await waitFor(() => app.execute(`return document.documentElement.clientWidth < 700;`), { what: "the 640 px window" });
    await noSideways(`${name} at 640 px`);
  } finally {
    await app.cmd("POST", "/window/rect", { width: before.width, height: before.height });
  }
};
after(async () => {
  await app?.quit();
});

const step = steps(() => app);

/** Picks a Mood Meter quadrant and waits until the words nearest its point are shown, so the next click lands on
 * the new list. */
async function quadrant(q) {
  await click(app, `mood-quadrant-${q}`);
  await waitFor(() => app.execute(`return document.querySelector(".picker-heading")?.textContent.startsWith("The words nearest") ?? false;`),
    { what: `the words of ${q}` });
}

/** Clicks a chip in a long list, brought to the middle of the window first (scrolled to an edge, a chip can sit under
 * the sticky header, where the click would land on the header); a word folded under "More words" is unfolded first,
 * as a person would. */
async function tap(testid) {
  await waitFor(() => app.execute(`return !!document.querySelector(arguments[0]);`, tid(testid)), { what: testid });
  await app.execute(`const d = document.querySelector(arguments[0])?.closest("details:not([open])");
    if (d) d.querySelector("summary").click();`, tid(testid));
  const el = await app.waitFor(tid(testid));
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid(testid));
  await el.click();
}

/** Waits until a toggle chip says it is pressed (the click landed and was kept). */
async function pressed(testid) {
  await waitFor(() => app.execute(`return document.querySelector(arguments[0])?.getAttribute("aria-pressed") === "true";`, tid(testid)),
    { what: `${testid} pressed`, timeout: 3_000 });
}

/** Nothing on the screen is wider than the window (a sideways scrollbar hides the bottom row and clicks land on it). */
async function noSideways(what) {
  const over = await sideways(app);
  assert.ok(over.over <= 0, `${what} is ${over.over} px wider than the window: ${over.what.join(", ")}`);
}

const textOf = (testid) => app.execute(`return document.querySelector(arguments[0])?.textContent ?? "";`, tid(testid));

step("open the journal", async () => {
  app = await startApp();
  remember(HEARD, MOMENT, TALK);
  await intoJournal(app, { passphrase: FALLBACK_PASSPHRASE });
  await waitFor(() => isUnlocked(app), { what: "the unlocked app", timeout: 20_000 });
});

step("a check-in shows a kind next step, and keeps the one chosen", async () => {
  await startFlow(app, "check-in", "check_in");
  await quadrant("unpleasant_high");
  await tap("feeling-anxious");
  await pressed("feeling-anxious");
  await fill(app, "checkin-whats-going-on", "A big deadline and not enough sleep.");
  await click(app, "flow-save");
  await app.waitFor(tid("after-save"), { timeout: 15_000 });
  await app.waitFor(tid("step-body"));
  const cards = await app.execute(`return [...document.querySelectorAll('[data-testid^="step-"]')].map((c) => c.textContent);`);
  assert.equal(cards.length, 3, "one step for yourself, one with them, one for the body");
  assert.match(cards.join(" "), /For yourself/);
  assert.equal(await app.execute(`return !!document.querySelector('[data-testid="care-line"]');`), false);
  await click(app, "try-body");
  await app.waitFor(tid("toast-step-kept"));
  await snap("after-check-in");
  await dismissToasts(app);
  await click(app, "after-done");
  await app.waitFor(tid("today"));
});

step("the next check-in asks how it went", async () => {
  await startFlow(app, "check-in", "check_in");
  await app.waitFor(tid("last-step"));
  assert.match(await textOf("last-step"), /planned to try/);
  await choose(app, "last-step-helped");
  await fill(app, "last-step-note", "I slept a little better.");
  await app.execute(`window.scrollTo(0, 0);`);
  await snap("check-in-how-did-it-go");
  await quadrant("pleasant_low");
  await tap("feeling-calm");
  await pressed("feeling-calm");
  await click(app, "flow-save");
  await app.waitFor(tid("after-save"), { timeout: 15_000 });
  await click(app, "after-done");
});

step("a feeling like hopeless brings the calm care line", async () => {
  await startFlow(app, "check-in", "check_in");
  await quadrant("unpleasant_low");
  await tap("feeling-hopeless");
  await pressed("feeling-hopeless");
  await click(app, "flow-save");
  await app.waitFor(tid("care-line"), { timeout: 15_000 });
  const line = await textOf("care-line");
  assert.match(line, /journal/);
  assert.doesNotMatch(line, /\d/, "no phone numbers");
  await snap("after-check-in-care-line");
  await click(app, "after-done");
});

step("listening together through both turns, saved as one entry about the person", async () => {
  await startFlow(app, "listening", "listening");
  await app.waitFor(tid("how-to-listen"));
  await snap("listening-how-to-listen");
  await click(app, "listen-ready");
  await addPersonInline(app, "listening-person", "Robin");
  await click(app, "listening-next");
  await choose(app, "listening-first-them");
  await fill(app, "listening-about-0", "work");
  await fill(app, "listening-heard-0", HEARD);
  await choose(app, "listening-got-partly-0");
  await fill(app, "listening-missed-0", "That it's mostly the early starts.");
  await fill(app, "listening-question-0", "What would make Mondays easier?");
  await snap("listening-first-turn");
  await click(app, "listening-next");
  await fill(app, "listening-heard-1", "You'd like us to walk together on Sundays again.");
  await choose(app, "listening-got-yes-1");
  await snap("listening-second-turn");
  await click(app, "listening-next");
  await fill(app, "listening-afterwards", "Tea on the step afterwards.");
  await save(app, "listening");
  await go(app, "timeline");
  const items = await waitFor(async () => {
    const list = await timelineItems(app);
    return list.some((i) => i.kind === "listening") ? list : null;
  }, { what: "the listening entry in the timeline" });
  const entry = items.find((i) => i.kind === "listening");
  await click(app, `entry-${entry.id}`);
  const detail = await app.waitFor(tid("entry-detail"));
  const text = await detail.text();
  assert.match(text, /Turn 1: Robin spoke, I listened/);
  assert.match(text, /Turn 2: I spoke, Robin listened/);
  assert.ok(text.includes(HEARD));
  await snap("listening-entry");
});

step("the I-statement hints at the feeling underneath, and a repair phrase goes in with one click", async () => {
  await startFlow(app, "conflict", "conflict");
  await fill(app, "conflict-what-happened", "Plans changed at the last minute again.");
  await click(app, "conflict-next");
  await tap("feeling-betrayed");
  await pressed("feeling-betrayed");
  await click(app, "conflict-next");
  await app.waitFor(tid("underneath-hint"));
  assert.match(await textOf("underneath-hint"), /betrayed/);
  await snap("conflict-underneath-hint");
  await tap("underneath-hurt");
  const feel = await (await app.find(tid("conflict-i-feel"))).value();
  assert.match(feel, /hurt/);
  for (let i = 0; i < 4; i += 1) await click(app, "conflict-next");
  await app.waitFor(tid("repair-phrases"));
  await tap("repair-group-pause");
  const phrase = await textOf("repair-phrase-pause-0");
  await tap("repair-phrase-pause-0");
  const repair = await (await app.find(tid("conflict-repair"))).value();
  assert.ok(repair.includes(phrase), `the repair text holds "${phrase}"`);
  await snap("conflict-repair-phrases");
  await save(app, "conflict");
});

step("a reflection on reaching and pulling away is saved", async () => {
  await startFlow(app, "reaching", "reaching");
  await expand(app, "reaching-about");
  assert.match(await textOf("reaching-explainer"), /reach/i);
  await fill(app, "reaching-moment", MOMENT);
  await tap("feeling-lonely");
  await pressed("feeling-lonely");
  await choose(app, "reaching-wanted-pull_away");
  await fill(app, "reaching-did", "Went quiet and scrolled my phone.");
  await fill(app, "reaching-helped", "Saying I needed a minute.");
  await fill(app, "reaching-steady", "I'm here, I just need a minute.");
  await app.execute(`window.scrollTo(0, 0);`);
  await snap("reaching-flow");
  await save(app, "reaching");
});

step("the deck's theme picker shows what each prompt practises", async () => {
  await startFlow(app, "vulnerability", "vulnerability");
  await app.waitFor(tid("vulnerability-theme"));
  await app.execute(`const s = document.querySelector(arguments[0]); s.value = "trust"; s.dispatchEvent(new Event("change"));`, tid("vulnerability-theme"));
  await waitFor(async () => /Practises/.test(await textOf("vulnerability-practises")), { what: "what the prompt practises" });
  await snap("vulnerability-theme-picker");
  // A question chosen is something to lose: Discard asks first.
  await click(app, "flow-cancel");
  await click(app, "flow-discard-confirm-ok");
  await app.waitFor(tid("today"));
});

step("a brief for a session: preview, then a PDF with only the chosen entries", async () => {
  await go(app, "timeline");
  await click(app, "timeline-make-brief");
  await app.waitFor(tid("brief"));
  await briefDates();
  await choose(app, "brief-mode-hand");
  const listening = (await timelineItemsFromChoices()).find((c) => c.text.includes("Listening together"));
  assert.ok(listening, "the listening entry is offered");
  await choose(app, `brief-entry-${listening.id}`);
  await fill(app, "brief-talk-about", TALK);
  await click(app, "brief-preview-button");
  await app.waitFor(tid("brief-cover-line"));
  assert.match(await textOf("brief-preview"), /Listening together \(1\)/);
  await snap("brief-preview");
  const exports = process.env.ATTUNE_EXPORT_DIR;
  const before = new Set(fs.readdirSync(exports));
  await click(app, "brief-save-pdf");
  await app.waitFor(tid("toast-brief-saved"), { timeout: 20_000 });
  const written = fs.readdirSync(exports).filter((f) => !before.has(f) && f.endsWith(".pdf"));
  assert.equal(written.length, 1, "one PDF written");
  const file = path.join(exports, written[0]);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  assert.ok(text.includes(TALK), "what I want to talk about");
  assert.ok(text.includes("pomegranate"), "the chosen entry");
  assert.ok(!text.includes("quince"), "no unchosen entry");
  await snap("brief-saved");
});

/** The brief's dates (the last two weeks to start with) are plain fields in the locale's order, read by the journal;
 * what it can't read gets one message, on the field, and the dates stay as they were. Looked at light, dark, 640 px. */
async function briefDates() {
  const shape = /^\d{2}\/\d{2}\/\d{4}$/; // LANG=C.UTF-8: Attune's own form, day before month
  const from = await app.find(tid("brief-from"));
  const to = await app.find(tid("brief-to"));
  const was = { from: await from.value(), to: await to.value() };
  assert.match(was.from, shape);
  assert.match(was.to, shape);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("brief-by-filter"));
  await snap("brief-dates");
  await fill(app, "brief-to", "the Friday after");
  await click(app, "brief-from"); // leaving the field reads it
  const said = await waitFor(async () => (await textOf("brief-to-error")).trim() || null, { what: "the message about the date" });
  assert.match(said, /the Friday after/);
  const shown = await app.execute(`return [...document.querySelectorAll('[data-testid="brief"] .field-error')].map((e) => e.textContent.trim()).filter(Boolean);`);
  assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
  await snap("brief-date-unreadable");
  await fill(app, "brief-to", was.to);
  await click(app, "brief-from");
  await waitFor(async () => (await textOf("brief-to-error")).trim() === "", { what: "the date read again" });
}

async function timelineItemsFromChoices() {
  await waitFor(async () => (await app.findAll(`[data-testid^="brief-entry-"]`)).length > 0, { what: "entries to choose" });
  return app.execute(`return [...document.querySelectorAll('[data-testid^="brief-entry-"]')]
    .map((i) => ({ id: i.dataset.testid.slice("brief-entry-".length), text: i.parentElement.textContent }));`);
}

step("the Credits page names the ideas Attune builds on", async () => {
  await dismissToasts(app);
  await go(app, "settings");
  await click(app, "open-credits");
  await app.waitFor(tid("credits"));
  const text = await textOf("credits");
  for (const idea of ["Mood Meter", "four horsemen", "love languages", "Attachment"]) assert.ok(text.includes(idea), idea);
  await snap("credits");
});
