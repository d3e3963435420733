// Hand-written to match attune-journal's settings::Theme (needs `#[ts(rename = "ThemeChoice")]` so it doesn't clash
// with vocab::Theme when generated).
export type ThemeChoice = "system" | "light" | "dark";
