// A minimal observable value, and the registry every state module joins so locking can wipe them all at once.

export interface Store<T> {
  get(): T;
  set(value: T): void;
  update(fn: (v: T) => T): void;
  subscribe(fn: (v: T) => void): () => void;
  reset(): void;
}

const resets: Array<() => void> = [];

/** A store holding `initial` until set; `reset()` (and `clearAllState()`) puts `initial` back. */
export function createStore<T>(initial: () => T): Store<T> {
  let value = initial();
  const subs = new Set<(v: T) => void>();
  const store: Store<T> = {
    get: () => value,
    set(v) {
      value = v;
      for (const fn of [...subs]) fn(v);
    },
    update(fn) {
      store.set(fn(value));
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
    reset() {
      value = initial();
      subs.clear();
    },
  };
  resets.push(() => store.reset());
  return store;
}

/** Registers extra cleanup (timers, caches) to run on lock. */
export function onClear(fn: () => void): void {
  resets.push(fn);
}

/** Drops every piece of state: called when the vault locks, so nothing decrypted stays in memory the UI holds. */
export function clearAllState(): void {
  for (const r of resets) r();
}
