import { describe, expect, it } from "vitest";
import type { Insights } from "../../bindings/Insights";
import { reachingCard } from "./reachingCard";

const base = { span: { from: "2025-03-01", to: "2025-03-31" } } as unknown as Insights;
const rows = (el: HTMLElement) => [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));

describe("the reaching and pulling away card", () => {
  it("counts each urge, in the journal's words, with no verdict", () => {
    const el = reachingCard({ ...base, reaching: { reach: 3, pullAway: 1, both: 2, unsaid: 1 } });
    expect(el.querySelector('[data-testid="insight-reaching-summary"]')?.textContent).toMatch(/^7 reflections/);
    expect(rows(el)).toEqual([["Reach for them", "3"], ["Pull away", "1"], ["Both at once", "2"], ["Not said", "1"]]);
    expect(el.textContent).not.toMatch(/anxious|avoidant|secure|style|type/i);
  });

  it("says what would fill it when there is nothing yet", () => {
    const el = reachingCard({ ...base, reaching: { reach: 0, pullAway: 0, both: 0, unsaid: 0 } });
    expect(el.querySelector('[data-testid="insight-reaching-empty"]')).not.toBeNull();
    expect(el.querySelector("table")).toBeNull();
  });
});
