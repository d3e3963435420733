// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Cursor } from "./Cursor";
import type { Entry } from "./Entry";

export type Page = { entries: Array<Entry>; next: Cursor | null };
