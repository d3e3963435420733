// The app benchmark's measurements: the release app and a bare Tauri window, driven through tauri-driver under Xvfb.
// Run by tests/bench/app-bench.sh (which builds everything and sets the environment); prints one Markdown table.
//
// Every time is taken with the same clock on both sides: Node's Date.now() when the WebDriver request goes out, and
// the page's performance.timeOrigin + performance.now() when the thing is on screen (same machine, same wall clock).

import fs from "node:fs";
import path from "node:path";

import { Session, tid } from "../../e2e/lib/webdriver.mjs";
import { KEYSTROKE, OPEN_INSIGHTS, UNLOCK_TO_TIMELINE, WAIT_PAINTED, WRAP_FETCH } from "./in-page.mjs";
import { describe, launchedUnder, memory, waitExit } from "./memory.mjs";

function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run tests/bench/app-bench.sh`);
  return v;
}

const cfg = {
  driver: required("BENCH_DRIVER"),
  driverPid: Number(required("BENCH_DRIVER_PID")),
  app: fs.realpathSync(required("BENCH_APP")),
  bare: fs.realpathSync(required("BENCH_BARE")),
  passphrase: required("BENCH_PASSPHRASE"),
  words: JSON.parse(required("BENCH_WORDS")),
  entries: Number(process.env.BENCH_ENTRIES ?? 100_000),
  runs: Number(process.env.BENCH_RUNS ?? 7),
  memoryRuns: Number(process.env.BENCH_MEMORY_RUNS ?? process.env.BENCH_RUNS ?? 7),
  idleMs: Number(process.env.BENCH_IDLE_MS ?? 10_000),
  // Unlocked, the app gives back the journal's page cache after 20 s idle (src-tauri/src/session.rs, checked every
  // 5 s): idle memory once unlocked is measured after that.
  unlockedIdleMs: Number(process.env.BENCH_UNLOCKED_IDLE_MS ?? 30_000),
  // The app makes the day's backup on its first unlock of the day, 20 s after it (src-tauri/src/backups.rs), beside
  // the vault; the backup's memory is given back when it ends (at 100k entries it can outlast the 30 s above).
  backups: path.join(path.dirname(required("ATTUNE_VAULT")), "backups"),
  out: process.env.BENCH_OUT,
  table: process.env.BENCH_TABLE,
  // What shows the bare window has painted (a knob for trying the script against another binary).
  bareSelector: process.env.BENCH_BARE_SELECTOR ?? tid("bare-text"),
};

// Progress goes to stdout (app-bench.sh shows it as it comes); the table goes to BENCH_TABLE.
const log = (...a) => console.log("[bench]", ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the day's backup is written (a finished backup in cfg.backups and none being written), then for the
 * app's next idle check; returns how long it waited (ms), 0 when it was already done. Fails after 5 minutes. */
async function backupDone() {
  const start = Date.now();
  const state = () => {
    let names = [];
    try {
      names = fs.readdirSync(cfg.backups);
    } catch {
      // not made yet
    }
    const writing = names.some((n) => n.startsWith(".attune-backup-tmp"));
    return !writing && names.some((n) => !n.startsWith("."));
  };
  if (state()) return 0;
  while (!state()) {
    if (Date.now() - start > 300_000) throw new Error(`the day's backup did not finish in 5 minutes (${cfg.backups})`);
    await sleep(1000);
  }
  await sleep(6000); // the app looks every 5 s (src-tauri/src/session.rs)
  return Date.now() - start;
}

// ---- sessions ----------------------------------------------------------------------------------------------------

async function post(url, body) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = await res.json();
  if (!res.ok || json.value?.error) throw new Error(`new session: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}

/**
 * Starts `binary` through tauri-driver and times it to `selector` painted. Start = from the new-session request to
 * the first animation frame after the element is in the page.
 */
async function launch(binary, selector) {
  const t0 = Date.now();
  const value = await post(`${cfg.driver}/session`, {
    capabilities: { alwaysMatch: { "tauri:options": { application: binary } } },
  });
  const tSession = Date.now();
  const session = new Session(cfg.driver, value.sessionId);
  await session.cmd("POST", "/timeouts", { script: 60_000 });
  const r = await session.executeAsync(WAIT_PAINTED, selector, 30_000);
  if (r.error) throw new Error(r.error);
  const pid = launchedUnder(cfg.driverPid, binary);
  return {
    session,
    pid,
    startMs: r.at - t0,
    sessionMs: tSession - t0,
    navStartMs: r.origin - t0,
    fcpMs: r.fcp === null ? null : r.origin + r.fcp - t0,
    alreadyThere: r.alreadyThere,
    page: r.timing,
  };
}

async function close(launchResult) {
  await launchResult.session.quit();
  const pid = launchResult.pid;
  if (pid && !(await waitExit(pid, 5_000))) {
    // Only ever the app this script launched, by its pid.
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // gone
    }
    if (!(await waitExit(pid, 3_000))) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone
      }
      await waitExit(pid, 3_000);
    }
  }
}

// ---- in the unlocked app ----------------------------------------------------------------------------------------

async function unlockToTimeline(session) {
  const r = await session.executeAsync(UNLOCK_TO_TIMELINE, cfg.passphrase);
  if (r.error) throw new Error(`unlock: ${r.error}`);
  return r;
}

/** From the timeline, Insights clicked: to its first card painted (the default range, first time in this launch). */
async function openInsights(session) {
  const r = await session.executeAsync(OPEN_INSIGHTS);
  if (r.error) throw new Error(`insights: ${r.error}`);
  return { firstCard: r.painted - r.t0, ipc: r.resp !== null && r.call !== null ? r.resp - r.call : null,
    toDom: r.resp !== null ? r.dom - r.resp : null, paint: r.painted - r.dom, cards: r.cards, first: r.first, status: r.status };
}

/**
 * Types each word a letter at a time, then the finished word (with a space after it, as when a person goes on to the
 * next word). `groups` is [kind, words][]; each sample notes the prefix length, or 0 for the finished word.
 */
async function searchAsYouType(session, groups = [["common", cfg.words.common], ["rare", cfg.words.rare]]) {
  if (!(await session.execute(`return !!document.querySelector(arguments[0]);`, tid("search-input")))) {
    await session.find(tid("nav-search")).then((el) => el.click());
  }
  await session.waitFor(tid("search-input"));
  if (!(await session.execute(WRAP_FETCH))) throw new Error("could not watch the search requests");
  const samples = [];
  for (const [kind, words] of groups) {
    for (const word of words) {
      // Clear, and let the empty state settle (the debounced clear renders nothing new to wait for).
      await session.execute(`const i = document.querySelector(arguments[0]); i.value = "";
        i.dispatchEvent(new Event("input", { bubbles: true }));`, tid("search-input"));
      await sleep(400);
      for (let n = 1; n <= word.length + 1; n++) {
        const text = n <= word.length ? word.slice(0, n) : `${word} `;
        const r = await session.executeAsync(KEYSTROKE, text);
        if (r.error) throw new Error(`search: ${r.error}`);
        samples.push({ kind, word, text, prefix: n <= word.length ? n : 0, keystrokeToPaint: r.painted - r.t0,
          roundTrip: r.painted - r.call, ipc: r.resp - r.call, toDom: r.dom - r.resp, paint: r.painted - r.dom,
          hits: r.hits, status: r.status });
        await sleep(50);
      }
    }
  }
  return samples;
}

// ---- statistics and the table -------------------------------------------------------------------------------------

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  const i = Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1));
  return v[i];
}
const median = (v) => percentile(v, 50);
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
const mib = (kib) => kib / 1024;

// ---- the run -----------------------------------------------------------------------------------------------------

async function main() {
  const results = { app: [], bare: [], unlock: [], insights: [], memLocked: { app: [], bare: [] }, memUnlocked: [], search: [] };

  // One warm-up launch of each, not counted: the first start after a build reads the binaries from disk.
  log("warm-up launches");
  for (const [bin, sel] of [[cfg.app, tid("unlock-passphrase")], [cfg.bare, cfg.bareSelector]]) {
    const l = await launch(bin, sel);
    await close(l);
  }

  for (let i = 0; i < cfg.runs; i++) {
    const measureMemory = i < cfg.memoryRuns;
    const last = i === cfg.runs - 1;
    // Interleaved, app then bare, so a busy neighbour on the machine slows both alike.
    const a = await launch(cfg.app, tid("unlock-passphrase"));
    results.app.push(a);
    if (!a.pid) throw new Error("could not find the app's process");
    if (measureMemory) {
      await sleep(cfg.idleMs);
      const m = memory(a.pid);
      results.memLocked.app.push(m);
      log(`app idle (locked): ${f1(mib(m.totalKiB))} MiB: ${describe(m)}`);
    }
    const u = await unlockToTimeline(a.session);
    results.unlock.push(u);
    log(`run ${i + 1}: app start ${f0(a.startMs)} ms; unlock → shell ${f0(u.shell)} ms, → timeline ${f0(u.timeline)} ms`);
    const ins = await openInsights(a.session);
    results.insights.push(ins);
    log(`run ${i + 1}: Insights → first card painted ${f0(ins.firstCard)} ms (IPC ${f0(ins.ipc)} ms; ${ins.cards} cards)`);
    if (last) {
      // Unlocked, the timeline and Insights seen, before any search: what the searches add comes after.
      const before = memory(a.pid);
      results.memBeforeSearch = [before];
      log(`app unlocked, before the searches: ${f1(mib(before.totalKiB))} MiB: ${describe(before)}`);
      results.search = await searchAsYouType(a.session);
      // Right after the searches, then once the app has been idle long enough to give memory back.
      const busy = memory(a.pid);
      results.memAfterSearch = [busy];
      log(`app right after the searches: ${f1(mib(busy.totalKiB))} MiB: ${describe(busy)}`);
      await sleep(cfg.unlockedIdleMs);
      const waited = await backupDone();
      if (waited > 0) log(`waited ${f0(waited / 1000)} s more for the day's backup to finish`);
      const m = memory(a.pid);
      results.memUnlocked.push(m);
      log(`app idle (unlocked, after search): ${f1(mib(m.totalKiB))} MiB: ${describe(m)}`);
      // Once the page cache has been given back: the same searches again, cold.
      results.searchAfterRelease = await searchAsYouType(a.session, [["common", cfg.words.common.slice(0, 2)],
        ["rare", cfg.words.rare.slice(0, 2)]]);
    }
    await close(a);

    const b = await launch(cfg.bare, cfg.bareSelector);
    results.bare.push(b);
    if (!b.pid) throw new Error("could not find the bare window's process");
    if (measureMemory) {
      await sleep(cfg.idleMs);
      const m = memory(b.pid);
      results.memLocked.bare.push(m);
      log(`bare idle: ${f1(mib(m.totalKiB))} MiB: ${describe(m)}`);
    }
    log(`run ${i + 1}: bare start ${f0(b.startMs)} ms`);
    await close(b);
  }

  const table = render(results);
  if (cfg.table) fs.writeFileSync(cfg.table, `${table}\n`);
  else console.log(table);
  if (cfg.out) {
    fs.mkdirSync(path.dirname(cfg.out), { recursive: true });
    const raw = { ...results, app: results.app.map(({ session, ...r }) => r), bare: results.bare.map(({ session, ...r }) => r) };
    fs.writeFileSync(cfg.out, JSON.stringify({ config: { ...cfg, passphrase: undefined }, results: raw }, null, 2));
    log(`raw numbers in ${cfg.out}`);
  }
}

function render(r) {
  const rows = [];
  const row = (measure, app, bare, ratio, target, met) => rows.push(`| ${measure} | ${app} | ${bare} | ${ratio} | ${target} | ${met} |`);
  const yes = (ok) => (ok ? "yes" : "**no**");
  const n = r.app.length;

  const appStart = r.app.map((x) => x.startMs);
  const bareStart = r.bare.map((x) => x.startMs);
  const startRatio = median(appStart) / median(bareStart);
  row(`start to first screen, median of ${n} (ms)`, f0(median(appStart)), f0(median(bareStart)),
    `${startRatio.toFixed(2)}×`, "≤ 1.2× bare", yes(startRatio <= 1.2));
  const p95Ratio = percentile(appStart, 95) / percentile(bareStart, 95);
  row(`start to first screen, p95 of ${n} (ms)`, f0(percentile(appStart, 95)), f0(percentile(bareStart, 95)),
    `${p95Ratio.toFixed(2)}×`, "", "");

  const fcp = (list) => list.map((x) => x.fcpMs).filter((x) => x !== null);
  const appFcp = median(fcp(r.app));
  const bareFcp = median(fcp(r.bare));
  row("… first contentful paint (Paint Timing API), median (ms)", f0(appFcp), f0(bareFcp),
    `${(appFcp / bareFcp).toFixed(2)}×`, "", "");
  const shell = r.unlock.map((x) => x.shell);
  const timeline = r.unlock.map((x) => x.timeline);
  row(`unlock to the app shown (Today), median / p95 of ${r.unlock.length} (ms)`,
    `${f0(median(shell))} / ${f0(percentile(shell, 95))}`, "", "", "", "");
  row(`unlock to the first timeline page (${r.unlock[0]?.items ?? "?"} entries), median / p95 (ms)`,
    `${f0(median(timeline))} / ${f0(percentile(timeline, 95))}`, "", "", "", "");

  const ins = r.insights ?? [];
  if (ins.length) {
    const first = ins.map((x) => x.firstCard);
    row(`Insights clicked → first card painted (last 30 days, ${ins[0].cards} cards), median / p95 of ${ins.length} (ms)`,
      `${f0(median(first))} / ${f0(percentile(first, 95))}`, "", "", "≤ 300 ms", yes(percentile(first, 95) <= 300));
    const ipc = ins.map((x) => x.ipc).filter((x) => x !== null);
    row("… of which IPC + insights in Rust (request → response), median / p95",
      `${f0(median(ipc))} / ${f0(percentile(ipc, 95))}`, "", "", "", "");
    const dom = ins.map((x) => x.toDom).filter((x) => x !== null);
    row("… of which drawing the cards (response → in the DOM), median / p95",
      `${f0(median(dom))} / ${f0(percentile(dom, 95))}`, "", "", "", "");
    const paint = ins.map((x) => x.paint);
    row("… of which style, layout and paint of the page (in the DOM → painted), median / p95",
      `${f0(median(paint))} / ${f0(percentile(paint, 95))}`, "", "", "", "");
  }

  const s = r.search;
  const rt = s.map((x) => x.roundTrip);
  row(`search round trip (request → results painted), p50 / p95 of ${s.length} keystrokes (ms)`,
    `${f1(median(rt))} / ${f1(percentile(rt, 95))}`, "", "", "p95 ≤ 50 ms", yes(percentile(rt, 95) <= 50));
  for (const kind of ["common", "rare"]) {
    const k = s.filter((x) => x.kind === kind).map((x) => x.roundTrip);
    row(`… ${kind} words (${cfg.words[kind].join(", ")}), p50 / p95 of ${k.length}`,
      `${f1(median(k))} / ${f1(percentile(k, 95))}`, "", "", "", "");
  }
  const short = s.filter((x) => x.prefix >= 1 && x.prefix <= 6).map((x) => x.roundTrip);
  const whole = s.filter((x) => x.prefix === 0).map((x) => x.roundTrip);
  const longer = s.filter((x) => x.prefix > 6).map((x) => x.roundTrip);
  row(`… prefixes of 1–6 letters, p50 / p95 of ${short.length}`, `${f1(median(short))} / ${f1(percentile(short, 95))}`,
    "", "", "p95 ≤ 50 ms", yes(percentile(short, 95) <= 50));
  row(`… whole words (typed with a space after), p50 / p95 of ${whole.length}`,
    `${f1(median(whole))} / ${f1(percentile(whole, 95))}`, "", "", "p95 ≤ 50 ms", yes(percentile(whole, 95) <= 50));
  row(`… prefixes of 7 letters or more, p50 / p95 of ${longer.length}`, `${f1(median(longer))} / ${f1(percentile(longer, 95))}`,
    "", "", "", "");
  const ipc = s.map((x) => x.ipc);
  row("… of which IPC + search in Rust (request → response), p50 / p95", `${f1(median(ipc))} / ${f1(percentile(ipc, 95))}`,
    "", "", "", "");
  const toDom = s.map((x) => x.toDom);
  row("… of which reading the answer and building the list (response → in the DOM), p50 / p95",
    `${f1(median(toDom))} / ${f1(percentile(toDom, 95))}`, "", "", "", "");
  const paint = s.map((x) => x.paint);
  row("… of which style, layout and paint (in the DOM → painted), p50 / p95",
    `${f1(median(paint))} / ${f1(percentile(paint, 95))}`, "", "", "", "");
  const ks = s.map((x) => x.keystrokeToPaint);
  row("keystroke → results painted, incl. the UI's debounce (ui/src/state/search.ts), p50 / p95",
    `${f1(median(ks))} / ${f1(percentile(ks, 95))}`, "", "", "p95 ≤ 150 ms", yes(percentile(ks, 95) <= 150));
  const after = (r.searchAfterRelease ?? []).map((x) => x.roundTrip);
  if (after.length) {
    row(`search round trip after the page cache was given back (idle), p50 / p95 of ${after.length}`,
      `${f1(median(after))} / ${f1(percentile(after, 95))}`, "", "", "", "");
  }

  const memApp = r.memLocked.app.map((m) => mib(m.totalKiB));
  const memBare = r.memLocked.bare.map((m) => mib(m.totalKiB));
  const memRatio = median(memApp) / median(memBare);
  row(`idle memory, locked (PSS summed over all processes, median of ${memApp.length}, MiB)`, f1(median(memApp)), f1(median(memBare)),
    `${memRatio.toFixed(2)}×`, "≤ 1.3× bare", yes(memRatio <= 1.3));
  const busy = (r.memAfterSearch ?? []).map((m) => mib(m.totalKiB));
  if (busy.length) {
    row(`memory, unlocked at ${cfg.entries / 1000}k entries, right after the searches (PSS, MiB)`, f1(busy[0]),
      f1(median(memBare)), `${(busy[0] / median(memBare)).toFixed(2)}×`, "", "");
  }
  const memU = r.memUnlocked.map((m) => mib(m.totalKiB));
  if (memU.length) {
    const ratio = median(memU) / median(memBare);
    row(`idle memory, unlocked at ${cfg.entries / 1000}k entries, ${cfg.unlockedIdleMs / 1000} s after the searches, the day's backup done (PSS, MiB)`, f1(median(memU)),
      f1(median(memBare)), `${ratio.toFixed(2)}×`, "≤ 1.3× bare", yes(ratio <= 1.3));
  }
  for (const [k, what] of [["ussKiB", "USS (private pages only)"], ["rssKiB", "RSS"]]) {
    const a = median(r.memLocked.app.map((m) => mib(m[k])));
    const b = median(r.memLocked.bare.map((m) => mib(m[k])));
    const u = median(r.memUnlocked.map((m) => mib(m[k])));
    row(`… the same as ${what}, locked / unlocked (MiB)`, `${f1(a)} / ${f1(u)}`, f1(b),
      `${(a / b).toFixed(2)}× / ${(u / b).toFixed(2)}×`, "", "");
  }

  const procs = (m) => (m ? describe(m) : "");
  // The sample whose total is the median, so the split matches the number in the table.
  const medianSample = (list) => [...list].sort((x, y) => x.totalKiB - y.totalKiB)[Math.ceil(list.length / 2) - 1];
  return [
    "| measure | app | bare | app/bare | target | met? |",
    "|---|---:|---:|---:|---|---|",
    ...rows,
    "",
    "Processes (MiB PSS, the median sample; in brackets where it is, from smaps: heap = malloc's main heap, anon = " +
      "other anonymous memory (malloc arenas, the JavaScript heap), code = the binaries and libraries, shm = memory " +
      "shared between processes, files = other mapped files):",
    `- app locked: ${procs(medianSample(r.memLocked.app))}`,
    `- app unlocked, timeline and Insights seen, before the searches: ${procs((r.memBeforeSearch ?? [])[0])}`,
    `- app unlocked, right after the searches: ${procs((r.memAfterSearch ?? [])[0])}`,
    `- app unlocked, ${cfg.unlockedIdleMs / 1000} s later, the day's backup done: ${procs(medianSample(r.memUnlocked))}`,
    `- bare: ${procs(medianSample(r.memLocked.bare))}`,
  ].join("\n");
}

main().catch((e) => {
  console.error(`[bench] failed: ${e.stack ?? e}`);
  process.exit(1);
});
