// The cards about people: appreciations beside love languages, shared experiences, and conflicts.
import type { Insights } from "../../bindings/Insights";
import { barChart, chartWithTable, dataTable, tableScroll } from "../../components/chart";
import { h } from "../../dom";
import { navigate } from "../../router";
import { HORSEMAN_INFO, KIND_HEADING, KIND_NOUNS, LOVE_LANGUAGE_LABEL, STATUS_LABEL } from "../../text";
import { bucketHeading, bucketLabel, card, count, openEntries, openSpan, rowOpener, shortDay } from "./common";
import { legend } from "./moodCards";

export function appreciationsCard(i: Insights): HTMLElement {
  const a = i.appreciations;
  if (a.count === 0) {
    return card("appreciations", KIND_HEADING.appreciation, null, {
      text: "No appreciations in these days yet. Write down one specific thing someone did, and why it mattered.",
      kind: "appreciation",
      action: "Write an appreciation",
    });
  }
  const series = [{ label: "told", cls: "told" }, { label: "not told yet", cls: "untold" }];
  const openPerson = (person: string) => openEntries({ kinds: ["appreciation"], person, from: i.span.from, to: i.span.to });
  const chart = barChart({
    groups: a.people.map((p) => ({ label: p.name, values: [p.told, p.count - p.told], open: () => openPerson(p.person) })),
    series,
    stacked: true,
    height: 150,
    testid: "insight-appreciations-chart",
  });
  const table = dataTable(
    "Appreciations per person",
    ["Person", KIND_HEADING.appreciation, "Told", "Not told yet", "Love languages spoken", "Their love language"],
    a.people.map((p) => [
      rowOpener(p.name, p.count, () => openPerson(p.person)),
      p.count, p.told, p.count - p.told,
      p.languages.map((l) => `${l.language ? LOVE_LANGUAGE_LABEL[l.language] : "None chosen"} ${l.count}`).join(", "),
      p.loveLanguage ? `${LOVE_LANGUAGE_LABEL[p.loveLanguage]} (${p.inTheirLanguage} spoke it)` : "Not set",
    ]),
    "insight-appreciations-table",
  );
  const untold = a.untoldList.length
    ? [h("h3", {}, "Not told yet"),
      h("ul", { class: "plain-list", testid: "insight-untold" }, a.untoldList.map((u) =>
        h("li", {}, h("button", { type: "button", class: "link-button", onclick: () => navigate({ name: "entry", id: u.id }) },
          `${u.name}: ${u.what}`), h("span", { class: "muted" }, ` · ${shortDay(u.date)}`))))]
    : [];
  return card("appreciations", KIND_HEADING.appreciation, [
    h("p", {}, `${count(a.count, "appreciation", "appreciations")}; ${a.told} told, ${a.untold} not told yet.`),
    legend(series),
    chartWithTable(chart, table, "insight-appreciations-block"),
    h("ul", { class: "plain-list" }, a.people.map((p) => h("li", {},
      h("strong", {}, p.name), ": ",
      p.loveLanguage
        ? `their love language, as you see it, is ${LOVE_LANGUAGE_LABEL[p.loveLanguage].toLowerCase()}; ${count(p.inTheirLanguage, "appreciation", "appreciations")} spoke it.`
        : "no love language set for them yet (you can add one on the People page)."))),
    ...untold,
  ], { text: "" });
}

export function sharedCard(i: Insights): HTMLElement {
  const s = i.shared;
  if (s.count === 0 && s.people.length === 0) {
    return card("shared", KIND_HEADING.shared_experience, null, {
      text: "Nothing shared in these days yet. Write down something you did together, and how close it felt.",
      kind: "shared_experience",
      action: "Write a shared moment",
    });
  }
  const chart = s.count > 0
    ? barChart({
      groups: s.buckets.map((b) => ({ label: bucketLabel(b.span, i.step), values: [b.closeness ?? 0],
        open: () => openSpan(b.span, ["shared_experience"]) })),
      series: [{ label: "closeness (1 to 5)", cls: "accent" }],
      height: 140,
      testid: "insight-shared-chart",
    })
    : null;
  const table = dataTable(
    "Closeness over time",
    [bucketHeading(i.step), KIND_HEADING.shared_experience, "Average closeness"],
    s.buckets.map((b) => [rowOpener(bucketLabel(b.span, i.step), b.count, () => openSpan(b.span, ["shared_experience"])),
      b.count, b.closeness === null ? "–" : b.closeness.toFixed(1)]),
    "insight-shared-table",
  );
  return card("shared", KIND_HEADING.shared_experience, [
    h("p", {}, `${count(s.count, ...KIND_NOUNS.shared_experience)} in these days` +
      (s.closeness === null ? "." : `, closeness ${s.closeness.toFixed(1)} of 5 on average.`)),
    chartWithTable(chart, table, "insight-shared-block"),
    h("ul", { class: "plain-list", testid: "insight-shared-people" }, s.people.map((p) => h("li", {},
      h("strong", {}, p.name), ": ",
      p.last === null ? "nothing shared yet."
        : p.daysSince === 0 ? `the last one was on ${shortDay(p.last)}.`
          : `the last one was on ${shortDay(p.last)}, ${count(p.daysSince ?? 0, "day", "days")} before.`))),
  ], { text: "" });
}

export function conflictsCard(i: Insights): HTMLElement {
  const c = i.conflicts;
  if (c.count === 0) {
    return card("conflicts", "Conflicts", null, {
      text: "No conflict reflections in these days. After a hard moment, going through it step by step can help.",
      kind: "conflict",
      action: "Reflect on a conflict",
    });
  }
  const series = [{ label: "mine", cls: "mine" }, { label: "theirs", cls: "theirs" }];
  const all = () => openSpan(i.span, ["conflict"]);
  const chart = barChart({
    groups: c.horsemen.map((x) => ({ label: HORSEMAN_INFO[x.horseman].name, values: [x.mine, x.theirs], open: all })),
    series,
    height: 150,
    testid: "insight-conflicts-chart",
  });
  const table = dataTable(
    "The four horsemen, mine and theirs",
    ["Horseman", "Mine", "Theirs", "Antidote written out"],
    c.horsemen.map((x) => [HORSEMAN_INFO[x.horseman].name, x.mine, x.theirs,
      `${x.antidotePractised} (${HORSEMAN_INFO[x.horseman].antidote.toLowerCase()})`]),
    "insight-conflicts-table",
  );
  const months = c.months.filter((m) => m.count > 0);
  return card("conflicts", "Conflicts", [
    h("p", { testid: "insight-conflicts-summary" }, `${count(c.count, ...KIND_NOUNS.conflict)}: `,
      c.statuses.filter((s) => s.count > 0).map((s) => `${STATUS_LABEL[s.status].toLowerCase()} ${s.count}`).join(", "), "."),
    legend(series),
    chartWithTable(chart, table, "insight-conflicts-block"),
    months.length > 1
      ? tableScroll(dataTable("Month by month", ["Month", "Conflicts", "Horsemen (mine)", "Horsemen (theirs)"],
        months.map((m) => [rowOpener(bucketLabel(m.span, "month"), m.count, () => openSpan(m.span, ["conflict"])), m.count,
          m.horsemen.reduce((a, x) => a + x.mine, 0), m.horsemen.reduce((a, x) => a + x.theirs, 0)]),
        "insight-conflicts-months"))
      : null,
    c.toRevisit.length
      ? [h("h3", {}, "To come back to, when you're ready"),
        h("ul", { class: "plain-list", testid: "insight-to-revisit" }, c.toRevisit.map((o) => h("li", {},
          h("button", { type: "button", class: "link-button", onclick: () => navigate({ name: "entry", id: o.id, followUp: true }) }, o.whatHappened),
          h("span", { class: "muted" }, ` · ${STATUS_LABEL[o.status].toLowerCase()} · ${shortDay(o.date)}`))))]
      : null,
  ], { text: "" });
}
