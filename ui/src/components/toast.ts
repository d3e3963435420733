// Small, polite notices in the bottom corner of the window, optionally with one action (e.g. Undo).
// At most MAX_VISIBLE show at once (the newest; older ones are dismissed), so they never stack over the page.
// Each has a close button, and Esc dismisses the newest one (unless a dialog or a field has a use for Esc).
import { h } from "../dom";
import { onClear } from "../state/store";
import "../styles/overlays.css";

export interface ToastOptions {
  action?: { label: string; testid?: string; run: () => void | Promise<void> };
  /** How long it stays, in ms (default 5000; 8000 with an action). */
  timeout?: number;
  testid?: string;
}

/** How many toasts can be on screen at once. */
export const MAX_VISIBLE = 2;

interface Shown {
  el: HTMLElement;
  close: () => void;
}
const shown: Shown[] = [];

onClear(() => {
  for (const t of [...shown]) t.close();
  document.getElementById("toasts")?.replaceChildren();
});

function host(): HTMLElement {
  let el = document.getElementById("toasts");
  if (!el) {
    el = h("div", { id: "toasts", class: "toasts", role: "status", "aria-live": "polite", testid: "toasts" });
    document.body.appendChild(el);
  }
  return el;
}

function onKey(e: KeyboardEvent) {
  if (e.key !== "Escape" || e.defaultPrevented || shown.length === 0) return;
  if (document.querySelector("dialog[open]")) return;
  shown[shown.length - 1].close();
}
let listening = false;

export function toast(message: string, opts: ToastOptions = {}): () => void {
  const timeout = opts.timeout ?? (opts.action ? 8000 : 5000);
  const el = h("div", { class: "toast", testid: opts.testid ?? "toast" }, h("span", {}, message));
  const entry: Shown = { el, close: () => {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    el.remove();
    const i = shown.indexOf(entry);
    if (i >= 0) shown.splice(i, 1);
  };
  entry.close = close;
  if (opts.action) {
    const { label, run, testid } = opts.action;
    el.appendChild(
      h("button", { type: "button", class: "link-button", testid: testid ?? "toast-action", onclick: () => {
        close();
        void run();
      } }, label),
    );
  }
  el.appendChild(h("button", { type: "button", class: "toast-close", "aria-label": "Dismiss (Esc)", title: "Dismiss (Esc)",
    testid: "toast-close", onclick: close }, "×"));
  host().appendChild(el);
  shown.push(entry);
  while (shown.length > MAX_VISIBLE) shown[0].close();
  if (!listening) {
    document.addEventListener("keydown", onKey);
    listening = true;
  }
  timer = setTimeout(close, timeout);
  return close;
}
