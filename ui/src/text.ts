// Words the UI shows for the journal's stable names. Plain, warm, never clinical.
import type { EntryKind } from "./bindings/EntryKind";
import { dateFormat } from "./locale";

// The journal's words (generated from its labels): one home for each, never copied here. `text.test.ts` fails if a
// journal label is written in this file.
export {
  CONFLICT_STEPS, DEPTH_LABEL, FIELD_LABEL, HORSEMAN_INFO, HORSEMEN, HOW_LABEL, KIND_HEADING, KIND_INVITE, KIND_LABEL,
  KIND_NOUNS, KINDS, LISTENING_STEPS, LOOK_BACK_HEADINGS, LOVE_LANGUAGE_HINT, LOVE_LANGUAGE_LABEL, LOVE_LANGUAGES,
  OUTCOME_LABEL, OUTCOMES, QUADRANT_LABEL, RELATIONSHIP_LABEL, RELATIONSHIPS, STATUS_LABEL, STATUSES, URGE_LABEL,
} from "./bindings/labels";
export type { FlowStep, HorsemanInfo } from "./bindings/labels";

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

/** "Tuesday, 3 March" style date for an entry's local date (YYYY-MM-DD). */
export function formatDay(localDate: string): string {
  const [y, m, d] = localDate.split("-").map(Number);
  if (!y || !m || !d) return localDate;
  const date = new Date(y, m - 1, d);
  const thisYear = new Date().getFullYear() === y;
  return dateFormat({
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(thisYear ? {} : { year: "numeric" }),
  }).format(date);
}

/** The local time an entry was written, e.g. "14:05". */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return dateFormat({ hour: "2-digit", minute: "2-digit" }).format(d);
}
