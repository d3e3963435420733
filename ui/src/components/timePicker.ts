// A time of day: pick one from the list (every half hour) or type it the way people say it ("20:30", "8pm",
// "8:30 am"). The journal reads what was typed (state/reminders.ts `readTimes`), so the app and the CLI's `--at`
// accept the same times; a time it can't read gets one message, on this field. The reminders' times and the time of an
// entry's "When" are this one field.
import { h, nextId } from "../dom";
import { isApiError, said } from "../errors";
import { readTimes } from "../state/reminders";
import { textField } from "./field";

export interface TimePicker {
  wrap: HTMLElement;
  control: HTMLInputElement;
  setError(msg: string | null): void;
  /** "HH:MM" ("HH:MM, HH:MM" when `many`), shown back in that form; null after showing why not on the field. */
  read(): Promise<string | null>;
  /** Shows `value` ("HH:MM") as the time read, without asking the journal. */
  set(value: string): void;
  /** Calls `fn` with each new time read from what the person typed or picked. */
  onChange(fn: (value: string) => void): void;
}

/** Every half hour, as suggestions. */
const SUGGESTIONS = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`);

/** `value`: "HH:MM" to start with. `many`: a comma-separated list of times is allowed (daily reminders). `hint`: null
 * for none (a second picker beside one that already says how to type a time). `visibleLabel: false` keeps the label
 * and the hint for screen readers only (a time beside a date that says what the row is). */
export function timePicker(
  label: string,
  value: string,
  attrs: { testid: string; many?: boolean; hint?: null; visibleLabel?: boolean },
): TimePicker {
  const listId = nextId("times");
  const hint = attrs.hint === null ? undefined
    : attrs.many ? "One or more times, like 8am, 20:30." : "Pick one, or type it: 20:30 or 8:30pm both work.";
  const field = textField(label, {
    testid: attrs.testid, value, autocomplete: "off", maxlength: 100, class: "time-input",
    ...(attrs.many ? {} : { list: listId }),
  }, hint);
  field.wrap.classList.add("time-field");
  field.wrap.querySelector(".field-error")?.setAttribute("data-testid", `${attrs.testid}-error`);
  if (attrs.visibleLabel === false) {
    for (const el of field.wrap.querySelectorAll("label, .field-hint")) el.classList.add("visually-hidden");
  }
  if (!attrs.many) field.wrap.append(h("datalist", { id: listId }, SUGGESTIONS.map((t) => h("option", { value: t }))));
  const control = field.control;
  let current = value;
  const listeners: Array<(value: string) => void> = [];
  let asked = 0;
  const read = async (): Promise<string | null> => {
    const mine = ++asked;
    if (control.value.trim() === current && current !== "") {
      field.setError(null);
      return current;
    }
    try {
      const times = await readTimes(control.value);
      if (mine !== asked) return null;
      if (!attrs.many && times.length !== 1) {
        field.setError("Just one time here, like 20:30 or 8pm.");
        return null;
      }
      field.setError(null);
      control.value = times.join(", ");
      if (control.value !== current) {
        current = control.value;
        for (const fn of listeners) fn(current);
      }
      return current;
    } catch (e) {
      if (mine === asked) {
        const words = isApiError(e, "Validation") ? said(e.message) : "";
        field.setError(words || "That isn't a time Attune can read.");
      }
      return null;
    }
  };
  control.addEventListener("input", () => field.setError(null));
  control.addEventListener("change", () => void read());
  return {
    wrap: field.wrap, control, setError: field.setError, read,
    set(next) {
      asked++;
      current = next;
      control.value = next;
      field.setError(null);
    },
    onChange: (fn) => void listeners.push(fn),
  };
}
