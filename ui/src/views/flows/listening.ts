// Listening together: two people at one computer. One speaks about a feeling, hope or worry; the other listens and
// writes what they heard in their own words; the speaker says whether that was it; the listener asks one curious
// question; then they swap. Both turns are saved as one entry about the person. A short "how to listen" card comes
// first, the first time.
import type { GotIt } from "../../bindings/GotIt";
import type { Listening } from "../../bindings/Listening";
import type { ListeningTurn } from "../../bindings/ListeningTurn";
import type { Speaker } from "../../bindings/Speaker";
import { textArea, textField } from "../../components/field";
import { personPicker } from "../../components/personPicker";
import { h, nextId, replace } from "../../dom";
import { loadPeople, personById } from "../../state/people";
import { LISTENING_STEPS } from "../../text";
import { FieldSet } from "./bind";
import type { FlowForm, FormState } from "./types";

type Body = Listening & { kind: "listening" };

/** The steps' titles, from the journal: 0 how to listen, 1 who, 2 first turn, 3 second turn, 4 afterwards. */
const TITLES = LISTENING_STEPS.map((s) => s.title);
const HOW_TO_LISTEN_TITLE = TITLES[0]!;

/** The four things to remember, in the card shown the first time (and whenever asked for). */
export const HOW_TO_LISTEN: Array<[string, string]> = [
  ["No fixing", "You don't need to solve anything. Being heard is the help."],
  ["No defending", "This turn is theirs. Your side will have its own turn."],
  ["Say back what you heard", "In your own words, not as a quote. Then ask: “Did I get it?”"],
  ["Ask one curious question", "Something that helps you understand more, not a point to make."],
];

export function howToListenCard(onReady?: () => void): HTMLElement {
  return h("section", { class: "card how-to-listen", testid: "how-to-listen", "aria-labelledby": "htl-h" },
    h("h2", { id: "htl-h" }, HOW_TO_LISTEN_TITLE),
    h("p", { class: "muted" }, "One of you speaks about a feeling, a hope or a worry. The other only listens."),
    h("ul", { class: "listen-points" }, HOW_TO_LISTEN.map(([title, text]) => h("li", {}, h("strong", {}, `${title}. `), text))),
    onReady ? h("button", { type: "button", class: "button primary", testid: "listen-ready", onclick: onReady }, "We're ready") : null);
}

function emptyTurn(speaker: Speaker): ListeningTurn {
  return { speaker, about: "", heard: "", gotIt: "yes", missed: "", question: "" };
}

export function listeningForm(state: FormState, changed: () => void, firstTime: boolean): FlowForm {
  const b = () => state.body as Body;
  if (b().turns.length === 0) b().turns = [emptyTurn("them"), emptyTurn("me")];
  // The other person's name once chosen (someone added on the spot is in the people store too).
  const theirName = () => personById(state.people[0] ?? "")?.name ?? null;
  const who = personPicker("one", "Who are you listening with?", (ids) => {
    state.people = ids;
    render();
    changed();
  }, "listening-person");
  who.set(state.people);
  void loadPeople().then(() => render(), () => {});

  const fields = new FieldSet();
  const turnViews = [0, 1].map((i) => turnView(i));
  const afterwards = fields.text(textArea("Anything you both want to remember? (optional)", { testid: "listening-afterwards", rows: 3 }),
    b, "afterwards", changed);

  // Steps: 0 the card (first time only), 1 who, 2 first turn, 3 second turn, 4 afterwards.
  let step = firstTime ? 0 : 1;
  const body = h("div", { class: "step-body" });
  const stepLabel = h("p", { class: "step-label", "aria-live": "polite", testid: "listening-step" });
  const back = h("button", { type: "button", class: "button", testid: "listening-back", onclick: () => go(step - 1) }, "Back");
  const next = h("button", { type: "button", class: "button primary-soft", testid: "listening-next", onclick: () => go(step + 1) }, "Next");
  const help = h("button", { type: "button", class: "link-button", testid: "listening-how", onclick: () => {
    const card = body.querySelector(".how-to-listen");
    if (card) card.remove();
    else body.prepend(howToListenCard());
  } }, HOW_TO_LISTEN_TITLE);

  /** "Robin speaks, you listen." / "You speak, Robin listens." ("they" until a name is chosen). */
  function roles(s: Speaker): string {
    const them = theirName();
    return s === "me"
      ? `You speak, ${them ? `${them} listens` : "they listen"}.`
      : `${them ? `${them} speaks` : "They speak"}, you listen.`;
  }

  function turnView(i: number) {
    const t = () => b().turns[i]!;
    const speakerName_ = nextId("spk");
    const speakerChoice = h("fieldset", { class: "choice-list inline" }, h("legend", {}, "Who speaks first?"),
      ...(["them", "me"] as Speaker[]).map((s) => {
        const id = nextId("sp");
        return h("div", { class: "check" },
          h("input", { type: "radio", name: speakerName_, id, testid: `listening-first-${s}`, checked: t().speaker === s, onchange: () => {
            b().turns[0]!.speaker = s;
            b().turns[1]!.speaker = s === "me" ? "them" : "me";
            changed();
            render();
          } }),
          h("label", { for: id, "data-speaker": s }, s === "me" ? "I do" : "They do"));
      }));
    const about = bindText(textField("What it's about, in a few words (optional)", { testid: `listening-about-${i}` }), t, "about");
    // Bound by hand: FieldSet keys fields by their last name, and both turns have a "heard".
    const heard = textArea("What I heard", { testid: `listening-heard-${i}`, rows: 4 }, "The listener writes it in their own words.");
    heard.control.value = t().heard;
    heard.control.addEventListener("input", () => {
      t().heard = heard.control.value;
      heard.setError(null);
      changed();
    });
    const gotName = nextId("got");
    const missed = bindText(textArea("What was missed?", { testid: `listening-missed-${i}`, rows: 2 }), t, "missed");
    missed.wrap.hidden = t().gotIt !== "partly";
    const gotIt = h("fieldset", { class: "choice-list inline" }, h("legend", { "data-role": "got-legend" }, "Did I get it?"),
      ...(["yes", "partly"] as GotIt[]).map((g) => {
        const id = nextId("g");
        return h("div", { class: "check" },
          h("input", { type: "radio", name: gotName, id, testid: `listening-got-${g}-${i}`, checked: t().gotIt === g, onchange: () => {
            t().gotIt = g;
            missed.wrap.hidden = g !== "partly";
            changed();
          } }),
          h("label", { for: id }, g === "yes" ? "Yes, that's it" : "Partly"));
      }));
    const question = bindText(textField("One curious question", { testid: `listening-question-${i}` },
      "Something that helps you understand more. Ask it, and listen to the answer."), t, "question");
    const roles = h("p", { class: "roles", testid: `listening-roles-${i}` });
    return { el: h("div", { class: "stack listening-turn" }, i === 0 ? speakerChoice : null, roles, about.wrap, heard.wrap, gotIt, missed.wrap, question.wrap),
      roles, t, heard };
  }

  function bindText<F extends { control: HTMLInputElement | HTMLTextAreaElement; setError(m: string | null): void }>(
    field: F, t: () => ListeningTurn, key: "about" | "missed" | "question"): F & { wrap: HTMLElement } {
    field.control.value = t()[key];
    field.control.addEventListener("input", () => {
      t()[key] = field.control.value;
      field.setError(null);
      changed();
    });
    return field as F & { wrap: HTMLElement };
  }

  /** Whether turn `i` has what was heard; if not, says so on its field. */
  function heardIn(i: number): boolean {
    if (b().turns[i]!.heard.trim()) return true;
    const f = turnViews[i]!.heard;
    f.setError("Write what you heard: a sentence in your own words is enough.");
    f.control.focus();
    return false;
  }

  function go(n: number) {
    if (n > step && step === 1 && state.people.length === 0) {
      who.setError("Choose who you're listening with, or add them.");
      return;
    }
    if (n > step && (step === 2 || step === 3) && !heardIn(step - 2)) return;
    step = Math.max(firstTime ? 0 : 1, Math.min(4, n));
    render();
    body.querySelector<HTMLElement>("textarea, input")?.focus();
  }

  function render() {
    const them = theirName();
    for (const v of turnViews) {
      v.roles.textContent = `${roles(v.t().speaker)} Speak about a feeling, a hope or a worry.`;
      const label = v.el.querySelector('label[data-speaker="them"]');
      if (label) label.textContent = them ? `${them} does` : "They do";
    }
    stepLabel.textContent = step === 0 ? "Before you start" : `Step ${step} of ${TITLES.length - 1}: ${TITLES[step]}`;
    const content = step === 0 ? [howToListenCard(() => go(1))]
      : step === 1 ? [who.el]
        : step === 4 ? [afterwards.wrap]
          : [turnViews[step - 2]!.el];
    // The card has its own heading.
    replace(body, step === 0 ? null : h("h2", {}, TITLES[step]!), ...content);
    back.disabled = step <= (firstTime ? 0 : 1);
    next.hidden = step === 0 || step === 4;
    help.hidden = step === 0;
  }
  render();

  return {
    el: h("div", { class: "stack listening", testid: "flow-listening" }, stepLabel, body,
      h("div", { class: "actions spread" }, back, help, next)),
    ownsPeople: true,
    validate() {
      if (state.people.length === 0) {
        step = 1;
        render();
        who.setError("Choose who you're listening with, or add them.");
        return false;
      }
      for (const i of [0, 1]) {
        if (!b().turns[i]!.heard.trim()) {
          step = i + 2;
          render();
          return heardIn(i);
        }
      }
      return true;
    },
    fieldError(field, message) {
      if (field === "people") {
        step = 1;
        render();
        who.setError(message);
        return true;
      }
      const i = field === "turns.0" ? 0 : field === "turns.1" ? 1 : null;
      if (i !== null) {
        step = i + 2;
        render();
        turnViews[i]?.heard.setError(message);
        return true;
      }
      return fields.show(field, message);
    },
  };
}
