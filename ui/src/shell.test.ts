// The navigation marks the screen showing as current, for every screen it lists.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { start, wire } from "./app";
import { mockApp, resetMockApi, settle as settleTurns } from "./testing/mockApi";

const settle = () => settleTurns(20);

beforeEach(() => {
  mockApp();
});
afterEach(resetMockApi);

describe("the navigation", () => {
  it("marks each listed screen current when it shows, Insights included", async () => {
    wire();
    await start();
    await settle();
    for (const name of ["insights", "people", "today"]) {
      document.querySelector<HTMLElement>(`[data-testid="nav-${name}"]`)!.click();
      await settle();
      const current = [...document.querySelectorAll('.nav-link[aria-current="page"]')].map((a) => a.getAttribute("data-testid"));
      expect(current).toEqual([`nav-${name}`]);
    }
  });
});
