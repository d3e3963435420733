// Labelled form fields with an error slot wired to aria-describedby.
import { h, nextId } from "../dom";

export interface Field<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement> {
  wrap: HTMLElement;
  control: E;
  setError(msg: string | null): void;
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
  const wrap = h("div", { class: "field" }, h("label", { for: id }, label), hintEl, control, err);
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

export function textField(label: string, attrs: Record<string, string | number | boolean> = {}, hint?: string) {
  return wire(label, h("input", { type: "text", ...attrs }), hint);
}

export function textArea(label: string, attrs: Record<string, string | number | boolean> = {}, hint?: string) {
  return wire(label, h("textarea", { rows: 4, ...attrs }), hint);
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
