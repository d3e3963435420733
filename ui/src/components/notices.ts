// What the journal noticed while opening and the person must hear about (a damaged part of the key file, recent
// changes lost from a damaged log, a read-only folder): one calm banner above every screen, with the fix one click
// away where there is one, and "Hide for now" to put it away until Attune next starts (it comes back then while the
// trouble stands). The words come from Rust; the UI only picks the action by kind.
import type { Notice } from "../bindings/Notice";
import type { WarningKind } from "../bindings/WarningKind";
import { h } from "../dom";

/** The action offered for each kind, if any: a button label and where it leads in Settings. */
const ACTIONS: Partial<Record<WarningKind, { label: string; section: string }>> = {
  RecoverySlotDamaged: { label: "Make a new recovery key", section: "recovery" },
  PassphraseSlotDamaged: { label: "Set a new passphrase", section: "passphrase" },
  // The message says to restore from a backup if something is missing: the backups are one click away.
  RecentChangesLost: { label: "See your backups", section: "backups" },
};

/** The banner for `notices`, or null when there are none. `open(section)` shows that Settings section; `hide(notice)`
 * puts one away for this run of the app. */
export function noticesBanner(notices: Notice[], open: (section: string) => void, hide: (notice: Notice) => void): HTMLElement | null {
  if (notices.length === 0) return null;
  return h("section", { class: "notices", role: "alert", "aria-label": "About your journal's files", testid: "notices" },
    notices.map((n) => {
      const action = ACTIONS[n.kind];
      return h("div", { class: "file-notice", testid: `notice-${n.kind}` },
        h("p", {}, n.message),
        h("div", { class: "notice-actions" },
          action
            ? h("button", { type: "button", class: "button", testid: `notice-action-${n.kind}`,
              onclick: () => open(action.section) }, action.label)
            : null,
          h("button", { type: "button", class: "button quiet", testid: `notice-hide-${n.kind}`,
            title: "It shows again the next time you open Attune, if it still applies.", onclick: () => hide(n) },
          "Hide for now")));
    }));
}
