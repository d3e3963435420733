// Today's nudge about a conflict to come back to opens that reflection at its follow-up ("Coming back to it").
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Route } from "../router";
import { mockApi, q, resetMockApi, settle } from "../testing/mockApi";
import { nudgeSection } from "./nudge";

let routes: Route[];

beforeEach(() => {
  ({ routes } = mockApi({
    nudge: { kind: "revisit_conflict", entry: "c-1", whatHappened: "The dishes, again", status: "repairing", date: "2026-03-11" },
  }));
});
afterEach(resetMockApi);

describe("Today's nudge", () => {
  it("a conflict to come back to opens at its follow-up", async () => {
    const el = nudgeSection();
    document.body.appendChild(el);
    await settle();
    expect(el.hidden).toBe(false);
    expect(q("nudge-text")?.textContent).toContain("“The dishes, again”");
    q<HTMLButtonElement>("nudge-open")!.click();
    expect(routes).toEqual([{ name: "entry", id: "c-1", followUp: true }]);
  });
});
