// The cards about how days felt: mood over time, feelings named, and warmth beside friction.
import type { Insights } from "../../bindings/Insights";
import type { Quadrant } from "../../bindings/Quadrant";
import { barChart, chartWithTable, dataTable, rowChart } from "../../components/chart";
import { h } from "../../dom";
import { insights } from "../../state/insights";
import { KIND_HEADING, KIND_NOUNS, QUADRANT_LABEL } from "../../text";
import { bucketHeading, bucketLabel, card, count, openEntries, openSpan, rowOpener, signed } from "./common";

const QUADRANTS: Array<[Quadrant, "pleasantHigh" | "pleasantLow" | "unpleasantHigh" | "unpleasantLow", string]> = [
  ["pleasant_high", "pleasantHigh", "q-ph"],
  ["pleasant_low", "pleasantLow", "q-pl"],
  ["unpleasant_high", "unpleasantHigh", "q-uh"],
  ["unpleasant_low", "unpleasantLow", "q-ul"],
];

export function moodCard(i: Insights): HTMLElement {
  const m = i.mood;
  if (m.checkIns === 0) {
    return card("mood", "Mood over time", null, {
      text: "No check-ins in these days yet. A quick check-in (where you are on the Mood Meter and a word for it) is all this needs.",
      kind: "check_in",
      action: "Start a check-in",
    });
  }
  const ranked = [...QUADRANTS].sort((a, b) => m.mix[b[1]] - m.mix[a[1]]);
  // "Most often" only when one quadrant really came up more than the others.
  const top = ranked[0] && ranked[1] && m.mix[ranked[0][1]] > m.mix[ranked[1][1]] ? ranked[0] : undefined;
  const series = QUADRANTS.map(([q, , cls]) => ({ label: QUADRANT_LABEL[q], cls }));
  const chart = barChart({
    groups: m.buckets.map((b) => ({
      label: bucketLabel(b.span, i.step),
      values: QUADRANTS.map(([, key]) => b.mix[key]),
      open: () => openSpan(b.span, ["check_in"]),
    })),
    series,
    stacked: true,
    testid: "insight-mood-chart",
  });
  const table = dataTable(
    "Check-ins by Mood Meter quadrant",
    [bucketHeading(i.step), KIND_HEADING.check_in, ...series.map((s) => s.label), "Pleasantness", "Energy"],
    m.buckets.map((b) => [
      rowOpener(bucketLabel(b.span, i.step), b.checkIns, () => openSpan(b.span, ["check_in"])),
      b.checkIns,
      ...QUADRANTS.map(([, key]) => b.mix[key]),
      signed(b.pleasantness),
      signed(b.energy),
    ]),
    "insight-mood-table",
  );
  return card("mood", "Mood over time", [
    h("p", { testid: "insight-mood-summary" },
      `${count(m.checkIns, "check-in", "check-ins")}. ` +
      (top ? `Most often ${QUADRANT_LABEL[top[0]].toLowerCase()} (${m.mix[top[1]]}). ` : "") +
      `On average, pleasantness ${signed(m.pleasantness)} and energy ${signed(m.energy)}, from −5 to 5.`),
    legend(series),
    chartWithTable(chart, table, "insight-mood-block"),
  ], { text: "" });
}

export function feelingsCard(i: Insights): HTMLElement {
  const f = i.feelings;
  if (f.named === 0) {
    return card("feelings", "Feelings named", null, {
      text: "No feelings named in these days yet. Naming a word or two in a check-in shows which come up most.",
      kind: "check_in",
      action: "Start a check-in",
    });
  }
  const before = f.previousNamed !== null;
  const chart = rowChart(f.words.map((w) => ({ label: w.word, value: w.count, previous: before ? w.previous : undefined })),
    "insight-feelings-chart");
  const open = (word: string) => openEntries({ ...filterForRange(), feeling: word });
  const table = dataTable(
    "Feeling words named",
    before ? ["Word", "These days", "The days before"] : ["Word", "Times named"],
    f.words.map((w) => [rowOpener(w.word, w.count, () => open(w.word)), w.count, ...(before ? [w.previous] : [])]),
    "insight-feelings-table",
  );
  const families = f.families.filter((x) => x.count > 0).slice(0, 4).map((x) => `${x.label} (${x.count})`);
  return card("feelings", "Feelings named", [
    h("p", {}, `${count(f.named, "word named", "words named")}` +
      (before ? `, ${f.previousNamed} in the same stretch before.` : ".") +
      (families.length ? ` Most often from: ${families.join(", ")}.` : "")),
    before ? h("p", { class: "muted small" }, "The fainter line under each word is the stretch before.") : null,
    chartWithTable(chart, table, "insight-feelings-block"),
    f.faded.length
      ? h("p", { class: "muted", testid: "insight-feelings-faded" }, "Named less often than before: ",
        f.faded.map((w) => `${w.word} (${w.previous} → ${w.count})`).join(", "), ".")
      : null,
    f.ownWords ? h("p", { class: "muted" }, `Words of your own: ${f.ownWords}.`) : null,
  ], { text: "" });
}

function filterForRange() {
  const r = insights.get().result;
  return { from: r?.span.from ?? null, to: r?.span.to ?? null, person: insights.get().person };
}

export function balanceCard(i: Insights): HTMLElement {
  const b = i.balance;
  const note = h("p", { class: "balance-note", testid: "insight-balance-note" }, b.note);
  if (b.warm + b.conflicts === 0) {
    return card("balance", "Warmth and friction", [
      h("p", { class: "muted", testid: "insight-balance-empty" },
        "Appreciations, close moments together and pleasant check-ins show up here, beside conflict reflections."),
      note,
    ], { text: "" });
  }
  const series = [{ label: "warm moments", cls: "warm" }, { label: "hard moments", cls: "hard" }];
  const open = (span: typeof b.buckets[number]["span"], s: number) =>
    openSpan(span, s === 0 ? ["appreciation", "shared_experience", "check_in"] : ["conflict"]);
  const chart = barChart({
    groups: b.buckets.map((x) => ({ label: bucketLabel(x.span, i.step), values: [x.warm, x.conflicts], open: (s) => open(x.span, s) })),
    series,
    testid: "insight-balance-chart",
  });
  const table = dataTable(
    "Warm moments and conflict reflections",
    [bucketHeading(i.step), KIND_HEADING.appreciation, "Close moments", "Pleasant check-ins", "Warm in all", "Conflicts"],
    b.buckets.map((x) => [
      rowOpener(bucketLabel(x.span, i.step), x.warm + x.conflicts, () => open(x.span, x.conflicts > 0 && x.warm === 0 ? 1 : 0)),
      x.appreciations, x.warmMoments, x.pleasantCheckIns, x.warm, x.conflicts,
    ]),
    "insight-balance-table",
  );
  return card("balance", "Warmth and friction", [
    h("p", {}, `${count(b.warm, "warm moment", "warm moments")} noticed, beside ${count(b.conflicts, ...KIND_NOUNS.conflict)}.`),
    legend(series),
    chartWithTable(chart, table, "insight-balance-block"),
    note,
  ], { text: "" });
}

/** A small key for a chart's colours. */
export function legend(series: Array<{ label: string; cls: string }>): HTMLElement {
  return h("ul", { class: "legend", "aria-hidden": "true" },
    series.map((s) => h("li", {}, h("span", { class: `swatch ${s.cls}` }), s.label)));
}
