import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setNavigator } from "../../router";
import { DRAFT_DELAY_MS } from "../../state/drafts";
import { clearAllState } from "../../state/store";
import { flowView } from "./flow";

let calls: Array<[string, Record<string, unknown>]>;

const settle = async () => {
  for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(0);
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push([cmd, a]);
    if (cmd === "people") return [];
    if (cmd === "pending_step") {
      return { entryId: "e0", localDate: "2026-11-30", step: { strategyId: "body-breathe", text: "Breathe out slowly." } };
    }
    if (cmd === "vocabulary") {
      return { feelings: [
        { id: "calm", label: "Calm", quadrant: "pleasant_low", words: ["calm", "peaceful"] },
        { id: "worry", label: "Worried", quadrant: "unpleasant_high", words: ["anxious"] },
      ], underneath: [], themes: [], practices: [], prompts: [], repairGroups: [], reachingExplainer: "" };
    }
    if (cmd === "add_entry") return { id: "new1", ...(a.entry as object) };
    if (cmd === "after_save") return { steps: [], careLine: null };
    return null;
  });
  setNavigator(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  clearMocks();
  clearAllState();
});

describe("check-in after a chosen step", () => {
  it("keeps the feeling picked after answering how it went", async () => {
    const v = flowView("check_in");
    document.body.replaceChildren(v.el);
    await settle();
    expect(q("last-step").hidden).toBe(false);
    q<HTMLInputElement>("last-step-helped").click();
    const note = q<HTMLTextAreaElement>("last-step-note");
    note.value = "I slept a little better.";
    note.dispatchEvent(new Event("input"));
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    q<HTMLButtonElement>("mood-quadrant-pleasant_low").click();
    await settle();
    q<HTMLButtonElement>("feeling-calm").click();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect(q("checkin-feelings-error").textContent).toBe("");
    const add = calls.find(([c]) => c === "add_entry");
    expect(add).toBeDefined();
    const body = (add![1].entry as { body: Record<string, unknown> }).body;
    expect(body.feelings).toEqual(["calm"]);
    expect(body.lastStep).toEqual({ step: { strategyId: "body-breathe", text: "Breathe out slowly." }, how: "helped",
      note: "I slept a little better." });
  });
});
