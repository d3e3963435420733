import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Entry } from "../bindings/Entry";
import type { PersonPage } from "../bindings/PersonPage";
import type { Route } from "../router";
import { timeline } from "../state/entries";
import { mockApi, q, qa, resetMockApi, settle, storedEntry, type Call } from "../testing/mockApi";
import { peopleView } from "./people";
import { PAGE, personView } from "./person";
import { KIND_HEADING } from "../text";

const SAM = { id: "p1", name: "Sam", relationship: "partner" as const, loveLanguage: "quality_time" as const };
const XSS = '<img src=x onerror="window.__pwned=1">';

const note = (id: string, text: string, localDate = "2026-03-01"): Entry =>
  storedEntry(id, { kind: "note", title: "", text }, localDate, { people: ["p1"] });
const appreciation = (id: string, what: string): Entry => ({
  ...note(id, ""), body: { kind: "appreciation", forWhom: "p1", what, why: "", loveLanguage: null, told: true },
});

let page: PersonPage;
let all: Entry[];
let calls: Call[];
let routes: Route[];

beforeEach(() => {
  all = Array.from({ length: PAGE + 5 }, (_, i) => note(`n${i}`, `Entry ${i}`));
  page = {
    person: SAM,
    total: all.length,
    kinds: [{ kind: "note", count: all.length - 7 }, { kind: "appreciation", count: 7 }],
    openConflicts: [{ id: "c1", date: "2026-03-10", status: "open", whatHappened: "The dishes" }],
    appreciations: { entries: [appreciation("a1", "Made soup"), appreciation("a2", XSS)], more: true },
    shared: { entries: [], more: false },
    onThisDay: [note("o1", "A year ago today", "2025-03-18")],
  };
  ({ calls, routes } = mockApi({
    person_page: (a: { id?: string }) => {
      if (a.id !== "p1") throw { kind: "NotFound", message: "no such person" };
      return page;
    },
    timeline: (a: { query: { after: { id: string } | null; limit: number } }) => {
      const query = a.query;
      const from = query.after ? all.findIndex((e) => e.id === query.after!.id) + 1 : 0;
      const entries = all.slice(from, from + query.limit);
      const last = entries[entries.length - 1];
      return { entries, next: from + query.limit < all.length && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    people: [SAM],
  }));
});
afterEach(resetMockApi);

describe("a person's page", () => {
  it("a person's row opens their page", async () => {
    document.body.append(peopleView().el);
    await settle();
    const link = q<HTMLAnchorElement>("person-open-p1")!;
    expect(link.textContent).toBe("Sam");
    link.click();
    expect(routes).toEqual([{ name: "person", id: "p1" }]);
  });

  it("shows who they are, what is still open, on this day, appreciations, and every entry a page at a time", async () => {
    const v = personView("p1");
    document.body.append(v.el);
    await settle();
    expect(q("person-page-name")!.textContent).toBe("Sam");
    expect(q("person-page")!.hasAttribute("aria-busy")).toBe(false);
    expect(q("person-about")!.textContent).toBe("Partner · Love language: Quality time");
    expect(qa("person-kinds").length).toBe(1);
    expect(q("person-kind-appreciation")!.textContent).toBe("Appreciation · 7");
    // Still open between you: each opens its "Coming back to it" section.
    const open = qa("person-open-conflicts-list-item");
    expect(open.map((o) => o.dataset.entryId)).toEqual(["c1"]);
    open[0]!.querySelector("a")!.click();
    expect(routes.pop()).toEqual({ name: "entry", id: "c1", followUp: true });
    expect(qa("person-on-this-day-list-item").map((o) => o.dataset.entryId)).toEqual(["o1"]);
    // Appreciations: text stays text.
    expect(qa("person-appreciations-list-item")).toHaveLength(2);
    expect(document.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // No shared moments: no section.
    expect(q("person-shared")).toBeNull();
    // Everything about them: a first page, then the rest.
    expect(qa("person-entry")).toHaveLength(PAGE);
    expect(q("person-entries-status")!.textContent).toBe(`Showing ${PAGE} of ${all.length}.`);
    q<HTMLButtonElement>("person-entries-more")!.click();
    await settle();
    expect(qa("person-entry")).toHaveLength(all.length);
    expect(q("person-entries-more")!.hidden).toBe(true);
    const asked = calls.filter(([c]) => c === "timeline").map(([, a]) => (a.query as { filter: { person: string } }).filter.person);
    expect(asked).toEqual(["p1", "p1"]);
    v.destroy?.();
  });

  it("See all opens the timeline filtered to them and that kind", async () => {
    document.body.append(personView("p1").el);
    await settle();
    const all = q<HTMLButtonElement>("person-appreciations-all")!;
    expect(all.textContent).toBe("See all 7 appreciations");
    expect(document.getElementById(all.getAttribute("aria-describedby")!)!.textContent).toBe(KIND_HEADING.appreciation);
    all.click();
    expect(routes.pop()).toEqual({ name: "timeline" });
    expect(timeline.get().filter).toMatchObject({ person: "p1", kinds: ["appreciation"] });
  });

  it("\"Appreciate Sam\" opens the appreciation flow with Sam already chosen", async () => {
    document.body.append(personView("p1").el);
    await settle();
    const button = q<HTMLButtonElement>("person-appreciate")!;
    expect(button.textContent).toBe("Appreciate Sam");
    button.click();
    expect(routes.pop()).toEqual({ name: "new", kind: "appreciation", person: "p1" });
  });

  it("someone with nothing written about them gets a gentle start, not empty sections", async () => {
    page = { ...page, total: 0, kinds: [], openConflicts: [], appreciations: { entries: [], more: false }, onThisDay: [] };
    all = [];
    document.body.append(personView("p1").el);
    await settle();
    expect(q("person-kinds")).toBeNull();
    expect(q("person-open-conflicts")).toBeNull();
    expect(q("person-appreciations")).toBeNull();
    expect(q("person-on-this-day")).toBeNull();
    expect(q("person-entries-status")!.textContent).toMatch(/Nothing written about Sam yet/);
  });

  it("a removed person's page says so kindly", async () => {
    document.body.append(personView("gone").el);
    await settle();
    expect(q("person-page-name")!.textContent).toBe("They aren't here any more");
    expect(q("person-page-error")!.textContent).toMatch(/removed/);
  });
});
