// Today's promises coming due (the journal picks them): what I said I'd do, and "Kept", "Changed" or "Not yet", with an
// optional line on how it went. A promise answered leaves the list; "Not yet" puts it aside for a week.
import type { DuePromise } from "../bindings/DuePromise";
import type { PromiseOutcome } from "../bindings/PromiseOutcome";
import { MAX_LONG_TEXT } from "../components/field";
import { h, nextId, replace } from "../dom";
import { friendlyError } from "../errors";
import { loadDuePromises, notYet, settlePromise } from "../state/promises";
import { formatDay, OUTCOME_LABEL } from "../text";

function when(p: DuePromise, today: string): string {
  if (p.byWhen === today) return "due today";
  return p.byWhen < today ? `it was for ${formatDay(p.byWhen)}` : `by ${formatDay(p.byWhen)}`;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The section; hidden while nothing is due. */
export function promisesDueSection(): HTMLElement {
  const el = h("section", { class: "card promises-card", "aria-labelledby": "promises-h", testid: "today-promises", hidden: true });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "promises-status" });

  const show = (due: DuePromise[]) => {
    el.hidden = due.length === 0 && status.textContent === "";
    const today = localToday();
    const items = due.map((p) => {
      const lineId = nextId("how");
      const line = h("input", { type: "text", id: lineId, testid: "promise-due-how", maxlength: MAX_LONG_TEXT, autocomplete: "off" });
      const act = (work: () => Promise<unknown>, done: string) => async () => {
        try {
          await work();
          status.textContent = done;
          show(await loadDuePromises());
        } catch (e) {
          status.textContent = friendlyError(e);
        }
      };
      const settle = (o: PromiseOutcome, done: string) => act(() => settlePromise(p.entry, o, line.value), done);
      return h("li", { class: "promise-due", testid: "promise-due", "data-entry": p.entry },
        h("p", {}, h("span", { class: "promise-what" }, `“${p.what}”`), " ",
          h("span", { class: "muted" }, [p.name ? `for ${p.name}` : "", when(p, today)].filter(Boolean).join(", "))),
        h("div", { class: "field" }, h("label", { for: lineId }, "How did it go? (optional)"), line),
        h("div", { class: "actions left" },
          h("button", { type: "button", class: "button primary", testid: "promise-kept",
            onclick: settle("kept", "Marked as kept.") }, OUTCOME_LABEL.kept),
          h("button", { type: "button", class: "button", testid: "promise-changed",
            onclick: settle("changed", "Marked as changed. Plans change; saying so is part of keeping trust.") }, OUTCOME_LABEL.changed),
          h("button", { type: "button", class: "button", testid: "promise-not-yet",
            onclick: act(() => notYet(p.entry), "Put aside for a week.") }, OUTCOME_LABEL.not_yet)));
    });
    replace(el,
      h("h2", { id: "promises-h" }, "Promises coming up"),
      due.length ? h("p", { class: "muted" }, "Things you said you'd do. No pressure: a promise can change, too.") : null,
      due.length ? h("ul", { class: "plain-list promise-list" }, items) : null,
      status);
  };
  void loadDuePromises().then(show, () => {});
  return el;
}
