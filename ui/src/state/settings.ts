// The app's preferences. Not secret (they live outside the vault), but cleared on lock like everything else.
import { api } from "../api";
import type { AppSettings } from "../bindings/AppSettings";
import type { ThemeChoice } from "../bindings/ThemeChoice";
import { createStore } from "./store";

export const settings = createStore<AppSettings | null>(() => null);

export async function loadSettings(): Promise<AppSettings> {
  const s = await api.getSettings();
  settings.set(s);
  applyTheme(s.theme);
  return s;
}

export async function saveSettings(next: AppSettings): Promise<AppSettings> {
  const s = await api.setSettings(next);
  settings.set(s);
  applyTheme(s.theme);
  return s;
}

/** "system" follows prefers-color-scheme (no attribute); light/dark force it via data-theme on <html>. */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}
