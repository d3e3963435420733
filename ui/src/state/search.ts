// Search as you type: debounced, and only the newest request's answer is ever shown.
import { api } from "../api";
import type { Filter } from "../bindings/Filter";
import type { SearchHit } from "../bindings/SearchHit";
import { debounce } from "../dom";
import { emptyFilter } from "./entries";
import { onClear } from "./store";

export const SEARCH_DELAY_MS = 120;

export interface Searcher {
  setText(text: string): void;
  setFilter(filter: Filter): void;
  cancel(): void;
}

/** Calls `onResults` with the hits for the latest text+filter; stale answers are dropped. */
export function createSearcher(
  onResults: (hits: SearchHit[] | null, text: string) => void,
  onError: (e: unknown) => void,
  search = api.search,
): Searcher {
  let text = "";
  let filter: Filter = emptyFilter();
  let seq = 0;
  const run = debounce(async () => {
    seq += 1;
    const mine = seq;
    const t = text.trim();
    if (!t) {
      onResults(null, "");
      return;
    }
    try {
      const hits = await search({ text: t, filter, limit: 50, offset: 0, order: "relevance" });
      if (mine === seq) onResults(hits, t);
    } catch (e) {
      if (mine === seq) onError(e);
    }
  }, SEARCH_DELAY_MS);
  const searcher: Searcher = {
    setText(t) {
      text = t;
      run();
    },
    setFilter(f) {
      filter = f;
      run();
    },
    cancel() {
      run.cancel();
      seq += 1;
    },
  };
  onClear(() => searcher.cancel());
  return searcher;
}
