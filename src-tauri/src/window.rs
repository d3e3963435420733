//! The main window, built in code rather than from the config alone, so that its webview gets a navigation guard:
//! it may only show the app's own pages, and it opens no other window. A link, a script setting `location.href` or a
//! `window.open` toward anything else is refused and opens nothing (not even the system browser). It is also handed
//! what its first screen needs ([`boot_script`]), so that screen is drawn without waiting for IPC.

use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewWindowBuilder};

use crate::ipc::Boot;
use crate::session::AppState;

/// The label of the one window.
pub const MAIN: &str = "main";

/// Whether `url` is one of the app's own pages: the custom protocol Tauri serves the embedded UI from
/// (`tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows).
pub fn is_app_url(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

/// The page's [`Boot`], as a script the webview runs before the page's own (`window.__ATTUNE_BOOT__`, which
/// `ui/src/api.ts` takes once): the first screen shows without waiting for `vault_status` and `date_locale`. It holds
/// what those answer and nothing else (the journal's folder, never its content: the journal is not open yet). None
/// when the status can't be read; the page then asks over IPC as before.
pub fn boot_script(state: &AppState) -> Option<String> {
    let boot = Boot { status: state.status().ok()?, date_locale: crate::commands::prefs::date_locale(state).ok()? };
    let json = serde_json::to_string(&boot).ok()?;
    Some(format!("window.__ATTUNE_BOOT__ = {json};"))
}

/// Creates the main window from its entry in `tauri.conf.json` (which has `"create": false`), with the guard.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    if app.get_webview_window(MAIN).is_some() {
        return Ok(());
    }
    let config = app.config().app.windows.iter().find(|w| w.label == MAIN).cloned().unwrap_or_default();
    let mut builder = WebviewWindowBuilder::from_config(app, &config)?;
    if let Some(script) = boot_script(&app.state::<AppState>()) {
        builder = builder.initialization_script(&script);
    }
    let window = builder.on_navigation(is_app_url).on_new_window(|_, _| NewWindowResponse::Deny).build()?;
    // One local page and no navigation: WebKit's document-viewer cache model, which keeps no page cache and no memory
    // cache of resources (a browser's default keeps both, sized for tabs of websites). Memory, not behaviour: the
    // window works the same without it.
    #[cfg(target_os = "linux")]
    let _ = window.with_webview(|webview| {
        use webkit2gtk::{WebContextExt, WebViewExt};
        if let Some(context) = webview.inner().context() {
            context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = window;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_are_allowed() {
        let allowed = ["tauri://localhost/", "tauri://localhost/index.html#/settings", "https://tauri.localhost/"];
        let refused = [
            "https://example.com/",
            "http://localhost:1420/",
            "tauri://evil.example/",
            "file:///etc/passwd",
            "data:text/html,hi",
            "javascript:alert(1)",
            "about:blank",
            "https://tauri.localhost.example.com/",
        ];
        for url in allowed {
            assert!(is_app_url(&Url::parse(url).unwrap()), "{url} must be allowed");
        }
        for url in refused {
            assert!(!is_app_url(&Url::parse(url).unwrap()), "{url} must be refused");
        }
    }
}
