//! The app's daily backup (`backups::tick`, what its thread does every 20 s) against a real vault: a failure is told
//! once with the `backup-failed` event, nothing is retried in a loop, and the next unlock tries again.

mod common;

use std::sync::{Arc, Mutex};

use attune_app::backups::tick;
use common::{Harness, PASSPHRASE};
use serde_json::json;
use tauri::Listener;

#[test]
fn a_failed_daily_backup_is_told_once_and_tried_again_after_the_next_unlock() {
    let h = Harness::new();
    // A chosen backup folder that is gone (an unplugged drive): Attune never makes it again, so the backup fails.
    let gone = h.dir.path().join("unplugged-drive");
    let settings = h.dir.path().join("config").join("settings.json");
    std::fs::create_dir_all(settings.parent().expect("folder")).expect("config folder");
    std::fs::write(&settings, json!({ "backups": { "folder": gone } }).to_string()).expect("settings file");
    h.ok("create_vault", json!({ "passphrase": PASSPHRASE }));
    h.add_note("Kept", "a line");

    let told: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = Arc::clone(&told);
    h.app.listen_any(attune_app::BACKUP_FAILED_EVENT, move |event| {
        sink.lock().expect("sink").push(event.payload().to_owned());
    });
    let handle = h.app.handle().clone();
    let mut last_failure = None;
    tick(&handle, &mut last_failure);
    tick(&handle, &mut last_failure);
    let messages = told.lock().expect("told").clone();
    assert_eq!(messages.len(), 1, "told once, not at every look: {messages:?}");
    assert!(messages[0].contains("couldn't make today's backup") && !messages[0].contains("a line"), "{}", messages[0]);
    assert!(last_failure.is_some());
    assert!(!gone.exists(), "the gone folder is not made again");

    // The drive is back; the next unlock tries again at once, and the backup is made.
    std::fs::create_dir_all(&gone).expect("drive back");
    h.ok("lock", json!({}));
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    tick(&handle, &mut last_failure);
    assert!(last_failure.is_none(), "the retry worked");
    let list = h.ok("list_backups", json!({}));
    assert_eq!(list["backups"].as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(list["backups"][0]["reason"], "daily");
    assert_eq!(list["backups"][0]["entries"], 1);
    assert_eq!(told.lock().expect("told").len(), 1, "nothing more to tell");
}
