// Settings › Backups: the list (date, size, entries), "Back up now", "Restore…" into a new folder, "Open folder", the
// folder itself (another one, or the default) and how many are kept. Every rule (ranges, rotation) is the journal's.
import { toast } from "../../components/toast";
import { confirmDialog } from "../../components/dialog";
import { textField } from "../../components/field";
import { h, replace } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import type { BackupList } from "../../bindings/BackupList";
import type { BackupRow } from "../../bindings/BackupRow";
import { backUpNow, chooseBackupFolder, listBackups, openBackupFolder, restoreBackup, setBackupKeep,
  useDefaultBackupFolder } from "../../state/backups";
import { sectionFrame, type SettingsSection } from "./section";
import "../../styles/backups.css";
import { dateLocale } from "../../locale";

const when = (iso: string) =>
  new Date(iso).toLocaleString(dateLocale(), { dateStyle: "medium", timeStyle: "short" });

function size(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

export function backupsSection(afterSwitch: () => void | Promise<void>): SettingsSection {
  return {
    id: "backups",
    title: "Backups",
    build() {
      const folder = h("code", { class: "path", testid: "backups-folder" }, "…");
      const folderNote = h("span", { class: "muted", testid: "backups-folder-note" });
      const useDefault = h("button", { type: "button", class: "button quiet", testid: "backup-default-folder", hidden: true,
        onclick: () => void changeFolder(() => useDefaultBackupFolder()) }, "Use the default folder");
      const keepFields = (["daily", "weekly", "monthly"] as const).map((k) =>
        textField({ daily: "Days", weekly: "Weeks", monthly: "Months" }[k],
          { type: "number", min: 0, max: 1000, inputmode: "numeric", testid: `backup-keep-${k}` }));
      const keepInputs = keepFields.map((f) => f.control);
      const keepError = h("p", { class: "form-error", role: "alert", testid: "backup-keep-error" });
      const list = h("ul", { class: "backup-list", testid: "backup-list", "aria-live": "polite" });
      const status = h("p", { class: "muted", testid: "backups-status" });
      const row = (b: BackupRow) => {
        const details = [b.reason, size(b.sizeBytes)];
        if (b.entries !== null) details.push(`${b.entries} ${b.entries === 1 ? "entry" : "entries"}`);
        return h("li", { class: "backup-row", testid: "backup-row" },
          h("span", { class: "backup-what" },
            h("span", { class: "backup-when" }, when(b.createdAt)),
            h("span", { class: "muted" }, details.join(" · "))),
          h("button", { type: "button", class: "button quiet", testid: "backup-restore",
            "aria-label": `Restore the backup from ${when(b.createdAt)}`, onclick: () => void restore(b) }, "Restore…"));
      };
      const refresh = async () => {
        try {
          const all: BackupList = await listBackups();
          folder.textContent = all.folder;
          folderNote.textContent = all.defaultFolder ? "(the default, beside your journal)" : "";
          useDefault.hidden = all.defaultFolder;
          keepInputs[0]!.value = String(all.keep.daily);
          keepInputs[1]!.value = String(all.keep.weekly);
          keepInputs[2]!.value = String(all.keep.monthly);
          replace(list, ...all.backups.map(row));
          status.textContent = all.backups.length === 0 ? "No backups yet. One is made by itself once a day." : "";
        } catch (e) {
          status.textContent = friendlyError(e);
        }
      };
      const now = async (button: HTMLButtonElement) => {
        button.disabled = true;
        try {
          await backUpNow();
          toast("Backed up.", { testid: "toast-backed-up" });
          await refresh();
        } catch (e) {
          toast(friendlyError(e), { testid: "toast-backup-failed" });
        } finally {
          button.disabled = false;
        }
      };
      const changeFolder = async (change: () => Promise<unknown>) => {
        try {
          await change();
          await refresh();
        } catch (e) {
          toast(friendlyError(e), { testid: "toast-backup-folder-error" });
        }
      };
      const saveKeep = async () => {
        keepError.textContent = "";
        const [daily, weekly, monthly] = keepInputs.map((i) => Number(i.value));
        try {
          await setBackupKeep({ daily: daily!, weekly: weekly!, monthly: monthly! });
          toast("Saved.", { testid: "toast-backup-keep-saved" });
        } catch (e) {
          keepError.textContent = isApiError(e, "Validation") ? e.message : friendlyError(e);
        }
      };
      const restore = async (b: BackupRow) => {
        let dir = null as string | null;
        const ok = await confirmDialog({
          title: "Restore this backup?",
          body: [
            `The backup from ${when(b.createdAt)} will be written to a new folder you choose; your journal as it is now stays where it is, and is backed up first.`,
            "Attune then switches to the restored journal. It opens with the passphrase you used when the backup was made.",
          ],
          confirmLabel: "Choose a folder…",
          testid: "restore-backup",
          action: async () => {
            dir = await restoreBackup(b.id);
          },
          errorText: friendlyError,
        });
        if (!ok || dir === null) return;
        // The app starts again on the restored journal's unlock screen; the notice outlives the restart.
        await afterSwitch();
        toast(`Restored into ${dir}. Unlock it with the passphrase you had when the backup was made.`,
          { testid: "toast-restored", timeout: 10_000 });
      };
      const nowButton = h("button", { type: "button", class: "button", testid: "backup-now",
        onclick: () => void now(nowButton) }, "Back up now");
      void refresh();
      return sectionFrame("backups", "Backups",
        h("p", {}, "Attune keeps encrypted copies of your journal: one a day while it is open, and one before anything big (an import, a restore, an update). Each opens with the passphrase you had when it was made."),
        h("p", { class: "backup-folder" }, "Folder:", folder, folderNote),
        h("div", { class: "actions left" }, nowButton,
          h("button", { type: "button", class: "button quiet", testid: "backup-open-folder",
            onclick: () => void openBackupFolder().catch((e) => toast(friendlyError(e))) }, "Open folder"),
          h("button", { type: "button", class: "button quiet", testid: "backup-choose-folder",
            onclick: () => void changeFolder(() => chooseBackupFolder()) }, "Choose another folder…"),
          useDefault),
        status, list,
        h("fieldset", { class: "keep" },
          h("legend", {}, "How many to keep"),
          h("p", { class: "muted" }, "The newest backup of each of the last days, weeks and months. Those made just before an import, a restore or an update are kept for at least a week."),
          h("div", { class: "keep-fields" }, ...keepFields.map((f) => f.wrap),
            h("button", { type: "button", class: "button quiet", testid: "backup-keep-save", onclick: () => void saveKeep() }, "Save")),
          keepError));
    },
  };
}
