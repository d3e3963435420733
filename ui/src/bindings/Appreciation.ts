// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { LoveLanguage } from "./LoveLanguage";

export type Appreciation = {
  forWhom: string;
  what: string;
  why: string;
  loveLanguage: LoveLanguage | null;
  told: boolean;
};
