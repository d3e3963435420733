// The installed package, used as a person would: a journal made with the installed `attune`, then the installed app
// (the desktop entry's Exec, found on the PATH) opens its window, groups under its desktop entry, unlocks that journal
// and shows the same version; then the package is removed and the journal and settings are exactly as they were.
//
// Runs inside tests/e2e/run.sh's session (Xvfb, private D-Bus, throwaway HOME), started by tests/install/run.sh with
// ATTUNE_INSTALL_CLI, ATTUNE_INSTALL_DESKTOP and ATTUNE_INSTALL_REMOVE set.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { env, shot, startApp, vaultDir } from "../e2e/lib/harness.mjs";
import { go, isUnlocked, unlockWith } from "../e2e/lib/ui.mjs";
import { tid, waitFor } from "../e2e/lib/webdriver.mjs";

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run this through tests/install/run.sh`);
  return v;
}

const cli = required("ATTUNE_INSTALL_CLI");
const desktopFile = required("ATTUNE_INSTALL_DESKTOP");
const removeCommand = required("ATTUNE_INSTALL_REMOVE");
const settingsFile = path.join(required("XDG_CONFIG_HOME"), "attune", "settings.json");
const PASSPHRASE = "a kettle, two cups and the long way home";
const NOTE_TITLE = "Written with the installed attune";

const attune = (...args) =>
  execFileSync(cli, args, { encoding: "utf8", env: { ...process.env, ATTUNE_PASSPHRASE: PASSPHRASE } });

/** Every file under the vault folder and the settings file, with a SHA-256 of its bytes. */
function snapshot() {
  const files = {};
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files[p] = crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    }
  };
  walk(vaultDir);
  files[settingsFile] = crypto.createHash("sha256").update(fs.readFileSync(settingsFile)).digest("hex");
  return files;
}

const desktopKey = (key) => fs.readFileSync(desktopFile, "utf8").match(new RegExp(`^${key}=(.*)$`, "m"))?.[1];

let app;
before(async () => {
  // The journal and a settings file, made with the installed CLI in the default places (no ATTUNE_VAULT).
  attune("init");
  attune("add", "note", "--title", NOTE_TITLE, "A note from before the app was ever opened.");
  attune("reminders", "add", "weekly", "--on", "sun", "--at", "19:00", "--off");
  assert.ok(fs.existsSync(path.join(vaultDir, "attune.key")), "the CLI made the journal in the default folder");
  assert.ok(fs.existsSync(settingsFile), "the CLI wrote the settings file");
  app = await startApp();
});
after(async () => {
  await app?.quit().catch(() => {});
});

test("the installed app's window appears, and its WM class is the desktop entry's StartupWMClass", async () => {
  assert.match(await app.title(), /Attune/);
  await app.waitFor(tid("unlock-screen"), { timeout: 30_000 });
  const wmClass = desktopKey("StartupWMClass");
  assert.ok(wmClass, "the desktop entry names its window's class");
  // The dock matches StartupWMClass against WM_CLASS's class or instance; either names this window.
  const found = ["--class", "--classname"].some((how) => {
    const r = spawnSync("xdotool", ["search", "--onlyvisible", how, `^${wmClass}$`], { encoding: "utf8" });
    return r.status === 0 && r.stdout.trim() !== "";
  });
  assert.ok(found, `a visible window with WM class ${wmClass}`);
  await shot(app, "installed-unlock");
});

test("the journal made with the installed CLI unlocks in the installed app", async () => {
  await unlockWith(app, PASSPHRASE);
  await waitFor(() => isUnlocked(app), { timeout: 30_000, what: "the unlocked app" });
  await go(app, "timeline");
  await waitFor(async () => (await app.execute("return document.body.innerText;")).includes(NOTE_TITLE), {
    timeout: 15_000,
    what: "the CLI's note in the timeline",
  });
  await shot(app, "installed-timeline");
});

test("About shows the version attune --version shows", async () => {
  const version = attune("--version").trim().replace(/^attune /, "");
  await go(app, "settings");
  const shown = await (await app.waitFor(tid("settings-version"))).text();
  assert.equal(shown.trim(), `Version ${version}`);
});

test("removing the package takes the app and the CLI away, and leaves the journal and settings as they were", async () => {
  const exec = path.join(path.dirname(cli), desktopKey("Exec") ?? "attune-app");
  await app.quit();
  app = undefined;
  // The app is gone before the package is: no process of the installed binary is left.
  await waitFor(() => spawnSync("pgrep", ["-f", `^${exec}`]).status !== 0, { timeout: 15_000, what: "the app to exit" });
  const before = snapshot();
  execFileSync("sh", ["-c", removeCommand], { stdio: ["ignore", "ignore", "inherit"] });
  for (const gone of [cli, exec, desktopFile]) assert.ok(!fs.existsSync(gone), `${gone} was removed`);
  assert.deepEqual(snapshot(), before, "the vault's files and settings.json are byte for byte as they were");
});
