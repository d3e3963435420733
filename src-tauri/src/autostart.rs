//! Start at login, minimized: keeps the OS's login item in step with `AppSettings::start_at_login`.

use tauri::plugin::TauriPlugin;
use tauri::{Manager, Runtime};
use tauri_plugin_autostart::{AutoLaunchManager, MacosLauncher};

use crate::error::{AppError, AppResult};

/// The argument the login item starts Attune with: no window, just the tray and the reminders.
pub const MINIMIZED_ARG: &str = "--minimized";

/// The autostart plugin, registering Attune with [`MINIMIZED_ARG`].
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_autostart::init(MacosLauncher::LaunchAgent, Some(vec![MINIMIZED_ARG]))
}

/// Whether this process was started by the login item.
pub fn started_minimized() -> bool {
    std::env::args().skip(1).any(|a| a == MINIMIZED_ARG)
}

/// Adds or removes the login item. Does nothing without the plugin (tests) or when it is already as asked.
pub fn apply<R: Runtime, M: Manager<R>>(app: &M, start_at_login: bool) -> AppResult<()> {
    let Some(login) = app.try_state::<AutoLaunchManager>() else {
        return Ok(());
    };
    if login.is_enabled().ok() == Some(start_at_login) {
        return Ok(());
    }
    let changed = if start_at_login { login.enable() } else { login.disable() };
    changed.map_err(|e| {
        AppError::new(attune_journal::ErrorKind::Io, format!("couldn't change whether Attune starts at login: {e}"))
    })
}
