// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type Cursor = { createdAt: string; id: string };
