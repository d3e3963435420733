// How an entry reads: a short summary for lists and the full text for the entry page. Always text, never HTML.
import type { Entry } from "../bindings/Entry";
import { h, type Child } from "../dom";
import { personById } from "../state/people";
import { quadrantOf } from "../state/vocab";
import {
  formatDay,
  formatTime,
  HORSEMAN_INFO,
  HOW_LABEL,
  KIND_LABEL,
  LOVE_LANGUAGE_LABEL,
  LOOK_BACK_HEADINGS,
  OUTCOME_LABEL,
  QUADRANT_LABEL,
  STATUS_LABEL,
  URGE_LABEL,
} from "../text";
import { iSentence } from "./flows/conflict";

/** A one-line headline for lists. */
export function headline(e: Entry): string {
  const b = e.body;
  switch (b.kind) {
    case "check_in":
      return b.feelings.length ? `Feeling ${b.feelings.join(", ")}` : QUADRANT_LABEL[quadrantOf(b.pleasantness, b.energy)];
    case "appreciation":
      return `Appreciating ${personById(b.forWhom)?.name ?? "someone"}`;
    case "conflict":
      return firstLine(b.whatHappened);
    case "vulnerability":
      return b.prompt || "An answer";
    case "shared_experience":
      return firstLine(b.what);
    case "note":
      return b.title || firstLine(b.text);
    case "listening":
      return `Listening together${peopleOf(e) ? ` with ${peopleOf(e)}` : ""}`;
    case "reaching":
      return firstLine(b.moment);
    case "promise":
      return firstLine(b.what);
    case "look_back":
      return b.from && b.to ? `The week of ${formatDay(b.from)}` : "A look back";
  }
}

function peopleOf(e: Entry): string {
  return e.people.map((id) => personById(id)?.name).filter(Boolean).join(", ");
}

/** A longer preview line under the headline. */
export function preview(e: Entry): string {
  const b = e.body;
  switch (b.kind) {
    case "check_in":
      return b.whatsGoingOn;
    case "appreciation":
      return b.what;
    case "conflict":
      return STATUS_LABEL[b.status];
    case "vulnerability":
      return b.answer;
    case "shared_experience":
      return b.meaningful;
    case "note":
      return b.title ? b.text : "";
    case "listening":
      return b.turns[0]?.heard ?? "";
    case "reaching":
      return b.wanted ? URGE_LABEL[b.wanted] : b.did;
    case "promise":
      return [b.forWhom ? `For ${personById(b.forWhom)?.name ?? "someone"}` : "", b.byWhen ? `by ${formatDay(b.byWhen)}` : "",
        OUTCOME_LABEL[b.outcome].toLowerCase()].filter(Boolean).join(", ");
    case "look_back":
      return firstLine([b.mood, b.moment, b.askFor, b.planTogether, b.appreciations, b.conflicts, b.promises].find((t) => t.trim()) ?? "");
  }
}

export function firstLine(s: string, max = 90): string {
  const line = s.split("\n")[0]?.trim() ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function kindBadge(e: Entry): HTMLElement {
  return h("span", { class: `badge kind-${e.body.kind}` }, KIND_LABEL[e.body.kind]);
}

export function peopleNames(e: Entry): string {
  return e.people.map((id) => personById(id)?.name).filter(Boolean).join(", ");
}

function section(title: string, text: string | undefined): Child {
  if (!text || !text.trim()) return null;
  return h("section", { class: "entry-section" }, h("h2", {}, title), h("p", { class: "prose" }, text));
}

/** The full entry. */
export function entryDetail(e: Entry): HTMLElement {
  const b = e.body;
  const parts: Child[] = [];
  switch (b.kind) {
    case "check_in":
      parts.push(
        h("p", { class: "mood-summary" },
          `${QUADRANT_LABEL[quadrantOf(b.pleasantness, b.energy)]} · pleasantness ${b.pleasantness}, energy ${b.energy}`),
        b.feelings.length ? h("ul", { class: "chips static" }, b.feelings.map((f) => h("li", { class: "chip" }, f))) : null,
        section("What's going on", b.whatsGoingOn),
        section("Hoping for", b.hope),
        section("On my mind", b.concern),
        section("What I need", b.need),
      );
      break;
    case "appreciation":
      parts.push(
        h("p", { class: "muted" }, `For ${personById(b.forWhom)?.name ?? "someone"}`,
          b.loveLanguage ? ` · ${LOVE_LANGUAGE_LABEL[b.loveLanguage]}` : "", b.told ? " · I told them" : ""),
        section("What they did", b.what),
        section("Why it mattered", b.why),
      );
      break;
    case "conflict":
      parts.push(
        h("p", { class: "muted" }, STATUS_LABEL[b.status]),
        section("What happened", b.whatHappened),
        b.myFeelings.length ? h("ul", { class: "chips static" }, b.myFeelings.map((f) => h("li", { class: "chip" }, f))) : null,
        section("My I-statement", iSentence(b.iStatement)),
        b.horsemen.length
          ? h("section", { class: "entry-section" }, h("h2", {}, "Patterns that showed up"),
            h("ul", {}, b.horsemen.map((n) =>
              h("li", {}, `${HORSEMAN_INFO[n.horseman].name} (${n.whose === "mine" ? "mine" : "theirs"})`,
                n.rewrite ? h("p", { class: "prose" }, `With ${HORSEMAN_INFO[n.horseman].antidote.toLowerCase()}: ${n.rewrite}`) : null))))
          : null,
        section("Their side", b.theirPerspective),
        section("My part", b.myPart),
        section("Repair", b.repair),
        section("What we learned", b.learned),
        section("What happened since", b.since),
      );
      break;
    case "vulnerability":
      parts.push(h("blockquote", { class: "prompt-text" }, b.prompt), h("p", { class: "prose" }, b.answer),
        b.shared ? h("p", { class: "muted" }, "I shared this with them.") : null);
      break;
    case "shared_experience":
      parts.push(section("What we did", b.what), section("What made it meaningful", b.meaningful),
        h("p", { class: "muted" }, `Closeness: ${b.closeness} of 5`));
      break;
    case "note":
      parts.push(b.title ? h("h2", {}, b.title) : null, h("p", { class: "prose" }, b.text));
      break;
    case "listening": {
      const them = peopleOf(e) || "They";
      b.turns.forEach((t, i) => parts.push(h("section", { class: "entry-section listening-turn" },
        h("h2", {}, `Turn ${i + 1}: ${t.speaker === "me" ? `I spoke, ${them} listened` : `${them} spoke, I listened`}`),
        t.about ? h("p", { class: "muted" }, `About: ${t.about}`) : null,
        section("What was heard", t.heard),
        h("p", { class: "muted" }, t.gotIt === "yes" ? "Heard right: yes" : "Heard right: partly"),
        section("What was missed", t.missed),
        section("A curious question", t.question))));
      parts.push(section("Afterwards", b.afterwards));
      break;
    }
    case "reaching":
      parts.push(
        section("The moment", b.moment),
        b.felt.length ? h("ul", { class: "chips static" }, b.felt.map((f) => h("li", { class: "chip" }, f))) : null,
        b.wanted ? h("p", { class: "muted" }, `What I wanted to do: ${URGE_LABEL[b.wanted].toLowerCase()}`) : null,
        section("What I did", b.did),
        section("What might have helped", b.mightHaveHelped),
        section("A steady response", b.steadyResponse),
      );
      break;
    case "promise":
      parts.push(
        h("p", { class: "muted" }, [b.forWhom ? `For ${personById(b.forWhom)?.name ?? "someone"}` : "",
          b.byWhen ? `By ${formatDay(b.byWhen)}` : "", OUTCOME_LABEL[b.outcome]].filter(Boolean).join(" · ")),
        section("What I said I'd do", b.what),
        section("How it went", b.howItWent),
      );
      break;
    case "look_back":
      parts.push(
        b.from && b.to ? h("p", { class: "muted" }, `${formatDay(b.from)} to ${formatDay(b.to)}`) : null,
        ...LOOK_BACK_HEADINGS.map(([key, title]) => section(title, b[key])),
      );
      break;
  }
  if (b.kind === "check_in" && b.lastStep) {
    parts.push(section("How last time's step went", `${b.lastStep.step.text} — ${HOW_LABEL[b.lastStep.how].toLowerCase()}. ${b.lastStep.note}`.trim()));
  }
  if (b.kind === "check_in" && b.nextStep) parts.push(section("What I'll try", b.nextStep.text));
  const who = peopleNames(e);
  return h("article", { class: "entry-detail", testid: "entry-detail" },
    h("p", { class: "entry-meta" }, kindBadge(e), ` ${formatDay(e.localDate)} · ${formatTime(e.createdAt)}`,
      who ? ` · ${who}` : ""),
    ...parts,
    e.tags.length ? h("p", { class: "tags" }, e.tags.map((t) => h("span", { class: "tag" }, `#${t}`))) : null);
}

/** A list item linking to the entry; its title is a heading of `level`, one below the list's own heading. */
export function entryListItem(e: Entry, open: () => void, itemTestid: string, extra?: Child, level: 2 | 3 = 3): HTMLElement {
  const link = h("a", { href: `#entry-${e.id}`, class: "entry-link", testid: `entry-${e.id}`, onclick: (ev: Event) => {
    ev.preventDefault();
    open();
  } }, headline(e));
  const pv = preview(e);
  return h("li", { class: "entry-item", testid: itemTestid, "data-entry-id": e.id, "data-kind": e.body.kind },
    h("p", { class: "entry-meta" }, kindBadge(e), ` ${formatDay(e.localDate)}`),
    h(level === 2 ? "h2" : "h3", { class: "entry-title" }, link),
    extra ?? (pv ? h("p", { class: "entry-preview" }, firstLine(pv, 180)) : null));
}
