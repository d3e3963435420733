// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type LoveLanguage = "words" | "service" | "gifts" | "quality_time" | "touch";
