// Where the journal lives, export, and deleting everything.
import type { ExportFormat } from "../../bindings/ExportFormat";
import { confirmDialog } from "../../components/dialog";
import { toast } from "../../components/toast";
import { h } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import { currentStatus, deleteAll, refreshStatus } from "../../state/session";
import { exportJournal } from "../../state/transfer";
import { sectionFrame, type SettingsSection } from "./section";

const passError = (e: unknown) =>
  isApiError(e, "WrongPassphrase") ? "That passphrase didn't match. Try again." : friendlyError(e);

export const whereSection: SettingsSection = {
  id: "location",
  title: "Where your journal lives",
  build() {
    const path = h("code", { class: "path", testid: "settings-vault-path" }, currentStatus()?.vaultDir ?? "…");
    if (!currentStatus()) void refreshStatus().then((s) => (path.textContent = s.vaultDir), () => {});
    return sectionFrame("location", "Where your journal lives",
      h("p", {}, "Your journal is one encrypted folder on this computer. Attune never connects to the internet."),
      h("p", {}, path),
      h("p", { class: "muted" }, "Attune backs it up by itself (see Backups below). A copy of this folder stays encrypted wherever it goes."));
  },
};

export const exportSection: SettingsSection = {
  id: "export",
  title: "Export",
  build() {
    const run = (format: ExportFormat) =>
      void confirmDialog({
        title: format === "json" ? "Export as JSON" : "Export as Markdown",
        body: [
          "An export is NOT encrypted: anyone who finds the file can read it. Keep it somewhere private and delete it when you're done.",
          "You'll choose where to save it next.",
        ],
        confirmLabel: "Export",
        askPassphrase: true,
        testid: `export-${format}`,
        action: async (pass) => {
          const path = await exportJournal(pass, format);
          if (path) toast(`Exported to ${path}`, { testid: "toast-exported", timeout: 8000 });
        },
        errorText: passError,
      });
    return sectionFrame("export", "Export",
      h("p", {}, "Take a copy of everything you've written, readable without Attune."),
      h("div", { class: "actions left" },
        h("button", { type: "button", class: "button", testid: "settings-export-json", onclick: () => run("json") },
          "Export as JSON"),
        h("button", { type: "button", class: "button", testid: "settings-export-markdown", onclick: () => run("markdown") },
          "Export as Markdown")));
  },
};

export function deleteSection(afterDelete: () => void): SettingsSection {
  return {
    id: "delete",
    title: "Delete everything",
    build() {
      const open = () =>
        void confirmDialog({
          title: "Delete your whole journal?",
          body: [
            "This removes every entry and every person from this computer's journal folder. It can't be undone, and the recovery key won't bring it back.",
            "Just before, Attune makes one last encrypted backup in your backup folder (Settings › Backups), in case this was a mistake. It opens with your current passphrase. If you want nothing left, delete that folder too.",
          ],
          confirmLabel: "Delete everything",
          askPassphrase: true,
          typeToConfirm: "delete",
          gentleDanger: true,
          testid: "delete-all",
          action: (pass) => deleteAll(pass),
          errorText: passError,
        }).then((ok) => ok && afterDelete());
      return sectionFrame("delete", "Delete everything",
        h("p", {}, "If you want a fresh start, you can remove the journal completely."),
        h("div", { class: "actions left" },
          h("button", { type: "button", class: "button quiet-danger", testid: "settings-delete-all", onclick: open },
            "Delete everything…")));
    },
  };
}
