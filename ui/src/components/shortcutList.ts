// The keyboard shortcuts as a list, for the "?" overlay and Settings › About.
import { h } from "../dom";
import { SHORTCUTS } from "../shortcuts";
import { openDialog } from "./dialog";
import "../styles/everyday.css";

export function shortcutList(testid = "shortcut-list"): HTMLElement {
  return h("dl", { class: "shortcut-list", testid },
    SHORTCUTS.map((s) => [h("dt", {}, h("kbd", {}, s.keys)), h("dd", {}, s.does)]));
}

/** The "?" overlay. */
export function showShortcuts(): void {
  if (document.querySelector('[data-testid="shortcuts-dialog"]')) return;
  const close = h("button", { type: "button", class: "button", testid: "shortcuts-close" }, "Close");
  const dlg = openDialog("Keyboard shortcuts", [shortcutList(), h("div", { class: "actions" }, close)], undefined,
    "shortcuts-dialog");
  close.addEventListener("click", () => dlg.close());
}
