// The timeline: newest first, grouped by day under month headings, with filters, a jump to any month that has
// entries, and endless scroll (and a Load more button for keyboards).
import type { MonthCount } from "../bindings/MonthCount";
import { h, nextId } from "../dom";
import { friendlyError } from "../errors";
import { navigate, type View } from "../router";
import { loadFirstPage, loadMonths, loadNextPage, timeline } from "../state/entries";
import { loadPeople } from "../state/people";
import { filterBar, isActive } from "./filters";
import { GroupedList, monthLabel } from "./timelineList";
import { formatCount } from "../locale";

/** The last day of a `YYYY-MM` month, as a local date: where a jump to that month starts. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  const day = new Date(y, m, 0).getDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function timelineView(): View {
  const list = new GroupedList((e) => navigate({ name: "entry", id: e.id }));
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "timeline-status" });
  const more = h("button", { type: "button", class: "button", testid: "timeline-load-more", onclick: () => void next() },
    "Load more");
  const sentinel = h("div", { class: "sentinel", "aria-hidden": "true" });
  const error = h("p", { class: "form-error", role: "alert" });

  const jumpId = nextId("jump");
  const jump = h("select", { id: jumpId, testid: "timeline-jump", onchange: () => void jumpTo(jump.value) },
    h("option", { value: "" }, "Newest"));
  const jumpBar = h("div", { class: "field inline timeline-jump" }, h("label", { for: jumpId }, "Go to"), jump);

  const render = () => {
    const s = timeline.get();
    list.show(s.entries);
    more.hidden = s.done;
    more.disabled = s.loading;
    if (jump.value !== (s.start ? s.start.slice(0, 7) : "")) jump.value = s.start ? s.start.slice(0, 7) : "";
    const shown = list.size;
    if (s.loading && shown === 0) status.textContent = "Loading…";
    else if (shown === 0) status.textContent = s.start
      ? "Nothing from then or earlier."
      : isActive(s.filter)
        ? "Nothing matches these filters."
        : "Nothing here yet. Your entries will gather here, newest first.";
    else status.textContent = s.done ? "That's everything." : "";
  };
  const unsub = timeline.subscribe(render);

  const next = async () => {
    try {
      await loadNextPage();
    } catch (e) {
      error.textContent = friendlyError(e);
    }
  };
  const first = async (f = timeline.get().filter, start: string | null = timeline.get().start) => {
    error.textContent = "";
    try {
      await loadFirstPage(f, start);
    } catch (e) {
      error.textContent = friendlyError(e);
    }
  };
  const jumpTo = async (month: string) => {
    await first(timeline.get().filter, month ? lastDayOf(month) : null);
    // Show the month's heading at the top, below the app's header, and move focus there for keyboard users.
    const heading = list.el.querySelector<HTMLElement>(".month-heading");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  };

  const fillMonths = (months: MonthCount[]) => {
    jump.replaceChildren(h("option", { value: "" }, "Newest"),
      ...months.map((m) => h("option", { value: m.month }, `${monthLabel(m.month)} (${formatCount(m.count)})`)));
    const s = timeline.get();
    jump.value = s.start ? s.start.slice(0, 7) : "";
  };

  let observer: IntersectionObserver | null = null;
  if (typeof IntersectionObserver !== "undefined") {
    observer = new IntersectionObserver((items) => {
      if (items.some((i) => i.isIntersecting)) void next();
    }, { rootMargin: "400px" });
    observer.observe(sentinel);
  }

  // Month headings stick just below the app's header, whatever its height (it wraps on narrow windows).
  const header = document.querySelector<HTMLElement>(".app-header");
  const stickBelowHeader = () => list.el.style.setProperty("--sticky-top", `${header?.offsetHeight ?? 0}px`);
  const resize = typeof ResizeObserver !== "undefined" && header ? new ResizeObserver(stickBelowHeader) : null;
  resize?.observe(header!);
  stickBelowHeader();

  void loadPeople().catch(() => []).then(() => first());
  void loadMonths().then(fillMonths, () => jumpBar.remove());
  const el = h("section", { class: "page timeline", testid: "timeline" },
    h("h1", {}, "Timeline"),
    h("div", { class: "timeline-tools" },
      filterBar("timeline", timeline.get().filter, (f) => void first(f)),
      jumpBar),
    h("div", { class: "actions left" },
      h("button", { type: "button", class: "button", testid: "timeline-make-brief",
        onclick: () => navigate({ name: "brief", preset: { filter: { ...timeline.get().filter } } }) },
      "Make a brief from these")),
    error, list.el, status, sentinel, h("div", { class: "actions center" }, more));
  render();
  return {
    el,
    title: "Timeline",
    destroy() {
      unsub();
      observer?.disconnect();
      resize?.disconnect();
    },
  };
}
