// The week a look back is built from: its mood mix, moments of closeness, appreciations not told yet, conflicts still
// open (older ones too) and promises coming due, all as the journal answers them (insights for the last 7 days, the
// timeline, still_open, promises); the week itself is the journal's (`still_open`'s).
import { api } from "../api";
import type { DuePromise } from "../bindings/DuePromise";
import type { Entry } from "../bindings/Entry";
import type { Insights } from "../bindings/Insights";
import type { StillOpen } from "../bindings/StillOpen";
import { emptyFilter } from "./entries";

/** Most moments of closeness shown. */
const MOMENTS = 5;

export interface Week {
  insights: Insights;
  moments: Entry[];
  promises: DuePromise[];
  /** Every conflict still open, the week's own first, older ones marked. */
  stillOpen: StillOpen;
}

/** The week the journal says a look back made today is about (the last seven days, today included). */
export async function loadWeek(): Promise<Week> {
  const stillOpen = await api.stillOpen();
  const { from, to } = stillOpen.week;
  const [insights, page, promises] = await Promise.all([
    api.insights({ period: { kind: "between", from, to }, person: null }),
    api.timeline({ filter: { ...emptyFilter(), kinds: ["shared_experience"], from, to }, after: null, start: null, limit: MOMENTS }),
    api.promisesDue(),
  ]);
  return { insights, moments: page.entries, promises, stillOpen };
}
