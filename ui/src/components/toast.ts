// Small, polite notices at the bottom of the window, optionally with one action (e.g. Undo).
import { h } from "../dom";
import { onClear } from "../state/store";

export interface ToastOptions {
  action?: { label: string; testid?: string; run: () => void | Promise<void> };
  /** How long it stays, in ms (default 5000; 8000 with an action). */
  timeout?: number;
  testid?: string;
}

const timers = new Set<ReturnType<typeof setTimeout>>();
onClear(() => {
  for (const t of timers) clearTimeout(t);
  timers.clear();
  document.getElementById("toasts")?.replaceChildren();
});

function host(): HTMLElement {
  let el = document.getElementById("toasts");
  if (!el) {
    el = h("div", { id: "toasts", class: "toasts", role: "status", "aria-live": "polite" });
    document.body.appendChild(el);
  }
  return el;
}

export function toast(message: string, opts: ToastOptions = {}): () => void {
  const timeout = opts.timeout ?? (opts.action ? 8000 : 5000);
  const el = h("div", { class: "toast", testid: opts.testid ?? "toast" }, h("span", {}, message));
  const close = () => {
    clearTimeout(timer);
    timers.delete(timer);
    el.remove();
  };
  if (opts.action) {
    const { label, run, testid } = opts.action;
    el.appendChild(
      h("button", { type: "button", class: "link-button", testid: testid ?? "toast-action", onclick: () => {
        close();
        void run();
      } }, label),
    );
  }
  el.appendChild(h("button", { type: "button", class: "toast-close", "aria-label": "Dismiss", onclick: close }, "×"));
  host().appendChild(el);
  const timer = setTimeout(close, timeout);
  timers.add(timer);
  return close;
}
