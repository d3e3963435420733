// The app's keyboard shortcuts: one list (what the "?" overlay and Settings › About show) and the one listener that
// acts on them. Views take part through View.submit (Ctrl+Enter) and View.escape (Esc).

export interface Shortcut {
  /** The keys as shown, e.g. "Ctrl+N". */
  keys: string;
  /** What it does, in a few words. */
  does: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: "Ctrl+N", does: "Start a new check-in" },
  { keys: "Ctrl+F", does: "Search" },
  { keys: "Ctrl+Enter", does: "Save what you're writing" },
  { keys: "Esc", does: "Close a dialog, or leave what you're writing (it asks before throwing words away)" },
  { keys: "Ctrl+L", does: "Lock the journal" },
  { keys: "Ctrl+= / Ctrl+-", does: "Make everything larger or smaller (Ctrl+0 goes back to normal)" },
  { keys: "?", does: "Show these shortcuts" },
];

export interface ShortcutActions {
  newCheckIn(): void;
  search(): void;
  lock(): void;
  /** Ctrl+Enter in the current view. */
  submit(): void;
  /** Esc in the current view; true if it did something. */
  escape(): boolean;
  help(): void;
}

/** Whether focus is somewhere typing happens (so "?" is a character there, not a shortcut). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "range"].includes(target.type);
}

/** Whether a toast is on screen (its own Esc listener closes it). */
function toastShown(): boolean {
  return document.querySelector(".toasts .toast") !== null;
}

/** Decides what a key press means; returns true when it handled it. Exported for tests. */
export function handleKey(e: KeyboardEvent, act: ShortcutActions): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const dialogOpen = document.querySelector("dialog[open]") !== null;
  const run = (fn: () => void) => {
    fn();
    return true;
  };
  if (ctrl && !e.altKey && !e.shiftKey) {
    if (key === "Enter") return dialogOpen ? false : run(act.submit);
    if (dialogOpen) return false;
    if (key === "n") return run(act.newCheckIn);
    if (key === "f") return run(act.search);
    if (key === "l") return run(act.lock);
    return false;
  }
  // Esc closes a dialog or a toast first (they listen for it themselves); only then does it leave the view.
  if (key === "Escape") return !dialogOpen && !toastShown() && !e.defaultPrevented && act.escape();
  if (e.key === "?" && !ctrl && !e.altKey && !dialogOpen && !typing(e.target)) return run(act.help);
  return false;
}
