// A reminder's time in the real app (issue 13): picked from the list or typed the way people say it ("8pm"), read by
// the journal (the CLI's `--at` reads the same); a time it can't read gets one message, on the field, and nothing is
// saved. The reminder is then listed at the time read, and the settings file (outside the vault) holds it.
// Screenshots of the form with its message, light, dark and 640 px wide.

import assert from "node:assert/strict";
import { after } from "node:test";

import { shot, startApp, steps } from "./lib/harness.mjs";
import { choose, click, dismissToasts, fill, go, intoJournal } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

let app;
const step = steps(() => app);

after(async () => {
  await app?.quit();
});

step("into the journal", async () => {
  app = await startApp();
  await intoJournal(app, { shot: (name) => shot(app, name, { dark: true, width: 640 }) });
});

/** Every error message shown in the reminder form. */
const messages = () => app.execute(`return [...document.querySelectorAll('[data-testid="reminder-form"] .field-error, [data-testid="reminder-form"] .form-error')]
  .map((e) => e.textContent.trim()).filter(Boolean);`);

step("a weekly reminder's time typed as 8pm is read as 20:00; one it can't read gets one message", async () => {
  await go(app, "settings");
  await click(app, "reminder-add");
  await app.waitFor(tid("reminder-form"));
  await app.execute(`const s = document.querySelector('[data-testid="reminder-when"]'); s.value = "weekly";
    s.dispatchEvent(new Event("change", { bubbles: true }));`);
  await click(app, "reminder-day-thu");
  assert.ok(await app.execute(`return !!document.querySelector('[data-testid="reminder-time"]').list;`), "a list to pick from");
  await fill(app, "reminder-time", "after dinner");
  await click(app, "reminder-save");
  const shown = await waitFor(async () => {
    const m = await messages();
    return m.length > 0 ? m : null;
  }, { what: "the message about the time" });
  assert.equal(shown.length, 1, `one message, not two: ${JSON.stringify(shown)}`);
  assert.equal(shown[0], "“after dinner” isn't a time like 20:30 or 8pm", "the journal's words, without a field name");
  await app.execute(`document.querySelector('[data-testid="reminder-form"]').scrollIntoView({ block: "center" });`);
  await shot(app, "reminder-time-unreadable", { dark: true, width: 640, zoom: true });

  await fill(app, "reminder-time", "8pm");
  // Quiet hours take times the same way, through the same picker: 10pm works; what can't be read gets one message.
  // Clear of the sticky header, which covers the box when WebDriver scrolls it only just into view (run alone, the
  // form sits higher on the page than after the other files).
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("reminder-quiet"));
  await choose(app, "reminder-quiet");
  assert.equal(await (await app.find(tid("reminder-quiet-start"))).attribute("type"), "text", "not the built-in time input");
  await fill(app, "reminder-quiet-start", "10pm");
  await fill(app, "reminder-quiet-end", "sunrise");
  await click(app, "reminder-save");
  const quiet = await waitFor(async () => {
    const m = await messages();
    return m.length > 0 ? m : null;
  }, { what: "the message about the quiet hours' end" });
  assert.deepEqual(quiet, ["“sunrise” isn't a time like 20:30 or 8pm"]);
  assert.equal(await (await app.find(tid("reminder-quiet-end"))).attribute("aria-invalid"), "true");
  assert.equal(await (await app.find(tid("reminder-quiet-start"))).value(), "22:00");
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("reminder-quiet-end"));
  await shot(app, "reminder-quiet-hours-unreadable", { dark: true, width: 640, zoom: true });
  await fill(app, "reminder-quiet-end", "7am");
  await click(app, "reminder-save");
  await app.waitGone(tid("reminder-form"));
  const listed = await waitFor(() => app.execute(`return [...document.querySelectorAll('[data-testid="reminder-item"]')]
    .map((r) => r.textContent).find((t) => t.includes("Thursday") || t.includes("Thu")) ?? null;`),
  { what: "the new reminder in the list" });
  assert.match(listed, /20:00/, listed);
  assert.match(listed, /quiet 22:00–07:00/, listed);
});

step("a daily reminder takes several times at once, typed either way", async () => {
  // Away from the sticky header and the toast of the one just saved, which can sit over the button when earlier files
  // left a long list of reminders.
  await dismissToasts(app);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, tid("reminder-add"));
  await click(app, "reminder-add");
  await app.waitFor(tid("reminder-form"));
  await fill(app, "reminder-times", "7:30 am, 21:00");
  await click(app, "reminder-save");
  await app.waitGone(tid("reminder-form"));
  const listed = await waitFor(() => app.execute(`return [...document.querySelectorAll('[data-testid="reminder-item"]')]
    .map((r) => r.textContent).find((t) => t.includes("07:30")) ?? null;`), { what: "the daily reminder" });
  assert.match(listed, /07:30.*21:00/, listed);
});

step("the reminders made here are removed again (so no later test hears them)", async () => {
  for (;;) {
    const ids = await app.execute(`return [...document.querySelectorAll('[data-testid="reminder-item"]')]
      .filter((r) => /20:00|07:30/.test(r.textContent)).map((r) => r.dataset.reminderId);`);
    if (ids.length === 0) break;
    // Straight through the DOM: the "Removed, Undo" toast of the one before can sit over the next button.
    await app.execute(`document.querySelector(arguments[0]).click();`, tid(`reminder-remove-${ids[0]}`));
    await waitFor(async () => (await app.findAll(tid(`reminder-remove-${ids[0]}`))).length === 0, { what: "removed" });
  }
});
