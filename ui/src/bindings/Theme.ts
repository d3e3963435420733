// Hand-written to match attune-journal's serde shapes (vocab::Theme, a theme of the prompt deck).
export type Theme = { id: string; label: string };
