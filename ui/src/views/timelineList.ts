// The timeline's list at volume: entries grouped by day under month headings (sticky), one compact row each (time,
// kind, a mood dot for check-ins, the title), appended page by page without rebuilding what is shown.
import type { Entry } from "../bindings/Entry";
import { h } from "../dom";
import { quadrantOf } from "../state/vocab";
import { formatTime, KIND_LABEL, QUADRANT_LABEL } from "../text";
import { headline } from "./entryRender";

/** "December 2023" for "2023-12" (in the system's language). */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  return new Date(y, m - 1, 1).toLocaleDateString(undefined, { month: "long", year: "numeric" });
}

/** "Friday 15" for a local date, with the month named by its heading above. */
export function dayLabel(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  if (!y || !m || !d) return localDate;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: "long", day: "numeric" });
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
      h("span", { class: "row-time" }, formatTime(e.createdAt)),
      h("span", { class: `badge kind-${b.kind}` }, KIND_LABEL[b.kind]),
      mood
        ? h("span", { class: `mood-dot quad-${mood}`, title: QUADRANT_LABEL[mood] },
          h("span", { class: "visually-hidden" }, `${QUADRANT_LABEL[mood]}: `))
        : null,
      h("span", { class: "row-title" }, headline(e))));
}

/** A list that groups entries by month and day as they are appended, newest first. */
export class GroupedList {
  readonly el = h("div", { class: "timeline-groups", testid: "timeline-list" });
  private ids: string[] = [];
  private month = "";
  private day = "";
  private monthEl: HTMLElement | null = null;
  private dayList: HTMLElement | null = null;

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
    this.month = this.day = "";
    this.monthEl = this.dayList = null;
  }

  private append(e: Entry): void {
    const month = e.localDate.slice(0, 7);
    if (month !== this.month || !this.monthEl) {
      this.month = month;
      this.day = "";
      this.monthEl = h("section", { class: "month-group", testid: "timeline-month", "data-month": month },
        h("h2", { class: "month-heading" }, monthLabel(month)));
      this.el.appendChild(this.monthEl);
    }
    if (e.localDate !== this.day || !this.dayList) {
      this.day = e.localDate;
      this.dayList = h("ul", { class: "entry-rows" });
      this.monthEl.append(h("h3", { class: "day-heading", testid: "timeline-day", "data-date": e.localDate },
        dayLabel(e.localDate)), this.dayList);
    }
    this.dayList.appendChild(entryRow(e, () => this.open(e)));
    this.ids.push(e.id);
  }
}
