// Search: results as you type, with the matching words highlighted (as <mark>, built from text), how many match in
// all, best match or newest first, and more on request.
import { renderSnippet } from "../components/snippet";
import { h, nextId } from "../dom";
import { friendlyError } from "../errors";
import { navigate, type View } from "../router";
import type { SearchHit } from "../bindings/SearchHit";
import type { SearchOrder } from "../bindings/SearchOrder";
import { emptyFilter } from "../state/entries";
import { loadPeople } from "../state/people";
import { createSearcher, hasMore } from "../state/search";
import { entryListItem } from "./entryRender";
import { filterBar } from "./filters";
import { formatCount } from "../locale";

const ORDERS: [SearchOrder, string][] = [["relevance", "Best match"], ["newest", "Newest first"]];

/** "1 entry", "711 entries". */
export function entriesFound(n: number): string {
  return `${formatCount(n)} ${n === 1 ? "entry" : "entries"}`;
}

export function searchView(): View {
  const id = nextId("search");
  const input = h("input", { type: "search", id, testid: "search-input", autocomplete: "off", spellcheck: false,
    placeholder: "A word, a name, a feeling…" });
  const results = h("ul", { class: "entry-list", testid: "search-results", "aria-labelledby": `${id}-status` });
  const status = h("p", { class: "muted", id: `${id}-status`, role: "status", "aria-live": "polite",
    testid: "search-status" });
  const more = h("button", { type: "button", class: "button", testid: "search-more", hidden: true,
    onclick: () => void showMore() }, "Show more");
  void loadPeople().catch(() => []);

  // "Make a brief from these": the entries shown, hand-picked into a brief for a session.
  let shownIds: string[] = [];
  const toBrief = h("button", { type: "button", class: "button", testid: "search-make-brief", hidden: true,
    onclick: () => navigate({ name: "brief", preset: { entries: [...shownIds] } }) }, "Make a brief from these");

  const item = (hit: SearchHit) =>
    entryListItem(hit.entry, () => navigate({ name: "entry", id: hit.entry.id }), "search-result",
      renderSnippet(hit.snippet), 2);

  const searcher = createSearcher((found, appended) => {
    if (found === null) {
      results.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      shownIds = [];
      toBrief.hidden = true;
      return;
    }
    if (appended) {
      for (const hit of found.hits.slice(results.children.length)) results.appendChild(item(hit));
    } else {
      results.replaceChildren(...found.hits.map(item));
    }
    const shown = found.hits.length;
    status.textContent = found.total === 0
      ? `Nothing found for “${found.text}”.`
      : found.capped
        ? `More than ${entriesFound(found.total)} found; showing the newest ${formatCount(shown)}.`
        : shown < found.total
          ? `${entriesFound(found.total)} found; showing ${formatCount(shown)}.`
          : `${entriesFound(found.total)} found.`;
    more.hidden = !hasMore(found);
    shownIds = found.hits.map((hit) => hit.entry.id);
    toBrief.hidden = shownIds.length === 0;
  }, (e) => {
    status.textContent = friendlyError(e);
  });
  input.addEventListener("input", () => searcher.setText(input.value));

  const showMore = async () => {
    more.disabled = true;
    const first = results.children.length;
    await searcher.more();
    more.disabled = false;
    // Keyboard users land on the first new result rather than back at the button.
    results.children[first]?.querySelector<HTMLElement>("a")?.focus();
  };

  const orderName = nextId("order");
  const order = h("fieldset", { class: "segmented", testid: "search-order" },
    h("legend", { class: "visually-hidden" }, "Order"),
    ORDERS.map(([value, label]) => {
      const radioId = nextId("order");
      return h("span", { class: "segment" },
        h("input", { type: "radio", name: orderName, id: radioId, value, checked: value === "relevance",
          testid: `search-order-${value}`, onchange: () => searcher.setOrder(value) }),
        h("label", { for: radioId }, label));
    }));

  const el = h("section", { class: "page search", testid: "search" },
    h("h1", {}, "Search"),
    h("div", { class: "field search-field" }, h("label", { for: id }, "Search your journal"), input),
    filterBar("search", emptyFilter(), (f) => searcher.setFilter(f)),
    h("div", { class: "search-bar" }, status, order),
    h("div", { class: "actions left" }, toBrief),
    results,
    h("div", { class: "actions center" }, more));
  queueMicrotask(() => input.focus());
  return { el, title: "Search", destroy: () => searcher.cancel() };
}
