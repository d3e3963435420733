// The vault's lock state as the UI knows it. The truth lives in Rust; this mirrors it.
import { api } from "../api";
import type { Notice } from "../bindings/Notice";
import type { Secret } from "../bindings/Secret";
import type { VaultStatus } from "../bindings/VaultStatus";

let status: VaultStatus | null = null;
const listeners = new Set<() => void>();

/** Calls `fn` whenever the status is asked for again; returns a function that stops it. */
export function onStatusChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The last known status (null before the first `refreshStatus`). */
export function currentStatus(): VaultStatus | null {
  return status;
}

/** Asks Rust where the vault is and whether it is open. */
export async function refreshStatus(): Promise<VaultStatus> {
  return setStatus(await api.vaultStatus());
}

/** Takes a status Rust gave some other way (the window's boot hand-off, `takeBoot` in api.ts). */
export function setStatus(next: VaultStatus): VaultStatus {
  status = next;
  for (const fn of listeners) fn();
  return status;
}

/** Creates the vault; returns the recovery key to show once. The vault is open afterwards. */
export async function createVault(passphrase: string): Promise<string> {
  const created = await api.createVault(passphrase);
  await refreshStatus();
  return created.recoveryKey;
}

/** Opens the vault with a passphrase or recovery key. */
export async function unlock(secret: Secret): Promise<void> {
  await api.unlock(secret);
  await refreshStatus();
}

/** Sets a new passphrase using the recovery key; leaves the vault open. */
export async function recover(recoveryKey: string, newPassphrase: string): Promise<void> {
  await api.recover(recoveryKey, newPassphrase);
  await refreshStatus();
}

/** Makes a new recovery key after Rust re-checks the passphrase (the old one stops working); returns it to show once.
 * Also repairs a damaged key file, so the status's warnings are asked for again. */
export async function newRecoveryKey(passphrase: string): Promise<string> {
  const created = await api.newRecoveryKey(passphrase);
  await refreshStatus();
  return created.recoveryKey;
}

/** Notices hidden for this run of the app (kind and words): the next launch shows them again while they hold. Kept in
 * memory only. */
const hidden = new Set<string>();
const noticeKey = (n: Notice) => `${n.kind}\n${n.message}`;

/** What the journal noticed while opening (a damaged part of the key file, lost recent changes, a read-only folder),
 * less those hidden for this run. */
export function currentNotices(): Notice[] {
  return status?.state === "unlocked" ? status.warnings.filter((n) => !hidden.has(noticeKey(n))) : [];
}

/** Hides `notice` until Attune is next started (a changed notice, e.g. a new count, shows again). */
export function hideNotice(notice: Notice): void {
  hidden.add(noticeKey(notice));
  for (const fn of listeners) fn();
}

/** Changes the passphrase after Rust re-checks the current one. */
export async function changePassphrase(current: string, newPassphrase: string): Promise<void> {
  await api.changePassphrase(current, newPassphrase);
  await refreshStatus();
}

/** Deletes the whole journal after Rust re-checks the passphrase. */
export async function deleteAll(passphrase: string): Promise<void> {
  await api.deleteAll(passphrase);
  if (status) status = { ...status, state: "none" };
}

/** Tells Rust the person is here, so the auto-lock clock starts again. */
export function activity(): Promise<void> {
  return api.activity();
}

/** Locks the vault in Rust. Callers tear the UI down afterwards (see main.ts). */
export async function lock(): Promise<void> {
  await api.lock();
  if (status) status = { ...status, state: "locked" };
}
