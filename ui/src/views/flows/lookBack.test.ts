// The weekly look back: each step shows what the week's entries say beside a box of one's own; every step can be
// skipped, but not all of them; the saved look back carries the week it looked at.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Insights } from "../../bindings/Insights";
import { setNavigator } from "../../router";
import { mockApi, q, resetMockApi, settle as settleTurns, storedEntry, type Call } from "../../testing/mockApi";
import { flowView } from "./flow";

const XSS = '<img src=x onerror="window.__pwned=1">';
const span = { from: "2026-03-16", to: "2026-03-22" };
let calls: Call[];

function week(): Insights {
  const zero = { pleasantHigh: 0, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 0 };
  return {
    span, previous: null, step: "day", person: null, entries: 5, kinds: [],
    mood: { checkIns: 3, mix: { ...zero, pleasantHigh: 2, unpleasantLow: 1 }, pleasantness: 1, energy: 0, buckets: [] },
    feelings: { named: 0, previousNamed: 0, words: [], faded: [], families: [], ownWords: 0, previousOwnWords: 0 },
    appreciations: { count: 1, told: 0, untold: 1, people: [],
      untoldList: [{ id: "a1", date: "2026-03-18", person: "s", name: "Sam", what: XSS }] },
    conflicts: { count: 1, statuses: [], horsemen: [], months: [],
      toRevisit: [{ id: "c1", date: "2026-03-19", status: "open", whatHappened: "The dishes" }] },
    balance: { warm: 0, conflicts: 0, buckets: [], note: "" },
    shared: { count: 0, closeness: null, buckets: [], people: [] },
    rhythm: { heat: span, days: [], daysWritten: 0, checkInDays: 0, currentRun: 0, longestRun: 0, longestRunEnded: null },
    reaching: { reach: 0, pullAway: 0, both: 0, unsaid: 0 },
  };
}

const settle = () => settleTurns(20);
const facts = () => q("lookback-facts")?.textContent ?? "";

beforeEach(() => {
  ({ calls } = mockApi({
    insights: () => week(),
    timeline: {
      entries: [storedEntry("x1", { kind: "shared_experience", what: "Pancakes in bed", meaningful: "", closeness: 5 },
        "2026-03-20", { createdAt: "", updatedAt: "" })],
      next: null,
    },
    still_open: { week: span, more: 3, conflicts: [
      { id: "c1", date: "2026-03-19", status: "open", whatHappened: "The dishes", older: false },
      { id: "c0", date: "2026-01-10", status: "repairing", whatHappened: "The holiday plans", older: true }] },
    promises_due: [{ entry: "p1", what: "Fix the shelf", forWhom: null, name: null, byWhen: "2026-03-23" }],
    people: [],
    add_entry: (a: { entry: object }) => ({ id: "new1", ...a.entry }),
  }));
});
afterEach(resetMockApi);

describe("the weekly look back", () => {
  it("walks through the week's own entries, and saves what was written with the week", async () => {
    const v = flowView("look_back");
    document.body.appendChild(v.el);
    await settle();
    // The week is the journal's (still_open's), for every part of the flow.
    expect(calls.find(([c]) => c === "insights")?.[1]).toEqual({ query: { period: { kind: "between", ...span }, person: null } });
    const tl = calls.find(([c]) => c === "timeline")?.[1].query as { filter: { kinds: string[]; from: string; to: string } };
    expect(tl.filter).toMatchObject({ kinds: ["shared_experience"], from: span.from, to: span.to });
    expect(q("lookback-step")?.textContent).toBe("Step 1 of 7: How the week felt");
    expect(facts()).toContain("3 check-ins this week");
    const seen: string[] = [facts()];
    const routes: unknown[] = [];
    let links: Array<[string | null, string | null]> = [];
    for (let i = 1; i < 7; i++) {
      q<HTMLButtonElement>("lookback-next")!.click();
      await settle();
      seen.push(facts());
      if (i === 3) {
        // Each conflict, the week's and the older ones, is a link to its entry at "Coming back to it".
        links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid^="lookback-"] a.entry-link')]
          .map((a) => [a.getAttribute("href"), a.textContent]);
        setNavigator((r) => void routes.push(r));
        q<HTMLAnchorElement>("lookback-older-list-open-c0")!.click();
        setNavigator(() => {});
      }
    }
    expect(links).toEqual([["#entry-c1", "The dishes"], ["#entry-c0", "The holiday plans"]]);
    expect(routes).toEqual([{ name: "entry", id: "c0", followUp: true }]);
    expect(seen[1]).toContain("Pancakes in bed (closeness 5 of 5)");
    expect(seen[2]).toContain(`Sam: ${XSS}`);
    expect(document.querySelector("img")).toBeNull();
    // Every conflict still open, not only the week's: older ones under their own line, with their day.
    expect(seen[3]).toContain("From this week, still open or being repaired:The dishes · still open");
    expect(seen[3]).toMatch(/And from before this week:The holiday plans · working on it · Saturday, (10 January|January 10)(,? 2026)?/);
    expect(seen[3]).toContain("And 3 more from earlier.");
    expect(seen[4]).toContain("Fix the shelf");
    expect(q("lookback-next")!.hidden).toBe(true);
    const plan = q<HTMLTextAreaElement>("lookback-plan-together")!;
    plan.value = "A walk on Sunday";
    plan.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("flow-save")!.click();
    await settle();
    const add = calls.find(([c]) => c === "add_entry")?.[1].entry as { body: Record<string, unknown> };
    expect(add.body).toMatchObject({ kind: "look_back", from: span.from, to: span.to, planTogether: "A walk on Sunday", mood: "" });
    v.destroy?.();
  });

  it("may skip every step but one: with nothing written it asks for a line", async () => {
    const v = flowView("look_back");
    document.body.appendChild(v.el);
    await settle();
    q<HTMLButtonElement>("lookback-next")!.click();
    q<HTMLButtonElement>("flow-save")!.click();
    await settle();
    expect(calls.find(([c]) => c === "add_entry")).toBeUndefined();
    expect(q("lookback-step")?.textContent).toMatch(/^Step 1 of 7/);
    expect(q("lookback-mood")?.getAttribute("aria-invalid")).toBe("true");
    v.destroy?.();
  });
});
