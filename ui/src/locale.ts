// Which locale dates, times and counts are shown in: the system's, as the journal reads it (LC_ALL, then LC_TIME,
// then LANG; without one, a locale whose formats are Attune's own: day before month, 24-hour clock). Asked once at
// start; until it answers, and if asking fails, the webview's own. Every date the UI shows passes `dateLocale()` to
// Intl, so day/month order and the 12- or 24-hour clock follow the person's settings.
import { api } from "./api";

let tag: string | undefined;

/** The locale to hand to `toLocaleDateString` and friends (undefined: the webview's own). */
export function dateLocale(): string | undefined {
  return tag;
}

/** Sets the locale (tests, and `loadDateLocale`); a tag Intl doesn't know falls back to the webview's own. */
export function setDateLocale(next: string | undefined): void {
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
