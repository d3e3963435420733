// The shortest check-in, in the real app on a journal of 2,000 entries brought in through the CLI (issue 13): from
// Today, a quadrant, one word and Save are three clicks (counted as the page receives them, the figure the README
// states); the journal then holds a check-in at that quadrant's point with that word, and Today shows it among today's
// entries and invites another ("Check in again"). "Add more…" carries what was tapped into the full check-in; with a
// check-in already waiting as a draft it asks first, and "Add to it" keeps what was written there. Once a point or a
// word is chosen, the check-in's Save stays at the window's bottom edge, covering nothing that is clicked or typed
// into (720 px tall, and 640 px wide). Screenshots of Today's card, the question and the check-in, light, dark and
// 640 px wide. The check-in's time is the app's own time field (12:05am is read as 00:05; one it can't read gets one
// message), looked at light, dark, 640 px and 200 %.

import assert from "node:assert/strict";
import { after } from "node:test";

import { runState, shot, startApp, steps } from "./lib/harness.mjs";
import { click, dismissToasts, expand, fill, go, intoJournal, save, startFlow } from "./lib/ui.mjs";
import { journalWithVolume } from "./lib/volume.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

/** The clicks the shortest check-in takes from Today; README.md states the same number. */
const SHORTEST_CHECK_IN_CLICKS = 3;

let app;
let passphrase;
let attune;
const snap = (name, more = {}) => shot(app, name, { dark: true, width: 640, ...more });
const step = steps(() => app);

after(async () => {
  await app?.quit();
});

step("a journal of 2,000 entries, opened in the app", async () => {
  ({ passphrase, attune } = journalWithVolume());
  app = await startApp();
  await intoJournal(app, { passphrase });
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

/** The first of the words shown for the quadrant tapped on Today's card. */
const firstQuickWord = () => waitFor(() => app.execute(`const b = document.querySelector('[data-testid="today-words"] .chip');
  return b && b.offsetParent !== null ? b.textContent : null;`), { what: "the words for the quadrant" });

step("Add more… with a check-in waiting asks first; Add to it keeps what was written there", async () => {
  // A check-in started and left: its words wait as a draft.
  await startFlow(app, "check-in", "check_in");
  await click(app, "mood-quadrant-unpleasant_high");
  await fill(app, "checkin-whats-going-on", "A slow morning, the radiator ticking");
  await new Promise((r) => setTimeout(r, 800)); // the draft is written half a second after the last change
  await go(app, "today");

  await click(app, "today-quadrant-pleasant_low");
  const word = await firstQuickWord();
  await click(app, `today-word-${word.replace(/\s+/g, "-")}`);
  await click(app, "today-add-more");
  const dialog = await app.waitFor(tid("quick-waiting"));
  assert.match(await dialog.text(), /You have a check-in waiting/);
  assert.equal(await app.execute(`return document.activeElement?.dataset.testid;`), "quick-waiting-add");
  await snap("today-add-more-waiting");
  await click(app, "quick-waiting-add");

  await app.waitFor(tid("flow-form-check_in"));
  await app.waitFor(tid("draft-restored"));
  const going = await waitFor(async () => {
    const v = await (await app.find(tid("checkin-whats-going-on"))).value();
    return v || null;
  }, { what: "what was written, kept" });
  assert.equal(going, "A slow morning, the radiator ticking");
  const point = await app.execute(`const p = document.querySelector('[data-testid="mood-pad"]');
    return { p: Number(p.dataset.pleasantness), e: Number(p.dataset.energy) };`);
  assert.ok(point.p > 0 && point.e < 0, `where you are now: ${JSON.stringify(point)}`);
  assert.match(await (await app.find(tid("feelings-chosen"))).text(), new RegExp(word));
  runState({ quickWord: word });
});

/** Where Save and the form's parts are, in the window. */
const layout = () => app.execute(`const r = (id) => { const el = document.querySelector('[data-testid="' + id + '"]');
    const b = el.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; };
  const bar = document.querySelector('[data-testid="flow-actions"]');
  return { sticky: bar.classList.contains("sticky"), bar: r("flow-actions"), save: r("flow-save"),
    inner: innerHeight, scrolled: scrollY, scrollable: document.documentElement.scrollHeight > innerHeight };`);

step("the check-in's Save stays in reach once a point is chosen, and covers nothing (720 px tall, and 640 px wide)", async () => {
  const rect = await app.cmd("GET", "/window/rect");
  try {
    for (const width of [rect.width, 640]) {
      await app.cmd("POST", "/window/rect", { width, height: 720 });
      await app.execute(`window.scrollTo(0, 0);`);
      await new Promise((r) => setTimeout(r, 300));
      const top = await layout();
      assert.ok(top.sticky, "a point is chosen: Save is kept in reach");
      assert.ok(top.scrollable, "the check-in is taller than the window");
      assert.ok(top.save.bottom <= top.inner && top.save.top >= 0, `Save is in the window at the top (${width} px): ${JSON.stringify(top)}`);
      // What lies under the bar at first is clicked and typed into as a person would, through WebDriver.
      await expand(app, "checkin-more");
      await fill(app, "checkin-need", `An early night (${width} px)`);
      const need = await app.execute(`const n = document.querySelector('[data-testid="checkin-need"]').getBoundingClientRect();
        const b = document.querySelector('[data-testid="flow-actions"]').getBoundingClientRect();
        return { need: n.bottom, bar: b.top, focused: document.activeElement?.dataset.testid };`);
      assert.equal(need.focused, "checkin-need");
      // At the end of the page the bar sits in its own place, below everything.
      await app.execute(`window.scrollTo(0, document.documentElement.scrollHeight);`);
      await new Promise((r) => setTimeout(r, 200));
      const end = await app.execute(`const b = document.querySelector('[data-testid="flow-actions"]').getBoundingClientRect().top;
        const above = [...document.querySelectorAll('[data-testid="flow-form-check_in"] > :not([data-testid="flow-actions"])')]
          .map((el) => el.getBoundingClientRect().bottom);
        return { bar: b, lowest: Math.max(...above) };`);
      assert.ok(end.lowest <= end.bar + 1, `nothing under the bar at the end: ${JSON.stringify(end)}`);
      await app.execute(`window.scrollTo(0, 0);`);
      if (width === rect.width) await shot(app, "check-in-save-in-reach-720", { dark: true });
      else await shot(app, "check-in-save-in-reach-640x720");
    }
  } finally {
    await app.cmd("POST", "/window/rect", { width: rect.width, height: rect.height });
  }
  // Saved from the bar: the check-in holds what was written before, the word tapped on Today, and the need.
  await save(app, "check_in");
  const [saved] = JSON.parse(attune("list", "--kind", "check-in", "--limit", "1", "--json")).entries;
  assert.equal(saved.body.whatsGoingOn, "A slow morning, the radiator ticking");
  assert.ok(saved.body.feelings.includes(runState().quickWord), JSON.stringify(saved.body.feelings));
  assert.equal(saved.body.need, "An early night (640 px)");
});

/** Every message shown in the entry's "When". */
const whenMessages = () => app.execute(`return [...document.querySelectorAll('[data-testid="flow-when"] .field-error')]
  .map((e) => e.textContent.trim()).filter(Boolean);`);

step("the check-in's time is the app's time field: 12:05am is read as 00:05; one it can't read gets one message", async () => {
  await startFlow(app, "check-in", "check_in");
  await click(app, "mood-quadrant-pleasant_high");
  // The words for the point chosen (the list shown before is replaced when they come), the first one in view.
  await waitFor(() => app.execute(`return document.querySelector(".picker-heading")?.textContent.startsWith("The words nearest") ?? false;`),
    { what: "the words nearest the point" });
  const word = await waitFor(() => app.execute(`const b = [...document.querySelectorAll('[data-testid="feelings-near"] [data-testid^="feeling-"]')]
    .find((x) => x.offsetParent !== null && !x.closest("details:not([open])"));
    return b ? b.dataset.testid : null;`), { what: "a word nearest the point" });
  // Scrolled to the middle, clear of the sticky header, then clicked; again if the list was drawn anew meanwhile.
  await waitFor(async () => {
    await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid(word));
    await (await app.find(tid(word))).click();
    return true;
  }, { what: `a click on ${word}` });
  const going = "The first minutes of the day, a kettle and a quiet street";
  await fill(app, "checkin-whats-going-on", going);
  const time = await app.find(tid("flow-when-time"));
  assert.equal(await time.attribute("type"), "text", "not WebKit's own time input");
  assert.ok(await app.execute(`return !!document.querySelector(arguments[0]).list;`, tid("flow-when-time")), "half hours to pick from");
  // Clear of the sticky Save bar, as a person scrolls to it.
  const centre = () => app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("flow-when"));
  await centre();
  await fill(app, "flow-when-time", "teatime");
  await click(app, "flow-when-date"); // leaving the field reads it
  const said = await waitFor(async () => {
    const m = await whenMessages();
    return m.length > 0 ? m : null;
  }, { what: "the message about the time" });
  assert.deepEqual(said, ["“teatime” isn't a time like 20:30 or 8pm"], "one message, the journal's words");
  assert.equal(await time.attribute("aria-invalid"), "true");
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "now");
  await centre();
  await app.execute(`document.querySelector(arguments[0]).focus();`, tid("flow-when-time"));
  await snap("check-in-when-time-unreadable", { zoom: true }); // and at 200 %

  await fill(app, "flow-when-time", "12:05am");
  await click(app, "flow-when-date");
  await waitFor(async () => (await time.value()) === "00:05", { what: "12:05am shown back as 00:05" });
  assert.deepEqual(await whenMessages(), []);
  assert.equal((await (await app.find(tid("flow-when-label"))).text()).trim(), "another time");
  await centre();
  await snap("check-in-when-time-read");
  await save(app, "check_in");
  const { entries } = JSON.parse(attune("list", "--kind", "check-in", "--limit", "50", "--json"));
  const saved = entries.find((e) => e.body.whatsGoingOn === going);
  assert.ok(saved, "the check-in was saved");
  const at = new Date(saved.createdAt);
  assert.deepEqual([at.getHours(), at.getMinutes()], [0, 5], `saved at 00:05 today: ${saved.createdAt}`);
});
