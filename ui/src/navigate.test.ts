// A reminder's notification asks the UI to open a flow with the "navigate" event. While the journal is locked the UI
// remembers the flow and opens it right after unlocking.
import { emit } from "@tauri-apps/api/event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { start, wire } from "./app";
import { mockApp, q, resetMockApi, settle as settleTurns, storedEntry } from "./testing/mockApi";

let state: "locked" | "unlocked";
const CONFLICT = storedEntry("c-1", {
  kind: "conflict", whatHappened: "The dishes, again", myFeelings: [], iStatement: { feel: "", when: "", because: "", need: "" },
  horsemen: [], theirPerspective: "", myPart: "", repair: "", learned: "", status: "open", since: "",
}, "2026-03-10", { createdAt: "2026-03-10T20:00:00+01:00", updatedAt: "2026-03-10T20:00:00+01:00", utcOffsetMinutes: 60 });
const settle = () => settleTurns(20);

// The unlocked app is a chunk the page loads once the unlock screen is up (app.ts), well before a person has typed a
// passphrase; here it is loaded first, as Vitest's first import of it takes far longer than a few turns.
beforeAll(() => import("./views/shell"));

beforeEach(() => {
  state = "locked";
  mockApp({
    vault_status: () => ({ state, vaultDir: "/v", warnings: [] }),
    unlock: () => {
      state = "unlocked";
      return null;
    },
    get_entry: CONFLICT,
  });
});
afterEach(resetMockApi);

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
