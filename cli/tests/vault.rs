//! The journal as a whole through the real binary: init, passwd, recover, verify, people, export and import.

mod common;

use common::{bare_cmd, page_ids, recovery_keys_in, write, TestVault, PASS};
use predicates::str::contains;

#[test]
fn init_prints_the_recovery_key_once_and_never_again() {
    let v = TestVault::empty();
    let out = v.ok(&["init"]);
    let keys = recovery_keys_in(&out);
    assert_eq!(keys.len(), 1, "exactly one recovery key in:\n{out}");
    assert!(out.contains("write it down") && out.contains("safe"), "a gentle note to keep it safe:\n{out}");
    let key = &keys[0];
    v.note("a first entry");
    for args in [&["list"][..], &["people"], &["verify"], &["export"], &["export", "--format", "markdown"]] {
        assert!(!v.ok(args).contains(key.as_str()), "{args:?} printed the recovery key");
    }
}

#[test]
fn init_json_gives_the_key_for_scripts() {
    let v = TestVault::empty();
    let out = v.json(&["init"]);
    assert_eq!(recovery_keys_in(out["recoveryKey"].as_str().unwrap()).len(), 1);
}

#[test]
fn passwd_then_old_fails_and_new_works() {
    let (v, _) = TestVault::init();
    v.note("still here after passwd");
    v.cmd().args(["passwd"]).env("ATTUNE_NEW_PASSPHRASE", "a brand new passphrase").assert().success();
    v.cmd().args(["list"]).assert().code(3).stderr(contains("passphrase doesn't open"));
    let out = v.cmd().args(["list"]).env("ATTUNE_PASSPHRASE", "a brand new passphrase").assert().success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("still here after passwd"));
}

#[test]
fn passwd_reads_both_passphrases_from_files() {
    let (v, _) = TestVault::init();
    let (current, new) = (v.file("current"), v.file("new"));
    write(&current, &format!("{PASS}\n"));
    write(&new, "from a file\n");
    bare_cmd()
        .env("ATTUNE_VAULT", &v.path)
        .arg("--passphrase-file")
        .arg(&current)
        .arg("passwd")
        .arg("--new-passphrase-file")
        .arg(&new)
        .assert()
        .success();
    v.cmd().args(["list"]).env("ATTUNE_PASSPHRASE", "from a file").assert().success();
}

#[test]
fn passwd_with_the_wrong_current_passphrase_changes_nothing() {
    let (v, _) = TestVault::init();
    v.cmd()
        .args(["passwd"])
        .env("ATTUNE_PASSPHRASE", "not it")
        .env("ATTUNE_NEW_PASSPHRASE", "whatever")
        .assert()
        .code(3);
    v.ok(&["list"]);
}

#[test]
fn recover_with_the_recovery_key_sets_a_new_passphrase() {
    let (v, key) = TestVault::init();
    v.note("kept through recovery");
    v.cmd()
        .args(["recover"])
        .env_remove("ATTUNE_PASSPHRASE")
        .env("ATTUNE_RECOVERY_KEY", key.to_lowercase())
        .env("ATTUNE_NEW_PASSPHRASE", "remembered this time")
        .assert()
        .success();
    v.cmd().args(["list"]).assert().code(3);
    let out = v.cmd().args(["list"]).env("ATTUNE_PASSPHRASE", "remembered this time").assert().success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("kept through recovery"));
}

#[test]
fn recover_reads_the_key_from_a_file() {
    let (v, key) = TestVault::init();
    let key_file = v.file("key.txt");
    write(&key_file, &format!("{key}\n"));
    v.cmd()
        .args(["recover", "--recovery-key-file"])
        .arg(&key_file)
        .env("ATTUNE_NEW_PASSPHRASE", "new one")
        .assert()
        .success();
    v.cmd().args(["list"]).env("ATTUNE_PASSPHRASE", "new one").assert().success();
}

#[test]
fn verify_says_all_is_well() {
    let (v, _) = TestVault::init();
    v.note("one");
    assert!(v.ok(&["verify"]).contains("All well"));
    let report = v.json(&["verify"]);
    assert_eq!(report["entries"], 1);
    assert_eq!(report["integrity"], serde_json::json!([]));
}

#[test]
fn people_add_list_edit_remove() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner", "--love-language", "touch"]);
    v.ok(&["people", "add", "Robin", "--relationship", "friend"]);
    let people = v.json(&["people"]);
    let names: Vec<&str> = people.as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["Robin", "Sam"]);
    assert!(v.ok(&["people", "list"]).contains("Sam (partner; physical touch)"));

    let edited = v.json(&["people", "edit", "sam", "--rename", "Samira", "--love-language", "none"]);
    assert_eq!(edited["name"], "Samira");
    assert!(edited["loveLanguage"].is_null());
    assert_eq!(edited["relationship"], "partner");

    v.ok(&["people", "remove", "Robin"]);
    let names: Vec<String> =
        v.json(&["people"]).as_array().unwrap().iter().filter_map(|p| p["name"].as_str().map(String::from)).collect();
    assert_eq!(names, ["Samira"]);
    v.cmd().args(["people", "remove", "Robin"]).assert().code(4);
}

#[test]
fn removing_someone_entries_mention_is_refused() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam"]);
    v.ok(&["add", "note", "--person", "Sam", "about Sam"]);
    v.cmd().args(["people", "remove", "Sam"]).assert().code(5);
}

#[test]
fn json_export_imports_into_a_fresh_journal_losslessly() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner", "--love-language", "words"]);
    v.ok(&[
        "add",
        "check-in",
        "--pleasantness",
        "-3",
        "--energy",
        "4",
        "--feeling",
        "anxious",
        "--text",
        "Big day tomorrow",
        "--person",
        "Sam",
        "--tag",
        "work",
    ]);
    v.ok(&["add", "appreciation", "--for", "Sam", "--what", "Listened for an hour", "--love-language", "quality_time"]);
    v.ok(&["add", "note", "--title", "Ünïcödé", "Tabs\tand\nnew lines and \"quotes\""]);
    let first = v.file("first.json");
    v.cmd().args(["export", "--format", "json", "-o"]).arg(&first).assert().success();
    let first_text = std::fs::read_to_string(&first).unwrap();
    assert_eq!(first_text, v.ok(&["export"]), "-o writes what stdout shows");

    let (fresh, _) = TestVault::init();
    let report = fresh.json(&["import", first.to_str().unwrap()]);
    assert_eq!(report["entriesAdded"].as_u64().or(report["entries_added"].as_u64()), Some(3), "{report}");
    let second = fresh.ok(&["export", "--format", "json"]);
    assert_eq!(second, first_text, "export → import → export is byte-identical");
    assert_eq!(page_ids(&fresh.json(&["list"])), page_ids(&v.json(&["list"])));
}

#[test]
fn import_reads_stdin() {
    let (v, _) = TestVault::init();
    v.note("travels through a pipe");
    let export = v.ok(&["export"]);
    let (fresh, _) = TestVault::init();
    fresh.cmd().args(["import", "-"]).write_stdin(export).assert().success();
    assert!(fresh.ok(&["list"]).contains("travels through a pipe"));
}

#[test]
fn markdown_export_contains_entries() {
    let (v, _) = TestVault::init();
    v.ok(&["add", "note", "--title", "Garden", "The tomatoes came up"]);
    v.ok(&["add", "shared-experience", "--what", "Picnic on the hill", "--closeness", "5"]);
    let md = v.ok(&["export", "--format", "markdown"]);
    assert!(md.starts_with('#'), "markdown starts with a heading:\n{md}");
    for text in ["Garden", "The tomatoes came up", "Picnic on the hill"] {
        assert!(md.contains(text), "markdown misses {text}:\n{md}");
    }
}

#[cfg(unix)]
#[test]
fn export_to_a_file_is_readable_only_by_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let (v, _) = TestVault::init();
    let out = v.file("export.md");
    v.cmd()
        .args(["export", "--format", "markdown", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(contains("isn't encrypted"));
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
}
