import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Insights } from "../../bindings/Insights";
import type { InsightsQuery } from "../../bindings/InsightsQuery";
import type { Route } from "../../router";
import { timeline } from "../../state/entries";
import { mockApi, q, resetMockApi, settle } from "../../testing/mockApi";
import { spanDays } from "./common";
import { insightsView } from "./index";

const XSS = '<img src=x onerror="window.__pwned=1">';
const span = { from: "2025-03-01", to: "2025-03-31" };

/** Every card empty, for the range above. */
function empty(): Insights {
  const mix = { pleasantHigh: 0, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 0 };
  return {
    span, previous: { from: "2025-01-29", to: "2025-02-28" }, step: "week", person: null, entries: 0,
    kinds: [{ kind: "check_in", count: 0 }],
    mood: { checkIns: 0, mix, pleasantness: null, energy: null, buckets: [] },
    feelings: { named: 0, previousNamed: 0, words: [], faded: [], families: [], ownWords: 0, previousOwnWords: 0 },
    appreciations: { count: 0, told: 0, untold: 0, people: [], untoldList: [] },
    conflicts: { count: 0, statuses: [], horsemen: [], months: [], toRevisit: [] },
    balance: { warm: 0, conflicts: 0, buckets: [], note: "A gentle note." },
    shared: { count: 0, closeness: null, buckets: [], people: [] },
    rhythm: { heat: span, days: [], daysWritten: 0, checkInDays: 0, currentRun: 0, longestRun: 0, longestRunEnded: null },
    reaching: { reach: 0, pullAway: 0, both: 0, unsaid: 0 },
  };
}

/** Two weeks of check-ins and one appreciation for someone with a name that looks like markup. */
function some(): Insights {
  const i = empty();
  i.entries = 4;
  i.kinds = [{ kind: "check_in", count: 3 }, { kind: "appreciation", count: 1 }];
  const week1 = { from: "2025-03-03", to: "2025-03-09" };
  const week2 = { from: "2025-03-10", to: "2025-03-16" };
  i.mood = {
    checkIns: 3, mix: { pleasantHigh: 2, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 1 }, pleasantness: 1.3, energy: -0.5,
    buckets: [
      { span: week1, checkIns: 2, mix: { pleasantHigh: 1, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 1 }, pleasantness: 0.5, energy: -1 },
      { span: week2, checkIns: 1, mix: { pleasantHigh: 1, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 0 }, pleasantness: 3, energy: 2 },
    ],
  };
  i.appreciations = {
    count: 1, told: 0, untold: 1,
    people: [{ person: "p1", name: XSS, loveLanguage: "words", count: 1, told: 0, languages: [{ language: "words", count: 1 }], inTheirLanguage: 1 }],
    untoldList: [{ id: "e9", date: "2025-03-10", person: "p1", name: XSS, what: `${XSS} soup` }],
  };
  return i;
}

let answer: Insights;
/** While set, the journal's answer waits for it. */
let gate: Promise<void> | null = null;
let queries: InsightsQuery[];
let routes: Route[];
const rows = (id: string) => [...document.querySelectorAll(`[data-testid="${id}"] tr`)].map((tr) =>
  [...tr.children].map((c) => c.textContent?.trim()));

beforeEach(() => {
  queries = [];
  ({ routes } = mockApi({
    insights: async (a: { query: InsightsQuery }) => {
      queries.push(a.query);
      if (gate) await gate;
      return answer;
    },
    people: [{ id: "p1", name: "Sam", relationship: "partner", loveLanguage: "words" }],
  }));
});
afterEach(resetMockApi);

describe("insights view", () => {
  it("shows an empty state per card that says what to write", async () => {
    answer = empty();
    const v = insightsView();
    document.body.appendChild(v.el);
    await settle();
    expect(queries[0]).toEqual({ period: { kind: "last", days: 30 }, person: null });
    for (const name of ["mood", "feelings", "appreciations", "conflicts", "shared", "rhythm"]) {
      expect(q(`insight-${name}-empty`)?.textContent).toMatch(/\w/);
    }
    expect(q("insight-balance-note")?.textContent).toBe("A gentle note.");
    expect(q("insights-status")?.textContent).toMatch(/^Nothing written between/);
    v.destroy?.();
  });

  it("puts the numbers in table alternatives, and writes names as text", async () => {
    answer = some();
    const v = insightsView();
    document.body.appendChild(v.el);
    await settle();
    const mood = rows("insight-mood-table");
    expect(mood).toHaveLength(3);
    expect(mood[1]?.slice(1, 6)).toEqual(["2", "1", "0", "0", "1"]);
    expect(mood[2]?.slice(6)).toEqual(["+3.0", "+2.0"]);
    expect(q("insight-mood-chart")?.getAttribute("aria-hidden")).toBe("true");
    expect(q("insight-mood-table")?.closest(".visually-hidden")).not.toBeNull();
    expect(rows("insight-appreciations-table")[1]?.slice(0, 4)).toEqual([XSS, "1", "0", "1"]);
    expect(q("insight-untold")?.textContent).toContain(`${XSS} soup`);
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("[style]")).toBeNull();
    v.destroy?.();
  });

  it("a row of the table opens that week's check-ins in the timeline", async () => {
    answer = some();
    const v = insightsView();
    document.body.appendChild(v.el);
    await settle();
    const opener = document.querySelector<HTMLButtonElement>('[data-testid="insight-mood-table"] tbody tr:first-child button');
    opener?.click();
    expect(routes).toEqual([{ name: "timeline" }]);
    expect(timeline.get().filter).toMatchObject({ kinds: ["check_in"], from: "2025-03-03", to: "2025-03-09", person: null });
    v.destroy?.();
  });

  it("keeps the cards, and focus in them, while asking again; builds them anew for the new answer", async () => {
    answer = some();
    const v = insightsView();
    document.body.appendChild(v.el);
    await settle();
    const opener = document.querySelector<HTMLButtonElement>('[data-testid="insight-mood-table"] tbody tr:first-child button')!;
    opener.focus();
    let answered: (() => void) | null = null;
    gate = new Promise<void>((resolve) => (answered = resolve));
    answer = some();
    const range = q("insights-range") as HTMLSelectElement;
    range.value = "90";
    range.dispatchEvent(new Event("change"));
    await settle();
    expect(q("insight-cards")?.getAttribute("aria-busy")).toBe("true");
    expect(document.activeElement).toBe(opener); // the same card, not a rebuilt one
    gate = null;
    answered!();
    await settle();
    expect(q("insight-cards")?.getAttribute("aria-busy")).toBe("false");
    expect(opener.isConnected).toBe(false); // the new answer's cards
    v.destroy?.();
  });

  it("asks again for the chosen range and person", async () => {
    answer = empty();
    const v = insightsView();
    document.body.appendChild(v.el);
    await settle();
    const range = q("insights-range") as HTMLSelectElement;
    range.value = "all";
    range.dispatchEvent(new Event("change"));
    await settle();
    const person = q("insights-person") as HTMLSelectElement;
    person.value = "p1";
    person.dispatchEvent(new Event("change"));
    await settle();
    expect(queries.slice(1)).toEqual([
      { period: { kind: "all_time" }, person: null },
      { period: { kind: "all_time" }, person: "p1" },
    ]);
    v.destroy?.();
  });
});

describe("the range line's dates", () => {
  const now = new Date(2026, 10, 30);
  // Regression: a year back from today read "Dec 1, 2025 to Nov 30", as if the end were in 2025 too.
  it("gives both ends their year when the range crosses New Year", () => {
    const [from, to] = spanDays({ from: "2025-12-01", to: "2026-11-30" }, now);
    expect(from).toMatch(/2025/);
    expect(to).toMatch(/2026/);
  });
  it("gives both ends their year when the range is in another year", () => {
    const [from, to] = spanDays({ from: "2025-03-01", to: "2025-03-31" }, now);
    expect(from).toMatch(/2025/);
    expect(to).toMatch(/2025/);
  });
  it("leaves the year out when the whole range is this year", () => {
    const [from, to] = spanDays({ from: "2026-11-01", to: "2026-11-30" }, now);
    expect(`${from} ${to}`).not.toMatch(/2026/);
  });
});
