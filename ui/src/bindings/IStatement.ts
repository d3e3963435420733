// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type IStatement = { feel: string; when: string; because: string; need: string };
