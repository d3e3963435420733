//! The window's permissions: capabilities/main.json grants exactly the app's own commands (and listening to events),
//! and with the real generated ACL a command outside that list is refused.

use std::collections::BTreeSet;

use attune_app::session::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

#[test]
fn the_capability_grants_exactly_the_app_commands() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/capabilities/main.json")).expect("read");
    let capability: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(capability["windows"], json!(["main"]));
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("plain permission names").to_owned())
        .collect();
    let mut expected: BTreeSet<String> =
        attune_app::COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    expected.insert("core:event:default".into());
    assert_eq!(granted, expected);
}

fn request(cmd: &str, args: Value) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    }
}

#[test]
fn the_generated_acl_allows_app_commands_and_refuses_others() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state = AppState::new(Some(dir.path().join("vault")), Some(dir.path().join("settings.json")), None, 10);
    let app = mock_builder()
        .manage(state)
        .invoke_handler(attune_app::commands::handler())
        .build(tauri::generate_context!())
        .expect("app with the real config and ACL");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");

    let status = get_ipc_response(&window, request("vault_status", json!({})));
    assert!(status.is_ok(), "vault_status is granted: {status:?}");

    let denied = get_ipc_response(&window, request("plugin:dialog|save", json!({ "options": {} })));
    assert!(denied.is_err(), "the UI has no dialog permission of its own");

    let other = WebviewWindowBuilder::new(&app, "other", Default::default()).build().expect("window");
    let denied = get_ipc_response(&other, request("vault_status", json!({})));
    assert!(denied.is_err(), "a window the capability doesn't name gets nothing");
}
