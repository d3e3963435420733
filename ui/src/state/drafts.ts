// In-progress forms, kept in the encrypted vault through Rust (never in browser storage).
import { api } from "../api";
import type { EntryKind } from "../bindings/EntryKind";
import { debounce } from "../dom";
import { onClear } from "./store";

export const DRAFT_DELAY_MS = 500;

export function draftKey(kind: EntryKind, editingId?: string): string {
  return editingId ? `edit:${editingId}` : `new:${kind}`;
}

const live = new Set<{ cancel(): void }>();
onClear(() => {
  for (const d of live) d.cancel();
  live.clear();
});

/** A draft slot for one open flow: `save` is debounced; `discard` cancels pending saves and removes the draft. */
export function draftSlot<T>(key: string) {
  let lastWrite: Promise<void> = Promise.resolve();
  const write = debounce((value: T) => {
    lastWrite = api.saveDraft(key, JSON.stringify(value)).catch(() => {
      /* a lost draft save is not worth interrupting someone mid-sentence; the next keystroke retries */
    });
  }, DRAFT_DELAY_MS);
  live.add(write);
  return {
    key,
    save: (value: T) => write(value),
    flush: () => write.flush(),
    async load(): Promise<T | null> {
      const raw = await api.getDraft(key);
      if (!raw) return null;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return null;
      }
    },
    async discard(): Promise<void> {
      write.cancel();
      live.delete(write);
      await api.discardDraft(key);
    },
    /** Writes any pending change now (e.g. before locking); resolves once Rust has it. */
    close(): Promise<void> {
      write.flush();
      live.delete(write);
      return lastWrite;
    },
  };
}
export type DraftSlot<T> = ReturnType<typeof draftSlot<T>>;
