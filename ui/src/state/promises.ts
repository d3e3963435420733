// Promises coming due (the journal decides which), and saying how one went.
import { api } from "../api";
import type { DuePromise } from "../bindings/DuePromise";
import type { Entry } from "../bindings/Entry";
import type { PromiseOutcome } from "../bindings/PromiseOutcome";

/** The promises due around today, soonest first. */
export function loadDuePromises(): Promise<DuePromise[]> {
  return api.promisesDue();
}

/** Kept, changed or not yet, with a line on how it went. */
export function settlePromise(entry: string, outcome: PromiseOutcome, howItWent: string): Promise<Entry> {
  return api.settlePromise(entry, outcome, howItWent);
}

/** "Not yet": the journal leaves this promise off Today for a week. */
export function notYet(entry: string): Promise<void> {
  return api.snoozeNudge(entry);
}
