// Labelled form fields with an error slot wired to aria-describedby, and the journal's length limits.
import { h, nextId } from "../dom";

/** The journal's longest one-line field (a name, a tag, a feeling word, a title): journal MAX_SHORT_TEXT. */
export const MAX_SHORT_TEXT = 100;
/** The journal's longest free text: journal MAX_LONG_TEXT. */
export const MAX_LONG_TEXT = 20_000;
/** Most tags on one entry: journal MAX_TAGS. */
export const MAX_TAGS = 20;

export interface Field<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement> {
  wrap: HTMLElement;
  control: E;
  setError(msg: string | null): void;
}

/** Text-like input types that get the short limit by default (not passwords, dates, times or numbers). */
const LIMITED_TYPES = new Set(["text", "search"]);

/**
 * A quiet "N characters left" line for a control with a maxlength, shown only once the text is within 10% (at
 * most 200 characters) of the limit. Updates on input and after `value` is set from code via `refresh`.
 */
export function lengthCounter(control: HTMLInputElement | HTMLTextAreaElement): { el: HTMLElement; refresh(): void } {
  const el = h("p", { class: "field-count", "aria-live": "polite", hidden: true });
  const refresh = () => {
    const max = control.maxLength;
    if (!(max > 0)) return;
    const left = max - control.value.length;
    const near = left <= Math.min(200, Math.ceil(max / 10));
    el.hidden = !near;
    el.textContent = near ? (left <= 0 ? "That's the limit for this one." : `${left} ${left === 1 ? "character" : "characters"} left`) : "";
  };
  control.addEventListener("input", refresh);
  return { el, refresh };
}

function wire<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  label: string,
  control: E,
  hint?: string,
): Field<E> {
  const id = control.id || nextId("field");
  control.id = id;
  const err = h("p", { class: "field-error", id: `${id}-err`, "aria-live": "polite" });
  const hintEl = hint ? h("p", { class: "field-hint", id: `${id}-hint` }, hint) : null;
  control.setAttribute("aria-describedby", [hintEl?.id, err.id].filter(Boolean).join(" "));
  const counter = control instanceof HTMLSelectElement || !(control.maxLength > 0) ? null : lengthCounter(control);
  const wrap = h("div", { class: "field" }, h("label", { for: id }, label), hintEl, control, counter?.el, err);
  // Values set from code (drafts, editing) arrive after construction; check once they have.
  if (counter) queueMicrotask(counter.refresh);
  return {
    wrap,
    control,
    setError(msg) {
      err.textContent = msg ?? "";
      if (msg) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    },
  };
}

/** A one-line field. Text and search fields get `maxlength` = MAX_SHORT_TEXT unless `attrs` gives one. */
export function textField(label: string, attrs: Record<string, string | number | boolean> = {}, hint?: string) {
  const type = String(attrs.type ?? "text");
  const limit = LIMITED_TYPES.has(type) && attrs.maxlength === undefined ? { maxlength: MAX_SHORT_TEXT } : {};
  return wire(label, h("input", { type: "text", ...limit, ...attrs }), hint);
}

/** A multi-line field, with `maxlength` = MAX_LONG_TEXT unless `attrs` gives one. */
export function textArea(label: string, attrs: Record<string, string | number | boolean> = {}, hint?: string) {
  return wire(label, h("textarea", { rows: 4, maxlength: MAX_LONG_TEXT, ...attrs }), hint);
}

export function selectField(
  label: string,
  options: Array<[value: string, text: string]>,
  attrs: Record<string, string | number | boolean> = {},
  hint?: string,
) {
  const sel = h("select", attrs, options.map(([v, t]) => h("option", { value: v }, t)));
  return wire(label, sel, hint);
}

/** A labelled checkbox (label after the box). */
export function checkbox(label: string, attrs: Record<string, string | number | boolean> = {}) {
  const id = nextId("check");
  const input = h("input", { type: "checkbox", id, ...attrs });
  return { wrap: h("div", { class: "check" }, input, h("label", { for: id }, label)), control: input };
}
