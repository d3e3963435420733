import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mockApi, resetMockApi, type Call } from "../testing/mockApi";
import { DRAFT_DELAY_MS, draftKey, draftSlot } from "./drafts";
import { clearAllState } from "./store";

let calls: Call[];
const store = new Map<string, string>();
beforeEach(() => {
  vi.useFakeTimers();
  store.clear();
  ({ calls } = mockApi({
    save_draft: (a: { key: string; body: string }) => {
      store.set(String(a.key), String(a.body));
      return null;
    },
    get_draft: (a: { key: string }) => store.get(String(a.key)) ?? null,
    discard_draft: (a: { key: string }) => {
      store.delete(String(a.key));
      return null;
    },
  }));
});
afterEach(() => {
  vi.useRealTimers();
  resetMockApi();
});

describe("drafts", () => {
  it("uses new:<kind> and edit:<id> keys", () => {
    expect(draftKey("check_in")).toBe("new:check_in");
    expect(draftKey("note", "abc")).toBe("edit:abc");
  });

  it("saves to the vault once typing pauses, and restores it", async () => {
    const slot = draftSlot<{ text: string }>("new:note");
    slot.save({ text: "h" });
    slot.save({ text: "he" });
    slot.save({ text: "hello" });
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50);
    expect(calls.filter(([c]) => c === "save_draft")).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.filter(([c]) => c === "save_draft")).toEqual([["save_draft", { key: "new:note", body: '{"text":"hello"}' }]]);
    expect(await draftSlot<{ text: string }>("new:note").load()).toEqual({ text: "hello" });
  });

  it("discard cancels a pending save and removes the draft", async () => {
    const slot = draftSlot<{ text: string }>("new:note");
    slot.save({ text: "x" });
    await slot.discard();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(calls.map(([c]) => c)).toEqual(["discard_draft"]);
  });

  it("locking cancels pending saves", async () => {
    draftSlot<{ text: string }>("new:note").save({ text: "secret" });
    clearAllState();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2);
    expect(calls).toEqual([]);
  });
});
