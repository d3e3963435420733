// A new-passphrase pair (choose + confirm) with a live strength meter.
import { h } from "../dom";
import { textField } from "./field";
import { estimateStrength, type Strength } from "./strength";

export interface PassphrasePair {
  el: HTMLElement;
  /** The chosen passphrase, or null (with errors shown) if it's too weak or the two don't match. */
  validate(): string | null;
  focus(): void;
  clear(): void;
}

/** `idPrefix` names the data-testids: `<prefix>-passphrase`, `<prefix>-confirm`, `<prefix>-strength`. */
export function passphrasePair(idPrefix: string, label = "Choose a passphrase"): PassphrasePair {
  const pass = textField(label, { type: "password", autocomplete: "new-password", testid: `${idPrefix}-passphrase` },
    "A short sentence only you would think of works well, e.g. four unrelated words.");
  const confirm = textField("Type it once more", {
    type: "password",
    autocomplete: "new-password",
    testid: `${idPrefix}-confirm`,
  });
  const bar = h("div", { class: "meter-bar", "aria-hidden": "true" }, h("span", { class: "meter-fill" }));
  const label_ = h("p", { class: "meter-label" });
  const hints = h("ul", { class: "meter-hints" });
  const meter = h("div", { class: "meter", "data-level": 0, testid: `${idPrefix}-strength`, "aria-live": "polite" },
    bar, label_, hints);

  function show(s: Strength) {
    meter.setAttribute("data-level", String(s.level));
    if (pass.control.value) meter.removeAttribute("data-empty");
    else meter.setAttribute("data-empty", "");
    label_.textContent = pass.control.value ? `Strength: ${s.label}` : "";
    hints.replaceChildren(...(pass.control.value ? s.hints : []).map((t) => h("li", {}, t)));
  }
  meter.setAttribute("data-empty", "");
  pass.control.addEventListener("input", () => {
    show(estimateStrength(pass.control.value));
    pass.setError(null);
  });
  confirm.control.addEventListener("input", () => confirm.setError(null));

  return {
    el: h("div", { class: "passphrase-pair" }, pass.wrap, meter, confirm.wrap),
    validate() {
      const s = estimateStrength(pass.control.value);
      show(s);
      if (pass.control.value.length === 0) {
        pass.setError("Choose a passphrase first: a short sentence only you would think of works well.");
        pass.control.focus();
        return null;
      }
      if (!s.ok) {
        pass.setError("This one would be easy to guess. Try adding a few more words.");
        pass.control.focus();
        return null;
      }
      if (confirm.control.value !== pass.control.value) {
        confirm.setError("These two don't match yet.");
        confirm.control.focus();
        return null;
      }
      return pass.control.value;
    },
    focus: () => pass.control.focus(),
    clear() {
      pass.control.value = "";
      confirm.control.value = "";
      show(estimateStrength(""));
    },
  };
}
