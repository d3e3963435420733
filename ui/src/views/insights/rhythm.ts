// The rhythm card: a year of days at a glance, and runs of check-in days, said kindly.
import type { Insights } from "../../bindings/Insights";
import { chartWithTable, dataTable, heatMap } from "../../components/chart";
import { h } from "../../dom";
import { card, count, shortDay } from "./common";
import { dateFormat } from "../../locale";

export function rhythmCard(i: Insights): HTMLElement {
  const r = i.rhythm;
  if (r.daysWritten === 0) {
    return card("rhythm", "Rhythm", null, {
      text: "Nothing written in these days yet. Each day you write something fills in a square here.",
      kind: "check_in",
      action: "Start a check-in",
    });
  }
  const counts = new Map(r.days.map((d) => [d.date, d.count]));
  // The table alternative sums the heat map by month: a year of single days is too long to listen to.
  const months = new Map<string, { days: number; entries: number }>();
  for (const d of r.days) {
    const key = d.date.slice(0, 7);
    const m = months.get(key) ?? { days: 0, entries: 0 };
    m.days += 1;
    m.entries += d.count;
    months.set(key, m);
  }
  const table = dataTable(
    "Days written, month by month",
    ["Month", "Days with something written", "Entries"],
    [...months.entries()].map(([key, m]) => [
      dateFormat({ month: "long", year: "numeric" }).format(new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)),
      m.days, m.entries,
    ]),
    "insight-rhythm-table",
  );
  const lines = [
    `You wrote on ${count(r.daysWritten, "day", "days")} of these ${daysIn(i)}, and checked in on ${count(r.checkInDays, "day", "days")}.`,
  ];
  if (r.currentRun > 1) lines.push(`${r.currentRun} days in a row with a check-in, up to now.`);
  if (r.longestRun > 1 && r.longestRunEnded) lines.push(`Your longest run here: ${r.longestRun} days, up to ${shortDay(r.longestRunEnded)}.`);
  lines.push("Every day you come back counts; gaps are part of any rhythm.");
  return card("rhythm", "Rhythm", [
    ...lines.map((l, n) => h("p", { class: n === lines.length - 1 ? "muted" : "", testid: n === 0 ? "insight-rhythm-summary" : undefined }, l)),
    chartWithTable(heatMap(r.heat.from, r.heat.to, counts, "insight-rhythm-chart"), table, "insight-rhythm-block"),
  ], { text: "" });
}

function daysIn(i: Insights): number {
  const [a, b] = [i.span.from, i.span.to].map((s) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))));
  return Math.round(((b ?? 0) - (a ?? 0)) / 86_400_000) + 1;
}
