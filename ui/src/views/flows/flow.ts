// Hosts one flow (new or edit): restores a draft from the vault, saves the draft as you type, saves the entry.
// Every flow has a "when": now, or a date and time the writer chooses (the journal checks it). Discard asks before
// throwing typed words away; Esc takes the same way out and Ctrl+Enter saves (shortcuts.ts).
import type { Entry } from "../../bindings/Entry";
import type { EntryKind } from "../../bindings/EntryKind";
import type { NewEntry } from "../../bindings/NewEntry";
import { confirmDialog } from "../../components/dialog";
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TAGS, textField } from "../../components/field";
import { personPicker } from "../../components/personPicker";
import { readDates } from "../../components/dateField";
import { whenField } from "../../components/whenField";
import { toast } from "../../components/toast";
import { h, replace } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import { navigate, type View } from "../../router";
import { draftKey, draftSlot, type DraftSlot } from "../../state/drafts";
import { getEntry, saveEntry } from "../../state/entries";
import { KIND_INVITE, KIND_LABEL } from "../../text";
import { appreciationForm } from "./appreciation";
import { checkInForm } from "./checkIn";
import { conflictForm } from "./conflict";
import { listeningForm } from "./listening";
import { noteForm, sharedForm, vulnerabilityForm } from "./others";
import { reachingForm } from "./reaching";
import { routeAfterSave } from "../afterSave";
import { hasListened } from "../../state/practices";
import { lookBackForm } from "./lookBack";
import { promiseForm } from "./promise";
import { defaultBody, parseTags, type FlowForm, type FormState } from "./types";
import "../../styles/everyday.css";

function buildForm(state: FormState, changed: () => void, skip: () => void, firstListen: boolean, editId?: string): FlowForm {
  switch (state.kind) {
    case "check_in":
      return checkInForm(state, changed, !editId);
    case "appreciation":
      return appreciationForm(state, changed);
    case "conflict":
      return conflictForm(state, changed, editId);
    case "vulnerability":
      return vulnerabilityForm(state, changed, skip);
    case "shared_experience":
      return sharedForm(state, changed);
    case "note":
      return noteForm(state, changed);
    case "listening":
      return listeningForm(state, changed, firstListen);
    case "reaching":
      return reachingForm(state, changed);
    case "promise":
      return promiseForm(state, changed, Boolean(editId));
    case "look_back":
      return lookBackForm(state, changed);
  }
}

export function toNewEntry(s: FormState): NewEntry {
  const people = s.body.kind === "appreciation" && s.body.forWhom
    ? [...new Set([s.body.forWhom, ...s.people])]
    : s.people;
  const entry: NewEntry = { people, tags: parseTags(s.tags), body: s.body };
  if (s.at) entry.at = s.at;
  return entry;
}

function stateFromEntry(e: Entry): FormState {
  return { kind: e.body.kind, people: [...e.people], tags: e.tags.join(", "), body: structuredClone(e.body) };
}

/** A safety net for controls a form built by hand: every text box and text area gets the journal's limit. */
export function limitLengths(root: ParentNode): void {
  for (const t of root.querySelectorAll<HTMLTextAreaElement>("textarea:not([maxlength])")) t.maxLength = MAX_LONG_TEXT;
  for (const i of root.querySelectorAll<HTMLInputElement>('input[type="text"]:not([maxlength])')) i.maxLength = MAX_SHORT_TEXT;
}

/** `kind` for a new entry, or `editId` to edit one. */
/** The form with someone already chosen: who an appreciation is for (unless a waiting draft names someone else, which
 * is kept as it was), and one of the people it is about. */
export function withPerson(s: FormState, person: string): FormState {
  const body = s.body.kind === "appreciation" && !s.body.forWhom ? { ...s.body, forWhom: person } : s.body;
  if (body.kind === "appreciation" && body.forWhom !== person) return s;
  return { ...s, body, people: s.people.includes(person) ? s.people : [person, ...s.people] };
}

/** A new entry of `kind` (with `person` already chosen, if given), or an edit of `editId`. */
export function flowView(kind: EntryKind | null, editId?: string, person?: string): View {
  const el = h("section", { class: "page flow", "aria-busy": "true" });
  let slot: DraftSlot<FormState> | null = null;
  let form: FlowForm | null = null;
  let closed = false;
  let discard: (() => void) | null = null;
  let submit: (() => void) | null = null;

  void (async () => {
    try {
      const entry = editId ? await getEntry(editId) : null;
      const k = entry ? entry.body.kind : (kind as EntryKind);
      slot = draftSlot<FormState>(draftKey(k, editId));
      const draft = await slot.load().catch(() => null);
      if (closed) return;
      const base: FormState = entry ? stateFromEntry(entry) : { kind: k, people: [], tags: "", body: defaultBody(k) };
      const restored = draft && draft.kind === k && draft.body?.kind === k;
      // The "how to listen" card comes first the first time two people listen together.
      const firstListen = k === "listening" && !entry && !(await hasListened().catch(() => true));
      if (closed) return;
      const start = restored ? draft : base;
      render(person && !entry ? withPerson(start, person) : start, Boolean(restored), entry, firstListen);
    } catch (e) {
      el.replaceChildren(h("h1", {}, "This couldn't be opened"), h("p", {}, friendlyError(e)));
    }
  })();

  function render(state: FormState, restored: boolean, entry: Entry | null, firstListen = false) {
    const editing = entry !== null;
    // What the form held when it opened: Discard asks first once it holds anything else (or a restored draft).
    const opened = JSON.stringify(state);
    const touched = () => restored || JSON.stringify(state) !== opened;
    const changed = () => slot?.save(state);
    const skip = async () => {
      await slot?.discard().catch(() => {});
      toast("That's fine. The questions will be here another day.");
      navigate({ name: "today" });
    };
    form = buildForm(state, changed, () => void skip(), firstListen, editId);
    const status = h("p", { class: "form-error", role: "alert", testid: "flow-error" });
    const save = h("button", { type: "submit", class: "button primary", testid: "flow-save" }, editing ? "Save changes" : "Save");
    const cancel = h("button", { type: "button", class: "button", testid: "flow-cancel" }, editing ? "Cancel" : "Discard");
    form.emphasiseSave?.((strong) => {
      save.className = strong ? "button primary" : "button";
    });
    const actions = h("div", { class: "actions flow-actions", testid: "flow-actions" }, cancel, save);
    form.stickySave?.((sticky) => {
      actions.classList.toggle("sticky", sticky);
    });
    const when = whenField(state.at ?? null, entry ? new Date(entry.createdAt) : new Date(), (at) => {
      state.at = at;
      changed();
    }, editing);

    // Up to MAX_TAGS tags of up to MAX_SHORT_TEXT each, with ", " between them; the journal checks each tag.
    const tags = textField("Tags (optional)", { testid: "flow-tags", value: state.tags, autocomplete: "off",
      maxlength: MAX_TAGS * (MAX_SHORT_TEXT + 2) },
      "Separate with commas, e.g. weekend, family.");
    tags.control.addEventListener("input", () => {
      state.tags = tags.control.value;
      changed();
    });
    const people = form.ownsPeople ? null : personPicker("many", "Who is this about? (optional)", (ids) => {
      state.people = ids;
      changed();
    }, "flow-people");
    people?.set(state.people);

    const formEl = h("form", { class: "stack", novalidate: true, testid: `flow-form-${state.kind}` },
      form.el,
      when.el,
      h("details", { class: "more", open: state.tags.length > 0 || (!form.ownsPeople && state.people.length > 0) },
        h("summary", { testid: "flow-more" }, form.ownsPeople ? "Tags" : "People and tags"), people?.el, tags.wrap),
      status,
      actions);
    limitLengths(formEl);

    formEl.addEventListener("submit", async (e) => {
      e.preventDefault();
      // A date or time still being typed is read first (the journal reads them), so it is the one saved.
      if (!(await readDates(formEl)) || !(await when.read())) return;
      if (!form?.validate()) return;
      save.disabled = true;
      status.textContent = "";
      try {
        const saved = await saveEntry(toNewEntry(state), editId);
        await slot?.discard().catch(() => {});
        slot = null;
        const also = await form?.afterSave?.(saved);
        // A check-in (or an entry that calls for the care line) goes on to its after-save screen.
        const next = editing ? null : await routeAfterSave(saved);
        if (next) {
          if (also) toast(also);
          navigate(next);
          return;
        }
        const done = editing ? "Changes saved." : "Saved. Thank you for taking a moment for this.";
        toast(also ? `${done} ${also}` : done, { testid: "toast-saved" });
        navigate(editing ? { name: "entry", id: saved.id } : { name: "today" });
      } catch (err) {
        save.disabled = false;
        if (isApiError(err, "Validation") && err.field) {
          if (err.field === "tags") tags.setError(err.message);
          else if (err.field === "at") when.setError(err.message);
          else if (!form?.fieldError(err.field, err.message)) status.textContent = err.message;
        } else status.textContent = friendlyError(err);
      }
    });
    const leave = async () => {
      await slot?.discard().catch(() => {});
      slot = null;
      navigate(editing && editId ? { name: "entry", id: editId } : { name: "today" });
    };
    let asking = false;
    discard = () => {
      if (!touched()) return void leave();
      if (asking) return;
      asking = true;
      void confirmDialog({
        title: editing ? "Leave without saving?" : `Discard this ${KIND_LABEL[state.kind].toLowerCase()}?`,
        body: [editing ? "Your changes will be lost; the entry stays as it was." : "What you've written here will be gone."],
        confirmLabel: editing ? "Leave" : "Discard",
        cancelLabel: "Keep writing",
        gentleDanger: true,
        testid: "flow-discard-confirm",
        action: leave,
      }).finally(() => {
        asking = false;
      });
    };
    cancel.addEventListener("click", () => discard?.());
    submit = () => formEl.requestSubmit(save);

    replace(el,
      h("h1", {}, editing ? `Edit ${KIND_LABEL[state.kind].toLowerCase()}` : KIND_LABEL[state.kind]),
      h("p", { class: "lead" }, KIND_INVITE[state.kind]),
      restored ? h("p", { class: "notice", role: "status", testid: "draft-restored" }, "Picked up where you left off.") : null,
      formEl,
    );
    el.removeAttribute("aria-busy");
    el.querySelector<HTMLElement>("h1")?.focus();
  }

  return {
    el,
    title: editId ? "Edit" : KIND_LABEL[kind ?? "note"],
    submit: () => submit?.(),
    escape() {
      if (!discard) return false;
      discard();
      return true;
    },
    destroy() {
      closed = true;
      form?.destroy?.();
      return slot?.close();
    },
  };
}
