// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { ThemeChoice } from "./ThemeChoice";

export type AppSettings = { autoLockMinutes: number; theme: ThemeChoice; startAtLogin: boolean };
