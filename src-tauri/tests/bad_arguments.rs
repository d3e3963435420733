//! A command called with an argument that doesn't fit (an unknown kind or status, a wrong shape, a missing one) is
//! refused with the app's typed `{kind, message, field}`, never Tauri's plain "invalid args" string, and changes
//! nothing. Through Tauri's real IPC path on the mock runtime, against a real vault in a temp dir.

mod common;

use common::{note, Harness};
use serde_json::{json, Value};

/// The error as the UI receives it: an AppError of kind Validation.
fn validation(err: &Value) -> (&str, Option<&str>) {
    assert!(err.is_object(), "a typed AppError, not a plain string: {err}");
    assert_eq!(err["kind"], "Validation", "{err}");
    (err["message"].as_str().expect("a message"), err["field"].as_str())
}

#[test]
fn an_unknown_status_or_outcome_gets_the_journals_message_on_its_field() {
    let (h, _) = Harness::with_vault();
    let conflict = h.ok(
        "add_entry",
        json!({ "entry": { "people": [], "tags": [], "body": { "kind": "conflict", "whatHappened": "The dishes" } } }),
    );
    let id = conflict["id"].as_str().expect("id");
    let err = h.err("follow_up_conflict", json!({ "id": id, "since": "We talked", "status": "sulking" }));
    let (message, field) = validation(&err);
    assert_eq!(field, Some("status"));
    assert!(message.contains("'sulking' is not one of open, repairing, repaired, resolved"), "{message}");
    // Nothing changed.
    let stored = h.ok("get_entry", json!({ "id": id }));
    assert_eq!((stored["body"]["status"].as_str(), stored["body"]["since"].as_str()), (Some("open"), Some("")));

    let err = h.err("settle_promise", json!({ "id": id, "outcome": "maybe", "howItWent": "" }));
    let (message, field) = validation(&err);
    assert_eq!(field, Some("outcome"));
    assert!(message.contains("'maybe' is not how a promise went"), "{message}");

    // The journal's parser reads a stable name as the CLI does.
    let ok = h.ok("follow_up_conflict", json!({ "id": id, "since": "We talked", "status": "repairing" }));
    assert_eq!(ok["body"]["status"], "repairing");
}

#[test]
fn an_unknown_kind_a_wrong_shape_or_a_missing_argument_is_a_validation_error() {
    let (h, _) = Harness::with_vault();
    let err =
        h.err("add_entry", json!({ "entry": { "people": [], "tags": [], "body": { "kind": "diary", "text": "x" } } }));
    let (message, _) = validation(&err);
    assert!(message.contains("diary"), "{message}");
    let err = h.err("timeline", json!({ "query": { "filter": { "kinds": ["diary"] } } }));
    validation(&err);
    let err = h.err("export_journal", json!({ "passphrase": common::PASSPHRASE, "format": "pdf" }));
    validation(&err);
    let err = h.err("write_brief", json!({ "request": { "entries": [] }, "format": "docx" }));
    let (message, field) = validation(&err);
    assert_eq!(field, Some("format"));
    assert!(message.contains("'docx' is not a brief format"), "{message}");
    let err = h.err("add_entry", json!({}));
    let (message, _) = validation(&err);
    assert!(message.contains("entry"), "{message}");
    assert!(h.timeline_ids().is_empty(), "nothing was written");
    h.ok("add_entry", json!({ "entry": note("Still", "works") }));
    assert_eq!(h.timeline_ids().len(), 1);
}
