// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type Prompt = { id: string; theme: string; text: string; practises: string };
