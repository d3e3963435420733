// Reminders: the pure logic behind the settings section (describing schedules, reading the form) and the calls.
// Reminders live in the settings file outside the vault, so none of this needs the journal open.
import { api } from "../api";
import type { NextReminder } from "../bindings/NextReminder";
import type { Reminder } from "../bindings/Reminder";
import type { Field } from "../bindings/Field";
import type { ReminderInput } from "../bindings/ReminderInput";
import type { Schedule } from "../bindings/Schedule";
import type { Target } from "../bindings/Target";
import { createStore } from "./store";
import { dateLocale } from "../locale";

export type TargetKind = Target["kind"];
export type ScheduleKind = Schedule["kind"];

export const TARGETS: Array<[TargetKind, string]> = [
  ["check_in", "A check-in"],
  ["relationship_check_in", "A check-in together"],
  ["appreciation", "An appreciation"],
  ["conflict_follow_up", "Coming back to a conflict reflection"],
  ["look_back", "The weekly look back"],
  ["deck", "A question from the prompt deck"],
];

export const WHENS: Array<[ScheduleKind, string]> = [
  ["daily", "Every day"],
  ["weekly", "On certain days of the week"],
  ["every", "Every few days"],
  ["once", "Once"],
];

/** Weekdays as the journal writes them (chrono's short names), Monday first. */
export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const DAY_NAMES: Record<string, string> = { Mon: "Mondays", Tue: "Tuesdays", Wed: "Wednesdays", Thu: "Thursdays",
  Fri: "Fridays", Sat: "Saturdays", Sun: "Sundays" };

/** The reminders and their next times, while the settings screen shows them. */
export const reminders = createStore<{ list: Reminder[]; next: NextReminder[] } | null>(() => null);

export async function loadReminders(): Promise<{ list: Reminder[]; next: NextReminder[] }> {
  const [list, next] = await Promise.all([api.listReminders(), api.nextReminders()]);
  const value = { list, next };
  reminders.set(value);
  return value;
}

/** Adds a reminder. */
export function addReminder(input: ReminderInput): Promise<Reminder> {
  return api.addReminder(input);
}

/** Changes reminder `id`. */
export function updateReminder(id: string, input: ReminderInput): Promise<Reminder> {
  return api.updateReminder(id, input);
}

/** Removes reminder `id` and returns it (for Undo). */
export function removeReminder(id: string): Promise<Reminder> {
  return api.removeReminder(id);
}

/** Shows a sample notification. */
export function sendTestNotification(): Promise<void> {
  return api.sendTestNotification();
}

/** Times of day as typed ("20:30", "8pm", "8am, 20:30"), read by the journal (its one reading of times, as the
 * CLI's `--at`): "HH:MM" each, sorted. Rejects with the journal's Validation error, which says what it couldn't read. */
export async function readTimes(text: string): Promise<string[]> {
  return (await api.readTimes(text)).map(hhmm);
}

/** "08:00:00" or "08:00" → "08:00". */
export function hhmm(t: string): string {
  return t.slice(0, 5);
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function describeTarget(t: Target, themeName: (id: string) => string | undefined = () => undefined): string {
  if (t.kind === "deck") {
    const name = themeName(t.theme);
    return name ? `A question: ${name}` : "A question from the prompt deck";
  }
  return TARGETS.find(([k]) => k === t.kind)?.[1] ?? "A reminder";
}

const dateFmt = (d: Date) => d.toLocaleDateString(dateLocale(), { weekday: "short", day: "numeric", month: "short" });
const timeFmt = (d: Date) =>
  `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

/** A plain sentence for when a reminder fires. */
export function describeSchedule(s: Schedule): string {
  switch (s.kind) {
    case "daily":
      return `Every day at ${joinWords(s.times.map(hhmm))}`;
    case "weekly": {
      const days = [...s.days].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
      const names = days.length === 7 ? ["Every day"] : [joinWords(days.map((d) => DAY_NAMES[d] ?? d))];
      return `${names[0]} at ${hhmm(s.time)}`;
    }
    case "every": {
      const start = new Date(`${s.start}T00:00:00`);
      const gap = s.days === 1 ? "Every day" : `Every ${s.days} days`;
      return `${gap} at ${hhmm(s.time)}, starting ${dateFmt(start)}`;
    }
    case "once": {
      const at = new Date(s.at);
      return `Once, on ${dateFmt(at)} at ${timeFmt(at)}`;
    }
  }
  return "At times you chose";
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today at 20:30", "tomorrow at 08:00", or "Mon 23 Nov at 08:00". */
export function describeNext(at: string, now: Date = new Date()): string {
  const d = new Date(at);
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  const day = sameDay(d, now) ? "today" : sameDay(d, tomorrow) ? "tomorrow" : dateFmt(d);
  return `${day} at ${timeFmt(d)}`;
}

/** What the add/edit form holds, as typed. */
export interface ReminderForm {
  what: TargetKind;
  theme: string;
  when: ScheduleKind;
  /** Daily: "08:00, 20:30". */
  times: string;
  /** Weekly: chosen days. */
  days: string[];
  /** Weekly, every, once: one time, "HH:MM". */
  time: string;
  /** Every: the gap in days, as typed. */
  everyDays: string;
  /** Every: the first day; once: the day. "YYYY-MM-DD". */
  date: string;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  skipIfCheckedIn: boolean;
  enabled: boolean;
  label: string;
}

/** A form problem, named by the field's testid suffix and said kindly. */
export interface FormProblem {
  field: string;
  message: string;
}

/** Today's date as "YYYY-MM-DD" in local time. */
export function localDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * Turns the form into what `add_reminder` takes. The times come already read by the journal (the time pickers), and
 * the journal checks the rest when it is sent, in its own words (a one-off whose time has passed, a week with no day,
 * how many days apart, quiet hours, the label: see `fieldFor`). Said here is only what can't be sent at all: a day left
 * empty, a number of days that isn't a whole number.
 */
export function inputFromForm(f: ReminderForm): ReminderInput | FormProblem {
  const target: Target = f.what === "deck" ? { kind: "deck", theme: f.theme } : { kind: f.what } as Target;
  const time = f.time.trim();
  let schedule: Schedule;
  switch (f.when) {
    case "daily":
      schedule = { kind: "daily", times: f.times.split(",").map((t) => t.trim()).filter(Boolean) };
      break;
    case "weekly":
      schedule = { kind: "weekly", days: WEEKDAYS.filter((d) => f.days.includes(d)), time };
      break;
    case "every": {
      const n = Number(f.everyDays);
      if (f.everyDays.trim() === "" || !Number.isInteger(n) || n < 0 || n > 0xffff_ffff) {
        return { field: "every-days", message: "Write how many days apart, like 3." };
      }
      if (!f.date) return { field: "date", message: "Choose the first day." };
      schedule = { kind: "every", days: n, start: f.date, time };
      break;
    }
    case "once": {
      if (!f.date) return { field: "date", message: "Choose a day." };
      const at = new Date(`${f.date}T${time}:00`);
      if (Number.isNaN(at.getTime())) return { field: "time", message: "Choose a time of day." };
      schedule = { kind: "once", at: at.toISOString() };
      break;
    }
  }
  const quiet = f.quiet ? { start: f.quietStart.trim(), end: f.quietEnd.trim() } : null;
  return { label: f.label === "" ? null : f.label, target, schedule, quiet, skipIfCheckedIn: f.skipIfCheckedIn,
    enabled: f.enabled };
}

/** The form's field (its testid suffix) that the journal's message about `field` belongs beside, for a reminder that
 * repeats `when`; null for one the form has no box of its own for (the message then goes under the form). */
export function fieldFor(field: Field | undefined, when: ScheduleKind): string | null {
  switch (field) {
    case "at":
      return when === "daily" ? "times" : "time";
    case "on":
      return "days";
    case "days":
      return "every-days";
    case "theme":
      return "theme";
    case "label":
      return "label";
    case "quiet":
      return "quiet-end";
    default:
      return null;
  }
}

export function isProblem(v: ReminderInput | FormProblem): v is FormProblem {
  return "message" in v && "field" in v;
}

/** A fresh form: a check-in every evening. */
export function blankForm(now: Date = new Date()): ReminderForm {
  return { what: "check_in", theme: "", when: "daily", times: "20:00", days: [], time: "20:00", everyDays: "2",
    date: localDate(now), quiet: false, quietStart: "22:00", quietEnd: "07:00", skipIfCheckedIn: false, enabled: true,
    label: "" };
}

/** The form for editing `r`. */
export function formFromReminder(r: Reminder): ReminderForm {
  const f = blankForm();
  f.what = r.target.kind;
  if (r.target.kind === "deck") f.theme = r.target.theme;
  f.when = r.schedule.kind;
  const s = r.schedule;
  if (s.kind === "daily") f.times = s.times.map(hhmm).join(", ");
  if (s.kind === "weekly") {
    f.days = [...s.days];
    f.time = hhmm(s.time);
  }
  if (s.kind === "every") {
    f.everyDays = String(s.days);
    f.date = s.start;
    f.time = hhmm(s.time);
  }
  if (s.kind === "once") {
    const at = new Date(s.at);
    f.date = localDate(at);
    f.time = timeFmt(at);
  }
  if (r.quiet) {
    f.quiet = true;
    f.quietStart = hhmm(r.quiet.start);
    f.quietEnd = hhmm(r.quiet.end);
  }
  f.skipIfCheckedIn = r.skipIfCheckedIn;
  f.enabled = r.enabled;
  f.label = r.label ?? "";
  return f;
}

/** The input that leaves `r` as it is except for `patch` (e.g. switching it on or off). */
export function inputFromReminder(r: Reminder, patch: Partial<ReminderInput> = {}): ReminderInput {
  return { label: r.label ?? null, target: r.target, schedule: r.schedule, quiet: r.quiet ?? null,
    skipIfCheckedIn: r.skipIfCheckedIn, enabled: r.enabled, ...patch };
}

/** A one-off reminder to come back to conflict reflection `entry` `hours` from now. It holds the entry's id (random)
 * and nothing the entry says. */
export function revisitInput(hours: number, entry: string, now: Date = new Date()): ReminderInput {
  const at = new Date(now.getTime() + hours * 3_600_000);
  return { label: null, target: { kind: "conflict_follow_up", entry }, schedule: { kind: "once", at: at.toISOString() },
    quiet: null, skipIfCheckedIn: false, enabled: true };
}

/** Sets a reminder to come back to conflict reflection `entry` in `hours`; returns when it will show. */
export async function remindToRevisit(hours: number, entry: string, now: Date = new Date()): Promise<string> {
  const input = revisitInput(hours, entry, now);
  await addReminder(input);
  return input.schedule.kind === "once" ? input.schedule.at : now.toISOString();
}

/** The next time of reminder `id`, if it has one. */
export function nextFor(next: NextReminder[], id: string): NextReminder | undefined {
  return next.find((n) => n.id === id);
}
