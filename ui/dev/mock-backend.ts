// A pretend Rust backend for looking at the UI in a plain browser (`vite --mode mock`, `npm run build:mock`).
// Never part of the production build: main.ts imports it only when import.meta.env.MODE === "mock".
// Query string: ?state=none|locked|unlocked picks the starting state; ?theme=dark forces a theme;
// ?route=…, ?step=…, ?fill=… and ?click=… open a screen and act on it (mock-drive.ts).
import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { COMMAND_NAMES, type CommandName } from "../src/bindings/commands";
import type { ConflictStatus } from "../src/bindings/ConflictStatus";
import type { Entry } from "../src/bindings/Entry";
import type { EntryKind } from "../src/bindings/EntryKind";
import type { InsightsQuery } from "../src/bindings/InsightsQuery";
import type { NewEntry } from "../src/bindings/NewEntry";
import type { Person } from "../src/bindings/Person";
import type { PromiseOutcome } from "../src/bindings/PromiseOutcome";
import type { Quadrant } from "../src/bindings/Quadrant";
import type { Reminder } from "../src/bindings/Reminder";
import type { SearchHit } from "../src/bindings/SearchHit";
import type { TimelineQuery } from "../src/bindings/TimelineQuery";
import { quadrantOf } from "../src/state/vocab";
import { day, fresh, people, seedEntries, seedReminders, uuid, vocabulary } from "./mock-data";
import { driveFromQuery } from "./mock-drive";
import { mockInsights } from "./mock-insights";

const params = new URLSearchParams(window.location.search);
let state = (params.get("state") ?? "unlocked") as "none" | "locked" | "unlocked";
const PASS = "correct horse battery staple";
let settings = { autoLockMinutes: 10, theme: (params.get("theme") ?? "system") as "system" | "light" | "dark", startAtLogin: false };
const drafts = new Map<string, string>();
let reminders = seedReminders();
let counter = 100;
let entries = seedEntries();

type Args = Record<string, unknown>;
const err = (kind: string, message: string, field?: string) => ({ kind, message, ...(field ? { field } : {}) });
/** Conflicts still open or being repaired, newest first (the journal's rule, roughly: no date window here). */
const openConflicts = (list: Entry[]) => list.flatMap((e) => e.body.kind === "conflict" && (e.body.status === "open" || e.body.status === "repairing")
  ? [{ id: e.id, date: e.localDate, status: e.body.status, whatHappened: e.body.whatHappened }]
  : []).slice(0, 20);
const sorted = () => [...entries].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));

function matches(e: Entry, q: TimelineQuery["filter"]): boolean {
  if (q.kinds.length && !q.kinds.includes(e.body.kind)) return false;
  if (q.person && !e.people.includes(q.person)) return false;
  if (q.tag && !e.tags.includes(q.tag)) return false;
  if (q.feeling && !("feelings" in e.body ? e.body.feelings : "myFeelings" in e.body ? e.body.myFeelings : []).includes(q.feeling)) return false;
  if (q.from && e.localDate < q.from) return false;
  if (q.to && e.localDate > q.to) return false;
  return true;
}
function texts(e: Entry): string[] {
  return Object.values(e.body).filter((v): v is string => typeof v === "string" && v.length > 3 && !v.includes("_") && v !== e.body.kind);
}
function stamp(n: NewEntry, id: string, created?: Entry): Entry {
  const now = new Date();
  return { id, createdAt: created?.createdAt ?? now.toISOString(), updatedAt: now.toISOString(),
    localDate: created?.localDate ?? now.toISOString().slice(0, 10), utcOffsetMinutes: -now.getTimezoneOffset(),
    people: n.people, tags: n.tags, body: n.body };
}

// `cmd` is every command Rust lists: tsc fails below (`unknownCommand`) when one has no case here.
function handle(cmd: CommandName, a: Args): unknown {
  const needOpen = !["vault_status", "create_vault", "unlock", "recover", "get_settings", "set_settings", "lock", "activity",
    "list_reminders", "add_reminder", "update_reminder", "remove_reminder", "next_reminders", "snooze_reminder",
    "send_test_notification"].includes(cmd);
  if (needOpen && state !== "unlocked") throw err("Locked", "the journal is locked");
  switch (cmd) {
    case "vault_status":
      return { state, vaultDir: "/home/you/.local/share/attune/vault", warnings: [] };
    case "create_vault":
      state = "unlocked";
      return { recoveryKey: "K7QF-2M9X-TR4C-8WZL-P3HD-6YJN-V5BE-Q1SA" };
    case "unlock": {
      const s = a.secret as { kind: string; value: string };
      if (s.kind === "passphrase" && s.value !== PASS) throw err("WrongPassphrase", "that passphrase doesn't open this journal");
      state = "unlocked";
      return null;
    }
    case "recover":
      if (String(a.recoveryKey).replace(/[\s-]/g, "").length < 8) throw err("WrongRecoveryKey", "typo");
      state = "unlocked";
      return null;
    case "new_recovery_key":
      if (a.passphrase !== PASS) throw err("WrongPassphrase", "that passphrase doesn't open this journal");
      return { recoveryKey: "M4RX-9QWE-2T7Y-HJ3K-5NBV-8CZP-Q6SD-1FGA" };
    case "lock":
      state = "locked";
      return null;
    case "change_passphrase":
      if (a.current !== PASS) throw err("WrongPassphrase", "no");
      return null;
    case "add_entry": {
      const e = stamp(a.entry as NewEntry, uuid(++counter));
      entries.push(e);
      return e;
    }
    case "get_entry": {
      const e = entries.find((x) => x.id === a.id);
      if (!e) throw err("NotFound", "entry not found");
      return e;
    }
    case "update_entry": {
      const old = entries.find((x) => x.id === a.id);
      if (!old) throw err("NotFound", "entry not found");
      const e = stamp(a.entry as NewEntry, old.id, old);
      entries = entries.map((x) => (x.id === old.id ? e : x));
      return e;
    }
    case "delete_entry": {
      const e = entries.find((x) => x.id === a.id);
      if (!e) throw err("NotFound", "entry not found");
      entries = entries.filter((x) => x.id !== a.id);
      return e;
    }
    case "restore_entry":
      entries.push(a.entry as Entry);
      return null;
    case "timeline": {
      const q = a.query as TimelineQuery;
      let list = sorted().filter((e) => matches(e, q.filter));
      const start = q.start;
      if (start) list = list.filter((e) => e.localDate <= start);
      if (q.after) {
        const after = q.after;
        list = list.filter((e) => e.createdAt < after.createdAt || (e.createdAt === after.createdAt && e.id < after.id));
      }
      const page = list.slice(0, q.limit || 50);
      const last = page[page.length - 1];
      return { entries: page, next: page.length === (q.limit || 50) && last ? { createdAt: last.createdAt, id: last.id } : null };
    }
    case "search": {
      const q = a.query as { text: string; filter: TimelineQuery["filter"] };
      const word = q.text.toLowerCase();
      const hits: SearchHit[] = [];
      for (const e of sorted().filter((x) => matches(x, q.filter))) {
        const t = texts(e).find((s) => s.toLowerCase().includes(word));
        if (!t) continue;
        const i = t.toLowerCase().indexOf(word);
        hits.push({ entry: e, snippet: [{ text: t.slice(Math.max(0, i - 40), i), hit: false },
          { text: t.slice(i, i + word.length), hit: true }, { text: t.slice(i + word.length, i + 80), hit: false }] });
      }
      const all = hits.length;
      const offset = (a.query as { offset?: number }).offset ?? 0;
      return { hits: hits.slice(offset, offset + ((a.query as { limit?: number }).limit || 50)), total: all, capped: false,
        order: (a.query as { order?: string }).order ?? "relevance" };
    }
    case "months": {
      const counts = new Map<string, number>();
      for (const e of sorted()) counts.set(e.localDate.slice(0, 7), (counts.get(e.localDate.slice(0, 7)) ?? 0) + 1);
      return [...counts].map(([month, count]) => ({ month, count }));
    }
    case "on_this_day": {
      const md = new Date().toISOString().slice(5, 10);
      const thisYear = new Date().getFullYear();
      return sorted().filter((e) => e.localDate.slice(5) === md && Number(e.localDate.slice(0, 4)) < thisYear);
    }
    case "insights":
      return mockInsights(entries, a.query as InsightsQuery);
    case "nudge":
      return null;
    case "snooze_nudge":
      return null;
    case "conflicts_due":
      return openConflicts(sorted());
    case "mark_told": {
      const e = entries.find((x) => x.id === a.id);
      if (!e || e.body.kind !== "appreciation") throw err("NotFound", "no such appreciation");
      e.body = { ...e.body, told: true };
      return e;
    }
    case "promises_due": {
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      return sorted().flatMap((e) => e.body.kind === "promise" && e.body.outcome === "not_yet" && e.body.byWhen && e.body.byWhen <= soon
        ? [{ entry: e.id, what: e.body.what, forWhom: e.body.forWhom, name: people.find((p) => p.id === (e.body as { forWhom: string | null }).forWhom)?.name ?? null, byWhen: e.body.byWhen }]
        : []).slice(0, 5);
    }
    case "still_open": {
      const to = day(0).localDate;
      const from = day(6).localDate;
      const open = sorted().flatMap((e) => e.body.kind === "conflict" && (e.body.status === "open" || e.body.status === "repairing")
        ? [{ id: e.id, date: e.localDate, status: e.body.status, whatHappened: e.body.whatHappened, older: e.localDate < from }]
        : []);
      return { week: { from, to }, conflicts: open.slice(0, 10), more: Math.max(0, open.length - 10) };
    }
    case "settle_promise": {
      const e = entries.find((x) => x.id === a.id);
      if (!e || e.body.kind !== "promise") throw err("NotFound", "no such promise");
      e.body = { ...e.body, outcome: a.outcome as PromiseOutcome, howItWent: String(a.howItWent).trim() };
      return e;
    }
    case "follow_up_conflict": {
      const e = entries.find((x) => x.id === a.id);
      if (!e || e.body.kind !== "conflict") throw err("NotFound", "no such conflict reflection");
      e.body = { ...e.body, since: String(a.since).trim(), status: a.status as ConflictStatus };
      return e;
    }
    case "people":
      return people;
    case "add_person": {
      const input = a.input as Omit<Person, "id">;
      if (people.some((p) => p.name.toLowerCase() === input.name.toLowerCase())) throw err("Validation", "someone by that name is already here", "name");
      const p = { id: uuid(++counter), ...input };
      people.push(p);
      return p;
    }
    case "update_person": {
      const i = people.findIndex((p) => p.id === a.id);
      people[i] = { id: String(a.id), ...(a.input as Omit<Person, "id">) };
      return people[i];
    }
    case "person_page": {
      const person = people.find((p) => p.id === a.id);
      if (!person) throw err("NotFound", "no such person");
      const about = sorted().filter((e) => e.people.includes(person.id));
      const counts = new Map<EntryKind, number>();
      for (const e of about) counts.set(e.body.kind, (counts.get(e.body.kind) ?? 0) + 1);
      const newest = (kind: EntryKind) => {
        const all = about.filter((e) => e.body.kind === kind);
        return { entries: all.slice(0, 5), more: all.length > 5 };
      };
      const md = new Date().toISOString().slice(5, 10);
      return { person, total: about.length, kinds: [...counts].map(([kind, count]) => ({ kind, count })).sort((x, y) => y.count - x.count),
        openConflicts: openConflicts(about), appreciations: newest("appreciation"), shared: newest("shared_experience"),
        onThisDay: about.filter((e) => e.localDate.slice(5) === md && e.localDate.slice(0, 4) < new Date().toISOString().slice(0, 4)) };
    }
    case "remove_person":
      if (entries.some((e) => e.people.includes(String(a.id)))) throw err("Conflict", "entries mention them");
      people.splice(people.findIndex((p) => p.id === a.id), 1);
      return null;
    case "vocabulary":
      return vocabulary;
    case "feelings_near": {
      // The dev stand-in for the journal's rule: the point's quadrant's words first.
      const q = quadrantOf(Number(a.pleasantness), Number(a.energy));
      const words = (quadrant: Quadrant | null) =>
        vocabulary.feelings.filter((f) => f.quadrant === quadrant).flatMap((f) => f.words);
      const all = [...words(q), ...vocabulary.feelings.flatMap((f) => f.words).filter((w) => !words(q).includes(w))];
      return { nearest: all.slice(0, 12), more: all.slice(12) };
    }
    case "after_save":
      return { nextSteps: null, chosenStep: null, careLine: null };
    case "pending_step":
      return null;
    case "choose_next_step": {
      const e = entries.find((x) => x.id === a.id);
      if (!e) throw err("NotFound", "entry not found");
      return e;
    }
    case "brief_preview":
      return { title: "For my next session", coverLine: "Entries", talkAbout: "", groups: [], entryCount: 0 };
    case "write_brief":
      return null;
    case "date_locale":
      return navigator.language;
    case "prompt_of_the_day":
      return vocabulary.prompts[1];
    case "save_draft":
      drafts.set(String(a.key), String(a.body));
      return null;
    case "list_drafts":
      return [...drafts.keys()].reverse().map((key) => ({ key, updatedAt: new Date().toISOString() }));
    case "get_draft":
      return drafts.get(String(a.key)) ?? null;
    case "discard_draft":
      drafts.delete(String(a.key));
      return null;
    case "export_journal":
      if (a.passphrase !== PASS) throw err("WrongPassphrase", "no");
      return `/home/you/Documents/attune-export.${a.format === "json" ? "json" : "md"}`;
    case "delete_all":
      if (a.passphrase !== PASS) throw err("WrongPassphrase", "no");
      state = "none";
      entries = [];
      return null;
    case "list_backups":
      return { folder: "/home/you/.local/share/attune/backups", defaultFolder: true, keep: { daily: 7, weekly: 4, monthly: 12 }, backups: [
        { id: "20261130T081500Z-daily", createdAt: "2026-11-30T08:15:00Z", reason: "daily", sizeBytes: 1_204_224,
          entries: entries.length },
      ] };
    case "back_up_now":
      return { id: "20261130T120000Z-manual", createdAt: new Date().toISOString(), reason: "made by hand",
        sizeBytes: 1_204_224, entries: entries.length };
    case "restore_backup":
      state = "locked";
      return "/home/you/attune-restored-2026-11-30";
    case "choose_backup_folder":
      return "/home/you/Sync/attune-backups";
    case "open_backup_folder":
    case "use_default_backup_folder":
    case "set_backup_keep":
    case "cancel_import":
      return null;
    case "import_formats":
      return [{ format: "jrnl", label: "jrnl (JSON export)" }, { format: "daylio", label: "Daylio (CSV backup)" }];
    case "choose_import_file":
    case "replan_import":
      return { fileName: "journal.json", plan: { format: "jrnl", newEntries: [{ kind: "note", count: 3 }], totalNew: 3,
        alreadyImported: 0, newPeople: 0, firstDate: "2024-01-02", lastDate: "2024-03-04", skipped: [], moods: [] } };
    case "run_import":
      return { outcome: "imported", entriesAdded: 3, entriesSkipped: 0, peopleAdded: 0, backup: null };
    case "get_settings":
      return settings;
    case "set_settings":
      settings = a.settings as typeof settings;
      return settings;
    case "activity":
      return null;
    case "list_reminders":
      return reminders;
    case "next_reminders": {
      const soon = new Date();
      soon.setHours(20, 0, 0, 0);
      if (soon.getTime() < Date.now()) soon.setDate(soon.getDate() + 1);
      return reminders.filter((r) => r.enabled).map((r, i) => ({ id: r.id,
        at: r.schedule.kind === "once" ? r.schedule.at : new Date(soon.getTime() + i * 86_400_000).toISOString(), snoozed: false }));
    }
    case "add_reminder": {
      const r = { ...(a.reminder as object), id: (counter++).toString(16).padStart(8, "0"), state: fresh() } as Reminder;
      reminders.push(r);
      return r;
    }
    case "update_reminder":
      reminders = reminders.map((r) => (r.id === a.id ? { ...r, ...(a.reminder as object) } as Reminder : r));
      return reminders.find((r) => r.id === a.id);
    case "remove_reminder": {
      const gone = reminders.find((r) => r.id === a.id);
      reminders = reminders.filter((r) => r.id !== a.id);
      return gone;
    }
    case "snooze_reminder":
      return new Date(Date.now() + 3_600_000).toISOString();
    case "send_test_notification":
      return null;
    case "read_times": {
      // The dev stand-in for the journal's reading of typed times: "20:30", "8pm", "8:30 am".
      const times = String(a.text).split(",").map((t) => t.trim().toLowerCase()).filter(Boolean).map((t) => {
        const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(t);
        if (!m || (!m[2] && !m[3])) throw err("Validation", `"${t}" isn't a time like 20:30 or 8pm`);
        const h = m[3] ? (Number(m[1]) % 12) + (m[3] === "pm" ? 12 : 0) : Number(m[1]);
        return `${String(h).padStart(2, "0")}:${m[2] ?? "00"}:00`;
      });
      if (times.length === 0) throw err("Validation", "add a time, like 20:30 or 8pm");
      return [...new Set(times)].sort();
    }
    case "set_zoom":
      return Math.min(3, Math.max(0.5, Number(a.factor)));
    case "zoom":
      return 1;
    case "read_date": {
      // The dev stand-in for the journal's reading of typed dates: three numbers in the locale's order, or ISO.
      const parts = String(a.text).trim().split(/[/.\-, ]+/).filter(Boolean);
      const order = String(a.order);
      const [y, m, d] = parts[0]?.length === 4 ? parts
        : order === "dmy" ? [parts[2], parts[1], parts[0]] : order === "mdy" ? [parts[2], parts[0], parts[1]] : parts;
      const at = new Date(Number(y), Number(m) - 1, Number(d), 12);
      if (parts.length !== 3 || Number.isNaN(at.getTime()) || at.getDate() !== Number(d)) {
        throw err("Validation", `“${String(a.text)}” isn't a date Attune can read.`);
      }
      return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}-${String(at.getDate()).padStart(2, "0")}`;
    }
  }
  return unknownCommand(cmd);
}

function unknownCommand(cmd: never): never {
  throw err("NotFound", `mock has no command ${String(cmd)}`);
}

const isCommand = (cmd: string): cmd is CommandName => (COMMAND_NAMES as readonly string[]).includes(cmd);

export function installMockBackend(): void {
  mockIPC((cmd, payload) => {
    if (!isCommand(cmd)) throw err("NotFound", `no command ${cmd}`);
    return handle(cmd, (payload ?? {}) as Args);
  }, { shouldMockEvents: true });
  driveFromQuery(params);
  (window as unknown as { __mockLock: () => void }).__mockLock = () => {
    state = "locked";
    void emit("vault-locked");
  };
}
