// What a person types is shown as text, never run: markup and script typed into every text field of every kind of
// entry, a date field and a person's name, then looked at everywhere entry text shows. And the dark and light themes:
// each colour written once, following the choice. Runs after 02-journey, in the journal it left (or a new one).
//
// Steps share one app session and run in order; a failed step fails the ones after it.

import assert from "node:assert/strict";
import { after } from "node:test";

import { remember, shot, startApp, steps } from "./lib/harness.mjs";
import {
  addOwnFeeling,
  addPersonInline,
  choose,
  click,
  expand,
  fill,
  go,
  intoJournal,
  save,
  searchFor,
  startFlow,
  timelineItems,
} from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

let app;
const snap = (name) => shot(app, name);

after(async () => {
  await app?.quit();
});

const step = steps(() => app);

step("into the journal", async () => {
  app = await startApp();
  await intoJournal(app);
});

// Markup and script typed into every text field must stay text: nothing runs, nothing becomes an element.
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img';document.title='pwned'">`,
  `<script>window.__pwned='script';document.title='pwned'</script>`,
  `<a href="javascript:window.__pwned='link'">open-me</a>`,
  `<svg onload="window.__pwned='svg'"></svg>`,
];
const SHORT_PAYLOAD = `<img src=x onerror=window.__pwned=1><b>`;
/** The payload for a field: all of them, or a short one for a field with a small maxlength (a title, a name). */
const payload = (field, maxLength) => {
  const full = `${field}: ${PAYLOADS.join(" ")}`;
  return maxLength > 0 && full.length > maxLength ? SHORT_PAYLOAD.slice(0, maxLength) : full;
};

async function fillAllVisibleText(kind, label) {
  // Every visible text box in the form, except the inline "add" inputs handled on their own.
  const ids = await app.execute(
    `return [...document.querySelectorAll(arguments[0] + ' textarea, ' + arguments[0] + ' input[type="text"]')]
      .filter((el) => el.offsetParent !== null && el.dataset.testid && !/add-name$|^feeling-own$|^flow-tags$/.test(el.dataset.testid)
        && !el.classList.contains("date-input") && !el.classList.contains("time-input")) // dates: below, refused, not saved; the time stays now
      // Single-line inputs are short fields (at most 100 characters in the journal).
      .map((el) => [el.dataset.testid, el.tagName === "INPUT" ? Math.min(100, el.maxLength > 0 ? el.maxLength : 100) : el.maxLength]);`,
    tid(`flow-form-${kind}`),
  );
  for (const [id, maxLength] of ids) await fill(app, id, payload(`${label}/${id}`, maxLength));
  return ids.map(([id]) => id);
}

async function assertNothingRan(where) {
  const probe = await app.execute(`return {
    pwned: window.__pwned ?? null,
    titlePwned: document.title.includes("pwned"),
    imgs: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
  };`);
  assert.deepEqual(probe, { pwned: null, titlePwned: false, imgs: 0, scripts: 0, links: 0, svgs: 0 }, where);
}

step("markup and script in every text field render as text and never run", async () => {
  const name = `Sam <img src=x onerror="window.__pwned='name'">`;
  const written = [];
  await go(app, "timeline");
  const before = (await timelineItems(app)).length;

  await startFlow(app, "note", "note");
  written.push(...(await fillAllVisibleText("note", "note")));
  // Markup typed as a date: the journal can't read it, and says so on the field, as text.
  await fill(app, "flow-when-date", SHORT_PAYLOAD);
  await click(app, "note-text");
  await waitFor(async () => (await (await app.find(tid("flow-when-date-error"))).text()).includes("isn't a date"),
    { what: "the date's message" });
  await assertNothingRan("a date field's message");
  await fill(app, "flow-when-date", "today");
  await click(app, "note-text");
  await waitFor(async () => !(await (await app.find(tid("flow-when-date-error"))).text()), { what: "today read" });
  await expand(app, "flow-more");
  await fill(app, "flow-tags", "xss-tag");
  await save(app, "note");

  await startFlow(app, "check-in", "check_in");
  await click(app, "mood-quadrant-unpleasant_high");
  await addOwnFeeling(app, "<b>ruffled</b>");
  await expand(app, "checkin-more");
  written.push(...(await fillAllVisibleText("check_in", "check_in")));
  await save(app, "check_in");

  await startFlow(app, "appreciation", "appreciation");
  await addPersonInline(app, "appreciation-person", name);
  written.push(...(await fillAllVisibleText("appreciation", "appreciation")));
  await save(app, "appreciation");

  await startFlow(app, "conflict", "conflict");
  for (let step = 0; step < 9; step += 1) {
    written.push(...(await fillAllVisibleText("conflict", `conflict${step}`)));
    const next = await app.find(tid("conflict-next"));
    if (!(await next.displayed())) break;
    await next.click();
  }
  await save(app, "conflict");

  await startFlow(app, "vulnerability", "vulnerability");
  written.push(...(await fillAllVisibleText("vulnerability", "vulnerability")));
  await save(app, "vulnerability");

  await startFlow(app, "shared", "shared_experience");
  written.push(...(await fillAllVisibleText("shared_experience", "shared")));
  await save(app, "shared_experience");
  remember(...written.map((id) => `/${id}: <img src=x`));
  await assertNothingRan("after writing");

  // Every place entry text is shown: today, the timeline, each entry, search, people.
  await go(app, "today");
  await assertNothingRan("today");
  await go(app, "timeline");
  const items = await waitFor(async () => ((await timelineItems(app)).length >= before + 6 ? timelineItems(app) : null), {
    what: "the six new entries",
  });
  await snap("timeline-with-markup");
  await assertNothingRan("timeline");
  for (const item of items.slice(0, 6)) {
    await click(app, `entry-${item.id}`);
    const detail = await app.waitFor(tid("entry-detail"));
    const text = await detail.text();
    assert.ok(text.includes(`<img src=x onerror="window.__pwned='img';document.title='pwned'">`), `${item.kind}: shown literally`);
    assert.ok(text.includes("<script>"), `${item.kind}: script tag shown literally`);
    if (item.kind === "conflict") await snap("entry-with-markup");
    await assertNothingRan(`entry ${item.kind}`);
    await click(app, "entry-back");
    await app.waitFor(tid("timeline"));
  }
  await go(app, "search");
  const results = await searchFor(app, "onerror", (r) => r.length >= 6);
  assert.ok(results.some((r) => r.includes("<img")), "snippets show the markup as text");
  await snap("search-with-markup");
  await assertNothingRan("search");
  await go(app, "people");
  await waitFor(async () => (await app.execute(`return document.body.textContent.includes(arguments[0]);`, name)), {
    what: "the person's name shown literally",
  });
  await snap("people");
  await assertNothingRan("people");
});

step("the dark and light themes: each colour is written once and follows the choice", async () => {
  // main.css writes each colour once, light-dark(light, dark); color-scheme picks one (Settings forces it through
  // data-theme). A WebKitGTK without light-dark() would leave these empty.
  const colours = () => app.execute(`const s = getComputedStyle(document.documentElement);
    return { bg: s.backgroundColor, text: getComputedStyle(document.body).color,
      mark: (() => { const m = document.createElement("mark"); document.body.append(m);
        const c = getComputedStyle(m).backgroundColor; m.remove(); return c; })() };`);
  await go(app, "settings");
  await choose(app, "settings-theme-dark");
  await waitFor(async () => (await colours()).bg === "rgb(27, 26, 25)", { what: "the dark background" });
  assert.deepEqual(await colours(), { bg: "rgb(27, 26, 25)", text: "rgb(235, 229, 220)", mark: "rgb(107, 90, 36)" },
    "light text and a dark highlight on the dark background");
  await go(app, "timeline");
  await snap("timeline-dark");
  await go(app, "settings");
  await choose(app, "settings-theme-light");
  await waitFor(async () => (await colours()).bg === "rgb(247, 244, 239)", { what: "the light background" });
  assert.deepEqual(await colours(), { bg: "rgb(247, 244, 239)", text: "rgb(47, 42, 38)", mark: "rgb(248, 227, 163)" },
    "dark text and a light highlight on the light background");
  await choose(app, "settings-theme-system");
});
