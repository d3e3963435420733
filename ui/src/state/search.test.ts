import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../bindings/SearchHit";
import type { SearchQuery } from "../bindings/SearchQuery";
import type { SearchResults } from "../bindings/SearchResults";
import { toAppError } from "../api";
import { createSearcher, FIRST_PAGE, MORE_PAGE, SEARCH_DELAY_MS, type SearchState } from "./search";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const hit = (text: string) => ({ entry: { id: text }, snippet: [] }) as unknown as SearchHit;
const found = (total: number, ...texts: string[]): SearchResults =>
  ({ hits: texts.map(hit), total, capped: false, order: "relevance" });
const state = (text: string, total: number, ...texts: string[]): SearchState =>
  ({ text, hits: texts.map(hit), total, capped: false });

describe("createSearcher", () => {
  it("debounces typing into one request for the first screenful", async () => {
    const search = vi.fn(async (q: SearchQuery) => found(1, q.text));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("l");
    s.setText("lo");
    s.setText("lov");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]![0]).toMatchObject({ text: "lov", offset: 0, limit: FIRST_PAGE, order: "relevance" });
    expect(results).toHaveBeenCalledWith(state("lov", 1, "lov"), false);
  });

  it("drops a slow, stale answer that arrives after a newer one", async () => {
    const pending: Record<string, (h: SearchResults) => void> = {};
    const search = (q: SearchQuery) => new Promise<SearchResults>((res) => (pending[q.text] = res));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("old");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    s.setText("new");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    pending.new!(found(1, "new"));
    await vi.advanceTimersByTimeAsync(0);
    pending.old!(found(1, "old"));
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toHaveBeenCalledTimes(1);
    expect(results).toHaveBeenCalledWith(state("new", 1, "new"), false);
  });

  it("drops a cancelled answer quietly: Rust stopped it for a newer search, so it is no error", async () => {
    const pending: Record<string, { res: (h: SearchResults) => void; rej: (e: unknown) => void }> = {};
    const search = (q: SearchQuery) =>
      new Promise<SearchResults>((res, rej) => (pending[q.text] = { res, rej }));
    const results = vi.fn();
    const errors = vi.fn();
    const s = createSearcher(results, errors, search);
    s.setText("old");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    s.setText("new");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    pending.old!.rej(toAppError({ kind: "Cancelled", message: "the search was stopped because a newer one started" }));
    pending.new!.res(found(1, "new"));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).not.toHaveBeenCalled();
    expect(results).toHaveBeenCalledTimes(1);
    expect(results).toHaveBeenCalledWith(state("new", 1, "new"), false);
    // Even the newest request's answer, if cancelled (the journal was locked meanwhile), is not shown as an error.
    s.setText("newest");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    pending.newest!.rej(toAppError({ kind: "Cancelled", message: "" }));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).not.toHaveBeenCalled();
    // Any other failure still is.
    s.setText("broken");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    pending.broken!.rej(toAppError({ kind: "Database", message: "database error" }));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it("keeps a trailing space, so a finished word is searched as a whole word", async () => {
    const search = vi.fn(async (q: SearchQuery) => found(1, q.text));
    const s = createSearcher(vi.fn(), () => {}, search);
    s.setText("sam ");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    expect(search.mock.calls[0]![0].text).toBe("sam ");
  });

  it("clears results for empty text without asking Rust", async () => {
    const search = vi.fn(async () => found(0));
    const results = vi.fn();
    createSearcher(results, () => {}, search).setText("   ");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    expect(search).not.toHaveBeenCalled();
    expect(results).toHaveBeenCalledWith(null, false);
  });

  it("loads more after what is shown, keeps the total, and stops at the end", async () => {
    const search = vi.fn(async (q: SearchQuery) =>
      found(3, ...["a", "b", "c"].slice(q.offset, q.offset + (q.offset === 0 ? 2 : q.limit))));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("sam");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    await s.more();
    expect(search.mock.calls[1]![0]).toMatchObject({ text: "sam", offset: 2, limit: MORE_PAGE });
    expect(results).toHaveBeenLastCalledWith(state("sam", 3, "a", "b", "c"), true);
    await s.more();
    expect(search).toHaveBeenCalledTimes(2);
  });

  it("loads more past a total the journal stopped counting at", async () => {
    const search = vi.fn(async (q: SearchQuery): Promise<SearchResults> =>
      ({ ...found(2, `${q.offset}a`, `${q.offset}b`), capped: true, order: "newest" }));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("t");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    await s.more();
    expect(search.mock.calls[1]![0]).toMatchObject({ text: "t", offset: 2, limit: MORE_PAGE });
    expect(results).toHaveBeenLastCalledWith({ ...state("t", 2, "0a", "0b", "2a", "2b"), capped: true }, true);
  });

  it("asks again at once, from the start, when the order changes", async () => {
    const search = vi.fn(async (q: SearchQuery) => found(1, q.order));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("tea");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    s.setOrder("newest");
    await vi.advanceTimersByTimeAsync(0);
    expect(search.mock.calls[1]![0]).toMatchObject({ text: "tea", offset: 0, order: "newest" });
    expect(results).toHaveBeenLastCalledWith(state("tea", 1, "newest"), false);
  });
});
