// Follow-through: Today's one nudge (an appreciation not told yet, a conflict to come back to), and answering it.
import { api } from "../api";
import type { ConflictStatus } from "../bindings/ConflictStatus";
import type { Entry } from "../bindings/Entry";
import type { Nudge } from "../bindings/Nudge";

/** The nudge to offer now, if any (the journal picks it). */
export function loadNudge(): Promise<Nudge | null> {
  return api.nudge();
}

/** "I told them": the appreciation is marked as told. */
export function markTold(entry: string): Promise<Entry> {
  return api.markTold(entry);
}

/** Coming back to a conflict reflection: what has happened since, and where it stands now. */
export function followUpConflict(entry: string, since: string, status: ConflictStatus): Promise<Entry> {
  return api.followUpConflict(entry, since, status);
}

/** "Not now": the journal leaves this nudge out for a while. */
export function notNow(entry: string): Promise<void> {
  return api.snoozeNudge(entry);
}
