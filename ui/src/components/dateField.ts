// A date written the locale's way ("03/11/2026" in Britain, "11/03/2026" in the US, "03.11.2026" in Germany) in a
// plain text field: WebKitGTK's own date input shows US order whatever the locale. What is typed is read by the
// journal (state/when.ts `readDate`, so "3/11", "3 Nov 2026" and "yesterday" work too) and shown back the locale's
// way; what it can't read gets one message, on the field. Up and Down move the date a day.
import type { DateOrder } from "../bindings/DateOrder";
import { h, nextId } from "../dom";
import { isApiError } from "../errors";
import { dateOrder, dateShape, shortDate } from "../locale";
import { localDay, readDate } from "../state/when";

export interface DateField {
  wrap: HTMLElement;
  control: HTMLInputElement;
  setError(msg: string | null): void;
  /** The date as "YYYY-MM-DD" as last read ("" when empty). */
  value(): string;
  /** Shows `iso` ("YYYY-MM-DD", or "" for none). */
  set(iso: string): void;
  /** Reads what is typed: the date ("" when empty and that is allowed), or null after saying why not on the field. */
  read(): Promise<string | null>;
  /** Calls `fn` with each new date read from what the person typed or stepped to ("" when cleared). */
  onChange(fn: (iso: string) => void): void;
}

/** Each live field's `read`, by its input: so a form can read every date still being typed before it saves. */
const readers = new WeakMap<HTMLInputElement, () => Promise<string | null>>();

/** Reads every date field shown inside `root` (a form about to save): true when all are read, else false with the first
 * one that can't be read in focus (its message is on it). */
export async function readDates(root: ParentNode): Promise<boolean> {
  const controls = [...root.querySelectorAll<HTMLInputElement>("input.date-input")].filter((c) => !c.closest("[hidden]"));
  const read = await Promise.all(controls.map((c) => readers.get(c)?.() ?? Promise.resolve("")));
  const bad = read.findIndex((r) => r === null);
  if (bad >= 0) controls[bad]?.focus();
  return bad < 0;
}

const ORDER_WORDS: Record<DateOrder, string> = { dmy: "Day, month, year", mdy: "Month, day, year", ymd: "Year, month, day" };

/** `label`: the field's name; `iso`: the date to start with. `required`: empty is refused. `hint`: said before the
 * date's shape. `visibleLabel: false` keeps the label for screen readers only. */
export function dateField(
  label: string,
  iso: string,
  attrs: { testid: string; required?: boolean; hint?: string; visibleLabel?: boolean },
): DateField {
  const id = nextId("date");
  const shape = dateShape();
  const control = h("input", { type: "text", id, testid: attrs.testid, inputmode: "text", autocomplete: "off",
    maxlength: 40, placeholder: shape, class: "date-input", size: Math.max(shape.length + 2, 12) });
  const hint = h("p", { class: "field-hint", id: `${id}-hint` },
    `${attrs.hint ? `${attrs.hint} ` : ""}${ORDER_WORDS[dateOrder()]}: ${shape}`);
  const err = h("p", { class: "field-error", id: `${id}-err`, "aria-live": "polite", testid: `${attrs.testid}-error` });
  control.setAttribute("aria-describedby", `${hint.id} ${err.id}`);
  const labelEl = h("label", { for: id, class: attrs.visibleLabel === false ? "visually-hidden" : "" }, label);
  if (attrs.visibleLabel === false) hint.classList.add("visually-hidden");
  const wrap = h("div", { class: "field date-field" }, labelEl, attrs.visibleLabel === false ? null : hint, control, err);
  if (attrs.visibleLabel === false) wrap.append(hint);

  let current = "";
  // Each read is numbered: only the latest one (or a date set since) is kept.
  let asked = 0;
  const listeners: Array<(iso: string) => void> = [];
  const setError = (msg: string | null) => {
    err.textContent = msg ?? "";
    if (msg) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  };
  const set = (next: string) => {
    asked++;
    current = next;
    control.value = shortDate(next);
  };
  const settle = (next: string) => {
    const changed = next !== current;
    set(next);
    setError(null);
    if (changed) for (const fn of listeners) fn(next);
  };
  const read = async (): Promise<string | null> => {
    const text = control.value.trim();
    if (text === shortDate(current) && (text !== "" || !attrs.required)) {
      setError(null);
      return current;
    }
    if (text === "" && !attrs.required) {
      settle("");
      return "";
    }
    const mine = ++asked;
    try {
      const read = await readDate(text, dateOrder());
      if (mine !== asked) return null;
      settle(read);
      return read;
    } catch (e) {
      if (mine === asked) setError(isApiError(e, "Validation") ? e.message : "That isn't a date Attune can read.");
      return null;
    }
  };
  control.addEventListener("input", () => setError(null));
  control.addEventListener("change", () => void read());
  control.addEventListener("keydown", (e) => {
    if ((e.key !== "ArrowUp" && e.key !== "ArrowDown") || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const [y, m, d] = (current || localDay()).split("-").map(Number) as [number, number, number];
    settle(localDay(new Date(y, m - 1, d + (e.key === "ArrowUp" ? 1 : -1), 12)));
  });
  set(iso);
  readers.set(control, read);
  return { wrap, control, setError, value: () => current, set, read, onChange: (fn) => void listeners.push(fn) };
}
