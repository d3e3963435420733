import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DRAFT_DELAY_MS } from "../../state/drafts";
import { mockApi, q as find, resetMockApi, settleFake, vocabulary, type Call } from "../../testing/mockApi";
import { flowView } from "./flow";

let calls: Call[];

const settle = () => settleFake();
const q = <T extends HTMLElement>(id: string) => find<T>(id)!;

beforeEach(() => {
  vi.useFakeTimers();
  ({ calls } = mockApi({
    people: [],
    pending_step: { entryId: "e0", localDate: "2026-11-30", step: { strategyId: "body-breathe", text: "Breathe out slowly." } },
    vocabulary: vocabulary([
      { id: "calm", label: "Calm", quadrant: "pleasant_low", words: ["calm", "peaceful"] },
      { id: "worry", label: "Worried", quadrant: "unpleasant_high", words: ["anxious"] },
    ]),
    add_entry: (a: { entry: object }) => ({ id: "new1", ...a.entry }),
    after_save: { steps: [], careLine: null },
  }));
});
afterEach(() => {
  vi.useRealTimers();
  resetMockApi();
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

describe("Save in reach on the check-in (issue 13)", () => {
  const sticky = () => q("flow-actions").classList.contains("sticky");

  it("sticks to the window's bottom edge once a point is chosen, and stays", async () => {
    document.body.replaceChildren(flowView("check_in").el);
    await settle();
    expect(sticky()).toBe(false);
    q<HTMLButtonElement>("mood-quadrant-pleasant_low").click();
    await settle();
    expect(sticky()).toBe(true);
    q<HTMLButtonElement>("feeling-calm").click();
    q<HTMLButtonElement>("feeling-calm").click(); // the word taken back: Save stays where it was put
    await settle();
    expect(sticky()).toBe(true);
  });

  it("sticks once a word is chosen, even at the middle of the Mood Meter", async () => {
    document.body.replaceChildren(flowView("check_in").el);
    await settle();
    q<HTMLButtonElement>("feeling-calm").click();
    await settle();
    expect(sticky()).toBe(true);
  });

  it("never on other flows", async () => {
    document.body.replaceChildren(flowView("note").el);
    await settle();
    expect(q("flow-actions").classList.contains("sticky")).toBe(false);
  });
});
