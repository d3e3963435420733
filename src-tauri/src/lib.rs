//! # attune-app
//!
//! The desktop shell over attune-journal: one managed [`session::AppState`] (no journal / locked / open) behind one
//! lock, thin IPC commands, the auto-lock timer, the window and the tray. Nothing here knows what an entry means.
#![forbid(unsafe_code)]

mod autolock;
mod autostart;
pub mod backups;
#[cfg(test)]
mod bindings;
pub mod commands;
pub mod error;
pub mod ipc;
pub mod memory;
pub mod reminders;
pub mod session;
mod tray;
pub mod window;

use std::path::PathBuf;

use attune_journal::settings::{default_settings_path, AppSettings, Settings};
use tauri::Manager;

use crate::session::AppState;

pub use commands::COMMANDS;

/// The event sent when the journal locks by itself (idle) or from the tray; the UI tears down every view.
pub const VAULT_LOCKED_EVENT: &str = "vault-locked";
/// The event telling the UI a daily backup failed, with a kind message to show once.
pub const BACKUP_FAILED_EVENT: &str = "backup-failed";
/// The event asking the UI to open a flow, with payload `{ flow }`.
pub const NAVIGATE_EVENT: &str = "navigate";

/// Builds the app state from the environment: the same vault folder as the CLI (`ATTUNE_VAULT` overrides), the
/// settings file (`ATTUNE_SETTINGS` overrides), and, in debug builds only, `ATTUNE_EXPORT_DIR` for exports without a
/// dialog.
pub fn state_from_env() -> AppState {
    let settings_path = default_settings_path();
    // A damaged or unreadable settings file must not stop the journal from opening: start with the defaults, and let
    // the settings screen show the error when it loads them.
    let auto_lock = settings_path
        .as_deref()
        .and_then(|p| Settings::load(p).ok())
        .map_or_else(|| AppSettings::default().auto_lock_minutes, |s| s.app.auto_lock_minutes);
    // A test hook for the e2e run (WebDriver can't drive the native save dialog). Debug builds only: a release build
    // ignores it, so nothing in the environment can send a person's export somewhere they didn't choose.
    let export_dir = if cfg!(debug_assertions) {
        std::env::var_os("ATTUNE_EXPORT_DIR").filter(|v| !v.is_empty()).map(PathBuf::from)
    } else {
        None
    };
    AppState::new(attune_journal::paths::resolve_vault_dir(None), settings_path, export_dir, auto_lock)
}

/// Runs the desktop app until it quits.
pub fn run() {
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| tray::show_main_window(app)))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(autostart::plugin())
        .manage(state_from_env())
        .manage(reminders::Planner::default())
        .manage(commands::imports::ImportSlot::default())
        .invoke_handler(commands::handler())
        .on_window_event(tray::hide_on_close)
        .setup(|app| {
            window::create(app.handle())?;
            // A desktop without a tray host still gets a working window; the tray is a convenience.
            let _ = tray::install(app.handle());
            autolock::spawn(app.handle().clone())?;
            backups::spawn(app.handle().clone())?;
            // Without a notification server reminders stay silent; the rest of Attune works.
            let _ = reminders::notify::install(app.handle());
            reminders::spawn(app.handle().clone())?;
            if let Ok(settings) = app.state::<AppState>().settings_path().and_then(|p| Ok(Settings::load(p)?)) {
                let _ = autostart::apply(app.handle(), settings.app.start_at_login);
                // The page opens at the zoom it had last time (Ctrl+= / Ctrl+-).
                let _ = commands::prefs::apply_zoom(app.handle(), settings.zoom);
            }
            if autostart::started_minimized() && app.tray_by_id(tray::TRAY_ID).is_some() {
                if let Some(window) = app.get_webview_window("main") {
                    let _ = window.hide();
                }
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                // Close the journal (zeroizing its key) before the process ends.
                handle.state::<AppState>().lock();
            }
        }),
        Err(e) => {
            // The only place the app reports a start-up failure; nothing here holds journal content.
            eprintln!("Attune could not start: {e}");
            std::process::exit(1);
        }
    }
}
