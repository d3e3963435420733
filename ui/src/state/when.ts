// Local dates and times for the "when" of an entry: what the date and time inputs hold ("YYYY-MM-DD", "HH:MM") and the
// timestamp with the local offset that the journal takes (`NewEntry.at`). The journal checks the time; the browser's
// own clock and zone (the system's) do the arithmetic. Typed dates are read by the journal (`readDate`).
import { api } from "../api";
import type { DateOrder } from "../bindings/DateOrder";

/** `d` as "YYYY-MM-DD" in local time. */
export function localDay(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `d` as "HH:MM" in local time. */
export function localClock(d: Date = new Date()): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A local date and time ("YYYY-MM-DD", "HH:MM") as an RFC 3339 timestamp with this computer's offset at that moment,
 * e.g. "2026-03-01T20:15:00+01:00"; null when either part isn't a real date or time.
 */
export function localTimestamp(day: string, clock: string): string | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const tm = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  if (!dm || !tm) return null;
  const [y, mo, d, hh, mi] = [dm[1], dm[2], dm[3], tm[1], tm[2]].map(Number) as [number, number, number, number, number];
  if (hh > 23 || mi > 59) return null;
  const at = new Date(y, mo - 1, d, hh, mi, 0, 0);
  if (Number.isNaN(at.getTime()) || at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${localDay(at)}T${localClock(at)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A date as typed in the locale's `order` ("31/12/2026", "31 Dec", "yesterday"), read by the journal (its one
 * reading of typed dates): "YYYY-MM-DD". Rejects with the journal's Validation error, which says what is wrong. */
export function readDate(text: string, order: DateOrder): Promise<string> {
  return api.readDate(text, order);
}
