// The end of a conflict reflection: an offer to be reminded to come back to it. The reminder holds nothing from the
// entry; its notification only says it's time to revisit a reflection.
import { h } from "../../dom";
import { describeNext, remindToRevisit } from "../../state/reminders";

export const REVISIT_HOURS = 2;

export function revisitOffer(): HTMLElement {
  const note = h("p", { class: "muted", "aria-live": "polite", testid: "conflict-revisit-status" });
  const button: HTMLButtonElement = h("button", { type: "button", class: "button", testid: "conflict-remind-revisit",
    onclick: async () => {
      button.disabled = true;
      note.textContent = "";
      try {
        const at = await remindToRevisit(REVISIT_HOURS);
        note.textContent = `Done. Attune will remind you ${describeNext(at)}. You can change it in Settings, under Reminders.`;
      } catch {
        button.disabled = false;
        note.textContent = "That reminder couldn't be set just now. You can add one in Settings, under Reminders.";
      }
    } }, `Remind me to revisit this in ${REVISIT_HOURS} hours`);
  return h("div", { class: "revisit", testid: "conflict-revisit" },
    h("p", {}, "Some things settle with a little time. Would you like a nudge to come back to this later?"),
    button, note);
}
