// What every flow form shares: the state it edits in place, and how it reports field errors.
import type { Entry } from "../../bindings/Entry";
import type { EntryBody } from "../../bindings/EntryBody";
import type { EntryKind } from "../../bindings/EntryKind";
import type { Field as FieldName } from "../../bindings/Field";

/** The in-progress form: what a draft stores (JSON) and what becomes a NewEntry on save. */
export interface FormState {
  kind: EntryKind;
  people: string[];
  tags: string;
  body: EntryBody;
  /** The time it is about when the writer chose one (RFC 3339 with the local offset); absent or null: now / unchanged. */
  at?: string | null;
}

export interface FlowForm {
  el: HTMLElement;
  /** Client-side checks; shows kind messages and focuses the first problem. */
  validate(): boolean;
  /** Shows an error from Rust for `field`; false if this form has no such field. */
  /** Shows a Validation error on the field the journal named; false if this form has no such field. */
  fieldError(field: FieldName, message: string): boolean;
  /** Whether this form picks people itself (appreciation) rather than the shared picker. */
  ownsPeople?: boolean;
  /** Work that needs the saved entry's id (the revisit reminder); answers a sentence for the "Saved" message. */
  afterSave?: (saved: Entry) => Promise<string | null>;
  /**
   * For forms in steps: the host passes a function that makes Save the strong button (true) or a quiet one (false,
   * while a "Next" is the strong one); the form calls it whenever its step changes.
   */
  emphasiseSave?: (strong: (yes: boolean) => void) => void;
  /** For long forms (the check-in): the host passes a function that keeps Save in reach at the window's bottom edge
   * (true) or leaves it at the end of the form (false); the form calls it as what is chosen changes. */
  stickySave?: (sticky: (yes: boolean) => void) => void;
  destroy?: () => void;
}

export type FormBuilder = (state: FormState, changed: () => void) => FlowForm;

export function defaultBody(kind: EntryKind): EntryBody {
  switch (kind) {
    case "check_in":
      return { kind, pleasantness: 0, energy: 0, feelings: [], whatsGoingOn: "", hope: "", concern: "", need: "" };
    case "appreciation":
      return { kind, forWhom: "", what: "", why: "", loveLanguage: null, told: false };
    case "conflict":
      return {
        kind,
        whatHappened: "",
        myFeelings: [],
        iStatement: { feel: "", when: "", because: "", need: "" },
        horsemen: [],
        theirPerspective: "",
        myPart: "",
        repair: "",
        learned: "",
        status: "open",
        since: "",
      };
    case "vulnerability":
      return { kind, promptId: "", prompt: "", answer: "", shared: false };
    case "shared_experience":
      return { kind, what: "", meaningful: "", closeness: 3 };
    case "note":
      return { kind, title: "", text: "" };
    case "listening":
      return { kind, turns: [], afterwards: "" };
    case "reaching":
      return { kind, moment: "", felt: [], wanted: null, did: "", mightHaveHelped: "", steadyResponse: "" };
    case "promise":
      return { kind, what: "", forWhom: null, byWhen: null, outcome: "not_yet", howItWent: "" };
    case "look_back":
      return { kind, from: null, to: null, mood: "", moment: "", appreciations: "", conflicts: "", promises: "", askFor: "",
        planTogether: "" };
  }
}

export function parseTags(s: string): string[] {
  return [...new Set(s.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
