// Words the UI shows for the journal's stable names. Plain, warm, never clinical.
import type { ConflictStatus } from "./bindings/ConflictStatus";
import type { EntryKind } from "./bindings/EntryKind";
import type { Horseman } from "./bindings/Horseman";
import type { LookBack } from "./bindings/LookBack";
import type { LoveLanguage } from "./bindings/LoveLanguage";
import type { PromiseOutcome } from "./bindings/PromiseOutcome";
import type { Quadrant } from "./bindings/Quadrant";
import type { Relationship } from "./bindings/Relationship";
import { dateLocale } from "./locale";

export const KINDS: EntryKind[] = [
  "check_in", "listening", "appreciation", "conflict", "reaching", "vulnerability", "shared_experience", "promise",
  "look_back", "note",
];

export const KIND_LABEL: Record<EntryKind, string> = {
  check_in: "Check-in",
  appreciation: "Appreciation",
  conflict: "Conflict reflection",
  vulnerability: "Opening up",
  shared_experience: "Shared moment",
  note: "Note",
  listening: "Listening together",
  reaching: "Reaching and pulling away",
  promise: "Promise",
  look_back: "Weekly look back",
};

export const KIND_INVITE: Record<EntryKind, string> = {
  check_in: "How am I, really?",
  appreciation: "Something someone did that mattered",
  conflict: "Untangle a hard moment, step by step",
  vulnerability: "A question to answer honestly",
  shared_experience: "Something we did together",
  note: "Anything else on your mind",
  listening: "Two of you, one screen: take turns to be heard",
  reaching: "A moment of distance, looked at kindly",
  promise: "Something I said I'd do",
  look_back: "A few quiet minutes with the week just past",
};

/** Route slugs for each flow (also used in data-testids: nav-new-<slug>). */
export const KIND_SLUG: Record<EntryKind, string> = {
  check_in: "check-in",
  appreciation: "appreciation",
  conflict: "conflict",
  vulnerability: "vulnerability",
  shared_experience: "shared",
  note: "note",
  listening: "listening",
  reaching: "reaching",
  promise: "promise",
  look_back: "look-back",
};

/** A look back's parts and their headings, in the order of its steps. */
export const LOOK_BACK_HEADINGS: Array<[keyof Omit<LookBack, "from" | "to">, string]> = [
  ["mood", "How the week felt"],
  ["moment", "A moment of closeness"],
  ["appreciations", "Appreciations to tell"],
  ["conflicts", "What is still open"],
  ["promises", "Promises coming up"],
  ["askFor", "One thing to ask for"],
  ["planTogether", "One thing to plan together"],
];

export const OUTCOMES: PromiseOutcome[] = ["not_yet", "kept", "changed"];
export const OUTCOME_LABEL: Record<PromiseOutcome, string> = {
  not_yet: "Not yet",
  kept: "Kept",
  changed: "Changed",
};

export const LOVE_LANGUAGES: LoveLanguage[] = ["words", "service", "gifts", "quality_time", "touch"];
export const LOVE_LANGUAGE_LABEL: Record<LoveLanguage, string> = {
  words: "Words of affirmation",
  service: "Acts of service",
  gifts: "Gifts",
  quality_time: "Quality time",
  touch: "Physical touch",
};
export const LOVE_LANGUAGE_HINT: Record<LoveLanguage, string> = {
  words: "Saying what you see and value in them",
  service: "Doing something that lightens their load",
  gifts: "A small, thought-through token",
  quality_time: "Undivided attention, together",
  touch: "A hug, a hand, closeness",
};

export const RELATIONSHIPS: Relationship[] = ["partner", "family", "friend", "therapist", "other"];
export const RELATIONSHIP_LABEL: Record<Relationship, string> = {
  partner: "Partner",
  family: "Family",
  friend: "Friend",
  therapist: "Therapist or counsellor",
  other: "Someone else",
};

export const STATUS_LABEL: Record<ConflictStatus, string> = {
  open: "Still open",
  repairing: "Working on it",
  repaired: "We've reconnected",
  resolved: "Settled",
};

// From the journal (generated): what someone wanted to do in a moment of distance; how a chosen step went.
export { HOW_LABEL, URGE_LABEL } from "./bindings/labels";

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  pleasant_high: "Bright and energised",
  pleasant_low: "Calm and at ease",
  unpleasant_high: "Stirred up",
  unpleasant_low: "Low and heavy",
};

export interface HorsemanInfo {
  name: string;
  what: string;
  antidote: string;
  how: string;
}
export const HORSEMEN: Horseman[] = ["criticism", "contempt", "defensiveness", "stonewalling"];
export const HORSEMAN_INFO: Record<Horseman, HorsemanInfo> = {
  criticism: {
    name: "Criticism",
    what: "A complaint about a moment turns into a judgement of the whole person (“you always…”).",
    antidote: "Gentle start-up",
    how: "Name your feeling and the specific moment, then ask for what you need.",
  },
  contempt: {
    name: "Contempt",
    what: "Talking down: sarcasm, eye-rolling, mocking or name-calling.",
    antidote: "Appreciation and respect",
    how: "Remember what you value in them and say what you need with care.",
  },
  defensiveness: {
    name: "Defensiveness",
    what: "Meeting a concern with an excuse or a complaint of your own instead of hearing it.",
    antidote: "Taking responsibility",
    how: "Find the part that is yours, however small, and own it.",
  },
  stonewalling: {
    name: "Stonewalling",
    what: "Going quiet and shutting down, often because feelings got too big to stay present.",
    antidote: "Self-soothing",
    how: "Ask for a pause, calm your body for a while, then come back to the talk.",
  },
};

/** "Tuesday, 3 March" style date for an entry's local date (YYYY-MM-DD). */
export function formatDay(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  if (!y || !m || !d) return localDate;
  const date = new Date(y, m - 1, d);
  const thisYear = new Date().getFullYear() === y;
  return date.toLocaleDateString(dateLocale(), {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(thisYear ? {} : { year: "numeric" }),
  });
}

/** The local time an entry was written, e.g. "14:05". */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return d.toLocaleTimeString(dateLocale(), { hour: "2-digit", minute: "2-digit" });
}
