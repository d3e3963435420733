// Prepare for a session: choose entries (by dates, people and kinds, or by hand), add what you want to talk about,
// look over the brief the journal makes, and save it as PDF or Markdown where you choose. The brief itself is made
// in Rust; this screen only gathers the choices and shows what comes back.
import type { Brief } from "../bindings/Brief";
import type { BriefFormat } from "../bindings/BriefFormat";
import type { BriefRequest } from "../bindings/BriefRequest";
import type { Entry } from "../bindings/Entry";
import type { EntryKind } from "../bindings/EntryKind";
import type { Filter } from "../bindings/Filter";
import { textArea } from "../components/field";
import { toast } from "../components/toast";
import { dateField } from "../components/dateField";
import { h, nextId } from "../dom";
import { friendlyError, isApiError } from "../errors";
import type { View } from "../router";
import { loadPeople } from "../state/people";
import { briefPreview, entriesBetween, entryOrNull, writeBrief } from "../state/practices";
import { formatDay, KIND_LABEL, KINDS } from "../text";
import { headline } from "./entryRender";

/** Where the brief screen was opened from: a filtered timeline, search results, or one entry. */
export interface BriefPreset {
  filter?: Filter;
  entries?: string[];
}

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

export function briefView(preset: BriefPreset = {}): View {
  const today = new Date();
  const twoWeeksAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 14);
  const req: BriefRequest = {
    entries: [...(preset.entries ?? [])],
    from: preset.filter?.from ?? (preset.entries?.length ? null : isoDay(twoWeeksAgo)),
    to: preset.filter?.to ?? (preset.entries?.length ? null : isoDay(today)),
    people: preset.filter?.person ? [preset.filter.person] : [],
    kinds: [...(preset.filter?.kinds ?? [])],
    tag: preset.filter?.tag ?? null,
    feeling: preset.filter?.feeling ?? null,
    talkAbout: "",
  };
  let byHand = req.entries.length > 0;

  const status = h("p", { class: "form-error", role: "alert", testid: "brief-error" });
  const preview = h("section", { class: "brief-preview", "aria-label": "Preview", testid: "brief-preview", hidden: true });

  // By dates, people and kinds.
  const from = dateField("From", req.from ?? "", { testid: "brief-from" });
  const to = dateField("To", req.to ?? "", { testid: "brief-to" });
  for (const [f, key] of [[from, "from"], [to, "to"]] as const) {
    f.onChange((day) => {
      req[key] = day || null;
      stale();
      if (byHand) void loadChoices();
    });
  }
  const peopleBox = h("fieldset", { class: "choice-list inline", testid: "brief-people" }, h("legend", {}, "About (all when none chosen)"));
  void loadPeople().then((ps) => {
    for (const p of ps) {
      const id = nextId("bp");
      peopleBox.appendChild(h("div", { class: "check" },
        h("input", { type: "checkbox", id, testid: `brief-person-${p.id}`, "data-person-name": p.name, checked: req.people.includes(p.id),
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            req.people = on ? [...req.people, p.id] : req.people.filter((x) => x !== p.id);
            stale();
          } }),
        h("label", { for: id }, p.name)));
    }
  }, () => {});
  const kindsBox = h("fieldset", { class: "choice-list inline", testid: "brief-kinds" }, h("legend", {}, "Kinds (all when none chosen)"),
    ...KINDS.map((k: EntryKind) => {
      const id = nextId("bk");
      return h("div", { class: "check" },
        h("input", { type: "checkbox", id, testid: `brief-kind-${k}`, checked: req.kinds.includes(k), onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          req.kinds = on ? [...req.kinds, k] : req.kinds.filter((x) => x !== k);
          stale();
        } }),
        h("label", { for: id }, KIND_LABEL[k]));
    }));
  const narrowing = [req.tag && `tag “${req.tag}”`, req.feeling && `feeling “${req.feeling}”`].filter(Boolean);
  const byFilter = h("div", { class: "stack", testid: "brief-by-filter" },
    h("div", { class: "inline-fields" }, from.wrap, to.wrap), peopleBox, kindsBox,
    narrowing.length ? h("p", { class: "muted" }, `Also only entries with the ${narrowing.join(" and ")}, as on the timeline.`) : null);

  // By hand: the entries of the date range, each with a checkbox.
  const choices = h("ul", { class: "entry-choices", testid: "brief-choices" });
  async function loadChoices() {
    choices.replaceChildren(h("li", { class: "muted" }, "Loading…"));
    try {
      const found = await entriesBetween(req.from, req.to);
      const extra = req.entries.filter((id) => !found.some((e) => e.id === id));
      const picked = await Promise.all(extra.map(entryOrNull));
      const all = [...picked.filter((e): e is Entry => e !== null), ...found];
      choices.replaceChildren(...(all.length === 0 ? [h("li", { class: "muted" }, "No entries in these dates.")] : all.map((e) => {
        const id = nextId("be");
        return h("li", { class: "check" },
          h("input", { type: "checkbox", id, testid: `brief-entry-${e.id}`, checked: req.entries.includes(e.id), onchange: (ev: Event) => {
            const on = (ev.target as HTMLInputElement).checked;
            req.entries = on ? [...req.entries, e.id] : req.entries.filter((x) => x !== e.id);
            stale();
          } }),
          h("label", { for: id }, h("span", { class: "choice-date" }, `${formatDay(e.localDate)} · ${KIND_LABEL[e.body.kind]}: `), headline(e)));
      })));
    } catch (e) {
      choices.replaceChildren(h("li", { class: "form-error" }, friendlyError(e)));
    }
  }
  const byHandBox = h("div", { class: "stack", testid: "brief-by-hand" },
    h("p", { class: "muted" }, "Entries in the dates above; tick the ones to bring."), choices);

  const modeName = nextId("mode");
  const modes = h("fieldset", { class: "choice-list inline" }, h("legend", {}, "Which entries?"),
    ...([[false, "By dates, people and kinds"], [true, "Choose them myself"]] as const).map(([hand, label]) => {
      const id = nextId("bm");
      return h("div", { class: "check" },
        h("input", { type: "radio", name: modeName, id, testid: hand ? "brief-mode-hand" : "brief-mode-filter", checked: byHand === hand,
          onchange: () => {
            byHand = hand;
            showMode();
          } }),
        h("label", { for: id }, label));
    }));
  function showMode() {
    peopleBox.hidden = byHand;
    kindsBox.hidden = byHand;
    byHandBox.hidden = !byHand;
    if (byHand) void loadChoices();
    stale();
  }

  const talk = textArea("What I want to talk about (optional)", { testid: "brief-talk-about", rows: 4 },
    "A few lines to start the session with. They come first in the brief.");
  talk.control.addEventListener("input", () => {
    req.talkAbout = talk.control.value;
    stale();
  });

  const request = (): BriefRequest => (byHand ? { ...req, people: [], kinds: [], tag: null, feeling: null, from: null, to: null } : { ...req, entries: [] });

  function stale() {
    preview.hidden = true;
    status.textContent = "";
  }

  function showError(e: unknown) {
    status.textContent = isApiError(e, "Validation") || isApiError(e, "NotFound") ? (e as Error).message : friendlyError(e);
  }

  const previewBtn = h("button", { type: "button", class: "button", testid: "brief-preview-button", onclick: async () => {
    status.textContent = "";
    try {
      renderPreview(preview, await briefPreview(request()));
      preview.hidden = false;
      preview.querySelector<HTMLElement>("h2")?.focus();
    } catch (e) {
      showError(e);
    }
  } }, "Preview");
  const save = (format: BriefFormat, label: string) => {
    const btn: HTMLButtonElement = h("button", { type: "button", class: format === "pdf" ? "button primary" : "button", testid: `brief-save-${format}`,
      onclick: async () => {
        status.textContent = "";
        btn.disabled = true;
        try {
          const path = await writeBrief(request(), format);
          if (path) toast(`Saved to ${path}. That file isn't encrypted: keep it somewhere safe.`, { testid: "toast-brief-saved", timeout: 9000 });
        } catch (e) {
          showError(e);
        } finally {
          btn.disabled = false;
        }
      } }, label);
    return btn;
  };

  const el = h("section", { class: "page brief", testid: "brief" },
    h("h1", {}, "Prepare for a session"),
    h("p", { class: "lead" }, "Bring what happened between sessions. Choose entries, add what you'd like to talk about, look it over, then save it as a PDF to print or send, or as Markdown. Saved files aren't encrypted."),
    h("form", { class: "stack", novalidate: true, onsubmit: (e: Event) => e.preventDefault() },
      modes, byFilter, byHandBox, talk.wrap, status,
      h("div", { class: "actions left" }, previewBtn, save("pdf", "Save as PDF"), save("markdown", "Save as Markdown"))),
    preview);
  showMode();
  return { el, title: "Prepare for a session" };
}

/** The brief as the journal made it: text only, never HTML. */
export function renderPreview(host: HTMLElement, brief: Brief): void {
  host.replaceChildren(
    h("h2", { tabindex: -1 }, brief.title),
    h("p", { class: "muted", testid: "brief-cover-line" }, `${brief.coverLine} · ${brief.entryCount === 1 ? "1 entry" : `${brief.entryCount} entries`}`),
    ...(brief.talkAbout ? [h("section", {}, h("h3", {}, "What I want to talk about"), ...brief.talkAbout.split("\n").map((l) => h("p", {}, l)))] : []),
    ...brief.groups.map((g) => h("section", { class: "brief-group" },
      h("h3", {}, `${g.heading} (${g.entries.length})`),
      ...g.entries.map((e) => h("article", { class: "brief-entry" },
        h("h4", {}, e.people.length ? `${e.when} · with ${e.people.join(", ")}` : e.when),
        h("dl", {}, ...e.fields.flatMap((f) => [h("dt", {}, f.label), h("dd", { class: f.long ? "long" : "" }, f.text)])))))));
}
