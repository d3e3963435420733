// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Filter } from "./Filter";

export type SearchQuery = { text: string; filter: Filter; limit: number };
