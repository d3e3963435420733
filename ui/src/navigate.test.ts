// A reminder's notification asks the UI to open a flow with the "navigate" event. While the journal is locked the UI
// remembers the flow and opens it right after unlocking.
import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { start, wire } from "./app";

let state: "locked" | "unlocked";
const CONFLICT = { id: "c-1", createdAt: "2026-03-10T20:00:00+01:00", updatedAt: "2026-03-10T20:00:00+01:00",
  localDate: "2026-03-10", utcOffsetMinutes: 60, people: [], tags: [], body: { kind: "conflict", whatHappened: "The dishes, again",
    myFeelings: [], iStatement: { feel: "", when: "", because: "", need: "" }, horsemen: [], theirPerspective: "",
    myPart: "", repair: "", learned: "", status: "open", since: "" } };
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement("div"), { id: "app" }));
  state = "locked";
  mockIPC((cmd) => {
    switch (cmd) {
      case "vault_status": return { state, vaultDir: "/v", warnings: [] };
      case "unlock": state = "unlocked"; return null;
      case "get_settings": return { autoLockMinutes: 10, theme: "system", startAtLogin: false };
      case "vocabulary": return { feelings: [], underneath: [], themes: [], practices: [], prompts: [], repairGroups: [], reachingExplainer: "" };
      case "prompt_of_the_day": return { id: "x", theme: "t", text: "A question", practises: "" };
      case "timeline": return { entries: [], next: null };
      case "months": return [];
      case "people": return [];
      case "on_this_day": return [];
      case "promises_due": return [];
      case "get_entry": return CONFLICT;
      case "nudge": return null;
      default: return null;
    }
  }, { shouldMockEvents: true });
});
afterEach(() => clearMocks());

describe("navigate from a notification", () => {
  // Regression: the flow used to open and then be replaced at once by Today, the shell's first screen.
  it("while locked, opens the flow right after unlocking", async () => {
    wire();
    await start();
    await settle();
    expect(q("unlock-screen")).not.toBeNull();
    await emit("navigate", { flow: "check_in" });
    await settle();
    expect(q("flow-form-check_in")).toBeNull();

    q<HTMLInputElement>("unlock-passphrase")!.value = "anything";
    q<HTMLElement>("unlock-submit")!.click();
    await settle();
    expect(q("flow-form-check_in")).not.toBeNull();
  });

  // Regression: the "revisit" reminder opened a blank conflict form instead of the reflection it was set on.
  it("a conflict follow-up that names its entry opens that entry at its follow-up", async () => {
    state = "unlocked";
    wire();
    await start();
    await settle();
    await emit("navigate", { flow: "conflict", entry: "c-1" });
    await settle();
    expect(q("flow-form-conflict")).toBeNull();
    expect(q("entry-detail")?.textContent).toContain("The dishes, again");
    expect(q("follow-up")).not.toBeNull();
    expect(document.activeElement?.id).toBe("follow-up-h");
  });
});
