// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Horseman } from "./Horseman";
import type { Whose } from "./Whose";

export type HorsemanNote = { horseman: Horseman; whose: Whose; rewrite: string };
