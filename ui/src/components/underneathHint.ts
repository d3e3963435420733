// The I-statement builder's gentle hint: when a feeling named is really about what someone did ("betrayed",
// "ignored"), offer the feelings that may sit underneath it. The word lists come from the journal's vocabulary.
import type { Underneath } from "../bindings/Underneath";
import { h } from "../dom";

const norm = (w: string) => w.trim().toLowerCase();

/** The hint's words for these feelings and this "I feel" text: each word about someone, with what may be under it. */
export function underneathFor(all: Underneath[], feelings: string[], feelText: string): Underneath[] {
  const named = new Set(feelings.map(norm));
  const text = ` ${norm(feelText).replace(/[^\p{L}\s-]/gu, " ")} `;
  return all.filter((u) => named.has(u.word) || text.includes(` ${u.word} `));
}

export interface UnderneathHint {
  el: HTMLElement;
  update(feelings: string[], feelText: string): void;
}

/** A live hint; `use(word)` is called when a feeling underneath is chosen. */
export function underneathHint(all: Underneath[], use: (word: string) => void): UnderneathHint {
  const el = h("div", { class: "gentle-hint", role: "note", "aria-live": "polite", testid: "underneath-hint", hidden: true });
  return {
    el,
    update(feelings, feelText) {
      const found = underneathFor(all, feelings, feelText);
      el.hidden = found.length === 0;
      if (found.length === 0) {
        el.replaceChildren();
        return;
      }
      const words = found.map((u) => `“${u.word}”`).join(" and ");
      const inner = [...new Set(found.flatMap((u) => u.underneath))].slice(0, 6);
      el.replaceChildren(
        h("p", {}, `${words} says a lot about what they did. Underneath it, what did you feel? Naming that can help them hear you.`),
        h("div", { class: "chips" }, inner.map((w) =>
          h("button", { type: "button", class: "chip", testid: `underneath-${w.replace(/\s+/g, "-")}`, onclick: () => use(w) }, w))));
    },
  };
}
