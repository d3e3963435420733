// Settings: a column of independent sections. To add one, write a module exporting a SettingsSection and list it here.
import { h } from "../../dom";
import type { View } from "../../router";
import { aboutSection } from "./about";
import { backupsSection } from "./backups";
import { deleteSection, exportSection, whereSection } from "./data";
import { importSection } from "./import";
import { preferencesSection } from "./preferences";
import { remindersSection } from "./reminders";
import type { SettingsSection } from "./section";
import { passphraseSection, recoverySection } from "./security";

/** Called after "delete everything" succeeds, or after switching to a restored journal: app.ts starts again (first
 * run, or the unlock screen of the restored journal). */
let onDeleted: () => void | Promise<void> = () => window.location.reload();
export function setOnDeleted(fn: () => void | Promise<void>): void {
  onDeleted = fn;
}

export function settingsSections(): SettingsSection[] {
  return [
    preferencesSection,
    remindersSection,
    passphraseSection,
    recoverySection,
    whereSection,
    backupsSection(() => onDeleted()),
    importSection,
    exportSection,
    deleteSection(() => onDeleted()),
    aboutSection,
  ];
}

export function settingsView(): View {
  const sections = settingsSections();
  const nav = h("nav", { class: "settings-nav", "aria-label": "Settings sections" },
    h("ul", {}, sections.map((s) => h("li", {}, h("a", { href: `#settings-${s.id}`, onclick: (e: Event) => {
      e.preventDefault();
      const target = document.getElementById(`settings-${s.id}`);
      target?.scrollIntoView({ block: "start" });
      target?.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
      target?.querySelector<HTMLElement>("h2")?.focus();
    } }, s.title)))));
  const el = h("section", { class: "page settings", testid: "settings" },
    h("h1", {}, "Settings"), nav, ...sections.map((s) => s.build()));
  return { el, title: "Settings", destroy: () => sections.forEach((s) => s.destroy?.()) };
}
