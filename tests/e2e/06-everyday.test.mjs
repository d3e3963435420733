// Everyday use in the real app (issue 13): an entry written about another day lands on that day in the timeline, and
// an edit keeps its time unless another is chosen; dates and times follow the system's locale. Discard (and Esc) asks
// before throwing typed words away; every keyboard shortcut does what the "?" list says. Today shows a saved check-in
// (time and mood dot) and answers with "Check in again", and offers a waiting draft. The Mood Meter point follows a
// drag (WebDriver pointer actions) and the arrow keys, and the words offered first follow it (the journal's nearest
// words for the point; a mild point offers no "elated"). A conflict reflection asks who it was with in its first step. Screenshots of each changed screen, light, dark and 640 px wide.

import assert from "node:assert/strict";
import { after } from "node:test";

import { remember, runState, shot, startApp, steps } from "./lib/harness.mjs";
import { addOwnFeeling, addPersonInline, click, dismissToasts, fill, go, intoJournal, isUnlocked, save, startFlow, unlockWith } from "./lib/ui.mjs";
import { Key, tid, waitFor } from "./lib/webdriver.mjs";

let app;
const snap = (name) => shot(app, name, { dark: true, width: 640 });

after(async () => {
  await app?.quit();
});

const step = steps(() => app);

/** The local date `daysAgo` days before today, as YYYY-MM-DD (in the app's own zone, which is the system's). */
const localDate = (daysAgo) => app.execute(`const d = new Date(); d.setDate(d.getDate() - arguments[0]);
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join("-");`,
daysAgo);

/** `iso` (YYYY-MM-DD) as the app shows it: the session has no locale (LANG=C.UTF-8), so Attune's own form, day before
 * month (dd/mm/yyyy). */
const shown = (iso) => iso.split("-").reverse().join("/");

/** The day heading (data-date) above the timeline row whose text includes `text`. */
const dayOfRow = (text) => waitFor(() => app.execute(`const row = [...document.querySelectorAll('[data-testid="timeline-item"]')]
    .find((el) => el.textContent.includes(arguments[0]));
  if (!row) return null;
  const day = row.closest(".day-group")?.querySelector('[data-testid="timeline-day"]');
  return { date: day?.dataset.date ?? "none", id: row.dataset.entryId };`, text),
{ what: `"${text}" in the timeline` });

step("into the journal", async () => {
  app = await startApp();
  await intoJournal(app);
});

step("an entry can be about yesterday evening, and lands on yesterday", async () => {
  await startFlow(app, "note", "note");
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "now");
  const yesterday = await localDate(1);
  // The date field is in the locale's order (not WebKit's US-order date input), typed as a person would.
  const date = await app.find(tid("flow-when-date"));
  assert.equal(await date.attribute("type"), "text");
  assert.equal(await date.attribute("placeholder"), "dd/mm/yyyy");
  assert.equal(await date.value(), shown(await localDate(0)), "today, day before month");
  // What the journal can't read gets one message, on the field, and nothing else changes.
  await fill(app, "flow-when-date", "31/02/2024");
  await click(app, "flow-when-time");
  const bad = await waitFor(async () => (await (await app.find(tid("flow-when-date-error"))).text()).trim() || null,
    { what: "the date's message" });
  assert.equal(bad, "“31/02/2024” isn't a day on the calendar: February 2024 has 29 days.");
  assert.equal(await date.attribute("aria-invalid"), "true");
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "now");
  await shot(app, "flow-when-date-unreadable", { dark: true, width: 640, zoom: true });
  // Typed loosely (no leading zeros), read in the locale's order, shown back its way.
  const [y, m, d] = yesterday.split("-");
  await fill(app, "flow-when-date", `${Number(d)}/${Number(m)}/${y}`);
  await fill(app, "flow-when-time", "21:15");
  await waitFor(async () => (await date.value()) === shown(yesterday), { what: "yesterday shown back as dd/mm/yyyy" });
  assert.equal(await date.attribute("aria-invalid"), null);
  const text = "Written the morning after, about last night's long talk.";
  await fill(app, "note-text", text);
  remember(text);
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "another time");
  await snap("flow-note-another-day");
  await save(app, "note");

  await go(app, "timeline");
  const row = await dayOfRow("long talk");
  assert.equal(row.date, yesterday, "under yesterday's day heading");
  const rowText = await app.execute(`return document.querySelector('[data-entry-id="' + arguments[0] + '"]').textContent;`, row.id);
  assert.match(rowText, /^\s*21:15/, `a 24-hour clock in the row: ${rowText}`);
  await snap("timeline-entry-about-yesterday");
  await click(app, `entry-${row.id}`);
  const detail = await (await app.waitFor(tid("entry-detail"))).text();
  // The session runs with LANG=C.UTF-8, no locale: Attune's own form, a 24-hour clock and the day before the month.
  assert.match(detail, /21:15/, `the detail shows the chosen time on a 24-hour clock: ${detail}`);
  assert.doesNotMatch(detail, /PM/);
  runState({ movedEntry: row.id });
});

step("an edit keeps the entry's time unless another is chosen", async () => {
  const id = runState().movedEntry;
  await click(app, "entry-edit");
  await app.waitFor(tid("flow-form-note"));
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "as written");
  const date = await app.find(tid("flow-when-date"));
  assert.equal(await date.value(), shown(await localDate(1)));
  await fill(app, "note-text", "Written the morning after, about the long talk two nights ago.");
  const twoDaysAgo = await localDate(2);
  // The keyboard moves the date: Down is a day earlier.
  await date.click();
  await app.keys([Key.ArrowDown]);
  assert.equal(await date.value(), shown(twoDaysAgo));
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "another time");
  await save(app, "note");
  await go(app, "timeline");
  const row = await dayOfRow("two nights ago");
  assert.equal(row.id, id, "the same entry");
  assert.equal(row.date, twoDaysAgo, "moved to the day chosen");
});

step("Discard with words typed asks first; Keep writing keeps them; Esc asks too", async () => {
  await startFlow(app, "note", "note");
  const words = "Half a thought about the weekend, not finished.";
  await fill(app, "note-text", words);
  remember(words);
  await click(app, "flow-cancel");
  await app.waitFor(tid("flow-discard-confirm"));
  await snap("flow-discard-asks");
  await click(app, "flow-discard-confirm-cancel");
  await app.waitGone(tid("flow-discard-confirm"));
  assert.equal(await (await app.find(tid("note-text"))).value(), words, "the words are still there");

  await app.keys([Key.Escape]);
  await app.waitFor(tid("flow-discard-confirm"));
  await click(app, "flow-discard-confirm-ok");
  await app.waitFor(tid("today"));

  // With nothing typed, Esc simply leaves.
  await startFlow(app, "note", "note");
  await app.keys([Key.Escape]);
  await app.waitFor(tid("today"));
});

step("Ctrl+N starts a check-in; Ctrl+Enter saves what is written", async () => {
  await go(app, "today");
  await app.keys([Key.Ctrl, "n"]);
  await app.waitFor(tid("flow-form-check_in"));
  await go(app, "today");
  await startFlow(app, "note", "note");
  await fill(app, "note-text", "Saved with the keyboard.");
  remember("Saved with the keyboard.");
  await app.keys([Key.Ctrl, Key.Enter]);
  await app.waitFor(tid("toast-saved"));
  await dismissToasts(app);
  await app.waitFor(tid("today"));
});

step("Ctrl+F searches, ? lists the shortcuts, Esc closes them, Ctrl+L locks", async () => {
  await app.keys([Key.Ctrl, "f"]);
  await app.waitFor(tid("search"));
  await waitFor(async () => (await app.execute(`return document.activeElement?.dataset.testid ?? null;`)) === "search-input",
    { what: "the search box focused" });
  await go(app, "today");
  await app.execute(`document.activeElement?.blur();`);
  await app.keys(["?"]);
  await app.waitFor(tid("shortcuts-dialog"));
  const listed = await (await app.find(tid("shortcut-list"))).text();
  for (const k of ["Ctrl+N", "Ctrl+F", "Ctrl+Enter", "Esc", "Ctrl+L"]) assert.ok(listed.includes(k), `${k} is listed`);
  await snap("shortcuts");
  await app.keys([Key.Escape]);
  await app.waitGone(tid("shortcuts-dialog"));
  assert.ok(await isUnlocked(app), "Esc on a dialog closes the dialog only");
  await go(app, "settings");
  assert.ok((await (await app.find(tid("settings-shortcuts"))).text()).includes("Ctrl+L"), "listed in Settings › About");
  await app.keys([Key.Ctrl, "l"]);
  await app.waitFor(tid("unlock-screen"));
  assert.equal(await isUnlocked(app), false);
  await unlockWith(app, runState().passphrase);
  await waitFor(() => isUnlocked(app), { timeout: 20_000, what: "unlocked again" });
});

step("Today shows a saved check-in with its mood dot, and says Check in again", async () => {
  await startFlow(app, "check-in", "check_in");
  await click(app, "mood-quadrant-pleasant_low");
  await addOwnFeeling(app, "unhurried");
  await save(app, "check_in");
  await app.waitFor(tid("today"));
  const row = await waitFor(async () => {
    const rows = await app.execute(`return [...document.querySelectorAll('[data-testid="today-entry"]')]
      .map((r) => ({ kind: r.dataset.kind, dot: !!r.querySelector(".row-mood"), text: r.textContent }));`);
    return rows.find((r) => r.kind === "check_in") ?? null;
  }, { what: "the check-in among today's entries" });
  assert.ok(row.dot, "a mood dot");
  assert.match(row.text, /\d{1,2}:\d{2}/, `its time: ${row.text}`);
  assert.equal((await (await app.find(tid("today-checkin-title"))).text()).trim(), "Check in again");
  const yesterdays = await app.execute(`return [...document.querySelectorAll('[data-testid="today-entry"]')]
    .some((r) => r.textContent.includes("long talk"));`);
  assert.equal(yesterdays, false, "the entry about an earlier day isn't among today's");
  await snap("today-after-check-in");
});

step("a conflict reflection left half-way waits on Today", async () => {
  await startFlow(app, "conflict", "conflict");
  const words = "We talked past each other about the weekend plans.";
  await fill(app, "conflict-what-happened", words);
  remember(words);
  await new Promise((r) => setTimeout(r, 1200)); // the draft is saved shortly after typing stops
  await go(app, "today");
  await app.waitFor(tid("today-continue-conflict"));
  assert.equal((await (await app.find(tid("today-continue-conflict"))).text()).trim(), "Continue your conflict reflection");
  await snap("today-waiting-draft");
  await click(app, "today-continue-conflict");
  await app.waitFor(tid("draft-restored"));
  assert.equal(await (await app.find(tid("conflict-what-happened"))).value(), words);
  // Throw it away (asked first), and Today no longer offers it.
  await click(app, "flow-cancel");
  await click(app, "flow-discard-confirm-ok");
  await app.waitFor(tid("today"));
  await waitFor(async () => (await app.findAll(tid("today-continue-conflict"))).length === 0, { what: "the draft gone" });
});

const pad = () => app.execute(`const p = document.querySelector('[data-testid="mood-pad"]');
  return { p: Number(p.dataset.pleasantness), e: Number(p.dataset.energy) };`);

/** The words offered first, once they are exactly the journal's nearest words for the point the pad shows (asked
 * over the app's own IPC, as the UI asks it) and pass `ok`. */
const nearWords = (what, ok) => waitFor(async () => {
  const seen = await app.executeAsync(`const done = arguments[arguments.length - 1];
    const p = document.querySelector('[data-testid="mood-pad"]');
    const shown = [...document.querySelectorAll('[data-testid="feelings-near"] .chip')].map((c) => c.textContent);
    window.__TAURI_INTERNALS__.invoke("feelings_near", { pleasantness: Number(p.dataset.pleasantness),
      energy: Number(p.dataset.energy) }).then((a) => done({ shown, journal: a.nearest }), (e) => done({ error: String(e) }));`);
  assert.equal(seen.error, undefined, seen.error);
  return seen.shown.length > 0 && seen.shown.join() === seen.journal.join() && ok(seen.shown) ? seen.shown : null;
}, { what, timeout: 5_000 });

step("the Mood Meter point follows a drag and the arrow keys", async () => {
  await startFlow(app, "check-in", "check_in");
  const r = await app.execute(`const b = document.querySelector('[data-testid="mood-pad"]').getBoundingClientRect();
    return { x: b.left, y: b.top, w: b.width, h: b.height };`);
  const start = { x: Math.round(r.x + r.w * 0.1), y: Math.round(r.y + r.h * 0.9) };
  const end = { x: Math.round(r.x + r.w * 0.9), y: Math.round(r.y + r.h * 0.1) };
  const moves = [0.25, 0.5, 0.75, 1].map((t) => ({
    type: "pointerMove", duration: 50, origin: "viewport",
    x: Math.round(start.x + (end.x - start.x) * t), y: Math.round(start.y + (end.y - start.y) * t),
  }));
  await app.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
    { type: "pointerMove", duration: 0, origin: "viewport", ...start },
    { type: "pointerDown", button: 0 },
    { type: "pause", duration: 100 },
  ] }]);
  const pressed = await pad();
  assert.ok(pressed.p <= -3 && pressed.e <= -3, `pressed low and unpleasant: ${JSON.stringify(pressed)}`);
  const low = await nearWords("the words nearest the pressed point", () => true);
  assert.ok(low.length >= 10 && low.length <= 14, `about a dozen words first: ${low}`);
  await app.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
    { type: "pointerMove", duration: 0, origin: "viewport", ...start },
    { type: "pointerDown", button: 0 },
    ...moves,
    { type: "pointerUp", button: 0 },
  ] }]);
  const dragged = await pad();
  assert.ok(dragged.p >= 3 && dragged.e >= 3, `dragged to pleasant and high: ${JSON.stringify(dragged)}`);
  const bright = await nearWords("the words nearest the dragged point", (w) => w.join() !== low.join());
  assert.ok(!bright.some((w) => low.includes(w)), `the words followed the point: ${bright} after ${low}`);
  await app.execute(`window.scrollTo(0, 0);`);
  await snap("flow-check-in-dragged");
  // The rest are a click away, under "More words".
  await click(app, "feelings-more");
  assert.ok(await (await app.find(tid("feeling-sad"))).displayed(), "More words opens the rest");

  await click(app, "mood-pad");
  const before = await pad();
  await app.keys([Key.ArrowLeft]);
  assert.equal((await pad()).p, before.p - 1, "the arrow keys move it too");
  // The example: a mild pleasant point does not offer "elated"; the far corner does.
  await app.keys([Key.Home, Key.ArrowRight, Key.ArrowUp]);
  assert.deepEqual(await pad(), { p: 1, e: 1 });
  await nearWords("mild words at 1, 1", (w) => w.includes("glad") && !w.includes("elated"));
  await app.keys(Array(4).fill([Key.ArrowRight, Key.ArrowUp]).flat());
  assert.deepEqual(await pad(), { p: 5, e: 5 });
  await nearWords("strong words in the far corner", (w) => w.includes("elated") && !w.includes("glad"));
  await snap("flow-check-in-far-corner");
  await app.keys([Key.Escape]);
  await click(app, "flow-discard-confirm-ok").catch(() => {});
  await app.waitFor(tid("today"));
});

step("a conflict reflection asks who it was with in step 1, and lists the unpleasant feelings first", async () => {
  await startFlow(app, "conflict", "conflict");
  await addPersonInline(app, "conflict-people", "Alexis");
  const words = "We talked past each other about the weekend plans, again.";
  await fill(app, "conflict-what-happened", words);
  remember(words);
  await snap("flow-conflict-step-1");
  await click(app, "conflict-next");
  const quadrants = await waitFor(async () => {
    const qs = await app.execute(`return [...document.querySelectorAll('[data-testid="flow-conflict"] [data-quadrant]')]
      .map((f) => f.dataset.quadrant);`);
    return qs.length > 0 ? qs : null;
  }, { what: "the feeling families" });
  const firstPleasant = quadrants.findIndex((q) => q.startsWith("pleasant"));
  assert.ok(firstPleasant > 0 && quadrants.slice(firstPleasant).every((q) => q.startsWith("pleasant")),
    `unpleasant families first: ${quadrants}`);
  await save(app, "conflict");
  await go(app, "timeline");
  const id = await waitFor(() => app.execute(`return [...document.querySelectorAll('[data-testid="timeline-item"]')]
    .find((el) => el.textContent.includes("weekend plans, again"))?.dataset.entryId ?? null;`), { what: "the conflict" });
  await click(app, `entry-${id}`);
  const detail = await (await app.waitFor(tid("entry-detail"))).text();
  assert.match(detail, /Alexis/, "the reflection is about Alexis");
});
