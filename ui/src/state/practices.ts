// The practices that follow an entry, and the brief for a therapist: thin calls to the journal, which makes every
// choice (which next steps, whether the care line shows, what goes into a brief). Nothing here is cached.
import { api } from "../api";
import type { AfterSave } from "../bindings/AfterSave";
import type { Brief } from "../bindings/Brief";
import type { BriefFormat } from "../bindings/BriefFormat";
import type { BriefRequest } from "../bindings/BriefRequest";
import type { Entry } from "../bindings/Entry";
import type { Filter } from "../bindings/Filter";
import type { PendingStep } from "../bindings/PendingStep";

/** What to show after saving entry `id`. */
export function afterSave(id: string): Promise<AfterSave> {
  return api.afterSave(id);
}

/** "I'll try this": keeps the strategy with the check-in. */
export function chooseNextStep(id: string, strategyId: string): Promise<Entry> {
  return api.chooseNextStep(id, strategyId);
}

/** The step chosen at the latest check-in, for the next one to ask about. */
export function pendingStep(): Promise<PendingStep | null> {
  return api.pendingStep();
}

/** The brief as the journal makes it, for the preview. */
export function briefPreview(request: BriefRequest): Promise<Brief> {
  return api.briefPreview(request);
}

/** Writes the brief where the person chooses; the saved path, or null if they cancelled. */
export function writeBrief(request: BriefRequest, format: BriefFormat): Promise<string | null> {
  return api.writeBrief(request, format);
}

/** Every entry of a date range (for hand-picking), newest first, up to `max`. */
export async function entriesBetween(from: string | null, to: string | null, max = 1000): Promise<Entry[]> {
  const filter: Filter = { kinds: [], person: null, tag: null, feeling: null, from, to };
  const found: Entry[] = [];
  let after = null;
  do {
    const page = await api.timeline({ filter, after, start: null, limit: 200 });
    found.push(...page.entries);
    after = page.next;
  } while (after && found.length < max);
  return found;
}

/** One entry, or null when it is gone. */
export function entryOrNull(id: string): Promise<Entry | null> {
  return api.getEntry(id).catch(() => null);
}

/** Whether any listening-together entry exists yet (the "how to listen" card shows the first time). */
export async function hasListened(): Promise<boolean> {
  const page = await api.timeline({ filter: { kinds: ["listening"], person: null, tag: null, feeling: null, from: null, to: null }, after: null, start: null, limit: 1 });
  return page.entries.length > 0;
}
