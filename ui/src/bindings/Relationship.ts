// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
export type Relationship = "partner" | "family" | "friend" | "therapist" | "other";
