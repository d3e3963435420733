// Today: a quick check-in, shortcuts to the other flows, today's prompt and "on this day".
import type { Entry } from "../bindings/Entry";
import { h } from "../dom";
import { navigate, type View } from "../router";
import { onThisDay as loadOnThisDay } from "../state/entries";
import { loadPeople } from "../state/people";
import { promptOfTheDay } from "../state/vocab";
import { KIND_INVITE, KIND_LABEL, KIND_SLUG, KINDS } from "../text";
import { entryListItem } from "./entryRender";
import { nudgeSection } from "./nudge";

function greeting(): string {
  const hr = new Date().getHours();
  return hr < 5 ? "Still up?" : hr < 12 ? "Good morning" : hr < 18 ? "Good afternoon" : "Good evening";
}

export function todayView(): View {
  const prompt = h("section", { class: "card prompt-card", "aria-labelledby": "prompt-h", testid: "today-prompt" },
    h("h2", { id: "prompt-h" }, "Today's question"),
    h("p", { class: "prompt-text", testid: "today-prompt-text" }, "…"),
    h("button", { type: "button", class: "button", testid: "today-answer-prompt",
      onclick: () => navigate({ name: "new", kind: "vulnerability" }) }, "Answer it"));
  const onThisDay = h("section", { class: "on-this-day", "aria-labelledby": "otd-h", testid: "on-this-day", hidden: true });

  void promptOfTheDay().then((p) => {
    prompt.querySelector(".prompt-text")!.textContent = p.text;
  }, () => prompt.remove());

  void Promise.all([loadOnThisDay(), loadPeople().catch(() => [])]).then(([entries]: [Entry[], unknown]) => {
    if (entries.length === 0) return;
    onThisDay.hidden = false;
    onThisDay.replaceChildren(
      h("h2", { id: "otd-h" }, "On this day"),
      h("p", { class: "muted" }, "What you wrote on this date in earlier years."),
      h("ul", { class: "entry-list" }, entries.map((e) => entryListItem(e, () => navigate({ name: "entry", id: e.id }), "on-this-day-item"))));
  }, () => {});

  const shortcuts = KINDS.filter((k) => k !== "check_in").map((k) =>
    h("li", {}, h("button", { type: "button", class: `shortcut kind-${k}`, testid: `nav-new-${KIND_SLUG[k]}`,
      onclick: () => navigate({ name: "new", kind: k }) },
      h("span", { class: "shortcut-title" }, KIND_LABEL[k]),
      h("span", { class: "shortcut-sub" }, KIND_INVITE[k]))));

  const el = h("section", { class: "page today", testid: "today" },
    h("h1", {}, greeting()),
    h("div", { class: "card checkin-card" },
      h("h2", {}, "How are you, right now?"),
      h("p", { class: "muted" }, "A quick check-in takes about a minute: where you are, a word or two for it, and what's going on."),
      h("button", { type: "button", class: "button primary", testid: "nav-new-check-in",
        onclick: () => navigate({ name: "new", kind: "check_in" }) }, "Start a check-in")),
    h("section", { "aria-labelledby": "more-h" },
      h("h2", { id: "more-h" }, "Or write something else"),
      h("ul", { class: "shortcuts" }, shortcuts)),
    prompt,
    nudgeSection(),
    onThisDay);
  return { el, title: "Today" };
}
