// A conflict reflection, one step at a time: what happened and who it was with, feelings (the unpleasant ones first),
// an I-statement, the four horsemen, their side, my part, repair, what we learned, and where it stands.
// The step list is a row of links to each step; Next is the strong button until the last step, where Save is.
import type { ConflictReflection } from "../../bindings/ConflictReflection";
import type { ConflictStatus } from "../../bindings/ConflictStatus";
import type { Field as FieldName } from "../../bindings/Field";
import type { Horseman } from "../../bindings/Horseman";
import type { Whose } from "../../bindings/Whose";
import { feelingPicker } from "../../components/feelingPicker";
import { MAX_LONG_TEXT, textArea, textField } from "../../components/field";
import { h, nextId, replace } from "../../dom";
import { personPicker } from "../../components/personPicker";
import { loadVocabulary, unpleasantFirst } from "../../state/vocab";
import { repairPhrases } from "../../components/repairPhrases";
import { underneathHint } from "../../components/underneathHint";
import { CONFLICT_STEPS, HORSEMAN_INFO, HORSEMEN, STATUS_LABEL } from "../../text";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";
import { revisitOffer } from "./revisit";

type Body = ConflictReflection & { kind: "conflict" };
type ConflictStepKey = (typeof CONFLICT_STEPS)[number]["key"];

/** The I-statement as one sentence, skipping empty parts. */
export function iSentence(s: Body["iStatement"]): string {
  const parts: string[] = [];
  if (s.feel.trim()) parts.push(`I feel ${s.feel.trim()}`);
  if (s.when.trim()) parts.push(`when ${s.when.trim()}`);
  if (s.because.trim()) parts.push(`because ${s.because.trim()}`);
  let out = parts.join(" ");
  if (s.need.trim()) out += `${out ? ". " : ""}I need ${s.need.trim()}`;
  return out ? `${out}.` : "";
}

/** The steps for `state`; `editId` when editing a saved reflection (its revisit reminder can be set at once). */
export function conflictForm(state: FormState, changed: () => void, editId?: string): FlowForm {
  const b = () => state.body as Body;
  const fields = new FieldSet();
  let step = 0;

  const facts = fields.text(textArea("What happened?", { testid: "conflict-what-happened", rows: 5 },
    "Just the facts, as a camera would have seen them: who said or did what, where, when."), b, "whatHappened", changed);

  const feelings = feelingPicker((w) => {
    b().myFeelings = w;
    refreshHint();
    changed();
  }, "What did you feel?");
  feelings.set(b().myFeelings);
  void loadVocabulary().then((v) => feelings.showFamilies(unpleasantFirst(v.feelings)), () => feelings.showFamilies([]));

  // Asked in the first step, so a conflict is about someone (the shared picker sits folded away under "People").
  const who = personPicker("many", "Who was this with?", (ids) => {
    state.people = ids;
    changed();
  }, "conflict-people");
  who.set(state.people);

  const iObj = () => b().iStatement;
  const sentence = h("p", { class: "i-sentence", "aria-live": "polite", testid: "conflict-i-sentence" });
  const showSentence = () => {
    sentence.textContent = iSentence(b().iStatement) || "Your sentence will appear here as you type.";
  };
  const iChanged = () => {
    showSentence();
    refreshHint();
    changed();
  };
  // A feeling that is really about what someone did ("betrayed") gets a gentle hint at what may be underneath.
  const hintSlot = h("div", {});
  let hint: ReturnType<typeof underneathHint> | null = null;
  const refreshHint = () => hint?.update(b().myFeelings, b().iStatement.feel);
  // The repair step's phrase bank: one click adds a phrase to the repair text.
  const phraseSlot = h("div", {});
  void loadVocabulary().then((v) => {
    hint = underneathHint(v.underneath, (word) => {
      const now = feel.control.value.trim();
      feel.control.value = now ? `${now}, ${word}` : word;
      feel.control.dispatchEvent(new Event("input", { bubbles: true }));
    });
    hintSlot.replaceChildren(hint.el);
    refreshHint();
    phraseSlot.replaceChildren(repairPhrases(v.repairGroups, () => (repair.control instanceof HTMLSelectElement ? null : repair.control)));
  }, () => {});
  const feel = fields.text(textField("I feel…", { testid: "conflict-i-feel", maxlength: MAX_LONG_TEXT }), iObj, "feel", iChanged, "iStatement.feel");
  const when = fields.text(textField("when…", { testid: "conflict-i-when", maxlength: MAX_LONG_TEXT }), iObj, "when", iChanged, "iStatement.when");
  const because = fields.text(textField("because…", { testid: "conflict-i-because", maxlength: MAX_LONG_TEXT }), iObj, "because", iChanged, "iStatement.because");
  const need = fields.text(textField("I need…", { testid: "conflict-i-need", maxlength: MAX_LONG_TEXT }), iObj, "need", iChanged, "iStatement.need");
  showSentence();

  const horsemen = h("div", { class: "stack" }, ...HORSEMEN.map((hm) => horsemanCard(hm, b, changed)));

  const theirs = fields.text(textArea("How might it have looked from their side?", { testid: "conflict-their-perspective", rows: 4 },
    "You don't have to agree. Just imagine what they might have felt or needed."), b, "theirPerspective", changed);
  const myPart = fields.text(textArea("What was my part in it?", { testid: "conflict-my-part", rows: 4 },
    "Even a small part. This is about understanding, not blame."), b, "myPart", changed);
  const repair = fields.text(textArea("Repair: what did we try, or what could I offer?", { testid: "conflict-repair", rows: 4 },
    "An apology, a hug, a do-over, a time to talk again."), b, "repair", changed);
  const learned = fields.text(textArea("What did we learn?", { testid: "conflict-learned", rows: 4 }), b, "learned", changed);

  const statusName = nextId("status");
  // Labelled by the step's own heading ("Where does it stand now?"), so the question isn't asked twice.
  const status = h("fieldset", { class: "choice-list", "aria-labelledby": "conflict-step-h" },
    ...(Object.keys(STATUS_LABEL) as ConflictStatus[]).map((s) => {
      const id = nextId("st");
      return h("div", { class: "check" },
        h("input", { type: "radio", name: statusName, id, value: s, testid: `conflict-status-${s}`, checked: b().status === s,
          onchange: () => {
            b().status = s;
            changed();
          } }),
        h("label", { for: id }, STATUS_LABEL[s]));
    }));

  const revisit = revisitOffer(editId);
  // The steps' titles and the lines under them are the journal's (CONFLICT_STEPS); each key's content is here.
  const content: Record<ConflictStepKey, HTMLElement[]> = {
    whatHappened: [facts.wrap, who.el],
    myFeelings: [feelings.el],
    iStatement: [hintSlot, h("div", { class: "i-grid" }, feel.wrap, when.wrap, because.wrap, need.wrap), sentence],
    horsemen: [horsemen],
    theirPerspective: [theirs.wrap],
    myPart: [myPart.wrap],
    repair: [repair.wrap, phraseSlot],
    learned: [learned.wrap],
    status: [status, revisit.el],
  };
  const steps = CONFLICT_STEPS.map((st) => ({ title: st.title, intro: st.intro, content: content[st.key] }));

  const indicator = h("ol", { class: "steps", "aria-label": "Steps" });
  const stepLabel = h("p", { class: "step-label", "aria-live": "polite", testid: "conflict-step" });
  const body = h("div", { class: "step-body" });
  const back = h("button", { type: "button", class: "button", testid: "conflict-back", onclick: () => go(step - 1) }, "Back");
  const next = h("button", { type: "button", class: "button primary", testid: "conflict-next", onclick: () => go(step + 1) }, "Next");
  let strongSave: (yes: boolean) => void = () => {};

  function go(n: number) {
    if (n > step && step === 0 && !fields.require("whatHappened", "Start with what happened — a sentence or two is enough.")) return;
    step = Math.max(0, Math.min(steps.length - 1, n));
    render();
    body.querySelector<HTMLElement>("textarea, input")?.focus();
  }
  function render() {
    const s = steps[step]!;
    indicator.replaceChildren(...steps.map((st, i) =>
      h("li", { class: i < step ? "done" : i === step ? "current" : "" },
        h("a", { href: `#step-${i + 1}`, class: "step-link", testid: `conflict-step-${i + 1}`,
          "aria-current": i === step ? "step" : null, onclick: (e: Event) => {
            e.preventDefault();
            go(i);
          } },
          h("span", { class: "visually-hidden" }, `Step ${i + 1}: `), st.title))));
    // The step's title is its heading; the line above says only how far along it is.
    stepLabel.textContent = `Step ${step + 1} of ${steps.length}`;
    replace(body, h("h2", { id: "conflict-step-h" }, s.title), s.intro ? h("p", { class: "muted" }, s.intro) : null, ...s.content);
    back.disabled = step === 0;
    const last = step === steps.length - 1;
    next.hidden = last;
    strongSave(last);
  }
  render();

  return {
    el: h("div", { class: "stack conflict", testid: "flow-conflict" }, indicator, stepLabel, body,
      h("div", { class: "actions spread" }, back, next)),
    afterSave: (saved) => revisit.afterSave(saved.id),
    ownsPeople: true,
    emphasiseSave(fn) {
      strongSave = fn;
      fn(step === steps.length - 1);
    },
    validate() {
      if (!b().whatHappened.trim()) {
        step = 0;
        render();
        return fields.require("whatHappened", "Start with what happened — a sentence or two is enough.");
      }
      return true;
    },
    fieldError(field, message) {
      const idx = fieldStep(field);
      if (idx !== null) {
        step = idx;
        render();
      }
      return fields.show(field, message);
    },
  };
}

/** The step that holds each field the journal can refuse (its typed name, matched as is). */
const FIELD_STEP: Partial<Record<FieldName, ConflictStepKey>> = {
  whatHappened: "whatHappened", people: "whatHappened", myFeelings: "myFeelings", iStatement: "iStatement",
  "iStatement.feel": "iStatement", "iStatement.when": "iStatement", "iStatement.because": "iStatement",
  "iStatement.need": "iStatement", horsemen: "horsemen", theirPerspective: "theirPerspective", myPart: "myPart",
  repair: "repair", learned: "learned", status: "status",
};

function fieldStep(field: FieldName): number | null {
  const key = FIELD_STEP[field];
  return key ? CONFLICT_STEPS.findIndex((s) => s.key === key) : null;
}

function horsemanCard(hm: Horseman, b: () => Body, changed: () => void): HTMLElement {
  const info = HORSEMAN_INFO[hm];
  const note = (w: Whose) => b().horsemen.find((n) => n.horseman === hm && n.whose === w);
  const row = (w: Whose, label: string) => {
    const id = nextId("hm");
    const rewriteId = nextId("rw");
    const box = h("input", { type: "checkbox", id, testid: `conflict-horseman-${hm}-${w}`, checked: Boolean(note(w)) });
    const rewrite = h("textarea", { id: rewriteId, rows: 2, testid: `conflict-rewrite-${hm}-${w}` });
    rewrite.value = note(w)?.rewrite ?? "";
    const rewriteWrap = h("div", { class: "field" },
      h("label", { for: rewriteId }, w === "mine"
        ? `How could I have said it with ${info.antidote.toLowerCase()}?`
        : `How might it have sounded with ${info.antidote.toLowerCase()}?`),
      rewrite);
    rewriteWrap.hidden = !box.checked;
    box.addEventListener("change", () => {
      if (box.checked) b().horsemen = [...b().horsemen, { horseman: hm, whose: w, rewrite: rewrite.value }];
      else b().horsemen = b().horsemen.filter((n) => !(n.horseman === hm && n.whose === w));
      rewriteWrap.hidden = !box.checked;
      changed();
    });
    rewrite.addEventListener("input", () => {
      const n = note(w);
      if (n) n.rewrite = rewrite.value;
      changed();
    });
    return h("div", {}, h("div", { class: "check" }, box, h("label", { for: id }, label)), rewriteWrap);
  };
  return h("section", { class: "horseman", "aria-label": info.name },
    h("h3", {}, info.name),
    h("p", {}, info.what),
    h("p", { class: "antidote" }, h("strong", {}, `Antidote — ${info.antidote}: `), info.how),
    h("div", { class: "horseman-rows" }, row("mine", "I did this"), row("theirs", "They did this")));
}
