// Today's one follow-through nudge, beside On this day: a gentle reminder, never a task list.
import type { Nudge } from "../bindings/Nudge";
import { h } from "../dom";
import { friendlyError } from "../errors";
import { navigate } from "../router";
import { loadNudge, markTold, notNow } from "../state/followThrough";
import { STATUS_LABEL } from "../text";

function quoted(text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  return `“${line.length > 120 ? `${line.slice(0, 119)}…` : line}”`;
}

/** The nudge section; it stays hidden when there is nothing to offer. */
export function nudgeSection(): HTMLElement {
  const el = h("section", { class: "card nudge-card", "aria-labelledby": "nudge-h", testid: "today-nudge", hidden: true });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "nudge-status" });

  const show = (n: Nudge | null) => {
    if (!n) {
      el.hidden = status.textContent === "";
      el.replaceChildren(h("h2", { id: "nudge-h" }, "Following through"), status);
      return;
    }
    el.hidden = false;
    const act = (work: () => Promise<unknown>, done: string) => async () => {
      try {
        await work();
        status.textContent = done;
        show(await loadNudge());
      } catch (e) {
        status.textContent = friendlyError(e);
      }
    };
    const later = h("button", { type: "button", class: "button", testid: "nudge-not-now",
      onclick: act(() => notNow(n.entry), "Put aside for a week.") }, "Not now");
    if (n.kind === "untold_appreciation") {
      el.replaceChildren(
        h("h2", { id: "nudge-h" }, "Following through"),
        h("p", { testid: "nudge-text" }, `You haven't told ${n.name} yet: `, quoted(n.what)),
        h("div", { class: "actions left" },
          h("button", { type: "button", class: "button primary", testid: "nudge-told",
            onclick: act(() => markTold(n.entry), `Marked as told. ${n.name} knows now.`) }, "I told them"),
          later),
        status);
    } else {
      el.replaceChildren(
        h("h2", { id: "nudge-h" }, "Following through"),
        h("p", { testid: "nudge-text" }, `A conflict you reflected on is ${STATUS_LABEL[n.status].toLowerCase()}: `,
          quoted(n.whatHappened), ". When you're ready, you could come back to it."),
        h("div", { class: "actions left" },
          h("button", { type: "button", class: "button primary", testid: "nudge-open",
            onclick: () => navigate({ name: "entry", id: n.entry, followUp: true }) }, "Look at it again"),
          later),
        status);
    }
  };
  void loadNudge().then(show, () => {});
  return el;
}
