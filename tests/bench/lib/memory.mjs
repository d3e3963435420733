// The app benchmark's view of processes and their memory, from /proc: which processes a launch started, and how much
// memory each holds (PSS, USS, RSS), with a breakdown of where it is (smaps) so a change can be aimed at the big part.

import fs from "node:fs";
import path from "node:path";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every process as { pid, ppid, comm }. */
export function processes() {
  const list = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid ...; comm may hold spaces and parentheses, so split at the last ')'.
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      list.push({ pid: Number(name), ppid, comm });
    } catch {
      // gone meanwhile
    }
  }
  return list;
}

function exeOf(pid) {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** `root` and all its descendants. */
export function tree(root, list = processes()) {
  const out = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    const p = list.find((x) => x.pid === pid);
    if (p) out.push(p);
    for (const c of list) if (c.ppid === pid) queue.push(c.pid);
  }
  return out;
}

/** The pid of `binary` started under the tauri-driver `driverPid` (through WebKitWebDriver), or null. */
export function launchedUnder(driverPid, binary) {
  const list = processes();
  const ours = new Set(tree(driverPid, list).map((p) => p.pid));
  const hit = list.find((p) => ours.has(p.pid) && exeOf(p.pid) === binary);
  return hit ? hit.pid : null;
}

/** The program's name (argv[0]'s last part; /proc's comm cuts names at 15 characters). */
function nameOf(pid, comm) {
  try {
    const argv0 = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
    return argv0 ? path.basename(argv0) : comm;
  } catch {
    return comm;
  }
}

/**
 * Memory of one process in KiB from /proc/<pid>/smaps_rollup (zeros when it is gone): PSS (shared pages split among
 * the processes that map them), USS (pages only it maps: Private_Clean + Private_Dirty) and RSS.
 */
function usage(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
    return { pssKiB: field("Pss"), ussKiB: field("Private_Clean") + field("Private_Dirty"), rssKiB: field("Rss") };
  } catch {
    return { pssKiB: 0, ussKiB: 0, rssKiB: 0 };
  }
}

/** What a mapping holds, by its name in smaps: the malloc heap, anonymous memory, code, shared memory, other files. */
function category(name, exe) {
  if (name === "[heap]") return "heap";
  if (name === "") return "anon";
  if (name.startsWith("[stack")) return "stack";
  if (name.startsWith("/memfd:") || name.startsWith("/dev/shm/") || name.startsWith("/SYSV")) return "shm";
  if (name === exe || /\.so(\.[\d.]+)?( \(deleted\))?$/.test(name)) return "code";
  if (name.startsWith("/")) return "files";
  return "other";
}

/**
 * Where a process's memory is, from /proc/<pid>/smaps: PSS in KiB per category (see `category`), and the largest
 * anonymous mappings (PSS and size), which is where malloc arenas, the JavaScript heap and caches live, and the
 * binaries and libraries holding the most code (PSS summed over each file's mappings).
 */
export function breakdown(pid) {
  let text;
  try {
    text = fs.readFileSync(`/proc/${pid}/smaps`, "utf8");
  } catch {
    return null;
  }
  const exe = exeOf(pid);
  const byKind = {};
  const anon = [];
  const code = {};
  let current = null;
  for (const line of text.split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const sizeKiB = (parseInt(head[2], 16) - parseInt(head[1], 16)) / 1024;
      current = { kind: category(head[3], exe), name: head[3], sizeKiB };
      continue;
    }
    const pss = /^Pss:\s+(\d+) kB/.exec(line);
    if (pss && current) {
      const kib = Number(pss[1]);
      byKind[current.kind] = (byKind[current.kind] ?? 0) + kib;
      if (current.kind === "anon" || current.kind === "heap") anon.push({ pssKiB: kib, sizeKiB: current.sizeKiB });
      if (current.kind === "code") {
        const file = path.basename(current.name);
        code[file] = (code[file] ?? 0) + kib;
      }
    }
  }
  anon.sort((a, b) => b.pssKiB - a.pssKiB);
  const largestCode = Object.entries(code).sort((a, b) => b[1] - a[1]).slice(0, 12)
    .map(([file, pssKiB]) => ({ file, pssKiB }));
  return { byKind, largestAnon: anon.slice(0, 5), largestCode };
}

/**
 * Memory of the app process and everything it started (WebKit's web and network processes), summed; each process
 * with its breakdown.
 */
export function memory(pid) {
  const procs = tree(pid).map((p) => ({ ...p, comm: nameOf(p.pid, p.comm), ...usage(p.pid), smaps: breakdown(p.pid) }));
  const sum = (k) => procs.reduce((s, p) => s + p[k], 0);
  return { totalKiB: sum("pssKiB"), ussKiB: sum("ussKiB"), rssKiB: sum("rssKiB"), procs };
}

/** One line per process: "attune-app 91.5 (heap 30.1, anon 12.0, code 40.2, …)", MiB PSS. */
export function describe(m) {
  const mib = (kib) => (kib / 1024).toFixed(1);
  return m.procs.map((p) => {
    const parts = Object.entries(p.smaps?.byKind ?? {}).filter(([, kib]) => kib >= 512).sort((a, b) => b[1] - a[1])
      .map(([kind, kib]) => `${kind} ${mib(kib)}`);
    return `${p.comm} ${mib(p.pssKiB)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
  }).join("; ");
}

export async function waitExit(pid, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!fs.existsSync(`/proc/${pid}`)) return true;
    await sleep(50);
  }
  return false;
}
