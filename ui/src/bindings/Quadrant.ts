// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type Quadrant = "pleasant_high" | "pleasant_low" | "unpleasant_high" | "unpleasant_low";
