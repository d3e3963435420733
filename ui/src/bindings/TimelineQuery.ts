// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Cursor } from "./Cursor";
import type { Filter } from "./Filter";

export type TimelineQuery = { filter: Filter; after: Cursor | null; limit: number };
