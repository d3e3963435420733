// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Quadrant } from "./Quadrant";

export type FeelingFamily = { id: string; label: string; quadrant: Quadrant; words: Array<string> };
