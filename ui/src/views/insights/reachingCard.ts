// Reaching and pulling away: how often each urge was noticed in the range. Counts only, never a verdict or a type.
import type { Insights } from "../../bindings/Insights";
import { KIND_HEADING, URGE_LABEL } from "../../bindings/labels";
import type { Urge } from "../../bindings/Urge";
import { dataTable } from "../../components/chart";
import { h } from "../../dom";
import { card, count, openSpan } from "./common";

export function reachingCard(i: Insights): HTMLElement {
  const r = i.reaching;
  const total = r.reach + r.pullAway + r.both + r.unsaid;
  if (total === 0) {
    return card("reaching", KIND_HEADING.reaching, null, {
      text: "No reflections on a moment of distance in these days. When you write one, what you wanted to do is counted here.",
      kind: "reaching",
      action: "Reflect on a moment",
    });
  }
  const byUrge: Record<Urge, number> = { reach: r.reach, pull_away: r.pullAway, both: r.both };
  const rows = (Object.keys(URGE_LABEL) as Urge[]).map((u) => [URGE_LABEL[u], byUrge[u]]);
  if (r.unsaid > 0) rows.push(["Not said", r.unsaid]);
  return card("reaching", KIND_HEADING.reaching, [
    h("p", { testid: "insight-reaching-summary" },
      `${count(total, "reflection", "reflections")} on a moment of distance. What you wanted to do each time:`),
    dataTable("What you wanted to do", ["Wanted to", "Times"], rows, "insight-reaching-table"),
    h("p", { class: "muted" }, "Both urges make sense, and most people feel each at different times. Noticing them is the practice."),
    h("button", { type: "button", class: "button small", testid: "insight-reaching-open",
      onclick: () => openSpan(i.span, ["reaching"]) }, "Read them"),
  ], { text: "" });
}
