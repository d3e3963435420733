//! Auto-lock: a background thread that locks the journal after the configured idle time and tells the UI, and gives
//! back the journal's page cache after a short idle spell.

use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::session::AppState;

/// How often the idle time is checked: lock happens at most this late.
const TICK: Duration = Duration::from_secs(5);

/// Starts the auto-lock thread for the app's lifetime.
pub fn spawn<R: Runtime>(app: AppHandle<R>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("attune-autolock".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            tick(&app, Instant::now());
        })
        .map(drop)
}

/// One check: locks if idle long enough and emits `vault-locked`; before that, gives back the open journal's page
/// cache after a shorter idle spell. Returns whether it locked.
pub fn tick<R: Runtime>(app: &AppHandle<R>, now: Instant) -> bool {
    let state = app.state::<AppState>();
    state.release_if_idle(now);
    let locked = state.lock_if_idle(now);
    if locked {
        let _ = app.emit(crate::VAULT_LOCKED_EVENT, ());
    }
    locked
}
