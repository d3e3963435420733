//! The window's permissions, through the real generated ACL: the main window may call every command in the one list
//! (src/commands/list.rs, from which build.rs makes the capability) and nothing else; other windows get nothing.

use attune_app::session::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

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
fn the_main_window_may_call_every_listed_command() {
    // The ACL is checked before the handler runs: a handler that answers null to anything shows what it lets through.
    let app = mock_builder()
        .invoke_handler(|invoke| {
            invoke.resolver.resolve(());
            true
        })
        .build(tauri::generate_context!())
        .expect("app with the real config and ACL");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    for command in attune_app::COMMANDS {
        let answer = get_ipc_response(&window, request(command, json!({})));
        assert!(answer.is_ok(), "{command} is in the list but the main window may not call it: {answer:?}");
    }
    let unknown = get_ipc_response(&window, request("not_a_command", json!({})));
    assert!(unknown.is_err_and(|e| is_acl_refusal(&e)), "a name outside the list is refused");
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
    assert!(denied.is_err_and(|e| is_acl_refusal(&e)), "the UI has no dialog permission of its own");

    let other = WebviewWindowBuilder::new(&app, "other", Default::default()).build().expect("window");
    let denied = get_ipc_response(&other, request("vault_status", json!({})));
    assert!(denied.is_err_and(|e| is_acl_refusal(&e)), "a window the capability doesn't name gets nothing");
}

/// Whether an IPC error is the ACL saying no (a string from Tauri), rather than the command's own answer.
fn is_acl_refusal(error: &Value) -> bool {
    error.as_str().is_some_and(|m| m.contains("not allowed"))
}
