// People: add, edit, remove, and their love language; each name opens their page (person.ts).
import type { LoveLanguage } from "../bindings/LoveLanguage";
import type { Person } from "../bindings/Person";
import type { Relationship } from "../bindings/Relationship";
import { confirmDialog, openDialog } from "../components/dialog";
import { selectField, textField } from "../components/field";
import { toast } from "../components/toast";
import { h } from "../dom";
import { friendlyError, isApiError } from "../errors";
import { navigate, type View } from "../router";
import { addPerson, loadPeople, people, removePerson, updatePerson } from "../state/people";
import { LOVE_LANGUAGE_LABEL, LOVE_LANGUAGES, RELATIONSHIP_LABEL, RELATIONSHIPS } from "../text";
import "../styles/people.css";

export function peopleView(): View {
  const list = h("ul", { class: "people-list", testid: "people-list" });
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });

  const render = (ps: Person[] | null) => {
    if (!ps) return;
    status.textContent = ps.length === 0 ? "No one here yet. Add the people your entries are about." : "";
    list.replaceChildren(...ps.map((p) =>
      h("li", { class: "person-row", testid: `person-${p.id}`, "data-person-name": p.name },
        h("div", {},
          h("p", { class: "person-name" }, h("a", { href: `#person-${p.id}`, class: "person-link",
            testid: `person-open-${p.id}`, onclick: (e: Event) => {
              e.preventDefault();
              navigate({ name: "person", id: p.id });
            } }, p.name)),
          h("p", { class: "muted" }, RELATIONSHIP_LABEL[p.relationship],
            p.loveLanguage ? ` · ${LOVE_LANGUAGE_LABEL[p.loveLanguage]}` : "")),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button small", testid: `person-edit-${p.id}`,
            "aria-label": `Edit ${p.name}`, onclick: () => personDialog(p) }, "Edit"),
          h("button", { type: "button", class: "button small quiet-danger", testid: `person-remove-${p.id}`,
            "aria-label": `Remove ${p.name}`, onclick: () => remove(p) }, "Remove")))));
  };
  const unsub = people.subscribe(render);
  void loadPeople(true).then(render, (e) => {
    status.textContent = friendlyError(e);
  });

  function remove(p: Person) {
    void confirmDialog({
      title: `Remove ${p.name}?`,
      body: ["Your entries stay as they are."],
      confirmLabel: "Remove",
      gentleDanger: true,
      testid: "person-remove-confirm",
      action: () => removePerson(p.id),
      errorText: (e) => isApiError(e, "Conflict")
        ? `Some entries are about ${p.name}, so they can't be removed while those entries mention them. You could edit those entries first — or simply keep ${p.name} here.`
        : friendlyError(e),
    }).then((ok) => ok && toast(`${p.name} was removed.`));
  }

  const el = h("section", { class: "page people", testid: "people" },
    h("h1", {}, "People"),
    h("p", { class: "lead" }, "The people in your life that entries can be about."),
    h("div", { class: "actions left" },
      h("button", { type: "button", class: "button primary", testid: "person-add", onclick: () => personDialog(null) },
        "Add someone")),
    status, list);
  return { el, title: "People", destroy: unsub };
}

/** Add (p = null) or edit someone. */
export function personDialog(p: Person | null): void {
  const name = textField("Name", { testid: "person-name", value: p?.name ?? "", autocomplete: "off", maxlength: 100 });
  const rel = selectField("How are they related to you?", RELATIONSHIPS.map((r): [string, string] => [r, RELATIONSHIP_LABEL[r]]),
    { testid: "person-relationship" });
  rel.control.value = p?.relationship ?? "partner";
  const lang = selectField("Their love language (as you understand it)",
    [["", "Not sure yet"], ...LOVE_LANGUAGES.map((l): [string, string] => [l, LOVE_LANGUAGE_LABEL[l]])],
    { testid: "person-love-language" });
  lang.control.value = p?.loveLanguage ?? "";
  const status = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "button primary", testid: "person-save" }, p ? "Save" : "Add");
  const cancel = h("button", { type: "button", class: "button", testid: "person-cancel" }, "Cancel");
  const form = h("form", { class: "stack", novalidate: true }, name.wrap, rel.wrap, lang.wrap, status,
    h("div", { class: "actions" }, cancel, save));
  const dlg = openDialog(p ? `Edit ${p.name}` : "Add someone", [form], undefined, "person-dialog");
  cancel.addEventListener("click", () => dlg.close());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const input = {
      name: name.control.value.trim(),
      relationship: rel.control.value as Relationship,
      loveLanguage: (lang.control.value || null) as LoveLanguage | null,
    };
    if (!input.name) {
      name.setError("What do you call them?");
      name.control.focus();
      return;
    }
    save.disabled = true;
    try {
      if (p) await updatePerson(p.id, input);
      else await addPerson(input);
      dlg.close();
    } catch (err) {
      save.disabled = false;
      if (isApiError(err, "Validation") && (err.field === "name" || !err.field)) {
        name.setError(err.message || "Please check the name.");
        name.control.focus();
      } else status.textContent = friendlyError(err);
    }
  });
}
