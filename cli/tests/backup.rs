//! `attune backup now | list | verify | restore`, and the daily backup after unlocking, on the real binary.

mod common;

use common::{TestVault, PASS};
use predicates::prelude::*;

#[test]
fn the_first_unlock_of_the_day_makes_a_backup_and_the_second_does_not() {
    let (v, _) = TestVault::init();
    v.note("first");
    v.note("second");
    let list = v.json(&["backup", "list"]);
    let all = list.as_array().unwrap();
    assert_eq!(all.len(), 1, "{list}");
    assert_eq!(all[0]["reason"], "daily");
    assert!(all[0]["path"].as_str().unwrap().starts_with(v.backups().to_str().unwrap()));
}

#[test]
fn now_verify_restore_round_trip() {
    let (v, _) = TestVault::init();
    v.note("Something worth keeping 🌱");
    let made = v.json(&["backup", "now"]);
    let id = made["id"].as_str().unwrap().to_owned();
    assert_eq!(made["reason"], "manual");

    let out = v.ok(&["backup", "verify", &id[..10]]);
    assert!(out.contains("all well: 1 entries"), "{out}");
    let out = v.ok(&["backup", "verify"]);
    assert!(out.contains("all well"), "{out}");

    let to = v.file("restored");
    let out = v.ok(&["backup", "restore", &id, "--to", to.to_str().unwrap()]);
    assert!(out.contains("It opens with the passphrase you used then"), "{out}");
    let original = v.ok(&["export"]);
    let restored = v.cmd().env("ATTUNE_VAULT", &to).arg("export").assert().success().get_output().stdout.clone();
    assert_eq!(String::from_utf8(restored).unwrap(), original);
    // The restore made a backup of the journal first.
    let reasons: Vec<String> =
        v.json(&["backup", "list"]).as_array().unwrap().iter().map(|b| b["reason"].as_str().unwrap().into()).collect();
    assert!(reasons.contains(&"before-restore".to_string()), "{reasons:?}");
}

#[test]
fn restore_never_overwrites_a_journal_without_replace() {
    let (v, _) = TestVault::init();
    let id = v.json(&["backup", "now"])["id"].as_str().unwrap().to_owned();
    let (other, _) = TestVault::init();
    let before = std::fs::read(other.path.join("attune.key")).unwrap();
    v.cmd()
        .args(["backup", "restore", &id, "--to", other.path.to_str().unwrap()])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read(other.path.join("attune.key")).unwrap(), before);
    let out = v.ok(&["backup", "restore", &id, "--to", other.path.to_str().unwrap(), "--replace"]);
    assert!(out.contains("is now in"), "{out}");
}

#[test]
fn with_the_journal_gone_a_backup_still_restores_with_its_passphrase() {
    let (v, _) = TestVault::init();
    v.note("survives the disk");
    let id = v.json(&["backup", "now"])["id"].as_str().unwrap().to_owned();
    std::fs::remove_dir_all(&v.path).unwrap();
    let out = v.ok(&["backup", "verify", &id]);
    assert!(out.contains("all well: 1 entries"), "{out}");
    v.ok(&["backup", "restore", &id, "--to", v.path.to_str().unwrap()]);
    let page = v.json(&["list"]);
    assert_eq!(page["entries"][0]["body"]["text"], "survives the disk");
}

#[test]
fn a_failed_daily_backup_is_mentioned_kindly_and_the_command_still_works() {
    let (v, _) = TestVault::init();
    let gone = v.file("unplugged-drive");
    common::write(
        &v.file("settings.json"),
        &format!(r#"{{"version": 1, "backups": {{"folder": "{}"}}}}"#, gone.display()),
    );
    let stderr = v.ok_stderr(&["add", "note", "still saved"]);
    assert!(stderr.contains("Attune couldn't make today's backup"), "{stderr}");
    assert!(stderr.contains("Your journal itself is fine; it will try again next time."), "{stderr}");
    assert!(!gone.exists(), "a chosen folder is never created");
    assert_eq!(v.json(&["list"])["entries"].as_array().unwrap().len(), 1);
    // And `backup now` says what is wrong, with the exit code for a file problem.
    v.cmd().args(["backup", "now"]).env("ATTUNE_PASSPHRASE", PASS).assert().code(9);
}
