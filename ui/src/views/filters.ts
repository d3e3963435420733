// The filter bar shared by the timeline and search: kind, person, tag, feeling, date range.
import type { EntryKind } from "../bindings/EntryKind";
import type { Filter } from "../bindings/Filter";
import { dateField } from "../components/dateField";
import { selectField, textField } from "../components/field";
import { debounce, h } from "../dom";
import { emptyFilter } from "../state/entries";
import { loadPeople } from "../state/people";
import { KIND_LABEL, KINDS } from "../text";

export function filterBar(prefix: string, initial: Filter, onChange: (f: Filter) => void): HTMLElement {
  const f: Filter = { ...initial };
  const kind = selectField("Kind", [["", "All kinds"], ...KINDS.map((k): [string, string] => [k, KIND_LABEL[k]])],
    { testid: `${prefix}-filter-kind` });
  kind.control.value = f.kinds[0] ?? "";
  const person = selectField("Person", [["", "Anyone"]], { testid: `${prefix}-filter-person` });
  void loadPeople().then((ps) => {
    for (const p of ps) person.control.appendChild(h("option", { value: p.id }, p.name));
    person.control.value = f.person ?? "";
  }, () => {});
  const tag = textField("Tag", { testid: `${prefix}-filter-tag`, value: f.tag ?? "", autocomplete: "off" });
  const feeling = textField("Feeling", { testid: `${prefix}-filter-feeling`, value: f.feeling ?? "", autocomplete: "off" });
  const from = dateField("From", f.from ?? "", { testid: `${prefix}-filter-from` });
  const to = dateField("To", f.to ?? "", { testid: `${prefix}-filter-to` });

  const emit = () => {
    f.kinds = kind.control.value ? [kind.control.value as EntryKind] : [];
    f.person = person.control.value || null;
    f.tag = tag.control.value.trim().toLowerCase() || null;
    f.feeling = feeling.control.value.trim().toLowerCase() || null;
    f.from = from.value() || null;
    f.to = to.value() || null;
    onChange({ ...f });
  };
  const typed = debounce(emit, 300);
  for (const c of [kind.control, person.control]) c.addEventListener("change", emit);
  from.onChange(emit);
  to.onChange(emit);
  for (const c of [tag.control, feeling.control]) c.addEventListener("input", () => typed());
  const clear = h("button", { type: "button", class: "link-button", testid: `${prefix}-filter-clear`, onclick: () => {
    const e = emptyFilter();
    kind.control.value = "";
    person.control.value = "";
    tag.control.value = feeling.control.value = "";
    from.set("");
    to.set("");
    Object.assign(f, e);
    onChange({ ...e });
  } }, "Clear filters");
  return h("details", { class: "filters", open: isActive(initial) },
    h("summary", { testid: `${prefix}-filters` }, "Filters"),
    h("div", { class: "filter-grid", role: "group", "aria-label": "Filters" },
      kind.wrap, person.wrap, tag.wrap, feeling.wrap, from.wrap, to.wrap),
    clear);
}

export function isActive(f: Filter): boolean {
  return f.kinds.length > 0 || Boolean(f.person || f.tag || f.feeling || f.from || f.to);
}
