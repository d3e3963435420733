// Hand-written to match the app's `export_journal` argument until ts-rs generates this file.
export type ExportFormat = "json" | "markdown";
