//! The vault on disk: create, open, unlock, change the passphrase, recover; and bad input that gets a typed error
//! and leaves every file byte-identical.
//!
//! Argon2id runs at its real cost here (64 MiB, t=3), so each test keeps its unlocks few.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use attune_journal::{Error, Passphrase, RecoveryKey, Secret, Vault, WriteStep};
use rstest::rstest;
use sha2::{Digest, Sha256};

fn pass(s: &str) -> Secret {
    Secret::Passphrase(Passphrase::new(s))
}

/// Every file in the folder with the SHA-256 of its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let bytes = fs::read(entry.path()).unwrap();
        out.insert(entry.file_name().to_string_lossy().into_owned(), hex::encode(Sha256::digest(&bytes)));
    }
    out
}

/// A fresh vault, locked, with its recovery key.
fn new_vault(dir: &Path) -> RecoveryKey {
    let (journal, recovery) = Vault::create(dir, &Passphrase::new("old passphrase")).unwrap();
    journal.lock();
    recovery
}

#[test]
fn create_unlock_and_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("journal");
    let recovery = new_vault(&dir);
    assert!(Vault::exists(&dir));
    let mut names: Vec<_> = snapshot(&dir).into_keys().collect();
    names.sort();
    assert_eq!(names, ["attune.key", "journal.db"], "only the database and the key file remain after lock");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    }
    let vault = Vault::open(&dir).unwrap();
    vault.unlock(&pass("old passphrase")).unwrap().lock();
    vault.unlock(&Secret::RecoveryKey(RecoveryKey::parse(&recovery.display().to_lowercase()).unwrap())).unwrap();
}

#[rstest]
#[case::empty("")]
#[case::only_spaces("   ")]
fn create_refuses_an_empty_passphrase(#[case] passphrase: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let err = Vault::create(tmp.path(), &Passphrase::new(passphrase)).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("passphrase"), "{err}");
    assert!(snapshot(tmp.path()).is_empty());
}

#[test]
fn create_refuses_an_existing_vault_and_leaves_it_alone() {
    let tmp = tempfile::tempdir().unwrap();
    new_vault(tmp.path());
    let before = snapshot(tmp.path());
    assert!(matches!(Vault::create(tmp.path(), &Passphrase::new("other")), Err(Error::AlreadyExists(_))));
    assert_eq!(snapshot(tmp.path()), before);
}

#[test]
fn change_passphrase_and_recover() {
    let tmp = tempfile::tempdir().unwrap();
    let recovery = new_vault(tmp.path());
    let vault = Vault::open(tmp.path()).unwrap();
    let journal = vault.unlock(&pass("old passphrase")).unwrap();
    assert!(matches!(
        journal.change_passphrase(&Passphrase::new("not it"), &Passphrase::new("x")),
        Err(Error::WrongPassphrase)
    ));
    journal.change_passphrase(&Passphrase::new("old passphrase"), &Passphrase::new("second")).unwrap();
    journal.lock();
    // Recover: the recovery key proves, a new passphrase is set.
    vault.change_passphrase(&Secret::RecoveryKey(recovery.clone()), &Passphrase::new("third")).unwrap();
    assert!(matches!(vault.unlock(&pass("second")), Err(Error::WrongPassphrase)));
    vault.unlock(&pass("third")).unwrap().lock();
    // The recovery key still works after the passphrase changed.
    vault.unlock(&Secret::RecoveryKey(recovery)).unwrap();
}

/// A process killed at any step of a passphrase change leaves a vault the old or the new passphrase opens.
#[rstest]
#[case::temp_written(WriteStep::TempWritten)]
#[case::temp_synced(WriteStep::TempSynced)]
#[case::renamed(WriteStep::Renamed)]
#[case::dir_synced(WriteStep::DirSynced)]
fn killed_passphrase_change_leaves_old_or_new(#[case] step: WriteStep) {
    let tmp = tempfile::tempdir().unwrap();
    new_vault(tmp.path());
    Vault::open(tmp.path())
        .unwrap()
        .change_passphrase_stopping_after(&pass("old passphrase"), &Passphrase::new("new passphrase"), step)
        .unwrap();
    let vault = Vault::open(tmp.path()).unwrap();
    // Stale temporary files are cleaned up on open: only the database and key file remain.
    assert_eq!(snapshot(tmp.path()).len(), 2, "{:?}", snapshot(tmp.path()));
    let renamed = matches!(step, WriteStep::Renamed | WriteStep::DirSynced);
    let (opens, refused) =
        if renamed { ("new passphrase", "old passphrase") } else { ("old passphrase", "new passphrase") };
    vault.unlock(&pass(opens)).unwrap().lock();
    assert!(matches!(vault.unlock(&pass(refused)), Err(Error::WrongPassphrase)));
}

/// How a test damages the vault before trying it.
#[derive(Debug, Clone, Copy)]
enum Damage {
    None,
    TruncateKeyFile,
    GarbleKeyFile,
    WrongLengthNonce,
    NewerKeyFile,
    TruncateDatabase,
    CorruptDatabase,
    NewerDatabase,
    RemoveKeyFile,
}

fn damage(dir: &Path, how: Damage) {
    let key = dir.join("attune.key");
    let db = dir.join("journal.db");
    let edit_json = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_slice(&fs::read(&key).unwrap()).unwrap();
        f(&mut v);
        fs::write(&key, serde_json::to_vec(&v).unwrap()).unwrap();
    };
    match how {
        Damage::None => {}
        Damage::TruncateKeyFile => {
            let bytes = fs::read(&key).unwrap();
            fs::write(&key, &bytes[..bytes.len() / 2]).unwrap();
        }
        Damage::GarbleKeyFile => fs::write(&key, b"\x00\x01 not json").unwrap(),
        Damage::WrongLengthNonce => edit_json(&|v| v["slots"]["passphrase"]["nonce"] = "abcd".into()),
        Damage::NewerKeyFile => edit_json(&|v| v["format"] = 99.into()),
        Damage::TruncateDatabase => {
            let bytes = fs::read(&db).unwrap();
            fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
        }
        Damage::CorruptDatabase => {
            let mut bytes = fs::read(&db).unwrap();
            for b in &mut bytes[100..400] {
                *b ^= 0x5a;
            }
            fs::write(&db, bytes).unwrap();
        }
        Damage::NewerDatabase => {
            let journal = Vault::open(dir).unwrap().unlock(&pass("old passphrase")).unwrap();
            journal.set_schema_version_for_tests(attune_journal::SCHEMA_VERSION + 1).unwrap();
            journal.checkpoint().unwrap();
            journal.lock();
        }
        Damage::RemoveKeyFile => fs::remove_file(&key).unwrap(),
    }
}

/// What was tried.
#[derive(Debug, Clone, Copy)]
enum Attempt {
    Unlock(&'static str),
    UnlockRecovery,
    ChangePassphrase(&'static str),
}

fn expect_wrong_passphrase(e: &Error) -> bool {
    matches!(e, Error::WrongPassphrase)
}
fn expect_wrong_recovery(e: &Error) -> bool {
    matches!(e, Error::WrongRecoveryKey)
}
fn expect_not_a_vault(e: &Error) -> bool {
    matches!(e, Error::NotAVault(_))
}
fn expect_corrupt_key_file(e: &Error) -> bool {
    matches!(e, Error::Corrupt { what: "key file", .. })
}
fn expect_corrupt_database(e: &Error) -> bool {
    matches!(e, Error::Corrupt { what: "database", .. })
}
fn expect_newer(e: &Error) -> bool {
    matches!(e, Error::NewerVersion { .. })
}

#[rstest]
#[case::wrong_passphrase(Damage::None, Attempt::Unlock("not the passphrase"), expect_wrong_passphrase)]
#[case::wrong_recovery_key(Damage::None, Attempt::UnlockRecovery, expect_wrong_recovery)]
#[case::change_with_wrong_passphrase(Damage::None, Attempt::ChangePassphrase("nope"), expect_wrong_passphrase)]
#[case::not_a_vault(Damage::RemoveKeyFile, Attempt::Unlock("old passphrase"), expect_not_a_vault)]
#[case::truncated_key_file(Damage::TruncateKeyFile, Attempt::Unlock("old passphrase"), expect_corrupt_key_file)]
#[case::garbled_key_file(Damage::GarbleKeyFile, Attempt::Unlock("old passphrase"), expect_corrupt_key_file)]
#[case::wrong_length_nonce(Damage::WrongLengthNonce, Attempt::Unlock("old passphrase"), expect_corrupt_key_file)]
#[case::newer_key_file(Damage::NewerKeyFile, Attempt::Unlock("old passphrase"), expect_newer)]
#[case::truncated_database(Damage::TruncateDatabase, Attempt::Unlock("old passphrase"), expect_corrupt_database)]
#[case::corrupted_database(Damage::CorruptDatabase, Attempt::Unlock("old passphrase"), expect_corrupt_database)]
#[case::newer_database(Damage::NewerDatabase, Attempt::Unlock("old passphrase"), expect_newer)]
fn bad_input_is_typed_and_changes_nothing(
    #[case] how: Damage,
    #[case] attempt: Attempt,
    #[case] expected: fn(&Error) -> bool,
) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (journal, _) = Vault::create(dir, &Passphrase::new("old passphrase")).unwrap();
    // Some content, folded into the database file so the WAL is gone before the snapshot.
    journal.checkpoint().unwrap();
    journal.lock();
    damage(dir, how);
    let before = snapshot(dir);

    let result = Vault::open(dir).and_then(|vault| match attempt {
        Attempt::Unlock(p) => vault.unlock(&pass(p)).map(drop),
        Attempt::UnlockRecovery => {
            vault.unlock(&Secret::RecoveryKey(RecoveryKey::parse(&wrong_recovery_key()).unwrap())).map(drop)
        }
        Attempt::ChangePassphrase(p) => vault.change_passphrase(&pass(p), &Passphrase::new("new passphrase")).map(drop),
    });
    let err = result.expect_err("bad input must fail");
    assert!(expected(&err), "unexpected error: {err:?}");
    assert_eq!(snapshot(dir), before, "the vault's files changed");
}

/// A well-formed recovery key that belongs to no vault.
fn wrong_recovery_key() -> String {
    // Any 16 bytes make a well-formed key; build one through display so the checksum is right.
    let tmp = tempfile::tempdir().unwrap();
    let (journal, other) = Vault::create(tmp.path(), &Passphrase::new("elsewhere")).unwrap();
    journal.lock();
    other.display().to_string()
}

#[rstest]
#[case::wrong_length("ABCD-EFGH", "wrong length")]
#[case::invalid_character("U000-0000-0000-0000-0000-0000-0000-0000", "invalid character 'U'")]
#[case::checksum("0000-0000-0000-0000-0000-0000-0000-0000", "checksum")]
fn malformed_recovery_keys_say_why(#[case] typed: &str, #[case] detail: &str) {
    match RecoveryKey::parse(typed) {
        Err(Error::MalformedRecoveryKey(msg)) => assert!(msg.contains(detail), "{msg}"),
        other => panic!("expected MalformedRecoveryKey, got {other:?}"),
    }
}

fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let probe = tempfile::NamedTempFile::new().unwrap();
        probe.as_file().metadata().unwrap().uid() == 0
    }
    #[cfg(not(unix))]
    false
}

/// A read-only folder: changing the passphrase fails typed and changes nothing; the journal opens read-only (its
/// database has no log to replay), says so naming the folder, and refuses writes naming it.
#[cfg(unix)]
#[test]
fn read_only_folder_is_read_not_written_and_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    if running_as_root() {
        eprintln!(
            "skipped: running as root, where chmod 0500 doesn't stop writes (cli/tests/damage.rs runs it as nobody)"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    new_vault(tmp.path());
    let before = snapshot(tmp.path());
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let vault = Vault::open(tmp.path()).unwrap();
    let change = vault.change_passphrase(&pass("old passphrase"), &Passphrase::new("new")).map(drop);
    let opened = vault.unlock(&pass("old passphrase")).map(|j| (j.save_draft("k", "{}"), j.warnings()));
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(change, Err(Error::ReadOnly(_))), "{change:?}");
    let (write, warnings) = opened.expect("a read-only folder still opens");
    assert!(matches!(write, Err(Error::ReadOnly(ref p)) if p == tmp.path()), "{write:?}");
    assert_eq!(warnings, [attune_journal::Warning::ReadOnly { path: tmp.path().to_path_buf() }]);
    assert_eq!(snapshot(tmp.path()), before);
}

/// A full disk can't be simulated cheaply here; ENOSPC from any write maps to [`Error::DiskFull`].
#[test]
fn enospc_maps_to_disk_full() {
    let e = Error::io("write", "/x/attune.key", std::io::Error::from_raw_os_error(28));
    assert!(matches!(e, Error::DiskFull));
    assert_eq!(e.kind(), attune_journal::ErrorKind::Io);
}
