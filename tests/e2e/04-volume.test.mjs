// A journal of 2,000 more entries, brought in through the CLI (`attune import` of a generated journal), used in the
// real app: the timeline groups them by day under month headings that stay in view, shows a screenful of compact
// rows, and jumps to a month; search shows how many entries match in all, pages past the first 50, and orders newest
// first on request.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { shot, startApp } from "./lib/harness.mjs";
import { click, go, unlockWith } from "./lib/ui.mjs";
import { journalWithVolume } from "./lib/volume.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

let app;
let passphrase;
let attune;
/** What the CLI says about the whole word "sam" (typed with a space after it): the true count to expect on screen. */
let samTotal = 0;

/** The first number in a text, whatever the locale's digit grouping ("1,234" or "1 234"). */
const firstNumber = (text) => Number((text.match(/\d[\d,.\s\u00a0\u202f]*/) ?? ["0"])[0].replace(/\D/g, ""));

before(async () => {
  // In a full run the journey test leaves a journal and its passphrase; run alone (ATTUNE_E2E_ONLY), one is made.
  ({ passphrase, attune } = journalWithVolume());
  samTotal = JSON.parse(attune("search", "sam ", "--json", "--limit", "1")).total;
  assert.ok(samTotal > 200, `the generated journal mentions Sam often (${samTotal})`);
  app = await startApp();
  await unlockWith(app, passphrase);
  await app.waitFor(tid("today"), { timeout: 30_000 });
});

after(async () => {
  await app?.quit();
});

/** The timeline as it is on screen: months, days, and the rows inside the window. */
function timelineLayout() {
  return app.execute(`
    const header = document.querySelector(".app-header").getBoundingClientRect().bottom;
    const rows = [...document.querySelectorAll('[data-testid="timeline-item"]')];
    const inView = rows.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= header && b.bottom <= innerHeight; });
    return {
      months: [...document.querySelectorAll('[data-testid="timeline-month"]')].map((m) => m.dataset.month),
      firstMonthText: document.querySelector(".month-heading")?.textContent ?? "",
      days: [...document.querySelectorAll('[data-testid="timeline-day"]')].map((d) => d.dataset.date),
      rows: rows.length,
      inView: inView.length,
      headerBottom: header,
    };`);
}

test("the timeline groups entries by day under month headings, a screenful of compact rows", async () => {
  await go(app, "timeline");
  const layout = await waitFor(async () => {
    const l = await timelineLayout();
    return l.rows >= 30 ? l : null;
  }, { what: "the first page of the timeline" });
  assert.ok(layout.months.length >= 1 && layout.firstMonthText.length > 0, JSON.stringify(layout));
  assert.ok(layout.days.length >= 2, "day headings");
  assert.deepEqual([...layout.days].sort().reverse(), layout.days, "days newest first");
  // A screenful of the list itself: scrolled so the list starts just below the app's header.
  await app.execute(`const top = document.querySelector('[data-testid="timeline-list"]').getBoundingClientRect().top;
    window.scrollBy(0, top - document.querySelector(".app-header").getBoundingClientRect().bottom);`);
  const { inView } = await timelineLayout();
  assert.ok(inView >= 12, `a screen shows 12 or more entries (${inView})`);
  await app.execute(`window.scrollTo(0, 0);`);
  await shot(app, "timeline-volume", { dark: true, width: 640 });

  // Scrolled down, the current month's heading stays just below the app's header.
  await app.execute(`window.scrollTo(0, 1500);`);
  const stuck = await waitFor(() => app.execute(`
    const header = document.querySelector(".app-header").getBoundingClientRect().bottom;
    const visible = [...document.querySelectorAll(".month-heading")].map((h) => h.getBoundingClientRect().top)
      .filter((t) => Math.abs(t - header) < 2);
    return visible.length > 0;`), { what: "a month heading stuck below the header" });
  assert.ok(stuck);
  await app.execute(`window.scrollTo(0, 0);`);
});

test("jump to a month: the timeline starts there", async () => {
  const months = await app.execute(
    `return [...document.querySelectorAll('[data-testid="timeline-jump"] option')].map((o) => o.value).filter(Boolean);`);
  assert.ok(months.length >= 6, `months to jump to: ${months}`);
  // A month well back, as reaching December 2023 took 66 scroll loads.
  const target = months[Math.floor(months.length / 2)];
  await click(app, "timeline-jump");
  await (await app.find(`${tid("timeline-jump")} option[value="${target}"]`)).click();
  const layout = await waitFor(async () => {
    const l = await timelineLayout();
    return l.months[0] === target && l.rows > 0 ? l : null;
  }, { what: `the timeline starting at ${target}` });
  assert.ok(layout.days.every((d) => d.slice(0, 7) <= target), `nothing newer than ${target}: ${layout.days}`);
  assert.equal(await app.execute(`return document.activeElement?.classList.contains("month-heading");`), true,
    "focus moves to the month's heading");
  await shot(app, "timeline-jumped");

  // And back to the newest.
  await (await app.find(`${tid("timeline-jump")} option[value=""]`)).click();
  await waitFor(async () => (await timelineLayout()).months[0] > target, { what: "the newest entries again" });
});

/** The search results on screen: their entry ids and dates, and the status line. */
function searchState() {
  return app.execute(`return {
    ids: [...document.querySelectorAll('[data-testid="search-result"]')].map((r) => r.dataset.entryId),
    status: document.querySelector('[data-testid="search-status"]').textContent,
    more: !document.querySelector('[data-testid="search-more"]').hidden,
  };`);
}

test("search shows the true count and pages past 50", async () => {
  await go(app, "search");
  const input = await app.waitFor(tid("search-input"));
  await input.fill("sam ");
  const first = await waitFor(async () => {
    const s = await searchState();
    return s.ids.length > 0 && firstNumber(s.status) === samTotal ? s : null;
  }, { what: `"${samTotal} entries found"`, timeout: 15_000 });
  assert.ok(first.more, "Show more is offered");
  await shot(app, "search-volume", { dark: true, width: 640 });

  let shown = first.ids.length;
  while (shown <= 50) {
    await click(app, "search-more");
    const s = await waitFor(async () => {
      const now = await searchState();
      return now.ids.length > shown ? now : null;
    }, { what: "more results" });
    assert.equal(new Set(s.ids).size, s.ids.length, "no result shown twice");
    assert.equal(firstNumber(s.status), samTotal, "the count stays the true one");
    shown = s.ids.length;
  }
  assert.ok(shown > 50, `paged past 50 (${shown})`);
  await shot(app, "search-more");
});

test("search offers newest first beside best match", async () => {
  // Back at the top, where the order is chosen (a control scrolled under the sticky header cannot be clicked).
  await app.execute(`window.scrollTo(0, 0);`);
  await click(app, "search-order-newest").catch(async () => {
    // The radio is styled out of sight; its label is what a person clicks.
    const id = await (await app.find(tid("search-order-newest"))).attribute("id");
    await (await app.find(`label[for="${id}"]`)).click();
  });
  // Newest first: the ids are UUIDv7 (time-ordered), and the generated entries were written in time order. Wait for
  // the new order to replace the best-match results.
  const ids = () => app.execute(`return [...document.querySelectorAll('[data-testid="search-result"]')]
    .map((r) => r.dataset.entryId);`);
  const newest = (d) => d.length > 1 && d.every((id, i) => i === 0 || d[i - 1] >= id);
  const dates = await waitFor(async () => {
    const d = await ids();
    return newest(d) ? d : null;
  }, { what: "newest-first results" }).catch(async (e) => {
    throw new Error(`${e.message}; showing ${JSON.stringify((await ids()).slice(0, 5))}`);
  });
  assert.ok(newest(dates));
  await shot(app, "search-newest");
});
