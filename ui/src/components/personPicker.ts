// Choose people an entry is about (several, or exactly one), with an inline "add someone". In "one" mode a `none`
// label adds a first choice for no one, so a person once picked can be cleared again.
import { isApiError } from "../errors";
import type { Person } from "../bindings/Person";
import { h, nextId } from "../dom";
import { addPerson, loadPeople } from "../state/people";

export interface PersonPicker {
  el: HTMLElement;
  get(): string[];
  set(ids: string[]): void;
  setError(msg: string | null): void;
}

export function personPicker(
  mode: "one" | "many",
  legend: string,
  onChange: (ids: string[]) => void,
  testid = "person-picker",
  none?: string,
): PersonPicker {
  let selected: string[] = [];
  let all: Person[] = [];
  const name = nextId("people");
  const list = h("div", { class: "people-options" });
  const err = h("p", { class: "field-error", "aria-live": "polite" });
  const addId = nextId("add-person");
  const addInput = h("input", { type: "text", id: addId, testid: `${testid}-add-name`, autocomplete: "off", maxlength: 100 });
  const addBtn = h("button", { type: "button", class: "button small", testid: `${testid}-add` }, "Add");
  const addErr = h("p", { class: "field-error", "aria-live": "polite" });

  function render() {
    list.replaceChildren(
      ...(all.length === 0 ? [h("p", { class: "muted" }, "No one here yet — add someone below.")] : []),
      ...(mode === "one" && none && all.length > 0 ? [noneChoice(none)] : []),
      ...all.map((p) => {
        const id = nextId("p");
        const input = h("input", {
          type: mode === "one" ? "radio" : "checkbox",
          name,
          id,
          value: p.id,
          testid: `${testid}-${p.id}`,
          "data-person-name": p.name,
          checked: selected.includes(p.id),
          onchange: () => {
            if (mode === "one") selected = [p.id];
            else selected = input.checked ? [...selected, p.id] : selected.filter((x) => x !== p.id);
            err.textContent = "";
            onChange([...selected]);
          },
        });
        return h("div", { class: "check" }, input, h("label", { for: id }, p.name));
      }),
    );
  }

  function noneChoice(label: string) {
    const id = nextId("p");
    return h("div", { class: "check" },
      h("input", { type: "radio", name, id, value: "", testid: `${testid}-none`, checked: selected.length === 0,
        onchange: () => {
          selected = [];
          err.textContent = "";
          onChange([]);
        } }),
      h("label", { for: id }, label));
  }

  async function addNew() {
    const n = addInput.value.trim();
    if (!n) return;
    addBtn.disabled = true;
    try {
      const p = await addPerson({ name: n, relationship: "other", loveLanguage: null });
      all = await loadPeople();
      selected = mode === "one" ? [p.id] : [...selected, p.id];
      addInput.value = "";
      addErr.textContent = "";
      render();
      onChange([...selected]);
    } catch (e) {
      addErr.textContent = isApiError(e, "Validation")
        ? "Someone by that name is already here, or the name is too long."
        : "Couldn't add them just now.";
    } finally {
      addBtn.disabled = false;
    }
  }
  addBtn.addEventListener("click", () => void addNew());
  addInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void addNew();
    }
  });

  void loadPeople().then((p) => {
    all = p;
    render();
  }, () => render());
  render();

  return {
    el: h("fieldset", { class: "person-picker", testid },
      h("legend", {}, legend), list, err,
      h("div", { class: "own-word" }, h("label", { for: addId }, "Add someone new"),
        h("div", { class: "inline" }, addInput, addBtn)), addErr),
    get: () => [...selected],
    set(ids) {
      selected = mode === "one" ? ids.slice(0, 1) : [...ids];
      render();
    },
    setError(msg) {
      err.textContent = msg ?? "";
    },
  };
}
