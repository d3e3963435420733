//! Damage through the real binary (issue 7): a damaged key-file slot is reported by name with what to do, an empty
//! database is damage (exit 7) and nothing changes, exports end owner-only, and a read-only database is read but not
//! written, naming the file.

mod common;

use std::path::Path;

use common::{bare_cmd, TestVault, PASS};
use predicates::prelude::*;
use predicates::str::contains;

/// Flips the first hex digit of one field of the recovery slot.
fn damage_recovery_slot(vault: &Path) {
    let path = vault.join("attune.key");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let ct = v["slots"]["recovery"]["ciphertext"].as_str().unwrap().to_string();
    v["slots"]["recovery"]["ciphertext"] =
        format!("{}{}", if ct.starts_with('0') { '1' } else { '0' }, &ct[1..]).into();
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

/// Regression (issue 7): damage to the recovery slot passed `list` and `verify`, and `recover` later said the right
/// key "doesn't open this journal".
#[test]
fn a_damaged_recovery_slot_is_reported_and_a_new_key_repairs_it() {
    let (v, old_key) = TestVault::init();
    v.note("still here");
    damage_recovery_slot(&v.path);

    v.cmd().args(["list"]).assert().success().stderr(contains("recovery").and(contains("attune recovery-key new")));
    v.cmd().arg("verify").assert().code(7).stdout(contains("problem:").and(contains("recovery")));
    // The old key is refused as damage (exit 7), never as a wrong key (exit 3).
    bare_cmd()
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_RECOVERY_KEY", &old_key)
        .env("ATTUNE_NEW_PASSPHRASE", "a new passphrase")
        .arg("recover")
        .assert()
        .code(7)
        .stderr(contains("recovery key part is damaged"));

    let out = v.ok(&["recovery-key", "new"]);
    let new_key = common::recovery_keys_in(&out).into_iter().next().expect("the new key is shown");
    assert_ne!(new_key, old_key);
    v.cmd().arg("verify").assert().success().stderr(predicates::str::is_empty());
    bare_cmd()
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_RECOVERY_KEY", &new_key)
        .env("ATTUNE_NEW_PASSPHRASE", PASS)
        .arg("recover")
        .assert()
        .success();
    assert!(v.ok(&["list"]).contains("still here"));
}

#[test]
fn recovery_key_new_needs_the_passphrase_and_shows_json_for_scripts() {
    let (v, old_key) = TestVault::init();
    bare_cmd()
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_PASSPHRASE", "not it")
        .args(["recovery-key", "new"])
        .assert()
        .code(3);
    let shown = v.json(&["recovery-key", "new"]);
    let key = shown["recoveryKey"].as_str().expect("recoveryKey in the JSON");
    assert_eq!(common::recovery_keys_in(key).len(), 1);
    assert_ne!(key, old_key);
}

/// Regression (issue 7): an empty `journal.db` became a new, empty journal.
#[test]
fn an_empty_database_is_damage_and_nothing_changes() {
    let (v, _) = TestVault::init();
    v.note("precious");
    std::fs::write(v.path.join("journal.db"), b"").unwrap();
    let before: Vec<_> = std::fs::read_dir(&v.path).unwrap().map(|e| e.unwrap().file_name()).collect();
    v.cmd().args(["add", "note", "over the top"]).assert().code(7).stderr(contains("damaged"));
    v.cmd().arg("list").assert().code(7);
    let after: Vec<_> = std::fs::read_dir(&v.path).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(before, after, "no file was created");
    assert!(std::fs::read(v.path.join("journal.db")).unwrap().is_empty(), "the file is untouched");
}

/// Regression (issue 7): export over an existing file kept that file's mode (plaintext at 0644).
#[cfg(unix)]
#[test]
fn export_over_an_existing_0644_file_ends_0600() {
    use std::os::unix::fs::PermissionsExt;
    let (v, _) = TestVault::init();
    v.note("private words");
    let out = v.file("export.json");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    v.cmd().args(["export", "-o"]).arg(&out).assert().success();
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().contains("private words"));
}

/// `attune` as another user when the tests run as root (where permissions don't bind): `setpriv` to nobody.
#[cfg(target_os = "linux")]
fn as_nobody(v: &TestVault) -> Option<assert_cmd::Command> {
    use std::os::unix::fs::MetadataExt;
    let root = std::fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false);
    if !root {
        return Some(v.cmd());
    }
    if !Path::new("/usr/bin/setpriv").exists() {
        eprintln!("skipped: running as root without setpriv");
        return None;
    }
    // Hand the test's folder to nobody, so only the permissions under test stand in the way.
    std::process::Command::new("chown").args(["-R", "65534:65534"]).arg(v.tmp.path()).status().ok()?;
    std::fs::set_permissions(v.tmp.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).ok()?;
    let mut cmd = assert_cmd::Command::new("/usr/bin/setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all"])
        .arg(env!("CARGO_BIN_EXE_attune"))
        .env_clear()
        .env("ATTUNE_VAULT", &v.path)
        .env("ATTUNE_PASSPHRASE", PASS)
        .env("NO_COLOR", "1")
        .timeout(std::time::Duration::from_secs(120));
    Some(cmd)
}

/// Regression (issue 7): a read-only `journal.db` left read-only `-wal`/`-shm` files behind, after which every write
/// failed with "the journal's folder is read-only: " and an empty path.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_database_is_read_not_written_and_names_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let (v, _) = TestVault::init();
    v.note("readable words");
    let db = v.path.join("journal.db");
    let Some(_) = as_nobody(&v) else { return };
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o400)).unwrap();
    let run = |args: &[&str]| as_nobody(&v).unwrap().args(args).assert();
    run(&["list"]).success().stdout(contains("readable words")).stderr(contains(db.display().to_string()));
    run(&["add", "note", "not allowed"]).code(9).stderr(contains(db.display().to_string()).and(contains("read-only")));
    let mut left: Vec<String> =
        std::fs::read_dir(&v.path).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["attune.key", "journal.db"], "reading a read-only database leaves no files behind");
    // Made writable again, nothing left behind blocks writing.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    run(&["add", "note", "allowed again"]).success();
    let out = run(&["list"]).success().get_output().stdout.clone();
    assert!(String::from_utf8_lossy(&out).contains("allowed again"));

    // A read-only folder: still readable (the log was folded in when the last writer closed), never written.
    std::fs::set_permissions(&v.path, std::fs::Permissions::from_mode(0o500)).unwrap();
    let folder = v.path.display().to_string();
    run(&["list"]).success().stdout(contains("allowed again")).stderr(contains(format!("{folder} is read-only")));
    run(&["add", "note", "not here"]).code(9).stderr(contains(format!("{folder} is read-only")));
    std::fs::set_permissions(&v.path, std::fs::Permissions::from_mode(0o700)).unwrap();
}
