// What Today shows about the day: today's entries, the drafts waiting to be finished, conflicts to come back to.
import { api } from "../api";
import type { DraftInfo } from "../bindings/DraftInfo";
import type { Entry } from "../bindings/Entry";
import type { EntryKind } from "../bindings/EntryKind";
import type { OpenConflict } from "../bindings/OpenConflict";
import { KINDS } from "../text";
import { emptyFilter } from "./entries";
import { localDay } from "./when";

/** The most entries of one day Today lists (the journal's largest page). */
export const DAY_LIMIT = 200;

/** Entries whose local date is today, newest first. */
export async function todaysEntries(now: Date = new Date()): Promise<Entry[]> {
  const day = localDay(now);
  const page = await api.timeline({ filter: { ...emptyFilter(), from: day, to: day }, start: null, after: null, limit: DAY_LIMIT });
  return page.entries;
}

/** A draft waiting, as Today offers it: a new entry of a kind, or an edit of an entry. */
export type Waiting = { draft: DraftInfo; kind: EntryKind; editing: null } | { draft: DraftInfo; kind: null; editing: string };

/** The drafts in the journal (keys "new:<kind>" and "edit:<id>", see drafts.ts), most recent first. */
export async function waitingDrafts(): Promise<Waiting[]> {
  const out: Waiting[] = [];
  for (const draft of await api.listDrafts()) {
    const colon = draft.key.indexOf(":");
    const [what, rest] = [draft.key.slice(0, colon), draft.key.slice(colon + 1)];
    if (what === "new" && (KINDS as string[]).includes(rest)) out.push({ draft, kind: rest as EntryKind, editing: null });
    else if (what === "edit" && rest) out.push({ draft, kind: null, editing: rest });
  }
  return out;
}

/** The conflict reflections to come back to now (the journal's rule: still open, two days to two months old, not put
 * off with "not now"), newest first. */
export function conflictsDue(): Promise<OpenConflict[]> {
  return api.conflictsDue();
}
