import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DRAFT_DELAY_MS, draftKey, draftSlot } from "./drafts";
import { clearAllState } from "./store";

let calls: Array<[string, Record<string, unknown>]>;
const store = new Map<string, string>();
beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  store.clear();
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    calls.push([cmd, a]);
    if (cmd === "save_draft") store.set(String(a.key), String(a.body));
    if (cmd === "get_draft") return store.get(String(a.key)) ?? null;
    if (cmd === "discard_draft") store.delete(String(a.key));
    return null;
  });
});
afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  clearAllState();
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
