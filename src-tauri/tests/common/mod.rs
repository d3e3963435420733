//! Drives the app's commands through Tauri's real IPC path on the mock runtime, against real vaults in temp dirs.

#![allow(dead_code)]

use std::path::PathBuf;

use attune_app::session::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};
use tempfile::TempDir;

pub const PASSPHRASE: &str = "correct horse battery staple";

/// One app with its own temp folder: vault, settings file and exports.
pub struct Harness {
    pub app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
    pub dir: TempDir,
}

impl Harness {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = AppState::new(
            Some(dir.path().join("vault")),
            Some(dir.path().join("config").join("settings.json")),
            Some(dir.path().join("exports")),
            10,
        );
        std::fs::create_dir_all(dir.path().join("exports")).expect("exports dir");
        let app = mock_builder()
            .manage(state)
            .manage(attune_app::commands::imports::ImportSlot::default())
            .invoke_handler(attune_app::commands::handler())
            .build(mock_context(noop_assets()))
            .expect("mock app");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("mock window");
        Harness { app, window, dir }
    }

    /// A harness with a journal already created (and open).
    pub fn with_vault() -> (Self, String) {
        let h = Harness::new();
        let created = h.ok("create_vault", json!({ "passphrase": PASSPHRASE }));
        let key = created["recoveryKey"].as_str().expect("recovery key").to_owned();
        (h, key)
    }

    pub fn state(&self) -> tauri::State<'_, AppState> {
        self.app.state::<AppState>()
    }

    pub fn vault_dir(&self) -> PathBuf {
        self.dir.path().join("vault")
    }

    pub fn exports_dir(&self) -> PathBuf {
        self.dir.path().join("exports")
    }

    /// Calls `cmd` with `args` (camelCase keys, as the UI sends them).
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().expect("json response"))
    }

    /// Calls `cmd` and expects success.
    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args).unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// Calls `cmd`, expects an AppError, and returns its kind.
    pub fn err_kind(&self, cmd: &str, args: Value) -> String {
        let err = self.err(cmd, args);
        err["kind"].as_str().unwrap_or_else(|| panic!("{cmd}: not an AppError: {err}")).to_owned()
    }

    /// Calls `cmd` and expects an error.
    pub fn err(&self, cmd: &str, args: Value) -> Value {
        match self.invoke(cmd, args) {
            Ok(v) => panic!("{cmd} succeeded but should have failed: {v}"),
            Err(e) => e,
        }
    }

    pub fn status(&self) -> String {
        self.ok("vault_status", json!({}))["state"].as_str().expect("state").to_owned()
    }

    /// Adds a note and returns the entry.
    pub fn add_note(&self, title: &str, text: &str) -> Value {
        self.ok("add_entry", json!({ "entry": note(title, text) }))
    }

    /// The ids on the first timeline page.
    pub fn timeline_ids(&self) -> Vec<String> {
        let page = self.ok("timeline", json!({ "query": {} }));
        page["entries"].as_array().expect("entries").iter().map(|e| e["id"].as_str().expect("id").to_owned()).collect()
    }
}

/// A NewEntry for a note, as the UI sends it.
pub fn note(title: &str, text: &str) -> Value {
    json!({ "people": [], "tags": ["test"], "body": { "kind": "note", "title": title, "text": text } })
}
