// Feeling words for a Mood Meter quadrant, as toggle chips, plus "add your own word".
import type { FeelingFamily } from "../bindings/FeelingFamily";
import { h, nextId } from "../dom";

export interface FeelingPicker {
  el: HTMLElement;
  get(): string[];
  set(words: string[]): void;
  /** Shows these families' words (the selection is kept). */
  showFamilies(families: FeelingFamily[], heading?: string): void;
}

const norm = (w: string) => w.trim().toLowerCase();

export function feelingPicker(onChange: (words: string[]) => void, legend = "Which words fit?"): FeelingPicker {
  let selected: string[] = [];
  let families: FeelingFamily[] = [];
  const heading = h("p", { class: "picker-heading" });
  const list = h("div", { class: "feeling-families" });
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

  function render() {
    list.replaceChildren(
      ...families.map((f) =>
        h("div", { class: "family", role: "group", "aria-label": f.label, "data-quadrant": f.quadrant },
          h("p", { class: "family-label" }, f.label),
          h("div", { class: "chips" },
            f.words.map((w) =>
              h("button", {
                type: "button",
                class: "chip",
                "aria-pressed": String(selected.includes(norm(w))),
                testid: `feeling-${w.replace(/\s+/g, "-")}`,
                onclick: () => toggle(w),
              }, w))))),
    );
    const known = new Set(families.flatMap((f) => f.words.map(norm)));
    const extra = selected.filter((w) => !known.has(w));
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
      h("legend", {}, legend), heading, list,
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
      heading.textContent = text ?? "";
      render();
    },
  };
}
