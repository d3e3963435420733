// Backups and imports: every rule is in the journal (Rust); this module only calls it and keeps nothing.
import { api, onImportProgress } from "../api";
import type { BackupList } from "../bindings/BackupList";
import type { BackupRow } from "../bindings/BackupRow";
import type { ImportFormat } from "../bindings/ImportFormat";
import type { Keep } from "../bindings/Keep";
import type { ImportFormatChoice } from "../bindings/ImportFormatChoice";
import type { ImportOutcome } from "../bindings/ImportOutcome";
import type { ImportPreview } from "../bindings/ImportPreview";
import type { ImportProgress } from "../bindings/ImportProgress";

export const listBackups = (): Promise<BackupList> => api.listBackups();
export const backUpNow = (): Promise<BackupRow> => api.backUpNow();
/** Restores into a new folder (Rust asks where) and switches to it; null if the person cancelled. */
export const restoreBackup = (id: string): Promise<string | null> => api.restoreBackup(id);
export const openBackupFolder = (): Promise<void> => api.openBackupFolder();
/** Asks Rust to show a folder picker; the chosen folder is used from now on (null if the person cancelled). */
export const chooseBackupFolder = (): Promise<string | null> => api.chooseBackupFolder();
export const useDefaultBackupFolder = (): Promise<void> => api.useDefaultBackupFolder();
export const setBackupKeep = (keep: Keep): Promise<void> => api.setBackupKeep(keep);

export const importFormats = (): Promise<ImportFormatChoice[]> => api.importFormats();
export const chooseImportFile = (format: ImportFormat): Promise<ImportPreview | null> => api.chooseImportFile(format);
export const replanImport = (moods: Record<string, number>): Promise<ImportPreview> => api.replanImport(moods);
export const cancelImport = (): Promise<void> => api.cancelImport();

/** Runs the chosen import, calling `progress` as entries are written. */
export async function runImport(progress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  const stop = await onImportProgress(progress);
  try {
    return await api.runImport();
  } finally {
    stop();
  }
}
