// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type EntryKind = "check_in" | "appreciation" | "conflict" | "vulnerability" | "shared_experience" | "note";
