// The weekly look back, one step at a time, each skippable: what the week's own entries show beside a line of one's
// own (how it felt, a moment of closeness, appreciations to tell, what is still open, promises coming up), then one
// thing to ask for and one to plan together.
import type { LookBack } from "../../bindings/LookBack";
import { textArea } from "../../components/field";
import { h, replace, type Child } from "../../dom";
import type { StillOpen } from "../../bindings/StillOpen";
import { loadWeek, type Week } from "../../state/lookBack";
import { formatDay, KIND_NOUNS, LOOK_BACK_HEADINGS, OUTCOME_LABEL, QUADRANT_LABEL } from "../../text";
import { openConflictList } from "../openConflicts";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

type Body = LookBack & { kind: "look_back" };
type Part = "mood" | "moment" | "appreciations" | "conflicts" | "promises" | "askFor" | "planTogether";

interface Step {
  part: Part;
  title: string;
  label: string;
  hint?: string;
  facts: (w: Week) => Child[];
}

/** A step's heading, the journal's (the same words the timeline, the CLI and the exports show). */
const heading = (part: Part): string => LOOK_BACK_HEADINGS.find(([k]) => k === part)?.[1] ?? part;
const none = (text: string): Child[] => [h("p", { class: "muted" }, text)];
const list = (items: string[]): Child => h("ul", { class: "plain-list" }, items.map((t) => h("li", {}, t)));

/** Conflicts still open: the week's own, then older ones under their own heading. Each is a link to its entry, at its
 * "Coming back to it" section (the same list as Today's and a person's page). */
function stillOpenFacts({ conflicts, more }: StillOpen): Child[] {
  if (!conflicts.length) return none("Nothing is left open. That's worth noticing too.");
  const week = conflicts.filter((c) => !c.older);
  const older = conflicts.filter((c) => c.older);
  const out: Child[] = [];
  if (week.length) out.push(h("p", {}, "From this week, still open or being repaired:"), openConflictList(week, "lookback-week"));
  if (older.length) {
    out.push(h("p", { testid: "lookback-older" }, week.length ? "And from before this week:" : "From before this week, still open or being repaired:"),
      openConflictList(older, "lookback-older-list"));
  }
  if (more > 0) out.push(h("p", { class: "muted" }, `And ${more} more from earlier.`));
  return out;
}

const STEPS: Step[] = [
  { part: "mood", title: heading("mood"), label: "What stands out about how the week felt?",
    facts: ({ insights: { mood } }) => {
      if (mood.checkIns === 0) return none("No check-ins this week. That's fine: what do you remember of it?");
      const m = mood.mix;
      const parts: Array<[string, number]> = [[QUADRANT_LABEL.pleasant_high, m.pleasantHigh], [QUADRANT_LABEL.pleasant_low, m.pleasantLow],
        [QUADRANT_LABEL.unpleasant_high, m.unpleasantHigh], [QUADRANT_LABEL.unpleasant_low, m.unpleasantLow]];
      return [h("p", {}, `${mood.checkIns} ${KIND_NOUNS.check_in[mood.checkIns === 1 ? 0 : 1]} this week:`),
        list(parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}: ${n}`))];
    } },
  { part: "moment", title: heading("moment"), label: "A moment you felt close to someone",
    hint: "Big or small: a look, a laugh, a hand on your shoulder.",
    facts: ({ moments }) => moments.length
      ? [h("p", {}, "Things you did together this week:"),
        list(moments.map((e) => (e.body.kind === "shared_experience" ? `${e.body.what} (closeness ${e.body.closeness} of 5)` : "")))]
      : none("No shared moments written down this week.") },
  { part: "appreciations", title: heading("appreciations"), label: "Which would you like to tell, and how?",
    facts: ({ insights: { appreciations } }) => appreciations.untoldList.length
      ? [h("p", {}, "Not told yet:"), list(appreciations.untoldList.map((a) => `${a.name}: ${a.what}`))]
      : none("Nothing waiting to be told from this week.") },
  { part: "conflicts", title: heading("conflicts"), label: "What might help with what is still open?",
    hint: "A time to talk, an apology, a question to ask. Or simply letting it rest for now.",
    facts: ({ stillOpen }) => stillOpenFacts(stillOpen) },
  { part: "promises", title: heading("promises"), label: "What would you like to do about them?",
    facts: ({ promises }) => promises.length
      ? [h("p", {}, "Things you said you'd do:"),
        list(promises.map((p) => `${p.what}${p.name ? `, for ${p.name}` : ""}, by ${formatDay(p.byWhen)} (${OUTCOME_LABEL.not_yet.toLowerCase()})`))]
      : none("No promises coming due.") },
  { part: "askFor", title: heading("askFor"), label: "One thing you'd like to ask for this week",
    hint: "Ask for what you need, gently and specifically: “Could we have dinner without phones on Thursday?”",
    facts: () => [] },
  { part: "planTogether", title: heading("planTogether"), label: heading("planTogether"),
    hint: "Something to look forward to, however small.", facts: () => [] },
];

const TESTID: Record<Part, string> = { mood: "mood", moment: "moment", appreciations: "appreciations",
  conflicts: "conflicts", promises: "promises", askFor: "ask-for", planTogether: "plan-together" };

export function lookBackForm(state: FormState, changed: () => void): FlowForm {
  const b = () => state.body as Body;
  const fields = new FieldSet();
  let week: Week | null = null;
  let step = 0;
  const boxes = STEPS.map((s) => fields.text(textArea(s.label, { testid: `lookback-${TESTID[s.part]}`, rows: 3 }, s.hint), b, s.part, changed));

  const facts = h("div", { class: "lookback-facts", testid: "lookback-facts", "aria-live": "polite" });
  const indicator = h("ol", { class: "steps", "aria-label": "Steps" });
  const stepLabel = h("p", { class: "step-label", "aria-live": "polite", testid: "lookback-step" });
  const body = h("div", { class: "step-body" });
  const back = h("button", { type: "button", class: "button", testid: "lookback-back", onclick: () => go(step - 1) }, "Back");
  const next = h("button", { type: "button", class: "button primary-soft", testid: "lookback-next", onclick: () => go(step + 1) }, "Next");

  function go(n: number) {
    step = Math.max(0, Math.min(STEPS.length - 1, n));
    render();
    body.querySelector<HTMLElement>("textarea")?.focus();
  }
  function render() {
    const s = STEPS[step]!;
    indicator.replaceChildren(...STEPS.map((st, i) =>
      h("li", { class: i < step ? "done" : i === step ? "current" : "", "aria-current": i === step ? "step" : null },
        h("span", { class: "visually-hidden" }, `Step ${i + 1}: `), st.title)));
    stepLabel.textContent = `Step ${step + 1} of ${STEPS.length}: ${s.title}`;
    replace(facts, ...(week ? s.facts(week) : [h("p", { class: "muted" }, "Reading your week…")]));
    replace(body, h("h2", {}, s.title), facts, boxes[step]!.wrap,
      h("p", { class: "muted" }, "Every step can be skipped: leave it empty and go on."));
    back.disabled = step === 0;
    next.hidden = step === STEPS.length - 1;
  }

  void loadWeek().then((w) => {
    week = w;
    if (!b().from) b().from = w.insights.span.from;
    if (!b().to) b().to = w.insights.span.to;
    render();
  }, () => {
    replace(facts, h("p", { class: "muted" }, "Your week couldn't be read just now. You can still write your look back."));
  });
  render();

  const stepOf = (field: string) => {
    const i = STEPS.findIndex((s) => s.part === field);
    return i < 0 ? null : i;
  };
  return {
    el: h("div", { class: "stack lookback", testid: "flow-look_back" }, indicator, stepLabel, body,
      h("div", { class: "actions spread" }, back, next)),
    validate() {
      if (STEPS.some((s) => b()[s.part].trim())) return true;
      step = 0;
      render();
      return fields.require("mood", "Write a line for at least one step, or leave the look back for another week.");
    },
    fieldError(field, message) {
      const i = stepOf(field);
      if (i !== null) {
        step = i;
        render();
      }
      return fields.show(field, message);
    },
  };
}
