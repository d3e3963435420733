// "How did it go?": at a new check-in, when a next step was chosen at the last one, a short, skippable question.
// The answer is kept on the new check-in (the journal says which step is pending).
import type { CheckIn } from "../bindings/CheckIn";
import type { HowItWent } from "../bindings/HowItWent";
import { h, nextId } from "../dom";
import { pendingStep } from "../state/practices";
import { formatDay, HOW_LABEL } from "../text";

/** The journal's answers, in its order. */
const HOWS = Object.keys(HOW_LABEL) as HowItWent[];

export function lastStepQuestion(b: () => CheckIn, changed: () => void): HTMLElement {
  const el = h("section", { class: "card last-step", testid: "last-step", "aria-labelledby": nextId("ls"), hidden: true });
  const show = (text: string, date: string | null, step: NonNullable<CheckIn["lastStep"]>["step"]) => {
    const name = nextId("how");
    const headingId = el.getAttribute("aria-labelledby")!;
    const note = h("textarea", { rows: 2, maxlength: 20000, testid: "last-step-note", "aria-label": "A few words about it (optional)" });
    note.value = b().lastStep?.note ?? "";
    note.addEventListener("input", () => {
      const last = b().lastStep;
      if (last) last.note = note.value;
      changed();
    });
    el.replaceChildren(
      h("h2", { id: headingId }, "How did it go?"),
      h("p", {}, `${date ? `On ${formatDay(date)} you` : "Last time you"} planned to try: `, h("q", {}, text)),
      h("fieldset", { class: "choice-list inline" }, h("legend", { class: "visually-hidden" }, "How did it go?"),
        ...HOWS.map((how) => {
          const id = nextId("h");
          return h("div", { class: "check" },
            h("input", { type: "radio", name, id, testid: `last-step-${how}`, checked: b().lastStep?.how === how, onchange: () => {
              b().lastStep = { step, how, note: note.value };
              changed();
            } }),
            h("label", { for: id }, HOW_LABEL[how]));
        })),
      note,
      h("p", { class: "muted" }, "Skip it if you like: there's no wrong answer."));
    el.hidden = false;
  };
  const existing = b().lastStep;
  if (existing) show(existing.step.text, null, existing.step);
  else void pendingStep().then((p) => {
    if (p && !b().lastStep) show(p.step.text, p.localDate, p.step);
  }, () => {});
  return el;
}
