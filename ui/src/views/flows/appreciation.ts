// An appreciation: who, what they did, why it mattered, the love language, and whether I told them.
import type { Appreciation } from "../../bindings/Appreciation";
import type { LoveLanguage } from "../../bindings/LoveLanguage";
import { checkbox, textArea } from "../../components/field";
import { personPicker } from "../../components/personPicker";
import { h, nextId } from "../../dom";
import { LOVE_LANGUAGE_HINT, LOVE_LANGUAGE_LABEL, LOVE_LANGUAGES } from "../../text";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

export function appreciationForm(state: FormState, changed: () => void): FlowForm {
  const b = () => state.body as Appreciation & { kind: "appreciation" };
  const fields = new FieldSet();
  const who = personPicker("one", "Who is it for?", (ids) => {
    b().forWhom = ids[0] ?? "";
    state.people = ids;
    changed();
  }, "appreciation-person");
  if (b().forWhom) who.set([b().forWhom]);

  const what = fields.text(textArea("What did they do, or what is it about them?", { testid: "appreciation-what", rows: 3 },
    "The more specific, the better: “made me tea when I came home tired” rather than “is nice”."), b, "what", changed);
  const why = fields.text(textArea("Why did it matter to you?", { testid: "appreciation-why", rows: 3 },
    "What did it say to you? How did it feel?"), b, "why", changed);
  const nudge = h("p", { class: "nudge", "aria-live": "polite", testid: "appreciation-nudge" });
  const updateNudge = () => {
    nudge.textContent = b().what.trim().length > 0 && b().why.trim().length === 0
      ? "Lovely. Now the why — that's the part that makes an appreciation land."
      : "";
  };
  what.control.addEventListener("input", updateNudge);
  why.control.addEventListener("input", updateNudge);
  updateNudge();

  const langName = nextId("lang");
  const langs = h("fieldset", { class: "choice-list" },
    h("legend", {}, "Which love language does it speak? (optional)"),
    ...[...LOVE_LANGUAGES, null].map((l: LoveLanguage | null) => {
      const id = nextId("ll");
      const input = h("input", { type: "radio", name: langName, id, value: l ?? "", testid: `appreciation-lang-${l ?? "none"}`,
        checked: b().loveLanguage === l, onchange: () => {
          b().loveLanguage = l;
          changed();
        } });
      return h("div", { class: "check" }, input,
        h("label", { for: id }, l ? LOVE_LANGUAGE_LABEL[l] : "Not sure",
          l ? h("span", { class: "hint-inline" }, ` — ${LOVE_LANGUAGE_HINT[l]}`) : null));
    }));

  const told = checkbox("Yes, I've told them", { testid: "appreciation-told", checked: b().told });
  told.control.addEventListener("change", () => {
    b().told = told.control.checked;
    changed();
  });

  return {
    ownsPeople: true,
    el: h("div", { class: "stack", testid: "flow-appreciation" }, who.el, what.wrap, why.wrap, nudge, langs,
      h("fieldset", {}, h("legend", {}, "Did you tell them?"), told.wrap,
        h("p", { class: "field-hint" }, "Saying it out loud, even briefly, is a gift in itself."))),
    validate() {
      if (!b().forWhom) {
        who.setError("Choose who this is for, or add them.");
        who.el.querySelector<HTMLElement>("input")?.focus();
        return false;
      }
      return fields.require("what", "What did they do? Even one sentence is enough.");
    },
    fieldError(field, message) {
      if (field === "forWhom" || field === "people") {
        who.setError(message);
        return true;
      }
      return fields.show(field, message);
    },
  };
}
