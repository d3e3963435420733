// The navigation marks the screen showing as current, for every screen it lists.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { start, wire } from "./app";

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement("div"), { id: "app" }));
  mockIPC((cmd) => {
    switch (cmd) {
      case "vault_status": return { state: "unlocked", vaultDir: "/v", warnings: [] };
      case "get_settings": return { autoLockMinutes: 10, theme: "system", startAtLogin: false };
      case "vocabulary": return { feelings: [], underneath: [], themes: [], practices: [], prompts: [], repairGroups: [], reachingExplainer: "" };
      case "prompt_of_the_day": return { id: "x", theme: "t", text: "A question", practises: "" };
      case "timeline": return { entries: [], next: null };
      case "months": return [];
      case "people": return [];
      case "on_this_day": return [];
      case "promises_due": return [];
      case "list_drafts": return [];
      default: return null;
    }
  }, { shouldMockEvents: true });
});
afterEach(() => clearMocks());

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
