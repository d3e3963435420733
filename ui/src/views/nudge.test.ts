// Today's nudge about a conflict to come back to opens that reflection at its follow-up ("Coming back to it").
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setNavigator, type Route } from "../router";
import { nudgeSection } from "./nudge";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
let routes: Route[];

beforeEach(() => {
  routes = [];
  document.body.replaceChildren();
  mockIPC((cmd) => (cmd === "nudge"
    ? { kind: "revisit_conflict", entry: "c-1", whatHappened: "The dishes, again", status: "repairing", date: "2026-03-11" }
    : null));
  setNavigator((r) => routes.push(r));
});
afterEach(() => clearMocks());

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
