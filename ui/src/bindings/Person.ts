// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { LoveLanguage } from "./LoveLanguage";
import type { Relationship } from "./Relationship";

export type Person = { id: string; name: string; relationship: Relationship; loveLanguage: LoveLanguage | null };
