// Insights: what the journal shows when read together, one card per insight, for a chosen range and person.
import type { Insights } from "../../bindings/Insights";
import { dateField } from "../../components/dateField";
import { selectField } from "../../components/field";
import { h } from "../../dom";
import { friendlyError } from "../../errors";
import type { View } from "../../router";
import { choose, insights, loadInsights, type RangeChoice } from "../../state/insights";
import { loadPeople } from "../../state/people";
import { KIND_NOUNS } from "../../text";
import { count, spanDays } from "./common";
import { balanceCard, feelingsCard, moodCard } from "./moodCards";
import { appreciationsCard, conflictsCard, sharedCard } from "./peopleCards";
import { reachingCard } from "./reachingCard";
import { rhythmCard } from "./rhythm";
import "../../styles/insights.css";

const RANGES: Array<[RangeChoice, string]> = [
  ["7", "The last 7 days"],
  ["30", "The last 30 days"],
  ["90", "The last 90 days"],
  ["365", "The last year"],
  ["all", "All time"],
  ["custom", "Choose dates…"],
];

/** Every card, in the order the screen shows them. */
export function cards(i: Insights): HTMLElement[] {
  return [moodCard(i), feelingsCard(i), appreciationsCard(i), conflictsCard(i), balanceCard(i), sharedCard(i), rhythmCard(i),
    reachingCard(i)];
}

export function insightsView(): View {
  const s = insights.get();
  const range = selectField("Range", RANGES, { testid: "insights-range" });
  range.control.value = s.range;
  const from = dateField("From", s.from, { testid: "insights-from" });
  const to = dateField("To", s.to, { testid: "insights-to" });
  const custom = h("div", { class: "inline-fields", hidden: s.range !== "custom" }, from.wrap, to.wrap);
  const person = selectField("About", [["", "Everyone"]], { testid: "insights-person" });
  void loadPeople().then((ps) => {
    for (const p of ps) person.control.appendChild(h("option", { value: p.id }, p.name));
    person.control.value = insights.get().person ?? "";
  }, () => {});

  range.control.addEventListener("change", () => {
    const value = range.control.value as RangeChoice;
    custom.hidden = value !== "custom";
    if (value === "custom" && !from.value()) {
      const r = insights.get().result;
      if (r) {
        from.set(r.span.from);
        to.set(r.span.to);
      }
    }
    void choose({ range: value, from: from.value(), to: to.value() });
  });
  for (const f of [from, to]) f.onChange(() => void choose({ from: from.value(), to: to.value() }));
  person.control.addEventListener("change", () => void choose({ person: person.control.value || null }));

  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "insights-status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const list = h("div", { class: "insight-cards", testid: "insight-cards" });

  // The cards are built again only for a new answer: asking again (a range chosen, the view opened again) changes
  // the status first, and rebuilding then would throw away focus inside a card and cost a whole build of every card.
  let shown: Insights | null = null;
  const render = () => {
    const st = insights.get();
    error.textContent = st.error ? friendlyError(st.error) : "";
    if (st.loading && !st.result) status.textContent = "Reading your journal…";
    const r = st.result;
    if (!r) return;
    const kinds = r.kinds.filter((k) => k.count > 0).map((k) => count(k.count, ...KIND_NOUNS[k.kind]));
    const [first, last] = spanDays(r.span);
    status.textContent = r.entries === 0
      ? `Nothing written between ${first} and ${last} yet. Each card says what would fill it.`
      : `${count(r.entries, "entry", "entries")} from ${first} to ${last}: ${kinds.join(", ")}.`;
    if (r !== shown) {
      list.replaceChildren(...cards(r));
      shown = r;
    }
    list.setAttribute("aria-busy", String(st.loading));
  };
  const unsub = insights.subscribe(render);
  void loadInsights();
  render();

  const el = h("section", { class: "page insights", testid: "insights" },
    h("h1", {}, "Insights"),
    h("p", { class: "lead" }, "What your entries show when you read them together: things to notice, never a score."),
    h("div", { class: "insights-controls", role: "group", "aria-label": "What to look at" }, range.wrap, custom, person.wrap),
    status, error, list);
  return { el, title: "Insights", destroy: unsub };
}
