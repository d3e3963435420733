// Reaching and pulling away: a short explainer (from the journal), then one moment of distance looked at kindly:
// what I felt, what I wanted to do, what I did, what might have helped, and what a steady response could have been.
// Never a type or a label: only this moment.
import type { Reaching } from "../../bindings/Reaching";
import type { Urge } from "../../bindings/Urge";
import { feelingPicker } from "../../components/feelingPicker";
import { textArea } from "../../components/field";
import { h, nextId } from "../../dom";
import { loadVocabulary } from "../../state/vocab";
import { URGE_LABEL } from "../../text";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

type Body = Reaching & { kind: "reaching" };

const URGES: Array<[Urge, string]> = [
  ["reach", "move closer, ask, call, say more"],
  ["pull_away", "go quiet, get busy, want space"],
  ["both", "part of me wanted each"],
];

export function reachingForm(state: FormState, changed: () => void): FlowForm {
  const b = () => state.body as Body;
  const fields = new FieldSet();
  const explainer = h("div", { class: "explainer", testid: "reaching-explainer" });
  const about = h("details", { class: "more explainer-wrap" },
    h("summary", { testid: "reaching-about" }, "About reaching and pulling away"), explainer);
  void loadVocabulary().then((v) => {
    explainer.replaceChildren(...v.reachingExplainer.split("\n\n").map((p) => h("p", {}, p)));
  }, () => about.remove());

  const moment = fields.text(textArea("A moment of distance", { testid: "reaching-moment", rows: 3 },
    "What happened, in a sentence or two: a message left unanswered, a quiet evening, a door closed a bit hard."), b, "moment", changed);
  const felt = feelingPicker((w) => {
    b().felt = w;
    changed();
  }, "What did I feel?");
  felt.set(b().felt);
  void loadVocabulary().then((v) => felt.showFamilies(v.feelings), () => felt.showFamilies([]));

  const urgeName = nextId("urge");
  const wanted = h("fieldset", { class: "choice-list" }, h("legend", {}, "What did I want to do?"),
    ...URGES.map(([u, hint]) => {
      const id = nextId("u");
      return h("div", { class: "check" },
        h("input", { type: "radio", name: urgeName, id, testid: `reaching-wanted-${u}`, checked: b().wanted === u, onchange: () => {
          b().wanted = u;
          changed();
        } }),
        h("label", { for: id }, URGE_LABEL[u], h("span", { class: "hint-inline" }, ` — ${hint}`)));
    }));
  const did = fields.text(textArea("What did I do?", { testid: "reaching-did", rows: 3 }), b, "did", changed);
  const helped = fields.text(textArea("What might have helped?", { testid: "reaching-helped", rows: 3 }), b, "mightHaveHelped", changed);
  const steady = fields.text(textArea("What could a steady, secure response have looked like, from me or from them?",
    { testid: "reaching-steady", rows: 3 },
    "Not a perfect one: a kind, settled one. “I'm here, I just need a minute.” “Take your time, I'll be around.”"),
  b, "steadyResponse", changed);

  return {
    el: h("div", { class: "stack reaching", testid: "flow-reaching" }, about, moment.wrap, felt.el, wanted, did.wrap, helped.wrap, steady.wrap),
    validate: () => fields.require("moment", "Start with the moment: a sentence is enough."),
    fieldError: (f, m) => fields.show(f, m),
  };
}
