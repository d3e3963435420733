// Which locale dates, times and counts are shown in: the system's, as the journal reads it (LC_ALL, then LC_TIME,
// then LANG; without one, a locale whose formats are Attune's own: day before month, 24-hour clock). Asked once at
// start; until it answers, and if asking fails, the webview's own. Every date the UI shows passes `dateLocale()` to
// Intl, so day/month order and the 12- or 24-hour clock follow the person's settings.
import { api } from "./api";
import type { DateOrder } from "./bindings/DateOrder";

let tag: string | undefined;

/** The locale to hand to `toLocaleDateString` and friends (undefined: the webview's own). */
export function dateLocale(): string | undefined {
  return tag;
}

/** Sets the locale (tests, and `loadDateLocale`); a tag Intl doesn't know falls back to the webview's own. */
export function setDateLocale(next: string | undefined): void {
  formats.clear();
  numbers = null;
  try {
    tag = next && Intl.DateTimeFormat.supportedLocalesOf(next).length > 0 ? next : undefined;
  } catch {
    tag = undefined; // not a well-formed tag
  }
}

/** Asks Rust for the system's locale. */
export async function loadDateLocale(): Promise<void> {
  try {
    setDateLocale(await api.dateLocale());
  } catch {
    setDateLocale(undefined);
  }
}

/** The order the locale writes a date's day, month and year in, as `Intl` lays out a short date: what the date fields
 * show and what the journal reads them in (`read_date`). */
export function dateOrder(): DateOrder {
  const kinds = shortDateParts().map((p) => p.type).filter((t) => t === "day" || t === "month" || t === "year");
  const order = kinds.map((k) => k[0]).join("");
  return order === "dmy" || order === "mdy" ? order : "ymd";
}

/** How a date is written in the locale, for a field's hint: "dd/mm/yyyy", "mm/dd/yyyy", "dd.mm.yyyy", "yyyy-mm-dd". */
export function dateShape(): string {
  const shape: Record<string, string> = { day: "dd", month: "mm", year: "yyyy" };
  return shortDateParts().map((p) => shape[p.type] ?? (p.type === "literal" ? p.value : "")).join("");
}

/** "YYYY-MM-DD" written the locale's short way ("03/11/2026", "11/03/2026", "03.11.2026"); "" for "". */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  return shortDateFormat().format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

function shortDateFormat(): Intl.DateTimeFormat {
  return dateFormat({ year: "numeric", month: "2-digit", day: "2-digit" });
}

// Every date and count the UI writes goes through one formatter per locale and options, made once. A
// `toLocaleDateString(locale, options)` builds a new ICU formatter on each call (tens of KiB of the webview's C heap,
// freed only when the garbage collector gets round to the small JavaScript object holding it): the timeline's month
// list, one per month with entries, grew the web process by 27 MiB that way. Measured in the app bench
// (docs/performance.md, "Desktop app").
const formats = new Map<string, Intl.DateTimeFormat>();
let numbers: Intl.NumberFormat | null = null;

/** The locale's formatter for `options`, as `toLocaleDateString(dateLocale(), options)` would format (made once).
 * Keyed by the clock's UTC offset too, so a time zone change while the app runs is not missed. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${new Date().getTimezoneOffset()} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    formats.set(key, format);
  }
  return format;
}

/** A count in the locale's way ("1,234", "1.234"), as `n.toLocaleString(dateLocale())` writes it. */
export function formatCount(n: number): string {
  numbers ??= new Intl.NumberFormat(tag);
  return numbers.format(n);
}

function shortDateParts(): Intl.DateTimeFormatPart[] {
  return shortDateFormat().formatToParts(new Date(2026, 10, 3, 12));
}
