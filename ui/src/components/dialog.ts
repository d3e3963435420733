// Modal dialogs on <dialog>: Esc closes, focus returns to where it was.
import { h, type Child } from "../dom";
import { onClear } from "../state/store";
import { textField } from "./field";
import "../styles/overlays.css";

// Open dialogs may show names or other journal text: locking removes them with everything else.
const open = new Set<HTMLDialogElement>();
onClear(() => {
  for (const d of open) d.remove();
  open.clear();
});

export interface DialogHandle {
  el: HTMLDialogElement;
  close(): void;
}

/** Opens a modal dialog with `title` and `content`; `onClose` runs once however it closes. */
export function openDialog(title: string, content: Child[], onClose?: () => void, testid = "dialog"): DialogHandle {
  const before = document.activeElement as HTMLElement | null;
  const titleId = `dlg-${Math.random().toString(36).slice(2)}`;
  const el = h("dialog", { class: "dialog", "aria-labelledby": titleId, testid },
    h("h2", { id: titleId }, title), ...content);
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    open.delete(el);
    el.remove();
    onClose?.();
    before?.focus?.();
  };
  el.addEventListener("close", finish);
  el.addEventListener("cancel", (e) => {
    e.preventDefault();
    close();
  });
  el.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  });
  function close() {
    if (typeof el.close === "function" && el.open) el.close();
    finish();
  }
  document.body.appendChild(el);
  open.add(el);
  if (typeof el.showModal === "function") el.showModal();
  else el.setAttribute("open", "");
  const first = el.querySelector<HTMLElement>("input, textarea, select, button");
  first?.focus();
  return { el, close };
}

export interface ConfirmOptions {
  title: string;
  body: string[];
  confirmLabel: string;
  /** The label of the button that keeps things as they are (default "Cancel"). */
  cancelLabel?: string;
  /** Ask for the passphrase too; the promise resolves to it. */
  askPassphrase?: boolean;
  /** Require typing this word to enable the button (strong confirmation). */
  typeToConfirm?: string;
  gentleDanger?: boolean;
  testid?: string;
  /** Runs with the passphrase; may throw to show an error and keep the dialog open. */
  action: (passphrase: string) => Promise<void>;
  errorText?: (e: unknown) => string;
}

/** A confirmation dialog; resolves true when the action succeeded, false when cancelled. */
export function confirmDialog(o: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const prefix = o.testid ?? "confirm";
    const pass = o.askPassphrase
      ? textField("Your passphrase", { type: "password", autocomplete: "current-password", testid: `${prefix}-passphrase` })
      : null;
    const typed = o.typeToConfirm
      ? textField(`To be sure, type “${o.typeToConfirm}”`, { testid: `${prefix}-type`, autocomplete: "off" })
      : null;
    const status = h("p", { class: "form-error", role: "alert" });
    const ok = h("button", { type: "submit", class: o.gentleDanger ? "button danger" : "button primary", testid: `${prefix}-ok` },
      o.confirmLabel);
    const cancel = h("button", { type: "button", class: "button", testid: `${prefix}-cancel` }, o.cancelLabel ?? "Cancel");
    const sync = () => {
      ok.disabled = Boolean(typed && typed.control.value.trim().toLowerCase() !== o.typeToConfirm!.toLowerCase());
    };
    typed?.control.addEventListener("input", sync);
    sync();
    let done = false;
    const form = h("form", { class: "stack", novalidate: true },
      ...o.body.map((t) => h("p", {}, t)), pass?.wrap, typed?.wrap, status,
      h("div", { class: "actions" }, cancel, ok));
    const dlg = openDialog(o.title, [form], () => resolve(done), prefix);
    cancel.addEventListener("click", () => dlg.close());
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (ok.disabled) return;
      ok.disabled = true;
      status.textContent = "";
      try {
        await o.action(pass?.control.value ?? "");
        done = true;
        dlg.close();
      } catch (err) {
        status.textContent = o.errorText ? o.errorText(err) : "That didn't work. Please try again.";
        ok.disabled = false;
        pass?.control.select();
      }
    });
    // Start on the passphrase, or on Cancel: never on the button that removes something.
    (pass?.control ?? typed?.control ?? cancel).focus();
  });
}
