// A promise: what I said I'd do, for whom, by when; when editing, how it went (kept, changed, not yet) in a line.
import type { Promise as PromiseBody } from "../../bindings/Promise";
import type { PromiseOutcome } from "../../bindings/PromiseOutcome";
import { dateField } from "../../components/dateField";
import { textArea } from "../../components/field";
import { personPicker } from "../../components/personPicker";
import { h, nextId } from "../../dom";
import { OUTCOME_LABEL, OUTCOMES } from "../../text";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

/** The form; `editing` adds how it went (a new promise is "not yet"). */
export function promiseForm(state: FormState, changed: () => void, editing: boolean): FlowForm {
  const b = () => state.body as PromiseBody & { kind: "promise" };
  const fields = new FieldSet();
  const what = fields.text(textArea("What did you say you'd do?", { testid: "promise-what", rows: 3 },
    "In your own words, as you said it or meant it: “cook on Thursdays”, “call Mum back”."), b, "what", changed);
  const who = personPicker("one", "Who is it for? (optional)", (ids) => {
    b().forWhom = ids[0] ?? null;
    state.people = ids;
    changed();
  }, "promise-person", "No one in particular");
  const forWhom = b().forWhom;
  if (forWhom) who.set([forWhom]);

  const by = dateField("By when? (optional)", b().byWhen ?? "", { testid: "promise-by",
    hint: "Attune shows it on Today a few days before." });
  fields.add("byWhen", by);
  by.onChange((day) => {
    b().byWhen = day || null;
    changed();
  });

  const parts: HTMLElement[] = [what.wrap, who.el, by.wrap];
  if (editing) {
    const name = nextId("outcome");
    parts.push(h("fieldset", { class: "choice-list" }, h("legend", {}, "How did it go?"),
      ...OUTCOMES.map((o: PromiseOutcome) => {
        const id = nextId("oc");
        return h("div", { class: "check" },
          h("input", { type: "radio", name, id, value: o, testid: `promise-outcome-${o}`, checked: b().outcome === o,
            onchange: () => {
              b().outcome = o;
              changed();
            } }),
          h("label", { for: id }, OUTCOME_LABEL[o]));
      })));
    parts.push(fields.text(textArea("How it went, in a line (optional)", { testid: "promise-how", rows: 2 }), b, "howItWent", changed).wrap);
  }

  return {
    ownsPeople: true,
    el: h("div", { class: "stack", testid: "flow-promise" }, ...parts),
    validate: () => fields.require("what", "Write what you said you'd do — a few words is enough."),
    fieldError: (f, m) => fields.show(f, m),
  };
}
