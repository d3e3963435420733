// One person's page: who they are to you, what is still open between you, on this day, the newest appreciations and
// shared moments, then every entry about them a page at a time. The journal gathers it (`person_page`); this renders.
import type { Cursor } from "../bindings/Cursor";
import type { Entry } from "../bindings/Entry";
import type { EntryKind } from "../bindings/EntryKind";
import type { NewestEntries } from "../bindings/NewestEntries";
import type { PersonPage } from "../bindings/PersonPage";
import { h, type Child } from "../dom";
import { friendlyError, isApiError } from "../errors";
import { navigate, type View } from "../router";
import { entriesAbout, loadPersonPage, people } from "../state/people";
import { KIND_HEADING, KIND_LABEL, KIND_NOUNS, LOVE_LANGUAGE_LABEL, RELATIONSHIP_LABEL } from "../text";
import { entryListItem } from "./entryRender";
import { openEntries } from "./insights/common";
import { openConflictList } from "./openConflicts";
import { personDialog } from "./people";
import "../styles/people.css";

/** Entries about them per page of "Everything about …". */
export const PAGE = 20;

const open = (e: Entry) => navigate({ name: "entry", id: e.id });

function entryList(entries: Entry[], testid: string): HTMLElement {
  return h("ul", { class: "entry-list", testid }, entries.map((e) => entryListItem(e, () => open(e), `${testid}-item`)));
}

/** A section with a heading, shown only when it has something. */
function section(id: string, title: string, ...content: Child[]): HTMLElement {
  return h("section", { class: "person-section", "aria-labelledby": `${id}-h`, testid: id },
    h("h2", { id: `${id}-h` }, title), ...content);
}

export function personView(id: string): View {
  const heading = h("h1", { testid: "person-page-name" }, "…");
  // Filled in below the heading, so the heading (which has focus) stays where it is.
  const content = h("div", {});
  const el = h("section", { class: "page person", testid: "person-page", "aria-busy": "true" },
    h("p", {}, h("a", { href: "#people", class: "back-link", testid: "person-back", onclick: (e: Event) => {
      e.preventDefault();
      navigate({ name: "people" });
    } }, "← People")),
    heading, content);
  let live = true;

  /** Every entry about them, a page at a time. */
  function everything(page: PersonPage): HTMLElement {
    const p = page.person;
    const list = h("ul", { class: "entry-list", testid: "person-entries" });
    const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "person-entries-status" });
    const more = h("button", { type: "button", class: "button", testid: "person-entries-more", hidden: true }, "Show more");
    let next: Cursor | null = null;
    const load = async () => {
      more.disabled = true;
      try {
        const got = await entriesAbout(p.id, next, PAGE);
        if (!live) return;
        list.append(...got.entries.map((e) => entryListItem(e, () => open(e), "person-entry")));
        next = got.next;
        more.hidden = next === null;
        status.textContent = list.children.length === 0
          ? `Nothing written about ${p.name} yet. An appreciation is a lovely place to start.`
          : `Showing ${list.children.length} of ${page.total}.`;
      } catch (e) {
        status.textContent = friendlyError(e);
      } finally {
        more.disabled = false;
      }
    };
    more.addEventListener("click", () => void load());
    void load();
    return section("person-all", `Everything about ${p.name}`, list, status, h("div", { class: "actions center" }, more));
  }

  /** The newest few of a kind, and "See all" (the timeline filtered to them and the kind) when there are more. */
  function newest(testid: string, title: string, got: NewestEntries, kind: EntryKind, count: number, person: string): HTMLElement | null {
    if (got.entries.length === 0) return null;
    return section(testid, title, entryList(got.entries, `${testid}-list`),
      got.more
        ? h("button", { type: "button", class: "button small", testid: `${testid}-all`, "aria-describedby": `${testid}-h`,
          onclick: () => openEntries({ person, kinds: [kind] }) }, `See all ${count} ${KIND_NOUNS[kind][count === 1 ? 0 : 1]}`)
        : null);
  }

  let page0: PersonPage | null = null;

  function render(page: PersonPage) {
    page0 = page;
    const p = page.person;
    heading.textContent = p.name;
    const count = (k: EntryKind) => page.kinds.find((x) => x.kind === k)?.count ?? 0;
    const about = [RELATIONSHIP_LABEL[p.relationship], p.loveLanguage ? `Love language: ${LOVE_LANGUAGE_LABEL[p.loveLanguage]}` : null]
      .filter(Boolean).join(" · ");
    const kinds = page.kinds.length
      ? h("ul", { class: "person-kinds", testid: "person-kinds", "aria-label": `Entries about ${p.name} by kind (each opens them in the timeline)` },
        page.kinds.map((k) => h("li", {}, h("button", { type: "button", class: "chip", testid: `person-kind-${k.kind}`,
          onclick: () => openEntries({ person: p.id, kinds: [k.kind] }) }, `${KIND_LABEL[k.kind]} · ${k.count}`))))
      : null;
    const parts: Array<HTMLElement | null> = [
      h("p", { class: "lead", testid: "person-about" }, about),
      h("div", { class: "actions left" },
        // The appreciation flow, with them already chosen.
        h("button", { type: "button", class: "button primary small", testid: "person-appreciate",
          onclick: () => navigate({ name: "new", kind: "appreciation", person: p.id }) }, `Appreciate ${p.name}`),
        h("button", { type: "button", class: "button small", testid: "person-page-edit",
          "aria-label": `Edit ${p.name}`, onclick: () => personDialog(p) }, "Edit")),
      kinds,
      page.openConflicts.length
        ? section("person-open-conflicts", "Still open between you",
          h("p", { class: "muted" }, "When you're ready, you can come back to these."),
          openConflictList(page.openConflicts, "person-open-conflicts-list"))
        : null,
      page.onThisDay.length
        ? section("person-on-this-day", "On this day", h("p", { class: "muted" }, `What you wrote about ${p.name} on this date in earlier years.`),
          entryList(page.onThisDay, "person-on-this-day-list"))
        : null,
      newest("person-appreciations", KIND_HEADING.appreciation, page.appreciations, "appreciation", count("appreciation"), p.id),
      newest("person-shared", KIND_HEADING.shared_experience, page.shared, "shared_experience", count("shared_experience"), p.id),
      everything(page)];
    content.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    el.removeAttribute("aria-busy");
  }

  const load = () => loadPersonPage(id).then((page) => {
    if (live) render(page);
  }, (e) => {
    if (!live) return;
    heading.textContent = isApiError(e, "NotFound") ? "They aren't here any more" : "This page couldn't be opened";
    content.replaceChildren(h("p", { testid: "person-page-error" }, isApiError(e, "NotFound") ? "They may have been removed." : friendlyError(e)));
    el.removeAttribute("aria-busy");
  });
  void load();
  // An edit in the dialog shows at once.
  const unsub = people.subscribe((list) => {
    const now = list?.find((x) => x.id === id);
    const was = page0?.person;
    if (now && was && (now.name !== was.name || now.relationship !== was.relationship || now.loveLanguage !== was.loveLanguage)) {
      void load();
    }
  });
  return { el, title: "Person", destroy: () => {
    live = false;
    unsub();
  } };
}
