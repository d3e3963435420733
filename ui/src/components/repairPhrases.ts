// The repair phrase bank: phrases in groups (I feel, I'm sorry, common ground, a pause, I appreciate), each one
// insertable with one click into the text box it serves. The phrases come from the journal's vocabulary.
import type { RepairGroup } from "../bindings/RepairGroup";
import { h, nextId } from "../dom";

/** Inserts `text` at the caret (replacing any selection) as its own sentence, and tells listeners it changed. */
export function insertAtCaret(box: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const before = box.value.slice(0, start);
  const after = box.value.slice(end);
  const gapBefore = before === "" || /\s$/.test(before) ? "" : " ";
  const gapAfter = after === "" || /^\s/.test(after) ? "" : " ";
  const piece = gapBefore + text + gapAfter;
  const room = box.maxLength > 0 ? box.maxLength - (before.length + after.length) : Infinity;
  if (piece.length > room) return;
  box.value = before + piece + after;
  const caret = before.length + piece.length;
  box.setSelectionRange(caret, caret);
  box.dispatchEvent(new Event("input", { bubbles: true }));
  box.focus();
}

/** The bank, one group shown at a time. `target` is the text box a click inserts into. */
export function repairPhrases(groups: RepairGroup[], target: () => HTMLTextAreaElement | HTMLInputElement | null): HTMLElement {
  if (groups.length === 0) return h("div", { hidden: true });
  const headingId = nextId("repair");
  const list = h("ul", { class: "phrase-list", testid: "repair-phrases" });
  const tabs = groups.map((g, i) =>
    h("button", { type: "button", class: "chip", "aria-pressed": String(i === 0), testid: `repair-group-${g.id}`,
      onclick: () => show(i) }, g.label));
  function show(i: number) {
    tabs.forEach((t, j) => t.setAttribute("aria-pressed", String(i === j)));
    const group = groups[i]!;
    list.setAttribute("aria-label", group.label);
    list.replaceChildren(...group.phrases.map((p, k) =>
      h("li", {}, h("button", { type: "button", class: "phrase", testid: `repair-phrase-${group.id}-${k}`,
        title: "Add to what you'll say", onclick: () => {
          const box = target();
          if (box) insertAtCaret(box, p);
        } }, p))));
  }
  show(0);
  return h("section", { class: "phrase-bank", "aria-labelledby": headingId },
    h("h3", { id: headingId }, "Words that can help"),
    h("p", { class: "muted" }, "Choose a phrase to add it to your repair; change it until it sounds like you."),
    h("div", { class: "chips", role: "group", "aria-label": "Kinds of phrase" }, tabs),
    list);
}
