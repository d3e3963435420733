//! Settings › Backups through the real IPC path: the list with entry counts, "Back up now", how many are kept (the
//! journal's check), and delete-all, which deletes nothing when the backup before it can't be made. Also the daily
//! backup (`backups::tick`, what its thread does every 20 s): a failure is told once with the `backup-failed` event,
//! nothing is retried in a loop, the next unlock tries again, and it waits while the journal is in use. And an
//! import, which Lock stops.

mod common;

use std::sync::{Arc, Mutex};

use attune_app::backups::tick;
use common::{Harness, PASSPHRASE};
use serde_json::json;
use tauri::Listener;

#[test]
fn back_up_now_is_listed_first_with_its_entry_count() {
    let (h, _) = Harness::with_vault();
    h.add_note("One", "the first");
    h.add_note("Two", "the second");
    let made = h.ok("back_up_now", json!({}));
    assert_eq!((made["reason"].as_str(), made["entries"].as_u64()), (Some("made by hand"), Some(2)));

    let list = h.ok("list_backups", json!({}));
    assert_eq!(list["defaultFolder"], true);
    assert!(list["folder"].as_str().is_some_and(|f| !f.is_empty()));
    assert_eq!(list["backups"][0]["id"], made["id"]);
    assert_eq!(list["backups"][0]["entries"], 2);
    assert!(list["backups"][0]["sizeBytes"].as_u64().is_some_and(|n| n > 0));
}

#[test]
fn keeping_no_backups_is_refused_and_a_change_reaches_the_settings_file() {
    let (h, _) = Harness::with_vault();
    let err = h.err("set_backup_keep", json!({ "keep": { "daily": 0, "weekly": 0, "monthly": 0 } }));
    assert_eq!(err["kind"], "Validation", "{err}");
    h.ok("set_backup_keep", json!({ "keep": { "daily": 10, "weekly": 2, "monthly": 0 } }));
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(h.dir.path().join("config").join("settings.json")).expect("settings file"),
    )
    .expect("json");
    assert_eq!((&file["backups"]["keepDaily"], &file["backups"]["keepWeekly"]), (&json!(10), &json!(2)));
    assert_eq!(h.ok("list_backups", json!({}))["keep"], json!({ "daily": 10, "weekly": 2, "monthly": 0 }));
}

/// When the backup before delete-all can't be made (a chosen folder gone), nothing is deleted: the journal is still
/// there, locked, and opens again.
#[test]
fn delete_all_deletes_nothing_when_its_backup_fails_and_the_journal_stays_there() {
    let (h, _) = Harness::with_vault();
    h.add_note("Kept", "still here");
    let gone = h.dir.path().join("unplugged-drive");
    let settings = h.dir.path().join("config").join("settings.json");
    std::fs::create_dir_all(settings.parent().expect("folder")).expect("config folder");
    std::fs::write(&settings, json!({ "backups": { "folder": gone } }).to_string()).expect("settings file");

    assert_eq!(h.err_kind("delete_all", json!({ "passphrase": PASSPHRASE })), "Io");
    assert!(h.vault_dir().join("attune.key").exists() && h.vault_dir().join("journal.db").exists());
    assert!(!gone.exists(), "a chosen folder that is gone is never made again");
    assert_eq!(h.status(), "locked");
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    assert_eq!(h.timeline_ids().len(), 1);
}

/// A backup never changes once made, so its entries are counted once: the list doesn't open every backup again each
/// time Settings is shown.
#[test]
fn each_backup_is_counted_once() {
    let (h, _) = Harness::with_vault();
    h.add_note("One", "the first");
    let made = h.ok("back_up_now", json!({}));
    let listed = h.ok("list_backups", json!({}));
    assert_eq!(listed["backups"][0]["entries"], 1);
    // Were it opened again, a database that is gone would give no count.
    let folder = std::path::PathBuf::from(listed["folder"].as_str().expect("folder"));
    let db = std::fs::read_dir(&folder)
        .expect("backup folder")
        .map(|e| e.expect("entry").path())
        .find(|p| p.to_string_lossy().ends_with(made["id"].as_str().expect("id")))
        .expect("the backup's folder")
        .join("journal.db");
    std::fs::remove_file(db).expect("remove");
    assert_eq!(h.ok("list_backups", json!({}))["backups"][0]["entries"], 1);
}

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

/// An import runs on a second connection, so Lock gets through while it runs, and locking stops it: rolled back, the
/// file still chosen, and after unlocking the same file would still bring in every entry.
#[test]
fn locking_during_an_import_stops_it_and_leaves_the_journal_as_it_was() {
    let (h, _) = Harness::with_vault();
    let entries: Vec<_> = (0..20_000)
        .map(|i| json!({ "date": "2024-05-03", "time": "08:10", "title": format!("Line {i}"), "body": "words", "tags": [] }))
        .collect();
    let file = h.dir.path().join("journal.json");
    std::fs::write(&file, json!({ "tags": {}, "entries": entries }).to_string()).expect("import file");
    // The native file dialog can't be driven here; the app reads this instead (only this test sets it).
    std::env::set_var("ATTUNE_IMPORT_FILE", &file);
    let preview = h.ok("choose_import_file", json!({ "format": "jrnl" }));
    assert_eq!(preview["plan"]["totalNew"], 20_000);

    let started = Arc::new(Mutex::new(false));
    let flag = Arc::clone(&started);
    h.app.listen_any(attune_app::commands::imports::IMPORT_PROGRESS_EVENT, move |event| {
        let done = serde_json::from_str::<serde_json::Value>(event.payload()).ok().and_then(|p| p["done"].as_u64());
        if done.is_some_and(|d| d > 0) {
            *flag.lock().expect("flag") = true;
        }
    });
    // Lock from another thread (as the tray or the idle timer would) once the import is under way.
    let state = h.state();
    let state: &attune_app::session::AppState = &state;
    let finished = std::sync::atomic::AtomicBool::new(false);
    let outcome = std::thread::scope(|s| {
        let locker = s.spawn(|| {
            while !*started.lock().expect("started") {
                if finished.load(std::sync::atomic::Ordering::SeqCst) {
                    return false;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            state.lock()
        });
        let outcome = h.ok("run_import", json!({}));
        finished.store(true, std::sync::atomic::Ordering::SeqCst);
        assert!(locker.join().expect("locker"), "the import ended before it could be locked");
        outcome
    });
    assert_eq!(outcome["outcome"], "cancelled", "{outcome}");

    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    assert!(h.timeline_ids().is_empty(), "nothing of the import stayed");
    let again = h.ok("choose_import_file", json!({ "format": "jrnl" }));
    assert_eq!((&again["plan"]["totalNew"], &again["plan"]["alreadyImported"]), (&json!(20_000), &json!(0)));
}

/// The daily backup steps aside while the person uses the journal: started while they search, it waits (nothing is
/// made, however long they go on), then is made as usual once they pause for `session::STEP_ASIDE`.
#[test]
fn the_daily_backup_waits_while_the_journal_is_in_use() {
    use attune_journal::model::Note;
    use attune_journal::{EntryBody, NewEntry};
    use std::time::{Duration, Instant};

    let (h, _) = Harness::with_vault();
    // Enough entries that the copy asks whether to wait (every 10,000 SQLite steps) long before it could end.
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").expect("time");
    h.state()
        .with_journal(|journal| {
            for i in 0..1500 {
                let body = EntryBody::Note(Note { title: String::new(), text: format!("a quiet morning {i}") });
                journal.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at)?;
            }
            Ok(())
        })
        .expect("entries");
    h.ok("search", json!({ "query": { "text": "quiet" } }));
    let handle = h.app.handle().clone();
    std::thread::scope(|s| {
        let backing_up = s.spawn(move || {
            let mut last_failure = None;
            tick(&handle, &mut last_failure);
            last_failure.is_none()
        });
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(3) {
            h.ok("search", json!({ "query": { "text": "morning" } }));
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(!backing_up.is_finished(), "the backup went on while the journal was in use");
        assert_eq!(h.ok("list_backups", json!({}))["backups"].as_array().map(Vec::len), Some(0));
        assert!(backing_up.join().expect("backup thread"), "the backup failed");
    });
    let list = h.ok("list_backups", json!({}));
    assert_eq!((list["backups"].as_array().map(Vec::len), &list["backups"][0]["entries"]), (Some(1), &json!(1500)));
}
