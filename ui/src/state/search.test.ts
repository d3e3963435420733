import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../bindings/SearchHit";
import type { SearchQuery } from "../bindings/SearchQuery";
import { createSearcher, SEARCH_DELAY_MS } from "./search";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const hit = (text: string) => ({ entry: { id: text }, snippet: [] }) as unknown as SearchHit;

describe("createSearcher", () => {
  it("debounces typing into one request", async () => {
    const search = vi.fn(async (q: SearchQuery) => [hit(q.text)]);
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("l");
    s.setText("lo");
    s.setText("lov");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]![0].text).toBe("lov");
    expect(results).toHaveBeenCalledWith([hit("lov")], "lov");
  });

  it("drops a slow, stale answer that arrives after a newer one", async () => {
    const pending: Record<string, (h: SearchHit[]) => void> = {};
    const search = (q: SearchQuery) => new Promise<SearchHit[]>((res) => (pending[q.text] = res));
    const results = vi.fn();
    const s = createSearcher(results, () => {}, search);
    s.setText("old");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    s.setText("new");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    pending.new!([hit("new")]);
    await vi.advanceTimersByTimeAsync(0);
    pending.old!([hit("old")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(results).toHaveBeenCalledTimes(1);
    expect(results).toHaveBeenCalledWith([hit("new")], "new");
  });

  it("clears results for empty text without asking Rust", async () => {
    const search = vi.fn(async () => []);
    const results = vi.fn();
    createSearcher(results, () => {}, search).setText("   ");
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS + 5);
    expect(search).not.toHaveBeenCalled();
    expect(results).toHaveBeenCalledWith(null, "");
  });
});
