//! The tray icon: open the window, start a check-in, lock, quit.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};

use crate::ipc::{Flow, NavigatePayload};
use crate::session::AppState;

/// The tray icon's id.
pub const TRAY_ID: &str = "attune";

/// Closing the main window hides Attune to the tray, where reminders keep running; "Quit Attune" in the tray menu
/// quits. Without a tray icon (no tray host) closing closes as usual.
pub fn hide_on_close<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if window.label() == "main" && window.app_handle().tray_by_id(TRAY_ID).is_some() {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}

/// Shows, unminimizes and focuses the main window.
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Adds the tray icon and its menu.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let open = MenuItem::with_id(app, "open", "Open Attune", true, None::<&str>)?;
    let check_in = MenuItem::with_id(app, "check_in", "New check-in", true, None::<&str>)?;
    let lock = MenuItem::with_id(app, "lock", "Lock", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit Attune", true, None::<&str>)?;
    let separator = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &check_in, &lock, &separator, &quit])?;

    let mut tray = TrayIconBuilder::with_id(TRAY_ID).tooltip("Attune").menu(&menu).on_menu_event(|app, event| {
        match event.id().as_ref() {
            "open" => show_main_window(app),
            "check_in" => {
                show_main_window(app);
                let _ = app.emit(crate::NAVIGATE_EVENT, NavigatePayload { flow: Flow::CheckIn, entry: None });
            }
            // Tell the UI only when something was open: it tears down every view.
            "lock" if app.state::<AppState>().lock() => {
                let _ = app.emit(crate::VAULT_LOCKED_EVENT, ());
            }
            "quit" => app.exit(0),
            _ => {}
        }
    });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}
