// A list of conflict reflections still open (the journal says which): each opens at its "Coming back to it" section.
// Today and a person's page share it.
import type { OpenConflict } from "../bindings/OpenConflict";
import { h } from "../dom";
import { navigate } from "../router";
import { formatDay, KIND_LABEL, STATUS_LABEL } from "../text";
import { firstLine } from "./entryRender";

export function openConflictList(items: OpenConflict[], testid: string): HTMLElement {
  return h("ul", { class: "plain-list revisit-list", testid }, items.map((o) => h("li", { testid: `${testid}-item`, "data-entry-id": o.id },
    h("a", { href: `#entry-${o.id}`, class: "entry-link", testid: `${testid}-open-${o.id}`, onclick: (e: Event) => {
      e.preventDefault();
      navigate({ name: "entry", id: o.id, followUp: true });
    } }, firstLine(o.whatHappened) || KIND_LABEL.conflict),
    h("span", { class: "muted" }, ` · ${STATUS_LABEL[o.status].toLowerCase()} · ${formatDay(o.date)}`))));
}
