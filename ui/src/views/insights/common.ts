// What every insight card shares: its frame, its empty state, opening the matching entries, and short dates.
import type { EntryKind } from "../../bindings/EntryKind";
import type { Filter } from "../../bindings/Filter";
import type { Span } from "../../bindings/Span";
import type { Step } from "../../bindings/Step";
import { h, type Child } from "../../dom";
import { navigate } from "../../router";
import { emptyFilter, timeline } from "../../state/entries";
import { filterFor } from "../../state/insights";
import { dateFormat, formatCount } from "../../locale";

/** A card: heading, then its content, or an empty state that says what to write to see it. */
export function card(name: string, title: string, content: Child[] | null, empty: { text: string; kind?: EntryKind; action?: string }): HTMLElement {
  const id = `insight-${name}-h`;
  const body: Child[] = content ?? [
    h("p", { class: "muted", testid: `insight-${name}-empty` }, empty.text),
    empty.kind
      ? h("button", { type: "button", class: "button small", onclick: () => navigate({ name: "new", kind: empty.kind as EntryKind }) },
        empty.action ?? "Write one")
      : null,
  ];
  return h("section", { class: "card insight-card", "aria-labelledby": id, testid: `insight-${name}` },
    h("h2", { id }, title), ...body);
}

/** Opens the timeline with `filter` set (its filter bar shows it, and can clear it). */
export function openEntries(filter: Partial<Filter>): void {
  timeline.set({ ...timeline.get(), filter: { ...emptyFilter(), ...filter }, entries: [], next: null, done: false });
  navigate({ name: "timeline" });
}

/** Opens the entries of `kinds` within `span` (about the chosen person). */
export function openSpan(span: Span, kinds: EntryKind[]): void {
  openEntries(filterFor(span, kinds));
}

function date(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** "3 Mar" (with the year when it is not this year's, or when `withYear` says so). */
export function shortDay(iso: string, withYear = false, now: Date = new Date()): string {
  const d = date(iso);
  const year = !withYear && d.getFullYear() === now.getFullYear() ? {} : { year: "numeric" as const };
  return dateFormat({ day: "numeric", month: "short", ...year }).format(d);
}

/** A range's two ends, for "from … to …": both carry their year when either is not this year's, so a range across
 * New Year never reads "1 Dec 2025 to 30 Nov". */
export function spanDays(span: Span, now: Date = new Date()): [string, string] {
  const years = new Set([date(span.from).getFullYear(), date(span.to).getFullYear(), now.getFullYear()]);
  const withYear = years.size > 1;
  return [shortDay(span.from, withYear, now), shortDay(span.to, withYear, now)];
}

/** How a bucket is named in tables and under charts. */
export function bucketLabel(span: Span, step: Step): string {
  const d = date(span.from);
  if (step === "month") return dateFormat({ month: "short", year: "numeric" }).format(d);
  if (step === "day") return dateFormat({ weekday: "short", day: "numeric", month: "short" }).format(d);
  return shortDay(span.from);
}

/** The column heading for buckets. */
export function bucketHeading(step: Step): string {
  return step === "month" ? "Month" : step === "day" ? "Day" : "Week of";
}

/** "1 check-in", "3 check-ins". */
export function count(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** An average on the Mood Meter's scale, signed, or a dash. */
export function signed(v: number | null): string {
  return v === null ? "–" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(1)}`;
}

/** A row header that opens the matching entries, when there are any. */
export function rowOpener(label: string, n: number, open: () => void): Child {
  return n > 0 ? h("button", { type: "button", class: "link-button", onclick: open, "aria-label": `${label}: open these entries` }, label) : label;
}
