// The app's lifecycle: first run, unlock or the app; and tearing everything down on lock.
import { onBackupFailed, onNavigate, onVaultLocked, takeBoot } from "./api";
import type { VaultStatus } from "./bindings/VaultStatus";
import type { NavigatePayload } from "./bindings/NavigatePayload";
import { toast } from "./components/toast";
import { throttle } from "./dom";
import { friendlyError } from "./errors";
import { navigate } from "./router";
import { loadDateLocale, setDateLocale } from "./locale";
import { activity, lock, refreshStatus, setStatus } from "./state/session";
import { applyTheme, loadSettings } from "./state/settings";
import { clearAllState } from "./state/store";
import { firstRunView } from "./views/firstRun";
import { unlockView } from "./views/unlock";
import { loadZoom, zoomKey } from "./state/zoom";

const root = (): HTMLElement => document.getElementById("app") as HTMLElement;
let pendingFlow: NavigatePayload | null = null;

// The unlocked app (the shell and every view behind it) is a chunk of its own, loaded once the first screen is up: the
// locked window starts with only what unlocking needs, and the shell is usually in by the time a passphrase is typed.
type Shell = typeof import("./views/shell");
let shell: Promise<Shell> | null = null;
let loadedShell: Shell | null = null;
function loadShell(): Promise<Shell> {
  shell ??= import("./views/shell").then((m) => (loadedShell = m), (e: unknown) => {
    shell = null; // a later unlock tries again
    throw e;
  });
  return shell;
}

/** Replaces the whole app root: nothing from the previous screen survives. */
function show(el: HTMLElement): void {
  root().replaceChildren(el);
}

export async function start(): Promise<void> {
  try {
    // What the window was handed as it was made, when it was: the first screen without waiting for IPC.
    const boot = takeBoot();
    let status: VaultStatus;
    if (boot) {
      setDateLocale(boot.dateLocale);
      status = setStatus(boot.status);
    } else {
      [status] = await Promise.all([refreshStatus(), loadDateLocale()]);
    }
    performance.mark("attune:status");
    await showFirstScreen(status);
    // The hand-off is from when the window was made: a reload, or the CLI meanwhile, may have changed things.
    if (boot) {
      const now = await refreshStatus();
      if (now.state !== status.state) await showFirstScreen(now);
    }
  } catch (e) {
    showFatal(e);
  }
}

async function showFirstScreen(status: VaultStatus): Promise<void> {
  if (status.state === "none") show(firstRunView(enterApp));
  else if (status.state === "locked") show(unlockView(enterApp));
  else return await enterApp();
  firstScreenShown();
}

function firstScreenShown(): void {
  performance.mark("attune:shown");
  requestAnimationFrame(() => performance.mark("attune:frame"));
  // The unlocked app's chunk, after the first screen's frame, not before it.
  requestAnimationFrame(() => setTimeout(() => void loadShell().catch(() => {}), 0));
}

function showFatal(e: unknown): void {
  const p = document.createElement("p");
  p.className = "fatal";
  p.textContent = friendlyError(e);
  show(p);
}

async function enterApp(): Promise<void> {
  let mountApp: Shell["mountApp"];
  try {
    ({ mountApp } = await loadShell());
  } catch (e) {
    return showFatal(e);
  }
  root().replaceChildren(mountApp(lockNow, () => lockNow(true)));
  void loadSettings().catch(() => applyTheme("system"));
  if (pendingFlow) {
    const flow = pendingFlow;
    pendingFlow = null;
    // After the shell's first screen (Today), which mountApp opens in a microtask queued before this one.
    queueMicrotask(() => openFlow(flow));
  }
}

/** Locks in Rust (if not already) and wipes the UI: every view, every state module, every cache. */
export async function lockNow(alreadyLocked = false): Promise<void> {
  const flushed = loadedShell?.unmountApp(alreadyLocked ? 0 : 1000);
  root().replaceChildren();
  await flushed; // a draft being typed reaches the vault before it locks
  clearAllState();
  if (!alreadyLocked) {
    try {
      await lock();
    } catch {
      /* already locked is fine */
    }
  }
  await start();
}

function openFlow({ flow, entry }: NavigatePayload): void {
  if (flow === "today") navigate({ name: "today" });
  else if (flow === "conflict" && entry) navigate({ name: "entry", id: entry, followUp: true });
  else navigate({ name: "new", kind: flow });
}

const ping = throttle(() => {
  activity().catch(() => {});
}, 15_000);

/** Listens for activity (to reset Rust's auto-lock timer) and for Rust's events. */
export function wire(): void {
  // Larger or smaller text on every screen, locked or not (state/zoom.ts), going on from the zoom kept last time.
  void loadZoom();
  document.addEventListener("keydown", (e) => {
    if (zoomKey(e)) e.preventDefault();
  });
  for (const ev of ["keydown", "pointerdown", "input", "wheel"]) {
    document.addEventListener(ev, () => {
      if (document.querySelector("[data-app-unlocked]")) ping();
    }, { passive: true, capture: true });
  }
  void onVaultLocked(() => void lockNow(true)).catch(() => {});
  // Rust sends this once per run of failures; the message is kind and holds nothing from the journal.
  void onBackupFailed((message) => toast(message, { testid: "toast-backup-failed", timeout: 12_000 })).catch(() => {});
  void onNavigate((p) => {
    if (document.querySelector("[data-app-unlocked]")) openFlow(p);
    else pendingFlow = p;
  }).catch(() => {});
}
