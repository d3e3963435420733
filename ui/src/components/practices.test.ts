// The practices' small components: inserting a repair phrase at the caret, the hint for feelings that are about what
// someone did, and walking a theme of the deck.
import { describe, expect, it, vi } from "vitest";
import type { Vocabulary } from "../bindings/Vocabulary";
import { nextInTheme } from "./deckPicker";
import { insertAtCaret, repairPhrases } from "./repairPhrases";
import { underneathFor, underneathHint } from "./underneathHint";

describe("insertAtCaret", () => {
  it("adds the phrase at the caret as its own sentence and tells listeners", () => {
    const box = document.createElement("textarea");
    box.value = "I said sorry.Then we ate.";
    box.setSelectionRange(13, 13);
    const input = vi.fn();
    box.addEventListener("input", input);
    insertAtCaret(box, "Thank you for hearing me out.");
    expect(box.value).toBe("I said sorry. Thank you for hearing me out. Then we ate.");
    expect(input).toHaveBeenCalledOnce();
  });

  it("never goes past the box's limit", () => {
    const box = document.createElement("textarea");
    box.maxLength = 10;
    box.value = "123456789";
    insertAtCaret(box, "too long to fit");
    expect(box.value).toBe("123456789");
  });
});

describe("the repair phrase bank", () => {
  it("shows one group at a time and inserts a phrase with one click", () => {
    const box = document.createElement("textarea");
    const bank = repairPhrases([
      { id: "feel", label: "I feel", phrases: ["I'm feeling flooded."] },
      { id: "pause", label: "I need a pause", phrases: ["Can we take twenty minutes?"] },
    ], () => box);
    document.body.append(bank);
    expect(bank.querySelectorAll(".phrase")).toHaveLength(1);
    bank.querySelector<HTMLButtonElement>('[data-testid="repair-group-pause"]')!.click();
    bank.querySelector<HTMLButtonElement>('[data-testid="repair-phrase-pause-0"]')!.click();
    expect(box.value).toBe("Can we take twenty minutes?");
    bank.remove();
  });
});

describe("the feeling underneath", () => {
  const all = [{ word: "betrayed", underneath: ["hurt", "shocked"] }, { word: "let down", underneath: ["disappointed"] }];

  it("notices words chosen or typed in the I-statement", () => {
    expect(underneathFor(all, ["Betrayed"], "").map((u) => u.word)).toEqual(["betrayed"]);
    expect(underneathFor(all, [], "really let down, honestly").map((u) => u.word)).toEqual(["let down"]);
    expect(underneathFor(all, ["hurt"], "sad")).toEqual([]);
  });

  it("offers the feelings underneath as buttons", () => {
    const used: string[] = [];
    const hint = underneathHint(all, (w) => used.push(w));
    hint.update(["betrayed"], "");
    expect(hint.el.hidden).toBe(false);
    hint.el.querySelector<HTMLButtonElement>('[data-testid="underneath-hurt"]')!.click();
    expect(used).toEqual(["hurt"]);
    hint.update([], "");
    expect(hint.el.hidden).toBe(true);
  });
});

describe("the deck", () => {
  it("walks a theme and wraps round", () => {
    const v = { prompts: [
      { id: "a-01", theme: "a", text: "1", practises: "x", depth: "light" },
      { id: "b-01", theme: "b", text: "2", practises: "x", depth: "light" },
      { id: "a-02", theme: "a", text: "3", practises: "x", depth: "deep" },
    ] } as unknown as Vocabulary;
    expect(nextInTheme(v, "a", "a-01")?.id).toBe("a-02");
    expect(nextInTheme(v, "a", "a-02")?.id).toBe("a-01");
    expect(nextInTheme(v, "c", "a-01")).toBeUndefined();
  });
});
