// Search as you type: debounced, only the newest request's answer is ever shown, the first screenful first, and more
// on request.
import { api } from "../api";
import type { Filter } from "../bindings/Filter";
import type { SearchHit } from "../bindings/SearchHit";
import type { SearchOrder } from "../bindings/SearchOrder";
import type { SearchQuery } from "../bindings/SearchQuery";
import type { SearchResults } from "../bindings/SearchResults";
import { debounce } from "../dom";
import { isApiError } from "../errors";
import { emptyFilter } from "./entries";
import { onClear } from "./store";

/** The pause after a keystroke before searching: short, so results follow the typing (measured in `make bench`). */
export const SEARCH_DELAY_MS = 60;
/** While typing, a screenful of results: fewer to build and paint, so they show sooner. */
export const FIRST_PAGE = 20;
/** Each "Show more" adds this many. */
export const MORE_PAGE = 50;

/** What the search shows: the hits so far and how many there are in all (null: nothing asked). */
export interface SearchState {
  text: string;
  hits: SearchHit[];
  total: number;
  /** More than `total` match (the journal stopped counting), and the hits are the newest first. */
  capped: boolean;
}

/** Whether there are matches after the hits shown. */
export function hasMore(state: SearchState): boolean {
  return state.capped || state.hits.length < state.total;
}

export interface Searcher {
  setText(text: string): void;
  setFilter(filter: Filter): void;
  setOrder(order: SearchOrder): void;
  /** Loads the next page after the hits shown; resolves when it is shown (or dropped as stale). */
  more(): Promise<void>;
  cancel(): void;
}

/**
 * Calls `onResults` with the results for the latest text, filter and order (null when the text is empty); answers
 * to superseded requests are dropped. `appended` is true when a page was added under the hits already shown.
 */
export function createSearcher(
  onResults: (state: SearchState | null, appended: boolean) => void,
  onError: (e: unknown) => void,
  search: (query: SearchQuery) => Promise<SearchResults> = api.search,
): Searcher {
  let text = "";
  let filter: Filter = emptyFilter();
  let order: SearchOrder = "relevance";
  let seq = 0;
  let shown: SearchState | null = null;

  const ask = async (offset: number, limit: number): Promise<void> => {
    seq += 1;
    const mine = seq;
    const t = text.trim();
    if (!t) {
      shown = null;
      onResults(null, false);
      return;
    }
    try {
      // The text as typed: a trailing space says the last word is finished (an exact word, not a prefix).
      const found = await search({ text, filter, limit, offset, order });
      if (mine !== seq) return;
      const appended = offset > 0 && shown !== null && shown.text === t;
      shown = { text: t, hits: appended && shown ? [...shown.hits, ...found.hits] : found.hits, total: found.total,
        capped: found.capped };
      onResults(shown, appended);
    } catch (e) {
      // Rust cancels a search when a newer one comes in (or on lock): that answer is superseded, never an error.
      if (mine === seq && !isApiError(e, "Cancelled")) onError(e);
    }
  };
  const run = debounce(() => void ask(0, FIRST_PAGE), SEARCH_DELAY_MS);
  const searcher: Searcher = {
    setText(t) {
      text = t;
      run();
    },
    setFilter(f) {
      filter = f;
      run();
    },
    setOrder(o) {
      order = o;
      run.cancel();
      void ask(0, FIRST_PAGE);
    },
    more() {
      if (!shown || shown.text !== text.trim() || !hasMore(shown)) return Promise.resolve();
      return ask(shown.hits.length, MORE_PAGE);
    },
    cancel() {
      run.cancel();
      seq += 1;
    },
  };
  onClear(() => searcher.cancel());
  return searcher;
}
