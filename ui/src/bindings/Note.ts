// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type Note = { title: string; text: string };
