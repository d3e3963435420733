// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Appreciation } from "./Appreciation";
import type { CheckIn } from "./CheckIn";
import type { ConflictReflection } from "./ConflictReflection";
import type { Note } from "./Note";
import type { SharedExperience } from "./SharedExperience";
import type { Vulnerability } from "./Vulnerability";

export type EntryBody =
  | ({ kind: "check_in" } & CheckIn)
  | ({ kind: "appreciation" } & Appreciation)
  | ({ kind: "conflict" } & ConflictReflection)
  | ({ kind: "vulnerability" } & Vulnerability)
  | ({ kind: "shared_experience" } & SharedExperience)
  | ({ kind: "note" } & Note);
