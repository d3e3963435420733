//! People, drafts, the vocabulary, settings, and how bad input comes back.

mod common;

use common::{Harness, PASSPHRASE};
use serde_json::json;

#[test]
fn people_can_be_added_renamed_and_removed() {
    let (h, _) = Harness::with_vault();
    let sam = h.ok("add_person", json!({ "input": { "name": "Sam", "relationship": "partner" } }));
    assert_eq!(sam["name"], "Sam");
    assert_eq!(sam["relationship"], "partner");
    let id = sam["id"].as_str().expect("id");

    let duplicate = h.err_kind("add_person", json!({ "input": { "name": "SAM" } }));
    assert!(["Validation", "Conflict", "AlreadyExists"].contains(&duplicate.as_str()), "{duplicate}");
    let renamed =
        h.ok("update_person", json!({ "id": id, "input": { "name": "Samira", "loveLanguage": "quality_time" } }));
    assert_eq!(renamed["name"], "Samira");
    assert_eq!(renamed["loveLanguage"], "quality_time");
    assert_eq!(h.ok("people", json!({})).as_array().map(Vec::len), Some(1));

    h.ok("remove_person", json!({ "id": id }));
    assert_eq!(h.ok("people", json!({})), json!([]));
}

#[test]
fn a_person_an_entry_mentions_cannot_be_removed() {
    let (h, _) = Harness::with_vault();
    let sam = h.ok("add_person", json!({ "input": { "name": "Sam" } }));
    let id = sam["id"].clone();
    let entry =
        json!({ "people": [id], "tags": [], "body": { "kind": "note", "title": "", "text": "dinner with Sam" } });
    h.ok("add_entry", json!({ "entry": entry }));
    assert_eq!(h.err_kind("remove_person", json!({ "id": id })), "Conflict");
}

#[test]
fn drafts_are_saved_read_and_discarded() {
    let (h, _) = Harness::with_vault();
    assert_eq!(h.ok("get_draft", json!({ "key": "new:note" })), json!(null));
    h.ok("save_draft", json!({ "key": "new:note", "body": "{\"text\":\"half a thought\"}" }));
    assert_eq!(h.ok("get_draft", json!({ "key": "new:note" })), json!("{\"text\":\"half a thought\"}"));
    h.ok("discard_draft", json!({ "key": "new:note" }));
    assert_eq!(h.ok("get_draft", json!({ "key": "new:note" })), json!(null));
}

#[test]
fn vocabulary_and_prompt_need_no_open_journal() {
    let h = Harness::new();
    let vocab = h.ok("vocabulary", json!({}));
    assert!(vocab["feelings"].as_array().is_some_and(|f| !f.is_empty()));
    assert!(vocab["themes"].as_array().is_some_and(|t| !t.is_empty()));
    let prompts = vocab["prompts"].as_array().expect("prompts");
    let today = h.ok("prompt_of_the_day", json!({}));
    assert!(prompts.contains(&today), "the prompt of the day is from the deck");
}

#[test]
fn settings_round_trip_and_are_validated() {
    let h = Harness::new();
    let defaults = h.ok("get_settings", json!({}));
    assert_eq!(defaults, json!({ "autoLockMinutes": 10, "theme": "system", "startAtLogin": false }));

    let chosen = json!({ "autoLockMinutes": 30, "theme": "dark", "startAtLogin": false });
    assert_eq!(h.ok("set_settings", json!({ "settings": chosen })), chosen);
    assert_eq!(h.ok("get_settings", json!({})), chosen);

    let err =
        h.err("set_settings", json!({ "settings": { "autoLockMinutes": 0, "theme": "dark", "startAtLogin": false } }));
    assert_eq!(err["kind"], "Validation");
    assert_eq!(err["field"], "autoLockMinutes");
    assert_eq!(h.ok("get_settings", json!({})), chosen, "a refused change changes nothing");
}

#[test]
fn invalid_input_names_the_field() {
    let (h, _) = Harness::with_vault();
    let err = h.err("get_entry", json!({ "id": "not-an-id" }));
    assert_eq!(err["kind"], "Validation");
    assert_eq!(err["field"], "id");

    let empty = json!({ "people": [], "tags": [], "body": { "kind": "note", "title": "", "text": "   " } });
    let err = h.err("add_entry", json!({ "entry": empty }));
    assert_eq!(err["kind"], "Validation");
    assert!(err["field"].as_str().is_some_and(|f| !f.is_empty()), "{err}");
    assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn errors_carry_no_field_unless_validation() {
    let (h, _) = Harness::with_vault();
    h.ok("lock", json!({}));
    let err = h.err("unlock", json!({ "secret": { "kind": "passphrase", "value": "zebra-quartz-guess" } }));
    assert_eq!(err["kind"], "WrongPassphrase");
    assert!(err.get("field").is_none(), "{err}");
    assert!(!err["message"].as_str().unwrap_or_default().contains("zebra"), "the message never echoes the secret");
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
}
