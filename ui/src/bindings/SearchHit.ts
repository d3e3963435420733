// Hand-written to match attune-journal's serde shapes until ts-rs generates this file.
import type { Entry } from "./Entry";
import type { SnippetPart } from "./SnippetPart";

export type SearchHit = { entry: Entry; snippet: Array<SnippetPart> };
