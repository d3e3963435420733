// Search: results as you type, with the matching words highlighted (as <mark>, built from text).
import { renderSnippet } from "../components/snippet";
import { h, nextId } from "../dom";
import { friendlyError } from "../errors";
import { navigate, type View } from "../router";
import { emptyFilter } from "../state/entries";
import { loadPeople } from "../state/people";
import { createSearcher } from "../state/search";
import { entryListItem } from "./entryRender";
import { filterBar } from "./filters";

export function searchView(): View {
  const id = nextId("search");
  const input = h("input", { type: "search", id, testid: "search-input", autocomplete: "off", spellcheck: false,
    placeholder: "A word, a name, a feeling…" });
  const results = h("ul", { class: "entry-list", testid: "search-results" });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "search-status" });
  void loadPeople().catch(() => []);

  // "Make a brief from these": the entries found, hand-picked into a brief for a session.
  let found: string[] = [];
  const toBrief = h("button", { type: "button", class: "button", testid: "search-make-brief", hidden: true,
    onclick: () => navigate({ name: "brief", preset: { entries: [...found] } }) }, "Make a brief from these");
  const searcher = createSearcher((hits, text) => {
    found = hits?.map((hit) => hit.entry.id) ?? [];
    toBrief.hidden = found.length === 0;
    if (hits === null) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    results.replaceChildren(...hits.map((hit) =>
      entryListItem(hit.entry, () => navigate({ name: "entry", id: hit.entry.id }), "search-result", renderSnippet(hit.snippet))));
    status.textContent = hits.length === 0
      ? `Nothing found for “${text}”.`
      : `${hits.length} ${hits.length === 1 ? "entry" : "entries"} found.`;
  }, (e) => {
    status.textContent = friendlyError(e);
  });
  input.addEventListener("input", () => searcher.setText(input.value));

  const el = h("section", { class: "page search", testid: "search" },
    h("h1", {}, "Search"),
    h("div", { class: "field search-field" }, h("label", { for: id }, "Search your journal"), input),
    filterBar("search", emptyFilter(), (f) => searcher.setFilter(f)),
    status, h("div", { class: "actions left" }, toBrief), results);
  queueMicrotask(() => input.focus());
  return { el, title: "Search", destroy: () => searcher.cancel() };
}
