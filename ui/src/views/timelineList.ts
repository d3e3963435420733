// The timeline's list at volume: entries grouped by day under month headings (sticky), one compact row each (time,
// kind, a mood dot for check-ins, the title), appended page by page without rebuilding what is shown. The timeline
// comes newest first by when entries were written; an entry written in another time zone can have a local date out of
// that order, so it joins its day's group wherever that is, and groups stay in date order; within a day, rows go by
// the time they show (the clock where each was written).
import type { Entry } from "../bindings/Entry";
import { h } from "../dom";
import { quadrantOf } from "../state/vocab";
import { KIND_LABEL, QUADRANT_LABEL } from "../text";
import { headline } from "./entryRender";
import { dateFormat } from "../locale";

/** "December 2023" for "2023-12" (in the system's language). */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  return dateFormat({ month: "long", year: "numeric" }).format(new Date(y, m - 1, 1));
}

/** "Friday 15" for a local date, with the month named by its heading above. */
export function dayLabel(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  if (!y || !m || !d) return localDate;
  return dateFormat({ weekday: "long", day: "numeric" }).format(new Date(y, m - 1, d));
}

/** The time on the clock where the entry was written (its own UTC offset), as its local date is. */
export function entryTime(e: Entry): string {
  const at = Date.parse(e.createdAt);
  if (Number.isNaN(at)) return "";
  return dateFormat({ hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(new Date(at + e.utcOffsetMinutes * 60_000));
}

/** The entry's wall-clock time where it was written, as a sortable key ("2026-11-29T21:15:00.000Z" for 21:15). */
export function wallKey(e: Entry): string {
  const at = Date.parse(e.createdAt);
  return Number.isNaN(at) ? "" : new Date(at + e.utcOffsetMinutes * 60_000).toISOString();
}

/** One compact row: the whole row is the link to the entry. */
export function entryRow(e: Entry, open: () => void): HTMLElement {
  const b = e.body;
  const mood = b.kind === "check_in" ? quadrantOf(b.pleasantness, b.energy) : null;
  return h("li", { class: "entry-row", testid: "timeline-item", "data-entry-id": e.id, "data-kind": b.kind },
    h("a", { href: `#entry-${e.id}`, class: "row-link", testid: `entry-${e.id}`, onclick: (ev: Event) => {
      ev.preventDefault();
      open();
    } },
      h("span", { class: "row-time" }, entryTime(e)),
      h("span", { class: `badge kind-${b.kind}` }, KIND_LABEL[b.kind]),
      mood
        ? h("span", { class: `row-mood quad-${mood}`, title: QUADRANT_LABEL[mood] },
          h("span", { class: "visually-hidden" }, `${QUADRANT_LABEL[mood]}: `))
        : null,
      h("span", { class: "row-title" }, headline(e))));
}

/** Inserts `child` among `parent`'s children that carry `data-key`, keeping them in descending key order. */
function insertDescending(parent: HTMLElement, child: HTMLElement, key: string): void {
  const after = [...parent.children].find((c) => (c as HTMLElement).dataset.key! < key);
  parent.insertBefore(child, after ?? null);
}

/** A list that groups entries by month and day as they are appended, newest first. */
export class GroupedList {
  readonly el = h("div", { class: "timeline-groups", testid: "timeline-list" });
  private ids: string[] = [];
  /** Each month's section (the month's days go inside it). */
  private months = new Map<string, HTMLElement>();
  /** Each day's list of rows. */
  private days = new Map<string, HTMLElement>();

  constructor(private readonly open: (e: Entry) => void) {}

  /** Shows `entries`: appends when they continue what is shown, otherwise starts over. */
  show(entries: Entry[]): void {
    const continues = this.ids.length <= entries.length && this.ids.every((id, i) => entries[i]?.id === id);
    if (!continues) this.clear();
    for (const e of entries.slice(this.ids.length)) this.append(e);
  }

  get size(): number {
    return this.ids.length;
  }

  private clear(): void {
    this.el.replaceChildren();
    this.ids = [];
    this.months.clear();
    this.days.clear();
  }

  private monthSection(month: string): HTMLElement {
    let section = this.months.get(month);
    if (!section) {
      section = h("section", { class: "month-group", testid: "timeline-month", "data-month": month, "data-key": month },
        h("h2", { class: "month-heading" }, monthLabel(month)));
      insertDescending(this.el, section, month);
      this.months.set(month, section);
    }
    return section;
  }

  private dayList(date: string): HTMLElement {
    let list = this.days.get(date);
    if (!list) {
      list = h("ul", { class: "entry-rows" });
      const day = h("div", { class: "day-group", "data-key": date },
        h("h3", { class: "day-heading", testid: "timeline-day", "data-date": date }, dayLabel(date)), list);
      insertDescending(this.monthSection(date.slice(0, 7)), day, date);
      this.days.set(date, list);
    }
    return list;
  }

  private append(e: Entry): void {
    // Within a day, rows go by the time on the clock where each was written (the time they show), latest first: the
    // journal's order is by the instant, which puts an entry written in another time zone out of step with its day.
    const row = entryRow(e, () => this.open(e));
    const key = wallKey(e);
    row.dataset.key = key;
    insertDescending(this.dayList(e.localDate), row, key);
    this.ids.push(e.id);
  }
}
