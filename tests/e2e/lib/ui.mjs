// Steps a person takes in Attune's UI, in terms of the data-testids in ui/TESTIDS.md.

import { runState } from "./harness.mjs";
import { tid, waitFor } from "./webdriver.mjs";

/** Clears a field and types into it. */
export async function fill(app, testid, text) {
  const el = await app.waitFor(tid(testid));
  await el.fill(text);
  return el;
}

export async function click(app, testid) {
  const el = await app.waitFor(tid(testid));
  await el.click();
  return el;
}

/** Ticks a checkbox or radio, by its label when the input itself is styled out of sight. */
export async function choose(app, testid) {
  const input = await waitFor(() => app.find(tid(testid)), { what: tid(testid) });
  if (await input.displayed()) return input.click();
  const id = await input.attribute("id");
  const label = id ? await app.find(`label[for="${id}"]`).catch(() => null) : null;
  if (label && (await label.displayed())) return label.click();
  // A label wrapping the input.
  const wrapper = await app.execute(`const l = document.querySelector(arguments[0])?.closest("label"); return !!l;`, tid(testid));
  if (wrapper) {
    const el = await app.find(`label:has(> ${tid(testid)}), label:has(${tid(testid)})`);
    return el.click();
  }
  throw new Error(`${testid} is neither visible nor labelled`);
}

/** Opens a `<details>` by its summary's testid, unless it is open already. */
export async function expand(app, summaryTestid) {
  const open = await app.execute(
    `const s = document.querySelector(arguments[0]); return !!(s && s.parentElement && s.parentElement.open);`,
    tid(summaryTestid),
  );
  if (!open) await click(app, summaryTestid);
}

/** Whether the unlocked app is showing. */
export function isUnlocked(app) {
  return app.execute(`return document.querySelector("[data-app-unlocked]") !== null;`);
}

/** Goes to a main screen (today, timeline, search, people, settings) and waits for it. */
export async function go(app, screen) {
  await click(app, `nav-${screen}`);
  await app.waitFor(tid(screen));
}

/** Creates the journal on the first-run screen; returns the recovery key shown. At the end it passes the reminder
 * offer by ("Not now"), or takes it with `{ remindMe: true }` ("Remind me", at the time offered). */
export async function createJournal(app, passphrase, shot, { remindMe = false } = {}) {
  await app.waitFor(tid("first-run"), { timeout: 20_000 });
  // Issue 13: "Create my journal" is in view without scrolling in a window 720 px tall.
  const rect = await app.cmd("GET", "/window/rect");
  if (rect.height !== 720) await app.cmd("POST", "/window/rect", { width: rect.width, height: 720 });
  const create = await waitFor(() => app.execute(`const b = document.querySelector('[data-testid="create-vault"]');
    return b ? { bottom: b.getBoundingClientRect().bottom, inner: innerHeight, scrolled: scrollY } : null;`),
  { what: "the Create my journal button" });
  if (shot) await shot("first-run-720");
  if (rect.height !== 720) await app.cmd("POST", "/window/rect", { width: rect.width, height: rect.height });
  if (create.scrolled !== 0 || create.bottom > create.inner) {
    throw new Error(`"Create my journal" is out of view at 720 px: ${JSON.stringify(create)}`);
  }
  await fill(app, "create-passphrase", passphrase);
  await fill(app, "create-confirm", passphrase);
  if (shot) await shot("first-run-filled");
  await click(app, "create-vault");
  const keyEl = await app.waitFor(tid("recovery-key"), { timeout: 30_000 });
  const key = (await keyEl.text()).trim();
  if (shot) await shot("recovery-key");
  await choose(app, "recovery-written");
  await click(app, "recovery-continue");
  // Then, once, a gentle offer of an evening reminder; "Not now" passes it by.
  await app.waitFor(tid("first-run-reminder"), { timeout: 15_000 });
  if (shot) await shot("first-run-reminder");
  await click(app, remindMe ? "first-run-reminder-add" : "first-run-reminder-skip");
  await app.waitFor(tid("today"), { timeout: 15_000 });
  return key;
}

/** Unlocks on the unlock screen. */
export async function unlockWith(app, passphrase) {
  await app.waitFor(tid("unlock-screen"), { timeout: 20_000 });
  await fill(app, "unlock-passphrase", passphrase);
  await click(app, "unlock-submit");
}

/** The screen a started app shows first: "first-run" (no journal yet), "unlock-screen", or "today" (unlocked). */
export function firstScreen(app) {
  return waitFor(async () => {
    for (const id of ["first-run", "unlock-screen", "today"]) if ((await app.findAll(tid(id))).length > 0) return id;
    return null;
  }, { timeout: 30_000, what: "a first screen" });
}

/**
 * Gets into the journal in a started app, whatever the test files before this one left, and waits for Today: on the
 * first-run screen it makes the journal with `passphrase` (remembered in the run state for the files after; `shot`
 * goes to createJournal), on the unlock screen it unlocks with the passphrase remembered (or `passphrase`).
 */
export async function intoJournal(app, { passphrase = "meadow lantern copper violin 73", shot } = {}) {
  const screen = await firstScreen(app);
  if (screen === "first-run") {
    await createJournal(app, passphrase, shot);
    runState({ passphrase });
  } else if (screen === "unlock-screen") {
    await unlockWith(app, runState().passphrase ?? passphrase);
  }
  await app.waitFor(tid("today"), { timeout: 30_000 });
}

/** How far the page reaches past the window's right edge (`over`, px: 0 or less when it fits) and the first elements
 * that do (`what`, by testid, else tag and class): a sideways scrollbar hides the bottom row and clicks land on it. */
export function sideways(app) {
  return app.execute(`const w = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .map((el) => (el.getAttribute("data-testid") || el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "")));
    return { over: document.documentElement.scrollWidth - w, what: over.slice(0, 8) };`);
}

/** Closes every toast with its Dismiss button, as a person would, so none covers what comes next. */
export async function dismissToasts(app) {
  for (const button of await app.findAll(".toast .toast-close")) {
    await button.click().catch(() => {}); // it may have timed out meanwhile
  }
}

/** Saves the open flow, waits until it has gone (back to Today or the entry) and dismisses the "Saved" toast, or
 * leaves the after-save screen with "Done". */
export async function save(app, kind) {
  await click(app, "flow-save");
  await app.waitGone(tid(`flow-form-${kind}`), { timeout: 15_000 }).catch(async (e) => {
    const errors = await app.execute(
      `return [...document.querySelectorAll('[role="alert"], .field-error')].map((el) => el.textContent.trim()).filter(Boolean);`,
    );
    throw new Error(`${e.message}; the form says: ${JSON.stringify(errors)}`);
  });
  // A check-in (or an entry that calls for the care line) goes on to the after-save screen; the rest toast "Saved".
  await app.waitFor(`${tid("toast-saved")}, ${tid("after-done")}`, { timeout: 15_000 });
  if (await app.execute(`return !!document.querySelector('[data-testid="after-done"]');`)) {
    await click(app, "after-done");
    await app.waitGone(tid("after-save"));
    return;
  }
  await dismissToasts(app);
}

/** Starts a new entry of `slug` (check-in, appreciation, conflict, vulnerability, shared, note) from Today. */
export async function startFlow(app, slug, kind) {
  await go(app, "today");
  await click(app, `nav-new-${slug}`);
  await app.waitFor(tid(`flow-form-${kind}`));
}

/** Adds one's own feeling word in a check-in or conflict. */
export async function addOwnFeeling(app, word) {
  await fill(app, "feeling-own", word);
  await click(app, "feeling-own-add");
}

/** Adds someone inline in a person picker (`prefix` e.g. "appreciation-person"), saying how you know them
 * (`relationship`, one of the journal's), and picks them. */
export async function addPersonInline(app, prefix, name, relationship = "friend") {
  await fill(app, `${prefix}-add-name`, name);
  // A native <select> list is a GTK popup WebDriver can't drive: choose as the keyboard would, by value and events.
  await app.execute(`const s = document.querySelector(arguments[0]); s.value = arguments[1];
    s.dispatchEvent(new Event("change", { bubbles: true }));`, tid(`${prefix}-add-relationship`), relationship);
  await click(app, `${prefix}-add`);
  const input = await waitFor(
    async () => {
      const els = await app.findAll(`input[data-testid^="${prefix}-"][data-person-name="${name.replace(/"/g, '\\"')}"],` +
        ` [data-person-name="${name.replace(/"/g, '\\"')}"] input, label[data-person-name="${name.replace(/"/g, '\\"')}"] input`);
      return els[0];
    },
    { what: `${name} in the person picker` },
  ).catch(() => null);
  if (input && !(await input.selected())) await input.click();
}

/** The timeline's items as [{ id, kind }]. */
export async function timelineItems(app) {
  return app.execute(`return [...document.querySelectorAll('[data-testid="timeline-item"]')]
    .map((el) => ({ id: el.dataset.entryId, kind: el.dataset.kind, text: el.textContent }));`);
}

/** Types `text` into search and waits until the results satisfy `ok(results)`; returns the results' text. */
export async function searchFor(app, text, ok = (results) => results.length > 0) {
  await fill(app, "search-input", text);
  return waitFor(
    async () => {
      const results = await app.execute(
        `return [...document.querySelectorAll('[data-testid="search-result"]')].map((el) => el.textContent);`,
      );
      return ok(results) ? results : null;
    },
    { what: `search results for ${JSON.stringify(text)}`, timeout: 10_000 },
  );
}
