// The vulnerability flow's question card: today's question (never a deep one), or a theme the person picks, with
// what each prompt practises and how deep it goes. "Another" walks the chosen theme, deep prompts included.
import { DEPTH_LABEL } from "../bindings/labels";
import type { Prompt } from "../bindings/Prompt";
import type { Vocabulary } from "../bindings/Vocabulary";
import { h, nextId } from "../dom";


/** The prompt after `currentId` in `theme`, wrapping round (the journal's order: deck order within a theme). */
export function nextInTheme(v: Vocabulary, theme: string, currentId: string): Prompt | undefined {
  const inTheme = v.prompts.filter((p) => p.theme === theme);
  if (inTheme.length === 0) return undefined;
  const i = inTheme.findIndex((p) => p.id === currentId);
  return inTheme[(i + 1) % inTheme.length];
}

export interface DeckPicker {
  el: HTMLElement;
  /** Shows a prompt (a deck prompt, or text of the person's own when `id` is empty). */
  show(id: string, text: string): void;
}

/**
 * `v` is the vocabulary; `choose(prompt)` is called when the person moves to another prompt; `notToday` skips.
 */
export function deckPicker(v: Vocabulary | null, choose: (p: Prompt) => void, notToday: () => void): DeckPicker {
  const question = h("p", { class: "prompt-text", testid: "vulnerability-prompt", "aria-live": "polite" });
  const meta = h("p", { class: "prompt-meta", testid: "vulnerability-practises" });
  let currentId = "";
  let theme = "";

  const select = h("select", { id: nextId("theme"), testid: "vulnerability-theme" },
    h("option", { value: "" }, "Any theme"),
    ...(v?.themes ?? []).map((t) => h("option", { value: t.id }, t.label)));
  select.addEventListener("change", () => {
    theme = select.value;
    if (!v || !theme) return;
    const p = v.prompts.find((x) => x.theme === theme && x.depth !== "deep") ?? v.prompts.find((x) => x.theme === theme);
    if (p) choose(p);
  });
  const another = h("button", { type: "button", class: "button", testid: "vulnerability-fresh", onclick: () => {
    if (!v) return;
    const t = theme || v.prompts.find((p) => p.id === currentId)?.theme || v.themes[0]?.id || "";
    const p = nextInTheme(v, t, currentId);
    if (p) choose(p);
  } }, "Another question");
  const skip = h("button", { type: "button", class: "link-button", testid: "vulnerability-skip", onclick: notToday }, "Not today");

  return {
    el: h("figure", { class: "prompt-card" },
      h("div", { class: "field theme-picker" }, h("label", { for: select.id }, "Theme"), select),
      question, meta,
      h("div", { class: "actions left" }, another, skip)),
    show(id, text) {
      currentId = id;
      question.textContent = text || "Choosing a question…";
      const p = v?.prompts.find((x) => x.id === id);
      const practice = p ? v?.practices.find((x) => x.id === p.practises) : undefined;
      meta.replaceChildren(...(p ? [
        h("span", { class: `depth depth-${p.depth}`, testid: "vulnerability-depth" }, DEPTH_LABEL[p.depth]),
        " · ",
        h("span", {}, `Practises ${p.practises}`),
        ...(practice ? [h("span", { class: "muted" }, `: ${practice.about.replace(/\.$/, "").toLowerCase()}.`)] : []),
      ] : []));
      if (p && !theme) select.value = "";
    },
  };
}
