// A quick check-in: the Mood Meter, the words nearest the point (more on request), and a few words about what's going
// on. Which words are nearest is the journal's rule (state/vocab.ts asks for it, once per point). Once a point or a
// word is chosen, Save stays in reach at the bottom of the window.
import type { CheckIn } from "../../bindings/CheckIn";
import { feelingPicker } from "../../components/feelingPicker";
import { textArea } from "../../components/field";
import { lastStepQuestion } from "../../components/lastStep";
import { moodMeter } from "../../components/moodMeter";
import { h } from "../../dom";
import { feelingsNear, loadVocabulary } from "../../state/vocab";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

export function checkInForm(state: FormState, changed: () => void, isNew = true): FlowForm {
  const b = () => state.body as CheckIn & { kind: "check_in" };
  const fields = new FieldSet();
  // Save stays in reach (a bar at the window's bottom edge) once a point or a word is chosen: the page is long.
  let sticky: (yes: boolean) => void = () => {};
  const chosen = () => b().feelings.length > 0 || b().pleasantness !== 0 || b().energy !== 0;
  let stuck = false;
  const keepSaveInReach = () => {
    stuck ||= chosen();
    sticky(stuck);
  };
  const picker = feelingPicker((words) => {
    b().feelings = words;
    feelErr.textContent = "";
    keepSaveInReach();
    changed();
  }, "Which words fit?");
  picker.set(b().feelings);
  const feelErr = h("p", { class: "field-error", "aria-live": "polite", testid: "checkin-feelings-error" });

  let asked = "";
  const refreshWords = () => {
    const { pleasantness: p, energy: e } = b();
    const key = `${p},${e}`;
    asked = key;
    const words = loadVocabulary();
    void Promise.all([feelingsNear(p, e), words]).then(([near, v]) => {
      if (asked !== key) return; // the point moved on meanwhile
      picker.showNear(near.nearest, v.feelings, p === 0 && e === 0
        ? "Words from the middle. Move the point to where you are, and the words follow it."
        : "The words nearest your point. Further from the middle, the feelings get stronger.");
    }).catch(() => words.then(
      // Without the nearest words, every word is still there to choose from.
      (v) => { if (asked === key) picker.showFamilies(v.feelings); },
      () => picker.showFamilies([], "The word list isn't available right now, but you can add your own.")));
  };
  const meter = moodMeter({ pleasantness: b().pleasantness, energy: b().energy }, (v) => {
    b().pleasantness = v.pleasantness;
    b().energy = v.energy;
    refreshWords();
    keepSaveInReach();
    changed();
  });
  refreshWords();

  const going = fields.text(textArea("What's going on?", { testid: "checkin-whats-going-on", rows: 4 },
    "A few words is plenty."), b, "whatsGoingOn", changed);
  const hope = fields.text(textArea("Something I'm hoping for", { testid: "checkin-hope", rows: 2 }), b, "hope", changed);
  const concern = fields.text(textArea("Something on my mind", { testid: "checkin-concern", rows: 2 }), b, "concern", changed);
  const need = fields.text(textArea("What I need right now", { testid: "checkin-need", rows: 2 }), b, "need", changed);

  // A self-contained question about the step chosen last time (new check-ins only).
  const lastStep = isNew || b().lastStep ? lastStepQuestion(b, changed) : null;

  return {
    el: h("div", { class: "stack", testid: "flow-check_in" },
      lastStep,
      meter.el,
      h("div", {}, picker.el, feelErr),
      going.wrap,
      h("details", { class: "more" }, h("summary", { testid: "checkin-more" }, "Go a little deeper (optional)"), hope.wrap, concern.wrap, need.wrap)),
    stickySave(set) {
      sticky = set;
      keepSaveInReach();
    },
    validate() {
      if (b().feelings.length === 0) {
        feelErr.textContent = "Pick at least one word, or add your own — whatever fits best.";
        picker.el.querySelector<HTMLElement>("button, input")?.focus();
        return false;
      }
      return true;
    },
    fieldError(field, message) {
      if (field === "feelings") {
        feelErr.textContent = message;
        return true;
      }
      return fields.show(field, message);
    },
  };
}
