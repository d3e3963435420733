// Backups and imports in the real app (issue 10): Settings › Import brings in a jrnl file (dry run first, then the
// import with its progress bar), its entries show in the timeline, a second import of the same file adds nothing, and
// Cancel during a big import leaves nothing of it behind; Settings › Backups lists the backups (the one made before
// the import among them), "Back up now" adds one, the counts kept can be changed (and keeping none is refused), and
// "Restore…" writes it to a new folder, switches to it and unlocks it with the passphrase.
//
// Runs just before the leak scan (99), because the restore switches the app to another vault folder for good.
//
// The native file and folder dialogs can't be driven by WebDriver: run.sh names the file to import
// (ATTUNE_IMPORT_FILE) and the folder restores go into (ATTUNE_RESTORE_DIR), as it does for exports.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { remember, runState, shot, startApp } from "./lib/harness.mjs";
import { click, dismissToasts, go, intoJournal, isUnlocked, sideways, timelineItems, unlockWith } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

const importFile = process.env.ATTUNE_IMPORT_FILE;
const restoreDir = process.env.ATTUNE_RESTORE_DIR;
const TITLES = ["Pomegranate morning by the canal", "Evening with the marigold kite", "A quiet letter to myself"];
const JRNL = {
  tags: { "@kite": 1, "@walk": 1 },
  entries: [
    { date: "2024-05-03", time: "08:10", title: TITLES[0], body: "We walked slowly and talked about the move.",
      starred: true, tags: ["@walk"] },
    { date: "2024-05-04", time: "19:45", title: TITLES[1], body: "The wind took it higher than we thought. 🪁",
      starred: false, tags: ["@kite"] },
    { date: "2024-05-06", time: "22:05", title: TITLES[2], body: "שלום and a line in English, written before sleep.",
      starred: false, tags: [] },
  ],
};

let app;
const snap = (name, opts) => shot(app, name, opts);
const ready = Boolean(importFile && restoreDir);

before(async () => {
  if (!ready) return;
  fs.mkdirSync(path.dirname(importFile), { recursive: true });
  fs.writeFileSync(importFile, JSON.stringify(JRNL, null, 2));
  // The leak scan (99) then checks that none of this text reached disk outside the vault (the file itself is outside
  // the folders it scans, as a download would be).
  remember(...TITLES, JRNL.entries[0].body, JRNL.entries[2].body);
  app = await startApp();
});

after(async () => {
  await app?.quit();
});

/** Scrolls a settings section into view (below the sticky header) for a screenshot. */
async function showSection(id) {
  await app.execute(`document.getElementById(arguments[0])?.scrollIntoView({ block: "start" }); window.scrollBy(0, -90);`,
    `settings-${id}`);
}

/** At 640 px wide, nothing on the settings page is wider than the window (then the window is put back). */
async function fitsAt640() {
  const rect = await app.cmd("GET", "/window/rect");
  try {
    await app.cmd("POST", "/window/rect", { width: 640, height: rect.height });
    await new Promise((r) => setTimeout(r, 300));
    const wide = await sideways(app);
    assert.ok(wide.over <= 0, `nothing wider than the window at 640 px (${wide.over}px over: ${wide.what.join(", ")})`);
  } finally {
    await app.cmd("POST", "/window/rect", { width: rect.width, height: rect.height });
  }
}

/** The timeline, from the month the jrnl file's entries are in: entries that earlier files wrote today can fill the
 * newest pages of the journal this file shares with them. */
async function timelineAtImportedMonth() {
  await go(app, "timeline");
  await app.waitFor(`${tid("timeline-jump")} option[value="2024-05"]`);
  await app.execute(`const s = document.querySelector(arguments[0]); s.value = "2024-05";
    s.dispatchEvent(new Event("change", { bubbles: true }));`, tid("timeline-jump"));
}

async function backupRows() {
  return app.execute(`return [...document.querySelectorAll('[data-testid="backup-row"]')].map((el) => el.textContent);`);
}

test("a jrnl file comes in with a dry run and a progress bar, and shows in the timeline", { skip: !ready && "run through tests/e2e/run.sh" }, async () => {
  await intoJournal(app, { passphrase: "willow kettle autumn ribbon 58" });
  await waitFor(() => isUnlocked(app), { timeout: 20_000, what: "the unlocked app" });

  await go(app, "settings");
  const format = await app.waitFor(tid("import-format"));
  await waitFor(async () => (await app.findAll(`${tid("import-format")} option[value="jrnl"]`)).length > 0,
    { what: "the import formats from the journal" });
  assert.equal(await format.value(), "jrnl", "jrnl is the first format offered");
  await showSection("import");
  await snap("settings-import", { dark: true, width: 640 });
  await click(app, "import-choose");

  // The dry run: what will come in, before anything changes.
  const plan = await app.waitFor(tid("import-plan"), { timeout: 15_000 });
  const planText = await plan.text();
  assert.match(planText, /Would bring in 3 notes/, planText);
  assert.match(planText, /2024-05-03 to 2024-05-06/, planText);
  await snap("import-dry-run", { dark: true });

  await click(app, "import-go");
  const result = await app.waitFor(tid("import-result"), { timeout: 30_000 });
  assert.match(await result.text(), /Brought in 3 entries/);
  const bar = await app.find(tid("import-progress"));
  assert.equal(await bar.displayed(), true, "the progress bar shows");
  const [value, max] = [Number(await bar.property("value")), Number(await bar.property("max"))];
  assert.ok(max >= 3 && value === max, `the bar is full at the end: ${value}/${max}`);
  await snap("import-done", { dark: true });
  await click(app, "import-go"); // "Done"
  await app.waitGone(tid("import-dialog"));

  await timelineAtImportedMonth();
  const items = await waitFor(async () => {
    const all = await timelineItems(app);
    return TITLES.every((t) => all.some((i) => i.text.includes(t))) ? all : null;
  }, { timeout: 15_000, what: "the imported entries in the timeline" });
  assert.ok(items.length >= 3);
  await snap("timeline-after-import");
});

test("importing the same file again adds nothing", { skip: !ready && "run through tests/e2e/run.sh" }, async () => {
  await go(app, "settings");
  await click(app, "import-choose");
  const plan = await app.waitFor(tid("import-plan"), { timeout: 15_000 });
  const planText = await plan.text();
  assert.match(planText, /Nothing new would come in/, planText);
  assert.match(planText, /3 entries are already here/, planText);
  assert.equal(await (await app.find(tid("import-go"))).enabled(), false, "Import is not offered");
  await snap("import-again");
  await click(app, "import-cancel");
  await app.waitGone(tid("import-dialog"));
});

test("Cancel during an import leaves the journal as it was", { skip: !ready && "run through tests/e2e/run.sh" }, async () => {
  // A file big enough that the import is still running when Cancel is pressed.
  const big = { tags: {}, entries: Array.from({ length: 30_000 }, (_, i) => ({
    date: `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    time: "09:30", title: `Cancelled import ${i}`, body: `A line that should not stay, number ${i}.`, starred: false, tags: [],
  })) };
  fs.writeFileSync(importFile, JSON.stringify(big));
  try {
    await go(app, "settings");
    await click(app, "import-choose");
    const plan = await app.waitFor(tid("import-plan"), { timeout: 60_000 });
    assert.match(await plan.text(), /Would bring in 30,?000 notes/);
    await click(app, "import-go");
    const bar = await app.find(tid("import-progress"));
    await waitFor(async () => Number(await bar.property("value")) > 0, { timeout: 60_000, what: "the import under way" });
    await snap("import-running");
    await click(app, "import-cancel");
    await app.waitFor(tid("toast-import-cancelled"), { timeout: 60_000 });
    await app.waitGone(tid("import-dialog"));
    await dismissToasts(app);

    // Nothing of it stayed: the same file would still bring in every entry, none already here.
    await click(app, "import-choose");
    const again = await (await app.waitFor(tid("import-plan"), { timeout: 60_000 })).text();
    assert.match(again, /Would bring in 30,?000 notes/, again);
    assert.doesNotMatch(again, /already here/, again);
    await click(app, "import-cancel");
    await app.waitGone(tid("import-dialog"));
  } finally {
    fs.writeFileSync(importFile, JSON.stringify(JRNL, null, 2));
  }
});

test("Settings › Backups lists backups, backs up now, and restores one into a new folder that unlocks", { skip: !ready && "run through tests/e2e/run.sh" }, async () => {
  await go(app, "settings");
  await showSection("backups");
  // The import made one first (and the daily one may be there too), each with its entry count.
  const before = await waitFor(async () => {
    const rows = await backupRows();
    return rows.some((r) => /before an import/.test(r)) ? rows : null;
  }, { timeout: 15_000, what: "the backup made before the import" });
  assert.ok(before.every((r) => /\d+ (entry|entries)/.test(r)), JSON.stringify(before));

  await click(app, "backup-now");
  await app.waitFor(tid("toast-backed-up"), { timeout: 30_000 });
  // Rotation keeps the newest backup of each day (and those made before an operation), so the list need not grow:
  // the new one is first.
  const rows = await waitFor(async () => {
    const r = await backupRows();
    return r.length > 0 && /made by hand/.test(r[0]) ? r : null;
  }, { what: "the backup just made, first in the list" });
  assert.ok(rows.some((r) => /before an import/.test(r)), "the backup before the import is kept");
  const entriesInBackup = Number(/(\d+) (entry|entries)/.exec(rows[0])[1]);
  assert.ok(entriesInBackup >= 3, rows[0]);
  await dismissToasts(app);

  // How many are kept: the journal refuses keeping none, and keeps a changed count in the settings file.
  assert.equal(await (await app.find(tid("backup-keep-daily"))).value(), "7");
  for (const k of ["daily", "weekly", "monthly"]) await (await app.find(tid(`backup-keep-${k}`))).fill("0");
  await click(app, "backup-keep-save");
  await waitFor(async () => /at least one/.test(await (await app.find(tid("backup-keep-error"))).text()),
    { what: "the journal's refusal to keep no backups" });
  await (await app.find(tid("backup-keep-daily"))).fill("10");
  await click(app, "backup-keep-save");
  await app.waitFor(tid("toast-backup-keep-saved"));
  const kept = JSON.parse(fs.readFileSync(path.join(process.env.XDG_CONFIG_HOME, "attune", "settings.json"), "utf8"));
  assert.deepEqual([kept.backups.keepDaily, kept.backups.keepWeekly, kept.backups.keepMonthly], [10, 0, 0]);
  await dismissToasts(app);
  await showSection("backups");
  await snap("settings-backups", { dark: true, width: 640 });
  await fitsAt640();

  // Restore the newest into a new folder; the app switches to it, locked.
  const restoreButtons = await app.findAll(tid("backup-restore"));
  await restoreButtons[0].click();
  await app.waitFor(tid("restore-backup"));
  await snap("restore-confirm");
  await click(app, "restore-backup-ok");
  await app.waitFor(tid("unlock-screen"), { timeout: 60_000 });
  const toast = await app.waitFor(tid("toast-restored"), { timeout: 10_000 });
  const restoredInto = /Restored into (.+?)\. Unlock/.exec(await toast.text())?.[1];
  assert.ok(restoredInto && restoredInto.startsWith(restoreDir), `restored under ${restoreDir}: ${restoredInto}`);
  assert.ok(fs.existsSync(path.join(restoredInto, "attune.key")), "a whole vault folder was written");
  await snap("restored-unlock");

  await unlockWith(app, runState().passphrase);
  await waitFor(() => isUnlocked(app), { timeout: 30_000, what: "the restored journal, unlocked" });
  await go(app, "settings");
  const where = await app.waitFor(tid("settings-vault-path"));
  await waitFor(async () => (await where.text()) === restoredInto, { what: "Settings naming the restored folder" });
  await timelineAtImportedMonth();
  await waitFor(async () => {
    const all = await timelineItems(app);
    return TITLES.every((t) => all.some((i) => i.text.includes(t))) ? all : null;
  }, { timeout: 15_000, what: "the imported entries in the restored journal" });
  await snap("restored-timeline");
});
