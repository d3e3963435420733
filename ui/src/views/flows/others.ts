// The shorter flows: opening up (an answer to a question from the deck), a shared experience, a note.
import type { Note } from "../../bindings/Note";
import type { SharedExperience } from "../../bindings/SharedExperience";
import type { Vulnerability } from "../../bindings/Vulnerability";
import { checkbox, textArea, textField } from "../../components/field";
import { h, nextId } from "../../dom";
import { loadVocabulary, promptOfTheDay } from "../../state/vocab";
import { deckPicker, type DeckPicker } from "../../components/deckPicker";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

export function vulnerabilityForm(state: FormState, changed: () => void, skip: () => void): FlowForm {
  const b = () => state.body as Vulnerability & { kind: "vulnerability" };
  const fields = new FieldSet();
  // The question card: today's question (never a deep one), or a theme the person picks; it shows what each prompt
  // practises and how deep it goes.
  const slot = h("div", {});
  let card: DeckPicker | null = null;
  const use = (id: string, text: string) => {
    b().promptId = id;
    b().prompt = text;
    card?.show(id, text);
  };
  void loadVocabulary().catch(() => null).then((v) => {
    card = deckPicker(v, (p) => {
      use(p.id, p.text);
      changed();
    }, skip);
    slot.replaceChildren(card.el);
    if (b().prompt) card.show(b().promptId, b().prompt);
    else void promptOfTheDay().then((p) => {
      if (!b().prompt) use(p.id, p.text);
    }, () => use("", "What's something you'd like someone close to you to understand about you?"));
  });

  const answer = fields.text(textArea("Your answer", { testid: "vulnerability-answer", rows: 8 },
    "Write as much or as little as feels right. Only you will read this."), b, "answer", changed);
  const shared = checkbox("I shared this with them", { testid: "vulnerability-shared", checked: b().shared });
  shared.control.addEventListener("change", () => {
    b().shared = shared.control.checked;
    changed();
  });

  return {
    el: h("div", { class: "stack", testid: "flow-vulnerability" },
      slot, answer.wrap, shared.wrap),
    validate: () => fields.require("answer", "Write a few words, or choose “Not today” — both are fine."),
    fieldError: (f, m) => fields.show(f, m),
  };
}

export function sharedForm(state: FormState, changed: () => void): FlowForm {
  const b = () => state.body as SharedExperience & { kind: "shared_experience" };
  const fields = new FieldSet();
  const what = fields.text(textArea("What did you do together?", { testid: "shared-what", rows: 3 }), b, "what", changed);
  const meaningful = fields.text(textArea("What made it meaningful?", { testid: "shared-meaningful", rows: 4 }), b, "meaningful", changed);
  const name = nextId("close");
  const words = ["A little", "Somewhat", "Close", "Very close", "Deeply connected"];
  const closeness = h("fieldset", { class: "scale" }, h("legend", {}, "How close did you feel?"),
    h("div", { class: "scale-row" }, ...words.map((w, i) => {
      const id = nextId("c");
      return h("div", { class: "scale-option" },
        h("input", { type: "radio", name, id, value: i + 1, testid: `shared-closeness-${i + 1}`, checked: b().closeness === i + 1,
          onchange: () => {
            b().closeness = i + 1;
            changed();
          } }),
        h("label", { for: id }, h("span", { class: "scale-num" }, String(i + 1)), h("span", { class: "scale-word" }, w)));
    })));
  return {
    el: h("div", { class: "stack", testid: "flow-shared_experience" }, what.wrap, meaningful.wrap, closeness),
    validate: () => fields.require("what", "What did you do? A few words is enough."),
    fieldError: (f, m) => fields.show(f, m),
  };
}

export function noteForm(state: FormState, changed: () => void): FlowForm {
  const b = () => state.body as Note & { kind: "note" };
  const fields = new FieldSet();
  const title = fields.text(textField("Title (optional)", { testid: "note-title" }), b, "title", changed);
  const text = fields.text(textArea("Your note", { testid: "note-text", rows: 10 }), b, "text", changed);
  return {
    el: h("div", { class: "stack", testid: "flow-note" }, title.wrap, text.wrap),
    validate: () => fields.require("text", "Write something first — even a line."),
    fieldError: (f, m) => fields.show(f, m),
  };
}
