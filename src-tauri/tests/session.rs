//! The vault's life through the app's commands: create, write, read, lock, unlock, re-key, recover, export, delete.

mod common;

use std::time::{Duration, Instant};

use common::{note, Harness, PASSPHRASE};
use rstest::rstest;
use serde_json::json;

#[test]
fn first_run_then_write_read_lock_unlock() {
    let h = Harness::new();
    assert_eq!(h.status(), "none");
    let status = h.ok("vault_status", json!({}));
    assert_eq!(status["vaultDir"], json!(h.vault_dir().display().to_string()));

    let created = h.ok("create_vault", json!({ "passphrase": PASSPHRASE }));
    assert!(created["recoveryKey"].as_str().is_some_and(|k| k.len() >= 32), "{created}");
    assert_eq!(h.status(), "unlocked");

    let entry = h.add_note("Morning", "walked by the river with Sam");
    let id = entry["id"].as_str().expect("id").to_owned();
    assert_eq!(entry["body"]["kind"], "note");
    assert_eq!(h.ok("get_entry", json!({ "id": id }))["body"]["text"], "walked by the river with Sam");
    assert_eq!(h.timeline_ids(), vec![id.clone()]);

    let found = h.ok("search", json!({ "query": { "text": "river" } }));
    assert_eq!(found["total"], json!(1), "{found}");
    let hits = &found["hits"];
    assert_eq!(hits.as_array().map(Vec::len), Some(1), "{hits}");
    assert_eq!(hits[0]["entry"]["id"], json!(id));
    assert!(hits[0]["snippet"].as_array().is_some_and(|parts| parts.iter().any(|p| p["hit"] == json!(true))));

    let edited = h.ok("update_entry", json!({ "id": id, "entry": note("Morning", "walked by the sea") }));
    assert_eq!(edited["id"], json!(id));
    assert_eq!(edited["createdAt"], entry["createdAt"]);
    assert_eq!(h.ok("search", json!({ "query": { "text": "sea" } }))["hits"].as_array().map(Vec::len), Some(1));

    h.ok("lock", json!({}));
    assert_eq!(h.status(), "locked");
    assert_eq!(h.err_kind("timeline", json!({ "query": {} })), "Locked");
    assert_eq!(h.err_kind("add_entry", json!({ "entry": note("x", "y") })), "Locked");

    let wrong = json!({ "secret": { "kind": "passphrase", "value": "not it" } });
    assert_eq!(h.err_kind("unlock", wrong), "WrongPassphrase");
    assert_eq!(h.status(), "locked");

    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    assert_eq!(h.status(), "unlocked");
    assert_eq!(h.timeline_ids(), vec![id]);
}

/// The window is handed what its first screen needs (`window::boot_script`): what `vault_status` and `date_locale`
/// answer, as one assignment the webview runs before the page, so the first screen doesn't wait for IPC. Never any
/// journal content, even while the journal is open.
#[test]
fn the_window_is_handed_the_first_screens_status_and_nothing_else() {
    let boot = |h: &Harness| -> serde_json::Value {
        let script = attune_app::window::boot_script(&h.state()).expect("a boot script");
        let json =
            script.strip_prefix("window.__ATTUNE_BOOT__ = ").and_then(|s| s.strip_suffix(';')).expect("one assignment");
        serde_json::from_str(json).expect("JSON")
    };
    let h = Harness::new();
    assert_eq!(boot(&h)["status"], h.ok("vault_status", json!({})));
    assert_eq!(boot(&h)["status"]["state"], "none");
    assert_eq!(boot(&h)["dateLocale"], h.ok("date_locale", json!({})));

    h.ok("create_vault", json!({ "passphrase": PASSPHRASE }));
    h.add_note("Private", "a sentence only the journal holds");
    let open = boot(&h);
    assert_eq!((&open["status"]["state"], &open["status"]), (&json!("unlocked"), &h.ok("vault_status", json!({}))));
    assert!(!open.to_string().contains("only the journal holds"), "{open}");
    h.ok("lock", json!({}));
    assert_eq!(boot(&h)["status"]["state"], "locked");
}

#[test]
fn delete_then_undo_restores_the_same_entry() {
    let (h, _) = Harness::with_vault();
    let keep = h.add_note("Keep", "this one stays");
    let gone = h.add_note("Undo", "this one comes back");
    let id = gone["id"].as_str().expect("id");

    let deleted = h.ok("delete_entry", json!({ "id": id }));
    assert_eq!(deleted, gone);
    assert_eq!(h.timeline_ids(), vec![keep["id"].as_str().expect("id").to_owned()]);
    assert_eq!(h.err_kind("get_entry", json!({ "id": id })), "NotFound");

    h.ok("restore_entry", json!({ "entry": deleted }));
    assert_eq!(h.ok("get_entry", json!({ "id": id })), gone);
    assert_eq!(h.timeline_ids().len(), 2);
}

#[test]
fn export_rechecks_the_passphrase() {
    let (h, _) = Harness::with_vault();
    h.add_note("Export", "a line worth keeping");

    let err = h.err("export_journal", json!({ "passphrase": "wrong", "format": "json" }));
    assert_eq!(err["kind"], "WrongPassphrase");
    assert_eq!(
        std::fs::read_dir(h.exports_dir()).expect("exports").count(),
        0,
        "nothing written on a wrong passphrase"
    );

    for format in ["json", "markdown"] {
        let path = h.ok("export_journal", json!({ "passphrase": PASSPHRASE, "format": format }));
        let path = path.as_str().expect("saved path");
        assert!(path.starts_with(&h.exports_dir().display().to_string()), "{path}");
        let text = std::fs::read_to_string(path).expect("exported file");
        assert!(text.contains("a line worth keeping"), "{format} export lacks the entry");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "exports are readable by their owner only");
        }
    }

    h.ok("lock", json!({}));
    assert_eq!(h.err_kind("export_journal", json!({ "passphrase": PASSPHRASE, "format": "json" })), "Locked");
}

#[test]
fn change_passphrase_then_unlock_with_the_new_one() {
    let (h, _) = Harness::with_vault();
    let wrong = json!({ "current": "not it", "newPassphrase": "a brand new passphrase" });
    assert_eq!(h.err_kind("change_passphrase", wrong), "WrongPassphrase");

    h.ok("change_passphrase", json!({ "current": PASSPHRASE, "newPassphrase": "a brand new passphrase" }));
    h.ok("lock", json!({}));
    let old = json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } });
    assert_eq!(h.err_kind("unlock", old), "WrongPassphrase");
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": "a brand new passphrase" } }));
}

#[test]
fn the_recovery_key_unlocks_and_recovers() {
    let (h, key) = Harness::with_vault();
    h.add_note("Before", "written before forgetting");
    h.ok("lock", json!({}));

    h.ok("unlock", json!({ "secret": { "kind": "recoveryKey", "value": key.to_lowercase() } }));
    assert_eq!(h.status(), "unlocked");
    h.ok("lock", json!({}));

    let typo = json!({ "recoveryKey": "not-a-key", "newPassphrase": "remembered now" });
    assert_eq!(h.err_kind("recover", typo), "WrongRecoveryKey");

    h.ok("recover", json!({ "recoveryKey": key, "newPassphrase": "remembered now" }));
    assert_eq!(h.status(), "unlocked", "recover leaves the journal open");
    assert_eq!(h.timeline_ids().len(), 1);
    h.ok("lock", json!({}));
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": "remembered now" } }));
}

/// Regression (issue 7): a damaged recovery slot is shown after unlocking, and Settings' "Make a new recovery key"
/// (through IPC) repairs it and answers the new key.
#[test]
fn a_damaged_recovery_slot_is_a_notice_and_a_new_recovery_key_repairs_it() {
    let (h, old_key) = Harness::with_vault();
    h.ok("lock", json!({}));
    let key_file = h.vault_dir().join("attune.key");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&key_file).unwrap()).unwrap();
    v["slots"]["recovery"]["nonce"] = "00".repeat(24).into();
    std::fs::write(&key_file, serde_json::to_vec_pretty(&v).unwrap()).unwrap();

    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    let status = h.ok("vault_status", json!({}));
    assert_eq!(status["warnings"][0]["kind"], "RecoverySlotDamaged", "{status}");
    let message = status["warnings"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("The recovery key's part") && message.contains("Settings"), "{message}");

    assert_eq!(h.err_kind("new_recovery_key", json!({ "passphrase": "not it" })), "WrongPassphrase");
    let created = h.ok("new_recovery_key", json!({ "passphrase": PASSPHRASE }));
    let new_key = created["recoveryKey"].as_str().unwrap().to_owned();
    assert_ne!(new_key, old_key);
    assert_eq!(h.ok("vault_status", json!({}))["warnings"], json!([]));
    h.ok("lock", json!({}));
    assert_eq!(h.ok("vault_status", json!({}))["warnings"], json!([]), "nothing to say while locked");
    h.ok("unlock", json!({ "secret": { "kind": "recoveryKey", "value": new_key } }));
}

#[test]
fn delete_all_rechecks_the_passphrase_and_removes_the_vault() {
    let (h, _) = Harness::with_vault();
    h.add_note("Gone", "soon gone");
    assert_eq!(h.err_kind("delete_all", json!({ "passphrase": "nope" })), "WrongPassphrase");
    assert_eq!(h.status(), "unlocked");

    h.ok("delete_all", json!({ "passphrase": PASSPHRASE }));
    assert_eq!(h.status(), "none");
    assert!(!h.vault_dir().exists());
    assert_eq!(h.err_kind("timeline", json!({ "query": {} })), "Locked");
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let (h, _) = Harness::with_vault();
    h.ok("lock", json!({}));
    assert_eq!(h.err_kind("create_vault", json!({ "passphrase": "another" })), "AlreadyExists");
}

#[test]
fn idle_time_locks_the_journal_and_activity_resets_it() {
    let (h, _) = Harness::with_vault();
    let state = h.state();
    assert!(!state.lock_if_idle(Instant::now() + Duration::from_secs(9 * 60)), "10 minutes have not passed");
    assert!(state.lock_if_idle(Instant::now() + Duration::from_secs(11 * 60)));
    assert_eq!(h.status(), "locked");
    assert!(!state.lock_if_idle(Instant::now() + Duration::from_secs(60 * 60)), "already locked");

    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
    h.ok("set_settings", json!({ "settings": { "autoLockMinutes": 1, "theme": "system", "startAtLogin": false } }));
    h.ok("activity", json!({}));
    assert!(!state.lock_if_idle(Instant::now() + Duration::from_secs(30)));
    assert!(state.lock_if_idle(Instant::now() + Duration::from_secs(61)));
}

thread_local! {
    /// How many times this test thread asked for freed memory to go back to the system.
    static GIVEN_BACK: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn count_give_back() {
    GIVEN_BACK.with(|n| n.set(n.get() + 1));
}

fn given_back() -> u32 {
    GIVEN_BACK.with(|n| n.get())
}

/// Issue 12 (memory once unlocked): after an idle spell the journal gives back its page cache and the app hands the
/// freed memory to the system; locking hands back the closed connection's too.
#[test]
fn an_idle_journal_gives_back_its_memory_once_and_stays_open() {
    attune_app::memory::set_give_back(count_give_back);
    let (h, _) = Harness::with_vault();
    let state = h.state();
    let later = |d: Duration| Instant::now() + d;
    assert!(!state.release_if_idle(Instant::now()), "not idle yet");
    assert_eq!(given_back(), 0);
    assert!(state.release_if_idle(later(attune_app::session::RELEASE_AFTER + Duration::from_secs(1))));
    assert_eq!(given_back(), 1, "the freed page cache is handed to the system");
    assert!(!state.release_if_idle(later(attune_app::session::RELEASE_AFTER * 2)), "once per idle spell");
    assert_eq!(given_back(), 1);
    assert_eq!(h.status(), "unlocked");
    h.ok("timeline", json!({ "query": {} }));
    assert!(
        state.release_if_idle(later(attune_app::session::RELEASE_AFTER + Duration::from_secs(1))),
        "again after use"
    );
    assert_eq!(given_back(), 2);
    // What the `lock` command, the tray and the idle lock call (here on this thread, so it is counted here).
    assert!(state.lock());
    assert_eq!(h.status(), "locked");
    assert_eq!(given_back(), 3, "locking hands back the closed connection's memory");
    assert!(!state.lock());
    assert_eq!(given_back(), 3, "nothing to hand back when already locked");
}

/// Issue 12 (memory once unlocked): the daily backup runs on a second connection, whose memory is freed when it is
/// done; the app hands it to the system then, so an open journal is back to its idle size once the backup is made.
#[test]
fn the_daily_backup_hands_back_its_memory_when_it_is_done() {
    attune_app::memory::set_give_back(count_give_back);
    let (h, _) = Harness::with_vault();
    h.add_note("Kept", "a line");
    let handle = h.app.handle().clone();
    let mut last_failure = None;
    let before = given_back();
    attune_app::backups::tick(&handle, &mut last_failure);
    assert!(last_failure.is_none(), "the backup was made");
    assert_eq!(h.ok("list_backups", json!({}))["backups"].as_array().map(Vec::len), Some(1));
    assert_eq!(given_back(), before + 1, "its memory is handed back once it is made");
    attune_app::backups::tick(&handle, &mut last_failure);
    assert_eq!(given_back(), before + 1, "nothing more when no backup is due");
}

/// Every command that reads or writes journal content answers `Locked`, with no vault and with a locked one.
#[rstest]
#[case::add_entry("add_entry", json!({ "entry": note("t", "x") }))]
#[case::get_entry("get_entry", json!({ "id": "0190e5c6-6a2b-7cc1-8f4e-1a2b3c4d5e6f" }))]
#[case::update_entry("update_entry", json!({ "id": "0190e5c6-6a2b-7cc1-8f4e-1a2b3c4d5e6f", "entry": note("t", "x") }))]
#[case::delete_entry("delete_entry", json!({ "id": "0190e5c6-6a2b-7cc1-8f4e-1a2b3c4d5e6f" }))]
#[case::timeline("timeline", json!({ "query": {} }))]
#[case::search("search", json!({ "query": { "text": "x" } }))]
#[case::on_this_day("on_this_day", json!({}))]
#[case::people("people", json!({}))]
#[case::add_person("add_person", json!({ "input": { "name": "Sam" } }))]
#[case::remove_person("remove_person", json!({ "id": "0190e5c6-6a2b-7cc1-8f4e-1a2b3c4d5e6f" }))]
#[case::save_draft("save_draft", json!({ "key": "new:note", "body": "{}" }))]
#[case::get_draft("get_draft", json!({ "key": "new:note" }))]
#[case::discard_draft("discard_draft", json!({ "key": "new:note" }))]
#[case::change_passphrase("change_passphrase", json!({ "current": PASSPHRASE, "newPassphrase": "x y z w" }))]
#[case::export_journal("export_journal", json!({ "passphrase": PASSPHRASE, "format": "json" }))]
#[case::new_recovery_key("new_recovery_key", json!({ "passphrase": PASSPHRASE }))]
fn content_commands_need_an_open_journal(#[case] cmd: &str, #[case] args: serde_json::Value) {
    let h = Harness::new();
    assert_eq!(h.err_kind(cmd, args.clone()), "Locked", "no vault");
    h.ok("create_vault", json!({ "passphrase": PASSPHRASE }));
    h.ok("lock", json!({}));
    assert_eq!(h.err_kind(cmd, args), "Locked", "locked vault");
}

#[test]
fn a_wrong_secret_is_refused_even_when_already_open() {
    let (h, _) = Harness::with_vault();
    let wrong = json!({ "secret": { "kind": "passphrase", "value": "not it" } });
    assert_eq!(h.err_kind("unlock", wrong), "WrongPassphrase");
    assert_eq!(h.status(), "unlocked", "the open journal stays open");
    h.ok("unlock", json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } }));
}

#[test]
fn unlocking_with_no_vault_says_so() {
    let h = Harness::new();
    let secret = json!({ "secret": { "kind": "passphrase", "value": PASSPHRASE } });
    assert_eq!(h.err_kind("unlock", secret), "NotAVault");
}
