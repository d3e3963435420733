// The mock backend's insights: the range and the count of each kind from the mock entries, every other card empty
// (the real figures come from the journal; this only lets the screen be looked at in a plain browser).
import type { Entry } from "../src/bindings/Entry";
import type { EntryKind } from "../src/bindings/EntryKind";
import type { Insights } from "../src/bindings/Insights";
import type { InsightsQuery } from "../src/bindings/InsightsQuery";

const KINDS: EntryKind[] = ["check_in", "appreciation", "conflict", "vulnerability", "shared_experience", "note"];
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function mockInsights(all: Entry[], q: InsightsQuery): Insights {
  const today = new Date();
  let from = iso(today);
  let to = iso(today);
  if (q.period.kind === "last") {
    from = iso(new Date(today.getTime() - (q.period.days - 1) * 86_400_000));
  } else if (q.period.kind === "between") {
    from = q.period.from;
    to = q.period.to;
  } else {
    from = all.map((e) => e.localDate).sort()[0] ?? to;
  }
  const entries = all.filter((e) => e.localDate >= from && e.localDate <= to && (!q.person || e.people.includes(q.person)));
  const span = { from, to };
  const mix = { pleasantHigh: 0, pleasantLow: 0, unpleasantHigh: 0, unpleasantLow: 0 };
  return {
    span, previous: null, step: "week", person: q.person, entries: entries.length,
    kinds: KINDS.map((kind) => ({ kind, count: entries.filter((e) => e.body.kind === kind).length })),
    mood: { checkIns: 0, mix, pleasantness: null, energy: null, buckets: [] },
    feelings: { named: 0, previousNamed: null, words: [], faded: [], families: [], ownWords: 0, previousOwnWords: 0 },
    appreciations: { count: 0, told: 0, untold: 0, people: [], untoldList: [] },
    conflicts: { count: 0, statuses: [], horsemen: [], months: [], toRevisit: [] },
    balance: { warm: 0, conflicts: 0, buckets: [], note: "" },
    shared: { count: 0, closeness: null, buckets: [], people: [] },
    rhythm: { heat: span, days: [], daysWritten: 0, checkInDays: 0, currentRun: 0, longestRun: 0, longestRunEnded: null },
    reaching: { reach: 0, pullAway: 0, both: 0, unsaid: 0 },
  };
}
