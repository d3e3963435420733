// Which screen is showing. Views are plain functions returning an element and an optional teardown.
import type { EntryKind } from "./bindings/EntryKind";
import type { BriefPreset } from "./views/brief";

export type Route =
  | { name: "today" }
  /** `person`: someone already chosen (a person's page: "Appreciate Sam"). */
  | { name: "new"; kind: EntryKind; person?: string }
  | { name: "edit"; id: string }
  | { name: "entry"; id: string; followUp?: boolean }
  | { name: "timeline" }
  | { name: "search" }
  | { name: "people" }
  | { name: "person"; id: string }
  | { name: "insights" }
  | { name: "settings" }
  | { name: "after"; id: string }
  | { name: "brief"; preset?: BriefPreset }
  | { name: "credits" };

export interface View {
  el: HTMLElement;
  /** Called when the view is left or the vault locks; may return a promise (a draft being written). */
  destroy?: () => void | Promise<void>;
  /** Heading to move focus to when shown. */
  title: string;
  /** Ctrl+Enter: save what the view is writing (flows). */
  submit?: () => void;
  /** Esc (when no dialog is open): leave the view; true if it did something (flows, with the discard rule). */
  escape?: () => boolean;
}

type Navigate = (r: Route) => void;
let navigateImpl: Navigate = () => {};

export function setNavigator(fn: Navigate): void {
  navigateImpl = fn;
}

export function navigate(r: Route): void {
  navigateImpl(r);
}
