// The unlocked app: header with navigation and Lock, and one main region that shows the current view.
import type { Notice } from "../bindings/Notice";
import { noticesBanner } from "../components/notices";
import { showShortcuts } from "../components/shortcutList";
import { h } from "../dom";
import { setNavigator, type Route, type View } from "../router";
import { afterSaveView } from "./afterSave";
import { briefView } from "./brief";
import { creditsView } from "./credits";
import { handleKey } from "../shortcuts";
import { currentNotices, hideNotice, onStatusChange } from "../state/session";
import { entryView } from "./entryView";
import { flowView } from "./flows/flow";
import { insightsView } from "./insights/index";
import { peopleView } from "./people";
import { personView } from "./person";
import { searchView } from "./search";
import { setOnDeleted, settingsView } from "./settings/index";
import { timelineView } from "./timeline";
import { todayView } from "./today";

let current: View | null = null;
let stopNotices: (() => void) | null = null;
let removeKeys: () => void = () => {};

const NAV: Array<[Route["name"], string]> = [
  ["today", "Today"],
  ["timeline", "Timeline"],
  ["search", "Search"],
  ["people", "People"],
  ["insights", "Insights"],
  ["settings", "Settings"],
];

function viewFor(r: Route): View {
  switch (r.name) {
    case "today":
      return todayView();
    case "new":
      return flowView(r.kind, undefined, r.person);
    case "edit":
      return flowView(null, r.id);
    case "entry":
      return entryView(r.id, r.followUp);
    case "timeline":
      return timelineView();
    case "search":
      return searchView();
    case "people":
      return peopleView();
    case "person":
      return personView(r.id);
    case "insights":
      return insightsView();
    case "settings":
      return settingsView();
    case "after":
      return afterSaveView(r.id);
    case "brief":
      return briefView(r.preset);
    case "credits":
      return creditsView();
  }
}

/** Mounts the unlocked app. `lock` locks and wipes the page; `deleted` runs after the journal was deleted (or
 * replaced by a backup) from Settings, when it is already locked. */
export function mountApp(lock: () => Promise<void>, deleted: () => Promise<void>): HTMLElement {
  setOnDeleted(deleted);
  const main = h("main", { id: "main", class: "main", tabindex: -1 });
  const links = NAV.map(([name, label]) =>
    h("a", { href: `#${name}`, class: "nav-link", testid: `nav-${name}`, onclick: (e: Event) => {
      e.preventDefault();
      go({ name } as Route);
    } }, label),
  );
  const lockBtn = h("button", { type: "button", class: "button lock", testid: "lock", onclick: () => void lock() },
    "Lock");

  function go(r: Route) {
    void current?.destroy?.();
    current = viewFor(r);
    main.replaceChildren(current.el);
    // The screen named in the navigation is marked current (screens reached from one, like a flow, mark none).
    // A person's page belongs to People.
    const shown = r.name === "person" ? "people" : r.name;
    const navName = NAV.some(([name]) => name === shown) ? shown : null;
    for (const a of links) {
      if (a.dataset.testid === `nav-${navName}`) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
    document.title = `${current.title} · Attune`;
    const heading = main.querySelector<HTMLElement>("h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    document.documentElement.scrollTop = 0;
  }
  setNavigator(go);

  // The keyboard shortcuts (shortcuts.ts): one listener for the unlocked app.
  const onKey = (e: KeyboardEvent) => {
    const handled = handleKey(e, {
      newCheckIn: () => go({ name: "new", kind: "check_in" }),
      search: () => go({ name: "search" }),
      lock: () => void lock(),
      submit: () => current?.submit?.(),
      escape: () => current?.escape?.() ?? false,
      help: showShortcuts,
    });
    if (handled) e.preventDefault();
  };
  removeKeys();
  document.addEventListener("keydown", onKey);
  removeKeys = () => document.removeEventListener("keydown", onKey);

  // What the journal noticed while opening, above every screen until it is dealt with.
  const notices = h("div", { class: "notices-slot" });
  function openSettings(section: string) {
    go({ name: "settings" });
    const target = document.getElementById(`settings-${section}`);
    target?.scrollIntoView({ block: "start" });
    const heading = target?.querySelector<HTMLElement>("h2");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
  }
  // Hiding one moves focus to the page, not to the top of the document.
  const hide = (n: Notice) => {
    hideNotice(n);
    main.focus();
  };
  const showNotices = () => notices.replaceChildren(noticesBanner(currentNotices(), openSettings, hide) ?? "");
  showNotices();
  stopNotices?.();
  stopNotices = onStatusChange(showNotices);

  const shell = h("div", { class: "app", "data-app-unlocked": "" },
    h("a", { href: "#main", class: "skip-link", onclick: (e: Event) => {
      e.preventDefault();
      main.focus();
    } }, "Skip to content"),
    h("header", { class: "app-header" },
      h("div", { class: "header-inner" },
        h("p", { class: "brand" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Attune"),
        h("nav", { "aria-label": "Main" }, h("ul", { class: "nav-list" }, links.map((a) => h("li", {}, a)))),
        lockBtn)),
    notices,
    main);
  queueMicrotask(() => go({ name: "today" }));
  return shell;
}

/** Tears down the current view (called on lock before the root is replaced); resolves when a pending draft is
 * written, or after `maxWaitMs` at the latest. */
export async function unmountApp(maxWaitMs = 1000): Promise<void> {
  const done = current?.destroy?.();
  current = null;
  stopNotices?.();
  stopNotices = null;
  removeKeys();
  removeKeys = () => {};
  setNavigator(() => {});
  if (done) await Promise.race([done, new Promise((r) => setTimeout(r, maxWaitMs))]);
}
