// The end-to-end harness: where things are (from run.sh's environment), starting the app, screenshots, and the scan
// that proves no entry text is written outside the vault.

import fs from "node:fs";
import path from "node:path";

import { Session } from "./webdriver.mjs";

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the end-to-end tests through tests/e2e/run.sh`);
  return v;
}

/** What run.sh set up for this run. */
export const env = {
  driver: required("ATTUNE_E2E_DRIVER"),
  app: required("ATTUNE_E2E_APP"),
  home: required("HOME"),
  root: required("ATTUNE_E2E_ROOT"),
  screenshots: required("ATTUNE_E2E_SCREENSHOTS"),
};

/** The vault folder the app uses by default on Linux (no ATTUNE_VAULT): $XDG_DATA_HOME/attune/vault. */
export const vaultDir = path.join(required("XDG_DATA_HOME"), "attune", "vault");

/** Starts the app and waits for the UI to have rendered something. */
export async function startApp() {
  const session = await Session.start(env.driver, env.app);
  await session.waitFor("#app > *", { timeout: 30_000 });
  return session;
}

let shotCount = 0;

/** Saves a screenshot of the window as tests/screenshots/NN-name.png and returns its path. */
export async function shot(session, name) {
  shotCount += 1;
  const file = path.join(env.screenshots, `${String(shotCount).padStart(2, "0")}-${name}.png`);
  // Let transitions and fonts settle so the picture shows the screen as a person sees it.
  await new Promise((r) => setTimeout(r, 300));
  fs.writeFileSync(file, await session.screenshot());
  return file;
}

const secretsFile = () => path.join(env.root, "written-texts.json");

/** Remembers text written into the journal, so the leak scan can look for it outside the vault. */
export function remember(...texts) {
  const list = recalled();
  list.push(...texts.filter((t) => typeof t === "string" && t.length >= 8));
  fs.writeFileSync(secretsFile(), JSON.stringify(list));
}

/** Everything remembered so far in this run. */
export function recalled() {
  try {
    return JSON.parse(fs.readFileSync(secretsFile(), "utf8"));
  } catch {
    return [];
  }
}

/** Shared facts between test files of one run (the passphrase, the recovery key). */
export function runState(update) {
  const file = path.join(env.root, "run-state.json");
  let state = {};
  try {
    state = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // first use
  }
  if (update) {
    state = { ...state, ...update };
    fs.writeFileSync(file, JSON.stringify(state));
  }
  return state;
}

function* walk(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/**
 * Every file under `roots` (except inside `exclude`) that holds any of `needles`, as UTF-8 or UTF-16LE (WebKit's
 * local storage keeps strings as UTF-16). Returns [{ file, needle }].
 */
export function findLeaks(roots, exclude, needles) {
  const patterns = needles.flatMap((n) => [
    { needle: n, bytes: Buffer.from(n, "utf8") },
    { needle: n, bytes: Buffer.from(n, "utf16le") },
  ]);
  const excluded = path.resolve(exclude) + path.sep;
  const found = [];
  const seen = new Set();
  for (const root of roots) {
    for (const file of walk(root)) {
      const abs = path.resolve(file);
      if (abs.startsWith(excluded) || seen.has(abs)) continue;
      seen.add(abs);
      let data;
      try {
        data = fs.readFileSync(abs);
      } catch {
        continue;
      }
      for (const p of patterns) {
        if (data.includes(p.bytes)) {
          found.push({ file: abs, needle: p.needle });
          break;
        }
      }
    }
  }
  return found;
}
