// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { EntryKind } from "./EntryKind";

export type Filter = {
  kinds: Array<EntryKind>;
  person: string | null;
  tag: string | null;
  feeling: string | null;
  from: string | null;
  to: string | null;
};
