// The week a look back is built from: its mood mix, moments of closeness, appreciations not told yet, conflicts still
// open (older ones too) and promises coming due, all as the journal answers them (insights for the last 7 days, the
// timeline, still_open, promises).
import { api } from "../api";
import type { DuePromise } from "../bindings/DuePromise";
import type { Entry } from "../bindings/Entry";
import type { Insights } from "../bindings/Insights";
import type { StillOpen } from "../bindings/StillOpen";
import { emptyFilter } from "./entries";

export const LOOK_BACK_DAYS = 7;
/** Most moments of closeness shown. */
const MOMENTS = 5;

export interface Week {
  insights: Insights;
  moments: Entry[];
  promises: DuePromise[];
  /** Every conflict still open, the week's own first, older ones marked. */
  stillOpen: StillOpen;
}

/** The last seven days, today included. */
export async function loadWeek(): Promise<Week> {
  const insights = await api.insights({ period: { kind: "last", days: LOOK_BACK_DAYS }, person: null });
  const [page, promises, stillOpen] = await Promise.all([
    api.timeline({ filter: { ...emptyFilter(), kinds: ["shared_experience"], from: insights.span.from, to: insights.span.to },
      after: null, start: null, limit: MOMENTS }),
    api.promisesDue(),
    api.stillOpen(),
  ]);
  return { insights, moments: page.entries, promises, stillOpen };
}
