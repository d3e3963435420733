// The one module that talks to Tauri. Everything else calls these typed functions.
// Rejections are turned into a typed AppError here, so views act on `kind` (and `field`), never on message text.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type { AppError } from "./bindings/AppError";
import type { AfterSave } from "./bindings/AfterSave";
import type { AppSettings } from "./bindings/AppSettings";
import type { Brief } from "./bindings/Brief";
import type { BriefFormat } from "./bindings/BriefFormat";
import type { BriefRequest } from "./bindings/BriefRequest";
import type { CreatedVault } from "./bindings/CreatedVault";
import type { Entry } from "./bindings/Entry";
import type { ErrorKind } from "./bindings/ErrorKind";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { NavigatePayload } from "./bindings/NavigatePayload";
import type { NewEntry } from "./bindings/NewEntry";
import type { NextReminder } from "./bindings/NextReminder";
import type { Page } from "./bindings/Page";
import type { PendingStep } from "./bindings/PendingStep";
import type { Person } from "./bindings/Person";
import type { PersonInput } from "./bindings/PersonInput";
import type { Prompt } from "./bindings/Prompt";
import type { Reminder } from "./bindings/Reminder";
import type { ReminderInput } from "./bindings/ReminderInput";
import type { SearchHit } from "./bindings/SearchHit";
import type { SearchQuery } from "./bindings/SearchQuery";
import type { Secret } from "./bindings/Secret";
import type { Snooze } from "./bindings/Snooze";
import type { TimelineQuery } from "./bindings/TimelineQuery";
import type { VaultStatus } from "./bindings/VaultStatus";
import type { Vocabulary } from "./bindings/Vocabulary";

export type { AppError };

const KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  "WrongPassphrase",
  "WrongRecoveryKey",
  "NotAVault",
  "AlreadyExists",
  "Corrupt",
  "NewerVersion",
  "Locked",
  "Validation",
  "NotFound",
  "Conflict",
  "Busy",
  "Io",
  "Database",
]);

/** An AppError thrown by every api function; `instanceof ApiError` tells it from programming errors. */
export class ApiError extends Error implements AppError {
  readonly kind: ErrorKind;
  readonly field?: string;
  constructor(e: AppError) {
    super(e.message);
    this.name = "ApiError";
    this.kind = e.kind;
    if (e.field !== undefined) this.field = e.field;
  }
}

/** Turns whatever a command rejected with into an ApiError. Unknown shapes become kind "Io". */
export function toAppError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  if (raw && typeof raw === "object" && "kind" in raw && KINDS.has(String((raw as { kind: unknown }).kind))) {
    const r = raw as { kind: ErrorKind; message?: unknown; field?: unknown };
    const e: AppError = { kind: r.kind, message: typeof r.message === "string" ? r.message : "" };
    if (typeof r.field === "string") e.field = r.field;
    return new ApiError(e);
  }
  const message = typeof raw === "string" ? raw : raw instanceof Error ? raw.message : "something went wrong";
  return new ApiError({ kind: "Io", message });
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

export const api = {
  vaultStatus: () => call<VaultStatus>("vault_status"),
  createVault: (passphrase: string) => call<CreatedVault>("create_vault", { passphrase }),
  unlock: (secret: Secret) => call<void>("unlock", { secret }),
  lock: () => call<void>("lock"),
  changePassphrase: (current: string, newPassphrase: string) =>
    call<void>("change_passphrase", { current, newPassphrase }),
  recover: (recoveryKey: string, newPassphrase: string) => call<void>("recover", { recoveryKey, newPassphrase }),

  addEntry: (entry: NewEntry) => call<Entry>("add_entry", { entry }),
  getEntry: (id: string) => call<Entry>("get_entry", { id }),
  updateEntry: (id: string, entry: NewEntry) => call<Entry>("update_entry", { id, entry }),
  deleteEntry: (id: string) => call<Entry>("delete_entry", { id }),
  restoreEntry: (entry: Entry) => call<void>("restore_entry", { entry }),
  timeline: (query: TimelineQuery) => call<Page>("timeline", { query }),
  search: (query: SearchQuery) => call<SearchHit[]>("search", { query }),
  onThisDay: () => call<Entry[]>("on_this_day"),

  people: () => call<Person[]>("people"),
  addPerson: (input: PersonInput) => call<Person>("add_person", { input }),
  updatePerson: (id: string, input: PersonInput) => call<Person>("update_person", { id, input }),
  removePerson: (id: string) => call<void>("remove_person", { id }),

  vocabulary: () => call<Vocabulary>("vocabulary"),
  promptOfTheDay: () => call<Prompt>("prompt_of_the_day"),

  saveDraft: (key: string, body: string) => call<void>("save_draft", { key, body }),
  getDraft: (key: string) => call<string | null>("get_draft", { key }),
  discardDraft: (key: string) => call<void>("discard_draft", { key }),

  exportJournal: (passphrase: string, format: ExportFormat) => call<string>("export_journal", { passphrase, format }),
  deleteAll: (passphrase: string) => call<void>("delete_all", { passphrase }),

  getSettings: () => call<AppSettings>("get_settings"),
  setSettings: (settings: AppSettings) => call<AppSettings>("set_settings", { settings }),
  activity: () => call<void>("activity"),

  // Reminders live outside the vault: these work while the journal is locked.
  listReminders: () => call<Reminder[]>("list_reminders"),
  addReminder: (reminder: ReminderInput) => call<Reminder>("add_reminder", { reminder }),
  updateReminder: (id: string, reminder: ReminderInput) => call<Reminder>("update_reminder", { id, reminder }),
  removeReminder: (id: string) => call<Reminder>("remove_reminder", { id }),
  nextReminders: () => call<NextReminder[]>("next_reminders"),
  snoozeReminder: (id: string, snooze: Snooze) => call<string>("snooze_reminder", { id, snooze }),
  sendTestNotification: () => call<void>("send_test_notification"),

  // What follows an entry, and the brief for a therapist.
  afterSave: (id: string) => call<AfterSave>("after_save", { id }),
  chooseNextStep: (id: string, strategyId: string) => call<Entry>("choose_next_step", { id, strategyId }),
  pendingStep: () => call<PendingStep | null>("pending_step"),
  briefPreview: (request: BriefRequest) => call<Brief>("brief_preview", { request }),
  writeBrief: (request: BriefRequest, format: BriefFormat) => call<string | null>("write_brief", { request, format }),
};

export type Api = typeof api;

/** Runs `handler` whenever Rust locks the vault (auto-lock, tray). */
export function onVaultLocked(handler: () => void): Promise<UnlistenFn> {
  return listen("vault-locked", () => handler());
}

/** Runs `handler` when Rust asks to open a flow (tray menu, notification click). */
export function onNavigate(handler: (p: NavigatePayload) => void): Promise<UnlistenFn> {
  return listen<NavigatePayload>("navigate", (e) => handler(e.payload));
}
