// When an entry is about: "Now" unless the writer picks another date and time. A date field in the locale's order
// (dateField.ts) and the app's time field (timePicker.ts, as the reminders' times: pick one or type "8pm", read by the
// journal), filled with now (or the entry's time when editing); changing either sets the chosen time, "Now" clears it
// again. What can't be read gets one message, on its own field.
import { h } from "../dom";
import { localClock, localDay, localTimestamp } from "../state/when";
import { dateField } from "./dateField";
import { timePicker } from "./timePicker";

export interface WhenField {
  el: HTMLElement;
  /** Shows the journal's message for the `at` field. */
  setError(msg: string | null): void;
  /** Reads a date or time still being typed (before a save): false after saying on its field what can't be read. */
  read(): Promise<boolean>;
}

/**
 * `initial`: the chosen time as sent before (a draft), or null for "now". `shown`: what the inputs start with when
 * nothing is chosen (now, or the entry's own time when editing). `onChange` gets the timestamp, or null for "as it is".
 */
export function whenField(
  initial: string | null,
  shown: Date,
  onChange: (at: string | null) => void,
  editing = false,
): WhenField {
  const start = initial ? new Date(initial) : shown;
  const day = dateField("Date", localDay(start), { testid: "flow-when-date", required: true, visibleLabel: false });
  const time = timePicker("Time", localClock(start), { testid: "flow-when-time", visibleLabel: false });
  const err = h("p", { class: "field-error", "aria-live": "polite", testid: "flow-when-error" });
  err.id = `${time.control.id}-when-err`;
  time.control.setAttribute("aria-describedby", `${time.control.getAttribute("aria-describedby") ?? ""} ${err.id}`.trim());
  const now = h("button", { type: "button", class: "link-button", testid: "flow-when-now" },
    editing ? "Keep the time it had" : "Back to now");
  const label = h("span", { class: "when-label", testid: "flow-when-label" });
  let chosen = initial;
  // The time as last read (what is typed is read by the journal first).
  let clock = localClock(start);
  const show = () => {
    now.hidden = chosen === null;
    label.textContent = chosen === null ? (editing ? "as written" : "now") : "another time";
  };
  const choose = () => {
    err.textContent = "";
    const at = localTimestamp(day.value(), clock);
    if (!at) {
      err.textContent = "Choose a date and a time, or go back to now.";
      return;
    }
    chosen = at;
    show();
    onChange(chosen);
  };
  day.onChange(choose);
  time.onChange((t) => {
    clock = t;
    choose();
  });
  now.addEventListener("click", () => {
    chosen = null;
    const d = editing ? shown : new Date();
    day.set(localDay(d));
    day.setError(null);
    clock = localClock(d);
    time.set(clock);
    err.textContent = "";
    show();
    onChange(null);
  });
  show();
  return {
    el: h("fieldset", { class: "when-field", testid: "flow-when" },
      h("legend", {}, "When: ", label),
      h("div", { class: "when-row" }, day.wrap, time.wrap, now),
      err),
    setError(msg) {
      err.textContent = msg ?? "";
    },
    async read() {
      const [d, t] = await Promise.all([day.read(), time.read()]);
      return d !== null && t !== null;
    },
  };
}
