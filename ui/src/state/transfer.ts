// Taking the journal out: exports are written by Rust (it asks where, after re-checking the passphrase).
import { api } from "../api";
import type { ExportFormat } from "../bindings/ExportFormat";

/** Exports the journal; returns where it was saved, or null if the person cancelled the save dialog. */
export function exportJournal(passphrase: string, format: ExportFormat): Promise<string | null> {
  return api.exportJournal(passphrase, format);
}
