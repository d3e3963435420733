// Coming back to a conflict reflection: what has happened since, and where it stands now. Shown on a conflict's page;
// the "revisit" reminder and Today's nudge open that page with this section in focus.
import type { ConflictStatus } from "../bindings/ConflictStatus";
import type { Entry } from "../bindings/Entry";
import { textArea } from "../components/field";
import { h, nextId } from "../dom";
import { friendlyError, isApiError } from "../errors";
import { followUpConflict } from "../state/followThrough";
import { CONFLICT_STEPS, STATUS_LABEL } from "../text";

/** The follow-up form for conflict `entry`; `saved` gets the entry as it is after saving. Null for other kinds. */
export function conflictFollowUp(entry: Entry, saved: (e: Entry) => void): HTMLElement | null {
  const b = entry.body;
  if (b.kind !== "conflict") return null;
  let status: ConflictStatus = b.status;
  const since = textArea("What has happened since?", { testid: "follow-up-since", rows: 3 },
    "A conversation, a repair, or nothing yet. A line or two is enough.");
  since.control.value = b.since;

  const name = nextId("fu-status");
  const choices = h("fieldset", { class: "choice-list" }, h("legend", {}, CONFLICT_STEPS.find((st) => st.key === "status")!.title),
    ...(Object.keys(STATUS_LABEL) as ConflictStatus[]).map((s) => {
      const id = nextId("fu");
      return h("div", { class: "check" },
        h("input", { type: "radio", name, id, value: s, testid: `follow-up-status-${s}`, checked: s === status,
          onchange: () => {
            status = s;
          } }),
        h("label", { for: id }, STATUS_LABEL[s]));
    }));

  const note = h("p", { class: "muted", role: "status", "aria-live": "polite", testid: "follow-up-status" });
  const save = h("button", { type: "submit", class: "button primary", testid: "follow-up-save" }, "Save where it stands");
  const form = h("form", { class: "stack", novalidate: true }, since.wrap, choices, h("div", { class: "actions left" }, save), note);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    save.disabled = true;
    note.textContent = "";
    since.setError(null);
    try {
      const after = await followUpConflict(entry.id, since.control.value, status);
      note.textContent = "Saved. Coming back to it is part of the repair.";
      saved(after);
    } catch (err) {
      if (isApiError(err, "Validation") && err.field === "since") since.setError(err.message);
      else note.textContent = friendlyError(err);
    } finally {
      save.disabled = false;
    }
  });

  return h("section", { class: "card follow-up", "aria-labelledby": "follow-up-h", testid: "follow-up" },
    h("h2", { id: "follow-up-h", tabindex: -1 }, "Coming back to it"),
    h("p", { class: "muted" }, "Some time has passed. How do things look now?"),
    form);
}
