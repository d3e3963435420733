// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type SharedExperience = { what: string; meaningful: string; closeness: number };
