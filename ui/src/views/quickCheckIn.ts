// Today's check-in card: tap where you are (a quadrant), a word for it, and Save — a check-in in three clicks. The
// words are the journal's nearest words for the quadrant's point (as in the full check-in). "Add more…" opens the full
// check-in with what was tapped (handed over as its draft); "Open the full check-in" opens it empty.
import type { Quadrant } from "../bindings/Quadrant";
import { QUADRANT_POINT } from "../components/moodMeter";
import { toast } from "../components/toast";
import { h } from "../dom";
import { friendlyError } from "../errors";
import { navigate } from "../router";
import { draftKey, draftSlot } from "../state/drafts";
import { saveEntry } from "../state/entries";
import { feelingsNear } from "../state/vocab";
import { QUADRANT_LABEL } from "../text";
import type { FormState } from "./flows/types";

const QUADRANTS: Quadrant[] = ["pleasant_high", "unpleasant_high", "pleasant_low", "unpleasant_low"];

export interface QuickCheckIn {
  el: HTMLElement;
  /** Once today has a check-in: the card invites another. */
  checkedIn(): void;
}

/** The card; `saved` runs after a check-in is saved from it (Today reloads its day). */
export function quickCheckIn(saved: () => void): QuickCheckIn {
  let quadrant: Quadrant | null = null;
  let chosen: string[] = [];
  const title = h("h2", { id: "checkin-h", testid: "today-checkin-title" }, "How are you, right now?");
  const lead = h("p", { class: "muted" }, "Tap where you are and a word for it, and that's a check-in.");
  const wordsId = "quick-words-h";
  const words = h("div", { class: "chips quick-words", role: "group", "aria-labelledby": wordsId, testid: "today-words" });
  const wordsPart = h("div", { class: "quick-words-part", hidden: true },
    h("p", { class: "quick-label", id: wordsId }, "A word for it"), words);
  const status = h("p", { class: "field-error", role: "alert", testid: "today-quick-error" });
  const save = h("button", { type: "button", class: "button primary", testid: "today-quick-save", disabled: true },
    "Save check-in");
  const more = h("button", { type: "button", class: "button", testid: "today-add-more" }, "Add more…");
  const actions = h("div", { class: "actions left", hidden: true }, save, more);
  const full = h("button", { type: "button", class: "link-button", testid: "nav-new-check-in",
    onclick: () => navigate({ name: "new", kind: "check_in" }) }, "Open the full check-in");

  const state = (): FormState => ({
    kind: "check_in", people: [], tags: "",
    body: { kind: "check_in", ...(quadrant ? QUADRANT_POINT[quadrant] : { pleasantness: 0, energy: 0 }),
      feelings: [...chosen], whatsGoingOn: "", hope: "", concern: "", need: "" },
  });
  const showWords = (list: string[]) => {
    words.replaceChildren(...list.map((w) => h("button", {
      type: "button",
      class: "chip",
      "aria-pressed": String(chosen.includes(w)),
      testid: `today-word-${w.replace(/\s+/g, "-")}`,
      onclick: (ev: Event) => {
        chosen = chosen.includes(w) ? chosen.filter((x) => x !== w) : [...chosen, w];
        (ev.currentTarget as HTMLElement).setAttribute("aria-pressed", String(chosen.includes(w)));
        save.disabled = chosen.length === 0;
      },
    }, w)));
  };
  const quadButtons = QUADRANTS.map((q) => h("button", {
    type: "button",
    class: `chip quad-${q}`,
    "aria-pressed": "false",
    testid: `today-quadrant-${q}`,
    onclick: () => {
      quadrant = q;
      chosen = [];
      save.disabled = true;
      status.textContent = "";
      for (const b of quadButtons) b.setAttribute("aria-pressed", String(b === quadButtons[QUADRANTS.indexOf(q)]));
      const p = QUADRANT_POINT[q];
      void feelingsNear(p.pleasantness, p.energy).then((near) => {
        if (quadrant !== q) return;
        showWords(near.nearest);
        wordsPart.hidden = false;
        actions.hidden = false;
      }, (e) => {
        status.textContent = friendlyError(e);
      });
    },
  }, QUADRANT_LABEL[q]));

  save.addEventListener("click", async () => {
    if (!quadrant || chosen.length === 0) return;
    save.disabled = true;
    status.textContent = "";
    try {
      await saveEntry({ people: [], tags: [], body: state().body });
      toast("Saved. Thank you for checking in.", { testid: "toast-saved" });
      quadrant = null;
      chosen = [];
      for (const b of quadButtons) b.setAttribute("aria-pressed", "false");
      wordsPart.hidden = true;
      actions.hidden = true;
      saved();
    } catch (e) {
      status.textContent = friendlyError(e);
      save.disabled = false;
    }
  });
  // "Add more…": the full check-in, starting from what was tapped here.
  more.addEventListener("click", async () => {
    const slot = draftSlot<FormState>(draftKey("check_in"));
    slot.save(state());
    await slot.close().catch(() => {});
    navigate({ name: "new", kind: "check_in" });
  });

  const el = h("section", { class: "card checkin-card", "aria-labelledby": "checkin-h", testid: "today-checkin" },
    title, lead,
    h("div", { class: "chips quadrants", role: "group", "aria-label": "Where are you right now?" }, quadButtons),
    wordsPart, status, actions,
    h("p", { class: "quick-full" }, full));
  return {
    el,
    checkedIn() {
      title.textContent = "Check in again";
      lead.textContent = "Feelings move through a day. Where are you now?";
    },
  };
}
