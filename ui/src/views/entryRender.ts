// How an entry reads: a short summary for lists and the full text for the entry page. Always text, never HTML.
import type { Entry } from "../bindings/Entry";
import { h, type Child } from "../dom";
import { personById } from "../state/people";
import { quadrantOf } from "../state/vocab";
import {
  FIELD_LABEL as F,
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
        section(F.check_in.whatsGoingOn, b.whatsGoingOn),
        section(F.check_in.hope, b.hope),
        section(F.check_in.concern, b.concern),
        section(F.check_in.need, b.need),
      );
      break;
    case "appreciation":
      parts.push(
        h("p", { class: "muted" }, `For ${personById(b.forWhom)?.name ?? "someone"}`,
          b.loveLanguage ? ` · ${LOVE_LANGUAGE_LABEL[b.loveLanguage]}` : "", b.told ? " · I told them" : ""),
        section(F.appreciation.what, b.what),
        section(F.appreciation.why, b.why),
      );
      break;
    case "conflict":
      parts.push(
        h("p", { class: "muted" }, STATUS_LABEL[b.status]),
        section(F.conflict.whatHappened, b.whatHappened),
        b.myFeelings.length ? h("ul", { class: "chips static" }, b.myFeelings.map((f) => h("li", { class: "chip" }, f))) : null,
        section(F.conflict.iStatement, iSentence(b.iStatement)),
        b.horsemen.length
          ? h("section", { class: "entry-section" }, h("h2", {}, F.conflict.horsemen),
            h("ul", {}, b.horsemen.map((n) =>
              h("li", {}, `${HORSEMAN_INFO[n.horseman].name} (${n.whose === "mine" ? "mine" : "theirs"})`,
                n.rewrite ? h("p", { class: "prose" }, `With ${HORSEMAN_INFO[n.horseman].antidote.toLowerCase()}: ${n.rewrite}`) : null))))
          : null,
        section(F.conflict.theirPerspective, b.theirPerspective),
        section(F.conflict.myPart, b.myPart),
        section(F.conflict.repair, b.repair),
        section(F.conflict.learned, b.learned),
        section(F.conflict.since, b.since),
      );
      break;
    case "vulnerability":
      parts.push(h("blockquote", { class: "prompt-text" }, b.prompt), h("p", { class: "prose" }, b.answer),
        b.shared ? h("p", { class: "muted" }, "I shared this with them.") : null);
      break;
    case "shared_experience":
      parts.push(section(F.shared_experience.what, b.what), section(F.shared_experience.meaningful, b.meaningful),
        h("p", { class: "muted" }, `Closeness: ${b.closeness} of 5`));
      break;
    case "note":
      parts.push(b.title ? h("h2", {}, b.title) : null, h("p", { class: "prose" }, b.text));
      break;
    case "listening": {
      const them = peopleOf(e) || "They";
      b.turns.forEach((t, i) => parts.push(h("section", { class: "entry-section listening-turn" },
        h("h2", {}, `Turn ${i + 1}: ${t.speaker === "me" ? `I spoke, ${them} listened` : `${them} spoke, I listened`}`),
        t.about ? h("p", { class: "muted" }, `${F.listening.about}: ${t.about}`) : null,
        section(F.listening.heard, t.heard),
        h("p", { class: "muted" }, `${F.listening.gotIt}: ${t.gotIt === "yes" ? "yes" : "partly"}`),
        section(F.listening.missed, t.missed),
        section(F.listening.question, t.question))));
      parts.push(section(F.listening.afterwards, b.afterwards));
      break;
    }
    case "reaching":
      parts.push(
        section(F.reaching.moment, b.moment),
        b.felt.length ? h("ul", { class: "chips static" }, b.felt.map((f) => h("li", { class: "chip" }, f))) : null,
        b.wanted ? h("p", { class: "muted" }, `${F.reaching.wanted}: ${URGE_LABEL[b.wanted].toLowerCase()}`) : null,
        section(F.reaching.did, b.did),
        section(F.reaching.mightHaveHelped, b.mightHaveHelped),
        section(F.reaching.steadyResponse, b.steadyResponse),
      );
      break;
    case "promise":
      parts.push(
        h("p", { class: "muted" }, [b.forWhom ? `For ${personById(b.forWhom)?.name ?? "someone"}` : "",
          b.byWhen ? `By ${formatDay(b.byWhen)}` : "", OUTCOME_LABEL[b.outcome]].filter(Boolean).join(" · ")),
        section(F.promise.what, b.what),
        section(F.promise.howItWent, b.howItWent),
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
    parts.push(section(F.check_in.lastStep, `${b.lastStep.step.text} — ${HOW_LABEL[b.lastStep.how].toLowerCase()}. ${b.lastStep.note}`.trim()));
  }
  if (b.kind === "check_in" && b.nextStep) parts.push(section(F.check_in.nextStep, b.nextStep.text));
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
