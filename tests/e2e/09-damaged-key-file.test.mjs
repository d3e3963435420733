// A damaged part of the key file is noticed at unlock and fixed from Settings (issue 7): the recovery key's part of
// attune.key is damaged on disk; unlocking with the passphrase shows a notice that names it and offers "Make a new
// recovery key", which leads to Settings, asks for the passphrase, shows the new key once, and the notice goes.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { runState, shot, startApp, vaultDir } from "./lib/harness.mjs";
import { click, createJournal, fill, firstScreen, isUnlocked, unlockWith } from "./lib/ui.mjs";
import { tid, waitFor } from "./lib/webdriver.mjs";

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.quit();
});

/** Flips the first hex digit of the recovery slot's nonce, as a bad sector or a stray write would. */
function damageRecoverySlot() {
  const file = path.join(vaultDir, "attune.key");
  const keyFile = JSON.parse(fs.readFileSync(file, "utf8"));
  const nonce = keyFile.slots.recovery.nonce;
  keyFile.slots.recovery.nonce = (nonce[0] === "0" ? "1" : "0") + nonce.slice(1);
  fs.writeFileSync(file, JSON.stringify(keyFile, null, 2));
}

test("a damaged recovery slot is shown after unlocking and a new recovery key repairs it", async () => {
  // Whatever the earlier files left: a journal with a known passphrase, locked.
  const screen = await firstScreen(app);
  let passphrase = runState().passphrase;
  if (screen === "first-run") {
    passphrase = "lantern meadow copper violet 27";
    await createJournal(app, passphrase);
    runState({ passphrase });
  }
  if (screen !== "unlock-screen") {
    await click(app, "lock");
    await app.waitFor(tid("unlock-screen"), { timeout: 20_000 });
  }
  damageRecoverySlot();

  await unlockWith(app, passphrase);
  await waitFor(() => isUnlocked(app), { timeout: 20_000, what: "the unlocked app" });
  const notice = await app.waitFor(tid("notice-RecoverySlotDamaged"), { timeout: 15_000 });
  assert.match(await notice.text(), /recovery key's part of the key file/);
  assert.equal(await app.execute(`return document.querySelector('[data-testid="notices"]').getAttribute("role");`), "alert");
  await shot(app, "notice-recovery-slot-damaged");

  await click(app, "notice-action-RecoverySlotDamaged");
  await app.waitFor(tid("settings"));
  await fill(app, "settings-new-key-passphrase", "not the passphrase");
  await click(app, "settings-new-key-submit");
  await waitFor(() => app.execute(`return document.body.textContent.includes("That isn't your passphrase.");`), {
    what: "the wrong passphrase said so",
  });
  await fill(app, "settings-new-key-passphrase", passphrase);
  await click(app, "settings-new-key-submit");
  const keyEl = await app.waitFor(tid("settings-new-key"), { timeout: 30_000 });
  const key = (await keyEl.text()).trim();
  assert.match(key, /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await shot(app, "settings-new-recovery-key");
  await waitFor(async () => (await app.findAll(tid("notices"))).length === 0, { what: "the notice to go" });
  await click(app, "settings-new-key-done");
  assert.equal((await app.findAll(tid("settings-new-key"))).length, 0, "the key leaves the screen");
  runState({ recoveryKey: key });
});
