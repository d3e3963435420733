// One entry, with Edit and Delete (Delete can be undone for a few seconds); a conflict reflection also has its
// follow-up ("Coming back to it"), which `followUp` puts in focus (the revisit reminder, Today's nudge).
import { toast } from "../components/toast";
import { h, replace } from "../dom";
import { friendlyError } from "../errors";
import { navigate, type View } from "../router";
import { deleteEntry, getEntry, restoreEntry } from "../state/entries";
import { loadPeople } from "../state/people";
import { entryDetail, headline } from "./entryRender";
import { conflictFollowUp } from "./followUp";
import { KIND_LABEL } from "../text";
import type { Entry } from "../bindings/Entry";

/** The page heading: the headline, unless it would only repeat the first line of the text shown below. */
function pageTitle(e: Entry): string {
  const b = e.body;
  if (b.kind === "conflict" || b.kind === "shared_experience" || (b.kind === "note" && !b.title)) return KIND_LABEL[b.kind];
  return headline(e);
}

export function entryView(id: string, followUp = false): View {
  const el = h("section", { class: "page entry", "aria-busy": "true" });
  void (async () => {
    try {
      const [entry] = await Promise.all([getEntry(id), loadPeople().catch(() => [])]);
      const status = h("p", { class: "form-error", role: "alert" });
      const detail = h("div", { testid: "entry-detail" }, entryDetail(entry));
      const del = h("button", { type: "button", class: "button quiet-danger", testid: "entry-delete", onclick: async () => {
        del.disabled = true;
        try {
          const gone = await deleteEntry(entry.id);
          toast("Entry deleted.", {
            testid: "toast-deleted",
            action: { label: "Undo", testid: "undo", run: async () => {
              try {
                await restoreEntry(gone);
                toast("It's back.", { testid: "toast-restored" });
              } catch (e) {
                toast(friendlyError(e));
              }
            } },
          });
          navigate({ name: "timeline" });
        } catch (e) {
          status.textContent = friendlyError(e);
          del.disabled = false;
        }
      } }, "Delete");
      replace(el,
        h("p", {}, h("a", { href: "#timeline", class: "back-link", testid: "entry-back", onclick: (e: Event) => {
          e.preventDefault();
          navigate({ name: "timeline" });
        } }, "← Timeline")),
        h("h1", {}, pageTitle(entry)),
        detail,
        conflictFollowUp(entry, (after) => detail.replaceChildren(entryDetail(after))),
        status,
        h("div", { class: "actions left" },
          h("button", { type: "button", class: "button", testid: "entry-edit",
            onclick: () => navigate({ name: "edit", id: entry.id }) }, "Edit"),
          h("button", { type: "button", class: "button", testid: "entry-print",
            onclick: () => navigate({ name: "brief", preset: { entries: [entry.id] } }) }, "Print or save"),
          del),
      );
      el.removeAttribute("aria-busy");
      const follow = followUp ? el.querySelector<HTMLElement>("#follow-up-h") : null;
      (follow ?? el.querySelector<HTMLElement>("h1"))?.focus();
    } catch (e) {
      el.replaceChildren(h("h1", {}, "This entry isn't here"), h("p", {}, friendlyError(e)));
    }
  })();
  return { el, title: "Entry" };
}
