// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { EntryBody } from "./EntryBody";

export type NewEntry = { people: Array<string>; tags: Array<string>; body: EntryBody };
