// The end of a conflict reflection: an offer to be reminded to come back to it. The reminder names the entry (its
// random id, nothing it says), so its click opens that reflection with its follow-up; the notification only says it's
// time to revisit a reflection. A new reflection has no id until it is saved, so the reminder is set right after.
import { h } from "../../dom";
import { describeNext, remindToRevisit } from "../../state/reminders";

export const REVISIT_HOURS = 2;

export interface RevisitOffer {
  el: HTMLElement;
  /** Sets the reminder if it was asked for before saving; answers a sentence saying so (or why it couldn't). */
  afterSave(entryId: string): Promise<string | null>;
}

const COULD_NOT = "That reminder couldn't be set just now. You can add one in Settings, under Reminders.";

/** The offer for the reflection being edited (`editId`) or a new one (the reminder waits for the save). */
export function revisitOffer(editId?: string): RevisitOffer {
  let wanted = false;
  const note = h("p", { class: "muted", "aria-live": "polite", testid: "conflict-revisit-status" });
  const button: HTMLButtonElement = h("button", { type: "button", class: "button", testid: "conflict-remind-revisit",
    onclick: async () => {
      if (!editId) {
        wanted = !wanted;
        button.setAttribute("aria-pressed", String(wanted));
        note.textContent = wanted
          ? `Attune will remind you ${REVISIT_HOURS} hours after you save this reflection.`
          : "No reminder, then.";
        return;
      }
      button.disabled = true;
      note.textContent = "";
      try {
        const at = await remindToRevisit(REVISIT_HOURS, editId);
        note.textContent = `Done. Attune will remind you ${describeNext(at)}. You can change it in Settings, under Reminders.`;
      } catch {
        button.disabled = false;
        note.textContent = COULD_NOT;
      }
    } }, `Remind me to revisit this in ${REVISIT_HOURS} hours`);
  if (!editId) button.setAttribute("aria-pressed", "false");
  return {
    el: h("div", { class: "revisit", testid: "conflict-revisit" },
      h("p", {}, "Some things settle with a little time. Would you like a nudge to come back to this later?"),
      button, note),
    async afterSave(entryId) {
      if (!wanted) return null;
      wanted = false;
      try {
        return `Attune will remind you ${describeNext(await remindToRevisit(REVISIT_HOURS, entryId))} to come back to it.`;
      } catch {
        return COULD_NOT;
      }
    },
  };
}
