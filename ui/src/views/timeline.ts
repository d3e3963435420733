// The timeline: newest first, with filters and endless scroll (and a Load more button for keyboards).
import { h } from "../dom";
import { friendlyError } from "../errors";
import { navigate, type View } from "../router";
import { loadFirstPage, loadNextPage, timeline } from "../state/entries";
import { loadPeople } from "../state/people";
import { entryListItem } from "./entryRender";
import { filterBar, isActive } from "./filters";

export function timelineView(): View {
  const list = h("ul", { class: "entry-list", testid: "timeline-list" });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "timeline-status" });
  const more = h("button", { type: "button", class: "button", testid: "timeline-load-more", onclick: () => void next() },
    "Load more");
  const sentinel = h("div", { class: "sentinel", "aria-hidden": "true" });
  const error = h("p", { class: "form-error", role: "alert" });
  let shown = 0;

  const render = () => {
    const s = timeline.get();
    // Append only what's new when paging; rebuild when the list shrank or changed order.
    const ids = [...list.children].map((li) => (li as HTMLElement).dataset.entryId);
    const prefixSame = ids.every((id, i) => s.entries[i]?.id === id);
    if (!prefixSame || ids.length > s.entries.length) {
      list.replaceChildren();
      shown = 0;
    }
    for (const e of s.entries.slice(list.children.length)) {
      list.appendChild(entryListItem(e, () => navigate({ name: "entry", id: e.id }), "timeline-item"));
    }
    shown = s.entries.length;
    more.hidden = s.done;
    more.disabled = s.loading;
    if (s.loading && shown === 0) status.textContent = "Loading…";
    else if (shown === 0) status.textContent = isActive(s.filter)
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
  const first = async (f = timeline.get().filter) => {
    error.textContent = "";
    try {
      await loadFirstPage(f);
    } catch (e) {
      error.textContent = friendlyError(e);
    }
  };

  let observer: IntersectionObserver | null = null;
  if (typeof IntersectionObserver !== "undefined") {
    observer = new IntersectionObserver((items) => {
      if (items.some((i) => i.isIntersecting)) void next();
    }, { rootMargin: "400px" });
    observer.observe(sentinel);
  }

  void loadPeople().catch(() => []).then(() => first());
  const el = h("section", { class: "page timeline", testid: "timeline" },
    h("h1", {}, "Timeline"),
    filterBar("timeline", timeline.get().filter, (f) => void first(f)),
    h("div", { class: "actions left" },
      h("button", { type: "button", class: "button", testid: "timeline-make-brief",
        onclick: () => navigate({ name: "brief", preset: { filter: { ...timeline.get().filter } } }) },
      "Make a brief from these")),
    error, list, status, sentinel, h("div", { class: "actions center" }, more));
  render();
  return {
    el,
    title: "Timeline",
    destroy() {
      unsub();
      observer?.disconnect();
    },
  };
}
