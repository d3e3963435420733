// Feeling words as toggle chips, plus "add your own word". Two ways to offer words: a list of families (the
// conflict and reaching flows), or the words nearest a Mood Meter point first with "More words" for the rest (the
// check-in; which words are nearest is the journal's rule, state/vocab.ts asks for it). Every word shows once, so its
// chip's testid (`feeling-<word>`) is unique.
import type { FeelingFamily } from "../bindings/FeelingFamily";
import { h, nextId } from "../dom";

export interface FeelingPicker {
  el: HTMLElement;
  get(): string[];
  set(words: string[]): void;
  /** Shows these families' words (the selection is kept). */
  showFamilies(families: FeelingFamily[], heading?: string): void;
  /** Shows `nearest` first, and the families' other words folded under "More words" (the selection is kept). */
  showNear(nearest: string[], families: FeelingFamily[], heading?: string): void;
}

const norm = (w: string) => w.trim().toLowerCase();
const chipId = (w: string) => `feeling-${w.replace(/\s+/g, "-")}`;

export function feelingPicker(onChange: (words: string[]) => void, legend = "Which words fit?"): FeelingPicker {
  let selected: string[] = [];
  let families: FeelingFamily[] = [];
  let nearest: string[] | null = null;
  const headingId = nextId("words");
  const heading = h("p", { class: "picker-heading", id: headingId });
  const near = h("div", { class: "chips near-words", role: "group", "aria-labelledby": headingId, testid: "feelings-near" });
  const list = h("div", { class: "feeling-families" });
  const more = h("details", { class: "more-words", testid: "feelings-more-words" },
    h("summary", { testid: "feelings-more" }, "More words"), list);
  const body = h("div", { class: "picker-body" }, list);
  const chosen = h("div", { class: "chosen", "aria-live": "polite", testid: "feelings-chosen" });
  const ownId = nextId("own");
  const own = h("input", { type: "text", id: ownId, testid: "feeling-own", autocomplete: "off", maxlength: 100 });
  const add = h("button", { type: "button", class: "button small", testid: "feeling-own-add" }, "Add");

  const toggle = (w: string) => {
    const n = norm(w);
    selected = selected.includes(n) ? selected.filter((x) => x !== n) : [...selected, n];
    render();
    onChange([...selected]);
  };
  const addOwn = () => {
    const n = norm(own.value);
    if (!n) return;
    if (!selected.includes(n)) {
      selected = [...selected, n];
      onChange([...selected]);
    }
    own.value = "";
    render();
    own.focus();
  };
  add.addEventListener("click", addOwn);
  own.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      addOwn();
    }
  });

  const chip = (w: string) =>
    h("button", {
      type: "button",
      class: "chip",
      "aria-pressed": String(selected.includes(norm(w))),
      testid: chipId(w),
      onclick: () => toggle(w),
    }, w);

  function render() {
    const skip = new Set((nearest ?? []).map(norm));
    near.replaceChildren(...(nearest ?? []).map(chip));
    list.replaceChildren(
      ...families.map((f) => {
        const words = f.words.filter((w) => !skip.has(norm(w)));
        if (words.length === 0) return null;
        return h("div", { class: "family", role: "group", "aria-label": f.label, "data-quadrant": f.quadrant },
          h("p", { class: "family-label" }, f.label),
          h("div", { class: "chips" }, words.map(chip)));
      }).filter((x): x is HTMLDivElement => x !== null),
    );
    // Without a nearest list the families are the list itself, not something folded away.
    if (nearest === null) {
      if (list.parentElement !== body) body.replaceChildren(list);
    } else if (list.parentElement !== more) {
      more.append(list);
      body.replaceChildren(near, more);
    }
    // A chosen word that is not in plain sight (a word of one's own, or one folded under "More words" after the
    // point moved) can still be taken back from here.
    const inSight = new Set((nearest ?? families.flatMap((f) => f.words)).map(norm));
    const extra = selected.filter((w) => !inSight.has(w));
    chosen.replaceChildren(
      selected.length === 0
        ? h("span", { class: "muted" }, "No words chosen yet.")
        : h("span", {}, `Chosen: ${selected.join(", ")}`),
      ...extra.map((w) =>
        h("button", { type: "button", class: "chip", "aria-pressed": "true", "aria-label": `Remove ${w}`,
          onclick: () => toggle(w) }, w, " ×")),
    );
  }
  render();

  return {
    el: h("fieldset", { class: "feeling-picker" },
      h("legend", {}, legend), heading, body,
      h("div", { class: "own-word" }, h("label", { for: ownId }, "Or add your own word"),
        h("div", { class: "inline" }, own, add)),
      chosen),
    get: () => [...selected],
    set(words) {
      selected = [...new Set(words.map(norm).filter(Boolean))];
      render();
    },
    showFamilies(f, text) {
      families = f;
      nearest = null;
      heading.textContent = text ?? "";
      render();
    },
    showNear(words, f, text) {
      nearest = words;
      families = f;
      heading.textContent = text ?? "";
      render();
    },
  };
}
