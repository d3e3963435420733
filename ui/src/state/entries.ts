// The timeline as loaded so far, with its filter and keyset cursor.
import { api } from "../api";
import type { Cursor } from "../bindings/Cursor";
import type { Entry } from "../bindings/Entry";
import type { Filter } from "../bindings/Filter";
import type { MonthCount } from "../bindings/MonthCount";
import type { NewEntry } from "../bindings/NewEntry";
import { createStore } from "./store";

export const PAGE_SIZE = 30;

export function emptyFilter(): Filter {
  return { kinds: [], person: null, tag: null, feeling: null, from: null, to: null };
}

export interface TimelineState {
  filter: Filter;
  /** The local date the timeline starts at (a jump to a date), or null for the newest. */
  start: string | null;
  entries: Entry[];
  next: Cursor | null;
  done: boolean;
  loading: boolean;
}

export const timeline = createStore<TimelineState>(() => ({
  filter: emptyFilter(),
  start: null,
  entries: [],
  next: null,
  done: false,
  loading: false,
}));

let generation = 0;

/** Starts the timeline over with `filter`, from the newest entry or from the local date `start`. */
export async function loadFirstPage(filter: Filter, start: string | null = null): Promise<void> {
  generation += 1;
  const mine = generation;
  timeline.set({ filter, start, entries: [], next: null, done: false, loading: true });
  const page = await api.timeline({ filter, start, after: null, limit: PAGE_SIZE });
  if (mine !== generation) return;
  timeline.set({ filter, start, entries: page.entries, next: page.next, done: page.next === null, loading: false });
}

/** The months that have entries, newest first, with how many each holds. */
export function loadMonths(): Promise<MonthCount[]> {
  return api.months();
}

/** Appends the next page, if there is one and none is loading. */
export async function loadNextPage(): Promise<void> {
  const s = timeline.get();
  if (s.loading || s.done || !s.next) return;
  const mine = generation;
  timeline.set({ ...s, loading: true });
  const page = await api.timeline({ filter: s.filter, start: s.start, after: s.next, limit: PAGE_SIZE });
  if (mine !== generation) return;
  const cur = timeline.get();
  const seen = new Set(cur.entries.map((e) => e.id));
  timeline.set({
    ...cur,
    entries: [...cur.entries, ...page.entries.filter((e) => !seen.has(e.id))],
    next: page.next,
    done: page.next === null,
    loading: false,
  });
}

export async function saveEntry(entry: NewEntry, editingId?: string): Promise<Entry> {
  const saved = editingId ? await api.updateEntry(editingId, entry) : await api.addEntry(entry);
  const s = timeline.get();
  if (editingId) timeline.set({ ...s, entries: s.entries.map((e) => (e.id === saved.id ? saved : e)) });
  else generation += 1; // a new entry changes the first page: the timeline reloads when next shown
  return saved;
}

/** One entry, fresh from the journal. */
export function getEntry(id: string): Promise<Entry> {
  return api.getEntry(id);
}

/** Entries written on this day in earlier years. */
export function onThisDay(): Promise<Entry[]> {
  return api.onThisDay();
}

/** Deletes an entry and returns it, so it can be restored. */
export async function deleteEntry(id: string): Promise<Entry> {
  const gone = await api.deleteEntry(id);
  const s = timeline.get();
  timeline.set({ ...s, entries: s.entries.filter((e) => e.id !== id) });
  return gone;
}

/** Undo of a delete: puts the entry back, in its place by creation time. */
export async function restoreEntry(entry: Entry): Promise<void> {
  await api.restoreEntry(entry);
  const s = timeline.get();
  if (s.entries.some((e) => e.id === entry.id)) return;
  const entries = [...s.entries, entry].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
  timeline.set({ ...s, entries });
}
