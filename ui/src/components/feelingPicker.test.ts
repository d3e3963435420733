import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FeelingFamily } from "../bindings/FeelingFamily";
import { mockApi, resetMockApi, settleFake, vocabulary } from "../testing/mockApi";
import { checkInForm } from "../views/flows/checkIn";
import type { FormState } from "../views/flows/types";
import { feelingPicker } from "./feelingPicker";

const families: FeelingFamily[] = [
  { id: "joyful", label: "Joyful", quadrant: "pleasant_high", words: ["glad", "elated", "happy"] },
  { id: "calm", label: "Calm", quadrant: "pleasant_low", words: ["calm", "serene"] },
  { id: "sad", label: "Sad", quadrant: "unpleasant_low", words: ["sad", "heavy"] },
];
const q = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const chips = (root: ParentNode | null) =>
  [...(root?.querySelectorAll<HTMLButtonElement>("button.chip") ?? [])].map((b) => b.textContent);

describe("feeling picker, nearest words first", () => {
  it("offers the nearest words first and folds every other word, once, under More words", () => {
    const p = feelingPicker(() => {});
    p.showNear(["glad", "happy"], families, "The words nearest your point.");
    expect(chips(q(p.el, "feelings-near"))).toEqual(["glad", "happy"]);
    const more = p.el.querySelector<HTMLDetailsElement>("details.more-words")!;
    expect(more.open).toBe(false);
    expect(q(more, "feelings-more")!.textContent).toBe("More words");
    expect(chips(more)).toEqual(["elated", "calm", "serene", "sad", "heavy"]);
    // Every word once, so each chip's testid is unique.
    expect(p.el.querySelectorAll('[data-testid="feeling-glad"]').length).toBe(1);
    // The nearest words are a labelled group for screen readers.
    const group = q(p.el, "feelings-near")!;
    expect(group.getAttribute("role")).toBe("group");
    const heading = p.el.querySelector(".picker-heading")!;
    expect(group.getAttribute("aria-labelledby")).toBe(heading.id);
    expect(heading.textContent).toBe("The words nearest your point.");
  });

  it("keeps the words chosen when the point moves, and a chosen word folded away can still be taken back", () => {
    const seen: string[][] = [];
    const p = feelingPicker((w) => seen.push(w));
    document.body.replaceChildren(p.el);
    p.showNear(["glad", "happy"], families);
    (q(p.el, "feeling-glad") as HTMLButtonElement).click();
    expect(seen.at(-1)).toEqual(["glad"]);
    // The point moves to a low corner: "glad" is folded away, still chosen, and removable from the chosen line.
    p.showNear(["sad", "heavy"], families);
    expect(chips(q(p.el, "feelings-near"))).toEqual(["sad", "heavy"]);
    expect(p.get()).toEqual(["glad"]);
    expect(q(p.el, "feeling-glad")!.getAttribute("aria-pressed")).toBe("true");
    const remove = p.el.querySelector<HTMLButtonElement>('[aria-label="Remove glad"]')!;
    remove.click();
    expect(p.get()).toEqual([]);
    expect(seen.at(-1)).toEqual([]);
  });

  it("shows plain families with nothing folded away when asked for families", () => {
    const p = feelingPicker(() => {});
    p.showNear(["glad"], families);
    p.showFamilies(families);
    expect(p.el.querySelector("details.more-words")?.isConnected ?? false).toBe(false);
    expect(chips(p.el.querySelector(".feeling-families"))).toEqual(["glad", "elated", "happy", "calm", "serene", "sad", "heavy"]);
  });
});

describe("the check-in asks the journal for the words nearest the point", () => {
  let asked: Array<[number, number]>;
  const settle = () => settleFake();
  beforeEach(() => {
    vi.useFakeTimers();
    asked = [];
    mockApi({
      vocabulary: vocabulary(families),
      feelings_near: (a: { pleasantness: number; energy: number }) => {
        asked.push([a.pleasantness, a.energy]);
        // A stand-in for the journal's rule: strong words only far from the centre.
        const strong = Math.hypot(a.pleasantness, a.energy) > 4;
        if (a.pleasantness < 0) return { nearest: ["sad", "heavy"], more: [] };
        return { nearest: strong ? ["elated", "happy"] : ["glad", "calm"], more: [] };
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    resetMockApi();
  });

  it("offers new words as the point moves, by keyboard and by the quadrant buttons", async () => {
    const state = { body: { kind: "check_in", pleasantness: 0, energy: 0, feelings: [] } } as unknown as FormState;
    const form = checkInForm(state, () => {}, false);
    document.body.replaceChildren(form.el);
    await settle();
    expect(asked).toEqual([[0, 0]]);
    const pad = q(form.el, "mood-pad")!;
    pad.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    pad.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }));
    await settle();
    expect(asked.at(-1)).toEqual([1, 1]);
    expect(chips(q(form.el, "feelings-near"))).toEqual(["glad", "calm"]);
    (q(form.el, "mood-quadrant-unpleasant_low") as HTMLButtonElement).click();
    await settle();
    expect(asked.at(-1)).toEqual([-3, -3]);
    expect(chips(q(form.el, "feelings-near"))).toEqual(["sad", "heavy"]);
    for (let i = 0; i < 8; i++) pad.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    for (let i = 0; i < 8; i++) pad.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }));
    await settle();
    expect(asked.at(-1)).toEqual([5, 5]);
    expect(chips(q(form.el, "feelings-near"))).toEqual(["elated", "happy"]);
  });

  it("still offers every word when the nearest words can't be had", async () => {
    mockApi({
      vocabulary: vocabulary(families),
      feelings_near: () => {
        throw new Error("no");
      },
    });
    const state = { body: { kind: "check_in", pleasantness: 2, energy: 2, feelings: [] } } as unknown as FormState;
    const form = checkInForm(state, () => {}, false);
    document.body.replaceChildren(form.el);
    await settle();
    expect(chips(form.el.querySelector(".feeling-families"))).toContain("elated");
  });
});
