// Hand-written to match the app's `vocabulary` command until ts-rs generates this file.
import type { FeelingFamily } from "./FeelingFamily";
import type { Prompt } from "./Prompt";
import type { Theme } from "./Theme";

export type Vocabulary = { feelings: Array<FeelingFamily>; themes: Array<Theme>; prompts: Array<Prompt> };
