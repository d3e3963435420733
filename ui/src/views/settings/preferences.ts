// Auto-lock and theme.
import type { AppSettings } from "../../bindings/AppSettings";
import type { ThemeChoice } from "../../bindings/ThemeChoice";
import { selectField } from "../../components/field";
import { toast } from "../../components/toast";
import { h, nextId } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import { applyTheme, loadSettings, saveSettings, settings } from "../../state/settings";
import { sectionFrame, type SettingsSection } from "./section";

const MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 240];
const THEMES: Array<[ThemeChoice, string]> = [["system", "Same as my system"], ["light", "Light"], ["dark", "Dark"]];

export const preferencesSection: SettingsSection = {
  id: "preferences",
  title: "Comfort",
  build() {
    const autoLock = selectField("Lock automatically after", MINUTES.map((m): [string, string] =>
      [String(m), m < 60 ? `${m} minute${m === 1 ? "" : "s"} of quiet` : `${m / 60} hour${m === 60 ? "" : "s"} of quiet`]),
    { testid: "settings-auto-lock" }, "Locking clears everything from the screen until you unlock again.");
    const themeName = nextId("theme");
    const themeRadios = THEMES.map(([v, label]) => {
      const id = nextId("th");
      return h("div", { class: "check" },
        h("input", { type: "radio", name: themeName, id, value: v, testid: `settings-theme-${v}` }),
        h("label", { for: id }, label));
    });
    const theme = h("fieldset", { class: "choice-list inline-choices" }, h("legend", {}, "Colours"), ...themeRadios);
    const status = h("p", { class: "form-error", role: "alert" });

    const show = (s: AppSettings) => {
      if (!MINUTES.includes(s.autoLockMinutes)) {
        autoLock.control.appendChild(h("option", { value: s.autoLockMinutes }, `${s.autoLockMinutes} minutes of quiet`));
      }
      autoLock.control.value = String(s.autoLockMinutes);
      for (const r of theme.querySelectorAll<HTMLInputElement>("input")) r.checked = r.value === s.theme;
    };
    const current = settings.get();
    if (current) show(current);
    else void loadSettings().then(show, () => {});

    const persist = async (patch: Partial<AppSettings>) => {
      const base = settings.get() ?? { autoLockMinutes: 10, theme: "system" as ThemeChoice, startAtLogin: false };
      status.textContent = "";
      try {
        show(await saveSettings({ ...base, ...patch }));
        toast("Saved.", { testid: "toast-settings-saved", timeout: 2500 });
      } catch (e) {
        status.textContent = isApiError(e, "Validation") ? "That value isn't allowed." : friendlyError(e);
        show(base);
        applyTheme(base.theme);
      }
    };
    autoLock.control.addEventListener("change", () => void persist({ autoLockMinutes: Number(autoLock.control.value) }));
    theme.addEventListener("change", (e) => {
      const v = (e.target as HTMLInputElement).value as ThemeChoice;
      applyTheme(v);
      void persist({ theme: v });
    });
    return sectionFrame("preferences", "Comfort", autoLock.wrap, theme, status);
  },
};
