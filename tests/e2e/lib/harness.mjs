// The end-to-end harness: where things are (from run.sh's environment), starting the app, screenshots with an
// axe-core audit of each screen, and the scan that proves no entry text is written outside the vault.

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";

import { Key, Session, waitFor } from "./webdriver.mjs";

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
  // The page's static frame ([data-boot]) shows first; wait for the first real screen.
  await session.waitFor("#app > :not([data-boot])", { timeout: 30_000 });
  return session;
}

/** The pids of running processes whose executable is the app under test, in this run's temp HOME (run.sh may run
 * another session's app beside it). */
export function appPids() {
  const pids = [];
  const app = fs.realpathSync(env.app);
  const home = `HOME=${env.home}`;
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // A rebuilt binary shows as "… (deleted)" in a process that started from the old one.
      const exe = fs.readlinkSync(`/proc/${name}/exe`).replace(/ \(deleted\)$/, "");
      if (exe !== app) continue;
      if (fs.readFileSync(`/proc/${name}/environ`, "utf8").split("\0").includes(home)) pids.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

let shotCount = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Saves a screenshot of the window as tests/screenshots/NN-name.png and returns its path, then audits the screen
 * with axe-core in the light and the dark theme (see `audit`): every screen a test shows is checked, and a
 * violation fails the test. `{ dark: true }` also saves NN-name-dark.png; `{ width: 640 }` also saves the screen
 * 640 px wide (NN-name-640.png), then puts the window back; `{ zoom: true }` also saves it at 200 % (see `zoomed`).
 */
export async function shot(session, name, { dark = false, width = 0, zoom = false, audit: check = true } = {}) {
  shotCount += 1;
  const base = path.join(env.screenshots, `${String(shotCount).padStart(2, "0")}-${name}`);
  // Let transitions and fonts settle so the picture shows the screen as a person sees it.
  await sleep(300);
  fs.writeFileSync(`${base}.png`, await session.screenshot());
  if (dark) {
    await withTheme(session, "dark", async () => fs.writeFileSync(`${base}-dark.png`, await session.screenshot()));
  }
  if (width) {
    const before = await session.cmd("GET", "/window/rect");
    await session.cmd("POST", "/window/rect", { width, height: before.height });
    await sleep(300);
    fs.writeFileSync(`${base}-${width}.png`, await session.screenshot());
    await session.cmd("POST", "/window/rect", { width: before.width, height: before.height });
    await sleep(200);
  }
  if (zoom) await zoomed(session, `${base}-zoom-200.png`);
  if (check) await audit(session, name);
  return `${base}.png`;
}

/**
 * The screen at 200 % as a person who needs larger text sets it: Ctrl+= five times (the app's real page zoom, WebKit's
 * own, not CSS zoom), saved to `file`; fails when anything reaches past the window's right edge, naming what. Ctrl+0
 * puts it back, also when a step fails, and waits until the settings file keeps 100 % again: the app keeps the zoom
 * across restarts, so a zoom left behind would reach every later test's screenshots.
 */
export async function zoomed(session, file) {
  const width = () => session.execute(`return window.innerWidth;`);
  const normal = await width();
  // What the test was looking at stays in view: the focused element (then blurred, so the keys reach the page).
  await session.execute(`window.__zoomAt = document.activeElement !== document.body ? document.activeElement : null;
    document.activeElement?.blur?.();`);
  try {
    for (let i = 0; i < 5; i++) await session.keys([Key.Ctrl, "="]);
    await waitFor(async () => Math.abs((await width()) * 2 - normal) <= 2, { what: "the page at 200 %" });
    await session.execute(`window.__zoomAt?.scrollIntoView({ block: "center" }); delete window.__zoomAt;`);
    await sleep(300);
    fs.writeFileSync(file, await session.screenshot());
    const wide = await session.execute(`const edge = document.documentElement.clientWidth + 1;
      const out = [...document.querySelectorAll("body *")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.right > edge && getComputedStyle(el).position !== "fixed";
      });
      return { scroll: document.documentElement.scrollWidth, width: edge - 1,
        out: out.slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.dataset.testid ? "[" + el.dataset.testid + "]" : "." + el.className)) };`);
    if (wide.scroll > wide.width + 1 || wide.out.length > 0) {
      throw new Error(`wider than the window at 200 % (${path.basename(file)}): ${JSON.stringify(wide)}`);
    }
  } finally {
    await session.keys([Key.Ctrl, "0"]);
    await waitFor(async () => Math.abs((await width()) - normal) <= 2, { what: "the page back at 100 %" });
    // The `zoom` command answers what the settings file keeps.
    await waitFor(() => session.executeAsync(`const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke("zoom").then((z) => done(z === 1), () => done(false));`),
    { what: "100 % kept in the settings file" });
  }
}

/** Runs `fn` with the page in `theme` ("light" or "dark"), then puts the page's own theme back. */
export async function withTheme(session, theme, fn) {
  const before = await session.execute(`return document.documentElement.getAttribute("data-theme");`);
  await session.execute(`document.documentElement.setAttribute("data-theme", arguments[0]);`, theme);
  await sleep(200);
  try {
    return await fn();
  } finally {
    await session.execute(
      `const t = arguments[0]; const root = document.documentElement;
       if (t === null) root.removeAttribute("data-theme"); else root.setAttribute("data-theme", t);`,
      before,
    );
  }
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Checks the screen as it is with axe-core (every rule axe runs by default: WCAG 2 A/AA and best practices), in the
 * light and the dark theme. Throws, listing each violation and where, when there is any. axe is injected through
 * WebDriver into the page as the test sees it; it is never part of the app.
 */
export async function audit(session, name) {
  const loaded = await session.execute(`return typeof window.axe === "object";`);
  if (!loaded) await session.execute(`${axeSource}\nreturn true;`);
  const problems = [];
  for (const theme of ["light", "dark"]) {
    const violations = await withTheme(session, theme, () =>
      session.executeAsync(`const done = arguments[arguments.length - 1];
        window.axe.run(document, { resultTypes: ["violations"] }).then(
          (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 4).map((n) => ({ target: n.target.join(" "), why: n.failureSummary })) }))),
          (e) => done([{ id: "axe-error", help: String(e), nodes: [] }]));`),
    );
    for (const v of violations) problems.push({ theme, ...v });
  }
  if (problems.length > 0) {
    const text = problems
      .map((p) => `  [${p.theme}] ${p.id} (${p.impact}): ${p.help}\n` +
        p.nodes.map((n) => `      ${n.target}: ${String(n.why).replace(/\n/g, " ")}`).join("\n"))
      .join("\n");
    throw new Error(`axe-core found ${problems.length} accessibility violation(s) on "${name}":\n${text}`);
  }
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

/**
 * Tests that follow one another in one app: `const step = steps(() => app)`, then `step(name, fn)` like `test`.
 * Once a step fails, the later ones are skipped (naming it) rather than timing out one by one; the failing screen is
 * saved as FAILED-<name>.png and what the page said (form errors, alerts) is added to the failure, so it explains
 * itself.
 */
export function steps(getApp) {
  let broken = null;
  return function step(name, fn) {
    test(name, async (t) => {
      if (broken) {
        t.skip(`after "${broken}" failed`);
        return;
      }
      try {
        await fn(t);
      } catch (e) {
        broken = name;
        const app = getApp();
        if (app) {
          await shot(app, `FAILED-${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 40)}`, { audit: false }).catch(() => {});
          const said = await app
            .execute(`return [...document.querySelectorAll('[role="alert"], .form-error, .field-error')]
              .map((n) => n.textContent.trim()).filter(Boolean).join(" | ");`)
            .catch(() => "");
          if (said) e.message += `\n  the page said: ${said}`;
        }
        throw e;
      }
    });
  };
}
