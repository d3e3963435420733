// Insights: the chosen range and person, and the journal's answer for them.
import { api } from "../api";
import type { Filter } from "../bindings/Filter";
import type { Insights } from "../bindings/Insights";
import type { InsightsQuery } from "../bindings/InsightsQuery";
import type { Period } from "../bindings/Period";
import type { Span } from "../bindings/Span";
import { emptyFilter } from "./entries";
import { createStore } from "./store";

/** The ranges the picker offers, by their value in the select. */
export type RangeChoice = "7" | "30" | "90" | "365" | "all" | "custom";

export interface InsightsState {
  range: RangeChoice;
  /** For "custom": YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  person: string | null;
  result: Insights | null;
  loading: boolean;
  error: unknown;
}

export const insights = createStore<InsightsState>(() => ({
  range: "30",
  from: "",
  to: "",
  person: null,
  result: null,
  loading: false,
  error: null,
}));

/** The journal's period for a choice; null when a custom range is not complete yet. */
export function periodFor(s: Pick<InsightsState, "range" | "from" | "to">): Period | null {
  switch (s.range) {
    case "all":
      return { kind: "all_time" };
    case "custom":
      return s.from && s.to ? { kind: "between", from: s.from, to: s.to } : null;
    default:
      return { kind: "last", days: Number(s.range) };
  }
}

let generation = 0;

/** Asks the journal again for the current choice (superseded answers are dropped). */
export async function loadInsights(): Promise<void> {
  const s = insights.get();
  const period = periodFor(s);
  if (!period) return;
  generation += 1;
  const mine = generation;
  insights.set({ ...s, loading: true, error: null });
  const query: InsightsQuery = { period, person: s.person };
  try {
    const result = await api.insights(query);
    if (mine !== generation) return;
    insights.set({ ...insights.get(), result, loading: false });
  } catch (error) {
    if (mine !== generation) return;
    insights.set({ ...insights.get(), loading: false, error });
  }
}

/** Changes the choice and loads it. */
export function choose(change: Partial<Pick<InsightsState, "range" | "from" | "to" | "person">>): Promise<void> {
  insights.set({ ...insights.get(), ...change });
  return loadInsights();
}

/** The timeline filter for entries of `kinds` within `span`, about the chosen person. */
export function filterFor(span: Span, kinds: Filter["kinds"]): Filter {
  return { ...emptyFilter(), kinds, from: span.from, to: span.to, person: insights.get().person };
}
