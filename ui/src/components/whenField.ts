// When an entry is about: "Now" unless the writer picks another date and time. A date field in the locale's order
// (dateField.ts) and a time input, filled with now (or the entry's time when editing); changing either sets the chosen
// time, "Now" clears it again.
import { h, nextId } from "../dom";
import { localClock, localDay, localTimestamp } from "../state/when";
import { dateField } from "./dateField";

export interface WhenField {
  el: HTMLElement;
  /** Shows the journal's message for the `at` field. */
  setError(msg: string | null): void;
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
  const timeId = nextId("when-time");
  const errId = nextId("when-err");
  const day = dateField("Date", localDay(start), { testid: "flow-when-date", required: true, visibleLabel: false });
  const time = h("input", { type: "time", id: timeId, testid: "flow-when-time", value: localClock(start),
    "aria-describedby": errId });
  const err = h("p", { class: "field-error", id: errId, "aria-live": "polite", testid: "flow-when-error" });
  const now = h("button", { type: "button", class: "link-button", testid: "flow-when-now" },
    editing ? "Keep the time it had" : "Back to now");
  const label = h("span", { class: "when-label", testid: "flow-when-label" });
  let chosen = initial;
  const show = () => {
    now.hidden = chosen === null;
    label.textContent = chosen === null ? (editing ? "as written" : "now") : "another time";
  };
  const read = () => {
    err.textContent = "";
    const at = localTimestamp(day.value(), time.value);
    if (!at) {
      err.textContent = "Choose a date and a time, or go back to now.";
      return;
    }
    chosen = at;
    show();
    onChange(chosen);
  };
  day.onChange(read);
  for (const ev of ["input", "change"]) time.addEventListener(ev, read);
  now.addEventListener("click", () => {
    chosen = null;
    const d = editing ? shown : new Date();
    day.set(localDay(d));
    day.setError(null);
    time.value = localClock(d);
    err.textContent = "";
    show();
    onChange(null);
  });
  show();
  return {
    el: h("fieldset", { class: "when-field", testid: "flow-when" },
      h("legend", {}, "When: ", label),
      h("div", { class: "when-row" },
        day.wrap,
        h("label", { for: timeId, class: "visually-hidden" }, "Time"), time, now),
      err),
    setError(msg) {
      err.textContent = msg ?? "";
    },
  };
}
