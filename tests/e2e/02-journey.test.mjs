// The whole story from the issue, in the real app: first run → one entry of every kind → lock → a wrong passphrase
// is refused → unlock → the timeline shows them → search finds each → edit → delete and undo → quit and restart →
// still there → unlock with the recovery key → export asks for the new passphrase. Markup typed into every field and
// the themes are 02-typed-text-and-themes, next.
//
// Steps share one app session and run in order; a failed step fails the ones after it.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after } from "node:test";

import { remember, runState, shot, startApp, steps } from "./lib/harness.mjs";
import {
  addOwnFeeling,
  choose,
  addPersonInline,
  click,
  createJournal,
  dismissToasts,
  fill,
  go,
  isUnlocked,
  save,
  searchFor,
  startFlow,
  timelineItems,
  unlockWith,
} from "./lib/ui.mjs";
import { cliWith } from "./lib/volume.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

const PASSPHRASE = "gentle river morning lantern 42";
const NEW_PASSPHRASE = "quiet harbour evening compass 17";

// One distinctive word per entry, so search can find each one alone.
const WORDS = {
  note: "xylophone",
  check_in: "marmalade",
  appreciation: "lighthouse",
  conflict: "cobblestone",
  vulnerability: "tangerine",
  shared_experience: "saffron",
};
const TEXT = {
  note: `The ${WORDS.note} in the music room made us both laugh.`,
  check_in: `Toast with ${WORDS.check_in} and a slow start to the day.`,
  appreciation: `Robin left a note by the ${WORDS.appreciation} postcard for me.`,
  conflict: `We argued about the ${WORDS.conflict} path and who forgot the keys.`,
  vulnerability: `I felt small when the ${WORDS.vulnerability} tree was cut down as a child.`,
  shared_experience: `Cooking ${WORDS.shared_experience} rice together on Sunday.`,
};
const EDITED = "The xylophone was out of tune, and we played it anyway: quokka.";

let app;
let recoveryKey;
const snap = (name) => shot(app, name);

after(async () => {
  await app?.quit();
});

const step = steps(() => app);

step("first run: create the journal and see the recovery key", async () => {
  app = await startApp();
  await snap("first-run");
  // "Remind me" at the end of first run (the other files pass the offer by).
  recoveryKey = await createJournal(app, PASSPHRASE, snap, { remindMe: true });
  assert.match(recoveryKey, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  runState({ passphrase: PASSPHRASE, recoveryKey });
  await snap("today-empty");
});

step("\"Remind me\" at the end of first run made the evening check-in reminder", async () => {
  // Read back through the CLI (the settings file, outside the vault) and in Settings.
  const reminders = JSON.parse(cliWith(PASSPHRASE)("--json", "reminders", "list"));
  assert.equal(reminders.length, 1, JSON.stringify(reminders));
  const [r] = reminders;
  assert.deepEqual([r.target.kind, r.schedule.kind, r.schedule.times, r.enabled], ["check_in", "daily", ["20:00:00"], true]);
  await go(app, "settings");
  const item = `${tid("reminder-item")}[data-reminder-id="${r.id}"]`;
  await app.waitFor(item, { timeout: 15_000 });
  assert.match(await (await app.find(tid(`reminder-next-${r.id}`))).text(), /20[.:]00|8[.:]00\s*PM/i);
  await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, item);
  await snap("settings-reminder-from-first-run");
  // Removed again, so the files after this one start with no reminder, as before.
  await click(app, `reminder-remove-${r.id}`);
  await app.waitFor(tid("reminders-empty"), { timeout: 15_000 });
  await dismissToasts(app);
  assert.deepEqual(JSON.parse(cliWith(PASSPHRASE)("--json", "reminders", "list")), []);
  await go(app, "today");
});

step("write one entry of every kind", async () => {
  remember(...Object.values(TEXT), EDITED, "Robin left a note");

  await startFlow(app, "note", "note");
  await fill(app, "note-title", "Music room");
  await fill(app, "note-text", TEXT.note);
  await snap("flow-note");
  await save(app, "note");

  await startFlow(app, "check-in", "check_in");
  await click(app, "mood-quadrant-pleasant_low");
  await addOwnFeeling(app, "unhurried");
  await fill(app, "checkin-whats-going-on", TEXT.check_in);
  await app.execute(`window.scrollTo(0, 0);`);
  await snap("flow-check-in");
  await save(app, "check_in");

  await startFlow(app, "appreciation", "appreciation");
  await addPersonInline(app, "appreciation-person", "Robin");
  await fill(app, "appreciation-what", TEXT.appreciation);
  await fill(app, "appreciation-why", "It made the morning feel lighter.");
  await snap("flow-appreciation");
  await save(app, "appreciation");

  await startFlow(app, "conflict", "conflict");
  await fill(app, "conflict-what-happened", TEXT.conflict);
  await snap("flow-conflict");
  await save(app, "conflict");

  await startFlow(app, "vulnerability", "vulnerability");
  await fill(app, "vulnerability-answer", TEXT.vulnerability);
  await snap("flow-vulnerability");
  await save(app, "vulnerability");

  await startFlow(app, "shared", "shared_experience");
  await fill(app, "shared-what", TEXT.shared_experience);
  await fill(app, "shared-meaningful", "We took turns stirring and nobody hurried.");
  await choose(app, "shared-closeness-4");
  await snap("flow-shared");
  await save(app, "shared_experience");

  await go(app, "today");
  await snap("today");
});

step("lock, and a wrong passphrase is refused", async () => {
  await click(app, "lock");
  await app.waitFor(tid("unlock-screen"));
  assert.equal(await isUnlocked(app), false);
  const leftovers = await app.execute(`return document.body.textContent;`);
  for (const text of Object.values(TEXT)) assert.ok(!leftovers.includes(text), "no entry text stays on screen once locked");
  await snap("locked");

  await unlockWith(app, "not my passphrase at all");
  const error = await app.waitFor(tid("unlock-error"));
  await waitFor(async () => (await error.text()).trim().length > 0, { what: "the unlock error" });
  assert.equal(await isUnlocked(app), false);
  await snap("unlock-wrong-passphrase");
});

step("unlock, and the timeline shows every entry", async () => {
  await unlockWith(app, PASSPHRASE);
  await waitFor(() => isUnlocked(app), { what: "the unlocked app", timeout: 20_000 });
  await go(app, "timeline");
  const items = await waitFor(async () => {
    const list = await timelineItems(app);
    return list.length === 6 ? list : null;
  }, { what: "six timeline items" });
  assert.deepEqual(new Set(items.map((i) => i.kind)), new Set(Object.keys(TEXT)));
  await snap("timeline");
});

step("search finds each entry by its own word", async () => {
  await go(app, "search");
  for (const [kind, word] of Object.entries(WORDS)) {
    // Wait for this word's results (the previous word's may still be showing for a moment).
    const results = await searchFor(app, word, (r) => r.some((t) => t.toLowerCase().includes(word))).catch(async (e) => {
      throw new Error(`${kind}: ${e.message}; showing ${JSON.stringify(await searchFor(app, word, () => true))}`);
    });
    assert.equal(results.length, 1, `${kind}: one result for ${word}`);
    assert.ok(results[0].toLowerCase().includes(word), `${kind}: the snippet shows ${word}`);
    if (kind === "note") await snap("search");
  }
  const marks = await app.execute(`return document.querySelectorAll('[data-testid="search-result"] mark').length;`);
  assert.ok(marks > 0, "the match is highlighted");
});

async function openEntry(kind) {
  await go(app, "timeline");
  const items = await waitFor(async () => ((await timelineItems(app)).length > 0 ? timelineItems(app) : null), {
    what: "timeline items",
  });
  const item = items.find((i) => i.kind === kind);
  assert.ok(item, `a ${kind} in the timeline`);
  await click(app, `entry-${item.id}`);
  await app.waitFor(tid("entry-detail"));
  return item.id;
}

step("edit an entry", async () => {
  await openEntry("note");
  await snap("entry-detail");
  await click(app, "entry-edit");
  await app.waitFor(tid("flow-form-note"));
  await fill(app, "note-text", EDITED);
  await snap("flow-edit-note");
  await save(app, "note");
  const detail = await app.waitFor(tid("entry-detail"));
  await waitFor(async () => (await detail.text()).includes("quokka"), { what: "the edited text" });
  await go(app, "search");
  await searchFor(app, "quokka", (r) => r.length === 1 && r[0].includes("quokka"));
});

step("delete an entry, then undo", async () => {
  const id = await openEntry("shared_experience");
  await click(app, "entry-delete");
  await app.waitFor(tid("toast-deleted"));
  await snap("deleted-toast");
  await click(app, "undo");
  await app.waitFor(tid("toast-restored"));
  await go(app, "timeline");
  await waitFor(async () => (await timelineItems(app)).some((i) => i.id === id), { what: "the restored entry" });
  assert.equal((await timelineItems(app)).length, 6);
});

step("quit and restart: the journal is still there, locked", async () => {
  await app.quit();
  app = await startApp();
  await app.waitFor(tid("unlock-screen"), { timeout: 20_000 });
  await snap("restart-locked");
});

step("unlock with the recovery key and choose a new passphrase", async () => {
  await click(app, "use-recovery-key");
  await fill(app, "recover-key", recoveryKey.toLowerCase().replaceAll("-", " "));
  await fill(app, "recover-passphrase", NEW_PASSPHRASE);
  await fill(app, "recover-confirm", NEW_PASSPHRASE);
  await snap("recover");
  await click(app, "recover-submit");
  await waitFor(() => isUnlocked(app), { what: "the unlocked app", timeout: 30_000 });
  runState({ passphrase: NEW_PASSPHRASE });
  await go(app, "timeline");
  await waitFor(async () => {
    const list = await timelineItems(app);
    return list.length === 6 ? list : null;
  }, { what: "all six entries after restart" });
  await snap("timeline-after-restart");
  // Timeline rows are compact (a title, not the text), so the edited text is looked for through search.
  await go(app, "search");
  await searchFor(app, "quokka", (r) => r.length === 1 && r[0].includes("quokka"));
});

step("export re-asks for the passphrase and writes the file", async () => {
  const dir = process.env.ATTUNE_EXPORT_DIR; // run.sh points exports here instead of the native save dialog
  const files = () => fs.readdirSync(dir);
  await go(app, "settings");
  await shot(app, "settings", { zoom: true }); // and at 200 %
  await click(app, "settings-export-json");
  await fill(app, "export-json-passphrase", PASSPHRASE); // the old one: recovery replaced it
  await click(app, "export-json-ok");
  await waitFor(
    () => app.execute(`return [...document.querySelectorAll('[data-testid="export-json"] [role="alert"]')].some((e) => e.textContent.trim());`),
    { what: "the wrong-passphrase message in the export dialog" },
  );
  await snap("export-wrong-passphrase");
  assert.deepEqual(files(), [], "nothing is written on a wrong passphrase");

  await fill(app, "export-json-passphrase", NEW_PASSPHRASE);
  await click(app, "export-json-ok");
  await app.waitFor(tid("toast-exported"), { timeout: 20_000 });
  const [file] = files();
  assert.match(file, /^attune-export-.*\.json$/);
  const exported = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  assert.ok(JSON.stringify(exported).includes("quokka"), "the export holds the edited entry");
  assert.equal(fs.statSync(path.join(dir, file)).mode & 0o777, 0o600, "only its owner can read the export");
});
