// Today's check-in card: tap where you are (a quadrant), a word for it, and Save — a check-in in three clicks. The
// words are the journal's nearest words for the quadrant's point (as in the full check-in). "Add more…" opens the full
// check-in with what was tapped (handed over as its draft; a check-in already waiting is asked about, never
// overwritten); "Open the full check-in" opens it empty.
import type { Quadrant } from "../bindings/Quadrant";
import { QUADRANT_POINT } from "../components/moodMeter";
import { openDialog } from "../components/dialog";
import { toast } from "../components/toast";
import { h } from "../dom";
import { friendlyError } from "../errors";
import { navigate } from "../router";
import { draftKey, draftSlot } from "../state/drafts";
import { saveEntry } from "../state/entries";
import { feelingsNear } from "../state/vocab";
import { KIND_NOUNS, QUADRANT_LABEL } from "../text";
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
  // "Add more…": the full check-in, starting from what was tapped here. A check-in already waiting as a draft is
  // never overwritten unasked: it can take what was tapped, or be let go for a fresh one (or nothing changes).
  more.addEventListener("click", async () => {
    const slot = draftSlot<FormState>(draftKey("check_in"));
    const waiting = await slot.load().catch(() => null);
    const choice = isCheckIn(waiting) ? await askAboutWaiting(waiting) : "fresh";
    if (choice !== null) slot.save(choice === "add" && isCheckIn(waiting) ? withQuickChoice(waiting, state()) : state());
    await slot.close().catch(() => {});
    if (choice !== null) navigate({ name: "new", kind: "check_in" });
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

type CheckInState = FormState & { body: { kind: "check_in" } };

function isCheckIn(s: FormState | null): s is CheckInState {
  return s?.kind === "check_in" && s.body?.kind === "check_in";
}

/** The waiting check-in with what was tapped added: where you are now, and its words after the ones already there.
 * What was written, the people, tags and time stay as they were. */
export function withQuickChoice(waiting: CheckInState, quick: FormState): CheckInState {
  if (quick.body.kind !== "check_in") return waiting;
  const feelings = [...waiting.body.feelings, ...quick.body.feelings.filter((w) => !waiting.body.feelings.includes(w))];
  return { ...waiting,
    body: { ...waiting.body, pleasantness: quick.body.pleasantness, energy: quick.body.energy, feelings } };
}

/** Asks what to do with a check-in already waiting: "add" what was tapped to it, start "fresh" (letting it go), or
 * null (Esc, "Not now"): nothing changes. */
function askAboutWaiting(waiting: CheckInState): Promise<"add" | "fresh" | null> {
  return new Promise((resolve) => {
    let answer: "add" | "fresh" | null = null;
    const words = waiting.body.feelings;
    const button = (label: string, testid: string, cls: string, a: "add" | "fresh" | null) =>
      h("button", { type: "button", class: cls, testid, onclick: () => {
        answer = a;
        dialog.close();
      } }, label);
    const dialog = openDialog(`You have a ${KIND_NOUNS.check_in[0]} waiting`, [
      h("p", {}, "You started one earlier and haven't saved it yet",
        words.length ? ` (${words.join(", ")}).` : "."),
      h("p", {}, "Add where you are now to it, or start fresh and let the earlier one go."),
      h("div", { class: "actions" },
        button("Add to it", "quick-waiting-add", "button primary", "add"),
        button("Start fresh", "quick-waiting-fresh", "button", "fresh"),
        button("Not now", "quick-waiting-cancel", "button", null)),
    ], () => resolve(answer), "quick-waiting");
  });
}
