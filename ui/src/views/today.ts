// Today: a check-in in three clicks (quickCheckIn.ts; "Check in again" once you have), what is waiting to be
// finished (drafts), what was written today (compact rows: time, kind, a mood dot for check-ins), conflicts to come
// back to, shortcuts to the other flows, today's prompt and "on this day". Each part fills itself in when its data
// arrives; parts with nothing to show stay hidden.
import type { Entry } from "../bindings/Entry";
import { h } from "../dom";
import { navigate, type View } from "../router";
import { onThisDay as loadOnThisDay } from "../state/entries";
import { loadNudge } from "../state/followThrough";
import { conflictsDue, todaysEntries, waitingDrafts, type Waiting } from "../state/today";
import { loadPeople } from "../state/people";
import { promptOfTheDay } from "../state/vocab";
import { KIND_INVITE, KIND_LABEL, KIND_SLUG, KINDS } from "../text";
import { entryListItem } from "./entryRender";
import { nudgeSection } from "./nudge";
import { openConflictList } from "./openConflicts";
import { promisesDueSection } from "./promisesDue";
import { quickCheckIn } from "./quickCheckIn";
import { entryRow } from "./timelineList";
import "../styles/everyday.css";

function greeting(): string {
  const hr = new Date().getHours();
  return hr < 5 ? "Still up?" : hr < 12 ? "Good morning" : hr < 18 ? "Good afternoon" : "Good evening";
}

/** "Continue your conflict reflection" for each draft waiting. */
function waitingButtons(items: Waiting[]): HTMLElement[] {
  return items.map((w) => h("li", {}, h("button", {
    type: "button",
    class: "button",
    testid: w.kind ? `today-continue-${KIND_SLUG[w.kind]}` : `today-continue-edit-${w.editing}`,
    onclick: () => navigate(w.kind ? { name: "new", kind: w.kind } : { name: "edit", id: w.editing }),
  }, w.kind ? `Continue your ${KIND_LABEL[w.kind].toLowerCase()}` : "Continue an edit")));
}

export function todayView(): View {
  let live = true;
  const checkin = quickCheckIn(() => loadDay());
  const waiting = h("section", { class: "today-waiting", "aria-labelledby": "waiting-h", testid: "today-waiting", hidden: true });
  const written = h("section", { class: "today-written", "aria-labelledby": "written-h", testid: "today-written", hidden: true });

  const loadDay = () => void todaysEntries().then((entries) => {
    if (!live || entries.length === 0) return;
    if (entries.some((e) => e.body.kind === "check_in")) checkin.checkedIn();
    written.hidden = false;
    written.replaceChildren(h("h2", { id: "written-h" }, "Today so far"),
      h("ul", { class: "entry-rows", testid: "today-entries" }, entries.map((e) => {
        const row = entryRow(e, () => navigate({ name: "entry", id: e.id }));
        row.dataset.testid = "today-entry";
        return row;
      })));
  }, () => {});
  loadDay();
  void waitingDrafts().then((items) => {
    if (!live || items.length === 0) return;
    waiting.hidden = false;
    waiting.replaceChildren(h("h2", { id: "waiting-h" }, "Waiting for you"),
      h("ul", { class: "waiting-list" }, waitingButtons(items)));
  }, () => {});

  // Conflicts to come back to (the journal says which are due); the one the nudge below offers is not listed twice.
  const revisit = h("section", { class: "today-revisit", "aria-labelledby": "revisit-h", testid: "today-revisit", hidden: true });
  void Promise.all([conflictsDue(), loadNudge().catch(() => null)]).then(([due, nudge]) => {
    const shown = nudge?.kind === "revisit_conflict" ? nudge.entry : null;
    const items = due.filter((c) => c.id !== shown);
    if (!live || items.length === 0) return;
    revisit.hidden = false;
    revisit.replaceChildren(h("h2", { id: "revisit-h" }, "To come back to"),
      h("p", { class: "muted" }, "Conflicts you reflected on that are still open. When you're ready, see where they stand now."),
      openConflictList(items, "today-revisit-list"));
  }).catch(() => {});

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
    checkin.el,
    waiting,
    written,
    revisit,
    h("section", { "aria-labelledby": "more-h" },
      h("h2", { id: "more-h" }, "Or write something else"),
      h("ul", { class: "shortcuts" }, shortcuts)),
    prompt,
    nudgeSection(),
    promisesDueSection(),
    onThisDay);
  return { el, title: "Today", destroy: () => void (live = false) };
}
