// The one module that talks to Tauri. Everything else calls these typed functions (generated from Rust's command list).
// Rejections are turned into a typed AppError here, so views act on `kind` (and `field`), never on message text.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type { AppError } from "./bindings/AppError";
import type { Boot } from "./bindings/Boot";
import { commands, type CommandName, type Commands } from "./bindings/commands";
import type { ErrorKind } from "./bindings/ErrorKind";
import type { Field } from "./bindings/Field";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { NavigatePayload } from "./bindings/NavigatePayload";

export type { AppError };

// Every kind once; the Record type makes tsc fail when Rust gains a kind this doesn't know.
const KIND_NAMES: Record<ErrorKind, true> = {
  WrongPassphrase: true,
  WrongRecoveryKey: true,
  NotAVault: true,
  AlreadyExists: true,
  Corrupt: true,
  NewerVersion: true,
  Locked: true,
  Validation: true,
  NotFound: true,
  Conflict: true,
  Busy: true,
  Io: true,
  Database: true,
  Internal: true,
  Cancelled: true,
};
const KINDS: ReadonlySet<string> = new Set(Object.keys(KIND_NAMES));

/** An AppError thrown by every api function; `instanceof ApiError` tells it from programming errors. */
export class ApiError extends Error implements AppError {
  readonly kind: ErrorKind;
  readonly field?: Field;
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
    // The journal's typed field name (bindings/Field.ts), as Rust wrote it: matched as is, never normalised.
    if (typeof r.field === "string") e.field = r.field as Field;
    return new ApiError(e);
  }
  const message = typeof raw === "string" ? raw : raw instanceof Error ? raw.message : "something went wrong";
  return new ApiError({ kind: "Io", message });
}

async function call<K extends CommandName>(cmd: K, args: Commands[K]["args"]): Promise<Commands[K]["result"]> {
  try {
    return await invoke<Commands[K]["result"]>(cmd, args);
  } catch (raw) {
    throw toAppError(raw);
  }
}

/**
 * One typed function per IPC command, generated from src-tauri/src/commands/list.rs (bindings/commands.ts): names,
 * argument names and answer types all come from Rust. Reminders live outside the vault: they work while it is locked.
 */
export const api = commands(call);

export type Api = typeof api;

/** Runs `handler` whenever Rust locks the vault (auto-lock, tray). */
export function onVaultLocked(handler: () => void): Promise<UnlistenFn> {
  return listen("vault-locked", () => handler());
}

/** Runs `handler` when Rust asks to open a flow (tray menu, notification click). */
export function onNavigate(handler: (p: NavigatePayload) => void): Promise<UnlistenFn> {
  return listen<NavigatePayload>("navigate", (e) => handler(e.payload));
}

/** Runs `handler` with each progress report of a running import. */
export function onImportProgress(handler: (p: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>("import-progress", (e) => handler(e.payload));
}

/** Runs `handler` with Rust's kind message when the daily backup failed (once per failure streak). */
export function onBackupFailed(handler: (message: string) => void): Promise<UnlistenFn> {
  return listen<string>("backup-failed", (e) => handler(e.payload));
}

/**
 * What the window was handed as it was made (src-tauri/src/window.rs, `boot_script`): the journal's status and the
 * date locale, so the first screen needn't wait for IPC. Taken once; null afterwards, and when it wasn't handed.
 */
export function takeBoot(): Boot | null {
  const w = window as { __ATTUNE_BOOT__?: Boot };
  const boot = w.__ATTUNE_BOOT__ ?? null;
  delete w.__ATTUNE_BOOT__;
  return boot;
}
