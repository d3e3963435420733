import { afterEach, describe, expect, it } from "vitest";
import type { TimelineQuery } from "../bindings/TimelineQuery";
import { mockApi, resetMockApi, storedEntry } from "../testing/mockApi";
import { deleteEntry, emptyFilter, loadFirstPage, loadNextPage, restoreEntry, timeline } from "./entries";
import { clearAllState } from "./store";

const entry = (n: number) => storedEntry(`id-${String(n).padStart(3, "0")}`, { kind: "note", title: "", text: `note ${n}` },
  "2026-01-01", { createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), updatedAt: "" });
const all = Array.from({ length: 70 }, (_, i) => entry(70 - i)); // newest first

afterEach(resetMockApi);

function backend() {
  const queries: TimelineQuery[] = [];
  const deleted: string[] = [];
  mockApi({
    timeline: (a: { query: TimelineQuery }) => {
      const q = a.query;
      queries.push(q);
      const start = q.after ? all.findIndex((e) => e.id === q.after!.id) + 1 : 0;
      const page = all.slice(start, start + q.limit);
      const last = page[page.length - 1];
      return { entries: page, next: start + q.limit < all.length && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    delete_entry: (a: { id: string }) => {
      deleted.push(String(a.id));
      return all.find((e) => e.id === a.id);
    },
  });
  return { queries, deleted };
}

describe("timeline state", () => {
  it("pages with the keyset cursor until next is null", async () => {
    const { queries } = backend();
    await loadFirstPage(emptyFilter());
    expect(timeline.get().entries).toHaveLength(30);
    await loadNextPage();
    await loadNextPage();
    const s = timeline.get();
    expect(s.entries.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(s.done).toBe(true);
    expect(queries[1]!.after).toEqual({ createdAt: all[29]!.createdAt, id: all[29]!.id });
    await loadNextPage();
    expect(queries).toHaveLength(3); // nothing more asked once done
  });

  it("sends the filter with every page", async () => {
    const { queries } = backend();
    const f = { ...emptyFilter(), kinds: ["note" as const], tag: "home" };
    await loadFirstPage(f);
    await loadNextPage();
    expect(queries.every((q) => q.filter.tag === "home" && q.filter.kinds[0] === "note")).toBe(true);
  });

  it("removes a deleted entry and puts it back in order on undo", async () => {
    const { deleted } = backend();
    await loadFirstPage(emptyFilter());
    const victim = timeline.get().entries[4]!;
    const gone = await deleteEntry(victim.id);
    expect(deleted).toEqual([victim.id]);
    expect(timeline.get().entries.some((e) => e.id === victim.id)).toBe(false);
    await restoreEntry(gone);
    expect(timeline.get().entries[4]!.id).toBe(victim.id);
  });

  it("is emptied by clearAllState (lock)", async () => {
    backend();
    await loadFirstPage(emptyFilter());
    clearAllState();
    expect(timeline.get().entries).toEqual([]);
  });
});
