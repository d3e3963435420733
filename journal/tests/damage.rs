//! Named regressions for damage that used to go unnoticed or be silently "fixed" (issue 7), and the vault's
//! permissions. Each test names what it protects.

use std::fs;
use std::path::Path;

use attune_journal::{files, EntryBody, Error, NewEntry, Passphrase, RecoveryKey, Secret, Vault, Warning};

const PASS: &str = "damage passphrase";

fn pass() -> Secret {
    Secret::Passphrase(Passphrase::new(PASS))
}

fn note(text: &str) -> NewEntry {
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(attune_journal::model::Note { title: String::new(), text: text.into() }),
        at: None,
    }
}

fn new_vault(dir: &Path) -> RecoveryKey {
    let (journal, recovery) = Vault::create(dir, &Passphrase::new(PASS)).unwrap();
    journal.add_entry(note("kept safe"), chrono::Local::now().fixed_offset()).unwrap();
    journal.lock();
    recovery
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    out.sort();
    out
}

/// Regression (issue 7): an empty or 1-byte `journal.db` became a new, empty journal.
#[test]
fn empty_or_short_database_is_damage_not_a_new_journal() {
    for content in [&b""[..], b"x", &[0u8; 4095][..]] {
        let tmp = tempfile::tempdir().unwrap();
        new_vault(tmp.path());
        fs::write(tmp.path().join("journal.db"), content).unwrap();
        let err = Vault::open(tmp.path()).unwrap().unlock(&pass()).unwrap_err();
        assert!(matches!(err, Error::Corrupt { what: "database", .. }), "{} bytes: {err}", content.len());
        assert_eq!(names(tmp.path()), ["attune.key", "journal.db"], "no file was created");
        assert_eq!(fs::read(tmp.path().join("journal.db")).unwrap(), content, "the file is untouched");
    }
}

/// Regression (issue 7): a folder in place of the database gave an untyped "database error"; a missing one must
/// not be re-created; a plain SQLite file is not the journal.
#[test]
fn missing_folder_or_plain_database_is_typed_damage() {
    let tmp = tempfile::tempdir().unwrap();
    new_vault(tmp.path());
    let db = tmp.path().join("journal.db");
    fs::remove_file(&db).unwrap();
    let missing = Vault::open(tmp.path()).unwrap().unlock(&pass()).unwrap_err();
    assert!(missing.to_string().contains("missing"), "{missing}");
    assert!(!db.exists(), "a missing database is never re-created");
    fs::create_dir(&db).unwrap();
    let folder = Vault::open(tmp.path()).unwrap().unlock(&pass()).unwrap_err();
    assert!(matches!(folder, Error::Corrupt { what: "database", .. }), "{folder}");
    fs::remove_dir(&db).unwrap();
    let mut plain = b"SQLite format 3\0".to_vec();
    plain.resize(8192, 0);
    fs::write(&db, &plain).unwrap();
    let err = Vault::open(tmp.path()).unwrap().unlock(&pass()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "database", .. }), "{err}");
    assert_eq!(fs::read(&db).unwrap(), plain);
}

/// Regression (issue 7): the recovery slot could be damaged without anyone knowing, and `passwd` carried it forward.
#[test]
fn recovery_slot_damage_is_reported_at_unlock_and_by_verify_until_a_new_key_is_made() {
    let tmp = tempfile::tempdir().unwrap();
    let old = new_vault(tmp.path());
    let key_path = tmp.path().join("attune.key");
    let mut v: serde_json::Value = serde_json::from_slice(&fs::read(&key_path).unwrap()).unwrap();
    let ct = v["slots"]["recovery"]["ciphertext"].as_str().unwrap().to_string();
    let flipped = format!("{}{}", if ct.starts_with('0') { '1' } else { '0' }, &ct[1..]);
    v["slots"]["recovery"]["ciphertext"] = flipped.into();
    fs::write(&key_path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();

    let vault = Vault::open(tmp.path()).unwrap();
    let journal = vault.unlock(&pass()).unwrap();
    assert_eq!(journal.warnings(), [Warning::RecoverySlotDamaged]);
    let message = journal.warnings()[0].to_string();
    assert!(message.contains("recovery") && message.contains("attune recovery-key new"), "{message}");
    let report = journal.verify().unwrap();
    assert!(!report.ok() && report.key_file.iter().any(|p| p.contains("recovery")), "{report:?}");
    // The old recovery key is refused as damage, not as a wrong key.
    let err = vault.unlock(&Secret::RecoveryKey(old.clone())).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "key file", .. }), "{err}");

    // A passphrase change doesn't carry the damaged slot forward as if it were whole.
    journal.change_passphrase(&Passphrase::new(PASS), &Passphrase::new("second")).unwrap();
    assert_eq!(journal.warnings(), [Warning::RecoverySlotDamaged]);
    let again = vault.unlock(&Secret::Passphrase(Passphrase::new("second"))).unwrap();
    assert_eq!(again.warnings(), [Warning::RecoverySlotDamaged]);
    again.lock();

    let fresh = journal.new_recovery_key(&Passphrase::new("second")).unwrap();
    assert!(journal.warnings().is_empty());
    assert!(journal.verify().unwrap().ok());
    journal.lock();
    assert!(vault.unlock(&Secret::RecoveryKey(fresh)).unwrap().warnings().is_empty());
    assert!(matches!(vault.unlock(&Secret::RecoveryKey(old)), Err(Error::WrongRecoveryKey)));
}

/// Regression (issue 7): with a damaged passphrase slot, unlocking with the recovery key said "wrong passphrase".
#[test]
fn passphrase_slot_damage_is_reported_when_unlocking_with_the_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let recovery = new_vault(tmp.path());
    let key_path = tmp.path().join("attune.key");
    let mut v: serde_json::Value = serde_json::from_slice(&fs::read(&key_path).unwrap()).unwrap();
    v["slots"]["passphrase"]["nonce"] = "00".repeat(24).into();
    fs::write(&key_path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let vault = Vault::open(tmp.path()).unwrap();
    let err = vault.unlock(&pass()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "key file", .. }), "{err}");
    let journal = vault.unlock(&Secret::RecoveryKey(recovery.clone())).unwrap();
    assert_eq!(journal.warnings(), [Warning::PassphraseSlotDamaged]);
    journal.lock();
    // Recovering sets a new passphrase slot: all well again.
    let left = vault.change_passphrase(&Secret::RecoveryKey(recovery), &Passphrase::new("new one")).unwrap();
    assert!(left.is_empty(), "{left:?}");
    assert!(vault.unlock(&Secret::Passphrase(Passphrase::new("new one"))).unwrap().warnings().is_empty());
}

/// Regression (issue 7): a 1 GiB key file was read whole (4 s, 1 GB of memory).
#[test]
fn an_oversized_key_file_is_refused_without_reading_it() {
    let tmp = tempfile::tempdir().unwrap();
    new_vault(tmp.path());
    let file = fs::OpenOptions::new().append(true).open(tmp.path().join("attune.key")).unwrap();
    file.set_len(1 << 30).unwrap(); // sparse: costs no disk
    let started = std::time::Instant::now();
    let err = Vault::open(tmp.path()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "key file", .. }), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(1), "took {:?}", started.elapsed());
}

/// Regression (issue 7): a committed entry in an un-checkpointed write-ahead log was dropped silently when one bit
/// of its frame flipped, and `verify` said all was well.
#[test]
fn damaged_wal_frame_is_reported_not_silently_dropped() {
    let tmp = tempfile::tempdir().unwrap();
    let live = tmp.path().join("live");
    new_vault(&live);
    let journal = Vault::open(&live).unwrap().unlock(&pass()).unwrap();
    journal.checkpoint().unwrap();
    let now = chrono::Local::now().fixed_offset();
    for text in ["first in the log", "second in the log", "third in the log"] {
        journal.add_entry(note(text), now).unwrap();
    }
    // While it is open the log holds the three commits: keep the files as a crash would leave them.
    let [key, db, wal] = ["attune.key", "journal.db", "journal.db-wal"].map(|name| fs::read(live.join(name)).unwrap());
    journal.lock();
    assert!(wal.len() > 32 + 3 * (24 + 4096), "the log holds frames");
    let at_rest = |case: &str, wal: &[u8]| {
        let dir = tmp.path().join(case);
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("attune.key"), &key).unwrap();
        fs::write(dir.join("journal.db"), &db).unwrap();
        fs::write(dir.join("journal.db-wal"), wal).unwrap();
        Vault::open(&dir).unwrap().unlock(&pass()).unwrap()
    };
    let healthy = at_rest("healthy", &wal);
    assert!(healthy.warnings().is_empty(), "{:?}", healthy.warnings());
    assert_eq!(healthy.entry_count().unwrap(), 4);
    healthy.lock();

    for (region, at) in [
        ("log header", 20),
        ("first frame header", 32 + 8),
        ("first page", 32 + 24 + 100),
        ("last page", wal.len() - 10),
    ] {
        let mut damaged = wal.clone();
        damaged[at] ^= 0x01;
        let journal = at_rest(&format!("case-{at}"), &damaged);
        let lost = journal.warnings().into_iter().find_map(|w| match w {
            Warning::RecentChangesLost { changes } => Some(changes),
            _ => None,
        });
        let entries = journal.entry_count().unwrap();
        assert!(entries < 4, "{region}: the damaged commit can't have been read back ({entries} entries)");
        assert!(lost.is_some_and(|n| n >= 1), "{region}: {entries} entries, warnings {:?}", journal.warnings());
        let report = journal.verify().unwrap();
        assert!(!report.ok() && !report.recent_changes.is_empty(), "{region}: verify must say so: {report:?}");
        journal.lock();
    }
}

/// Regression (issue 7): `journal.db` was created 0644 and an existing vault folder kept 0755.
#[cfg(unix)]
#[test]
fn the_vault_is_private_and_a_loose_one_is_tightened_at_unlock() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    new_vault(&dir);
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("journal.db")), 0o600);
    assert_eq!(mode(&dir.join("attune.key")), 0o600);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(dir.join("journal.db"), fs::Permissions::from_mode(0o644)).unwrap();
    fs::set_permissions(dir.join("attune.key"), fs::Permissions::from_mode(0o664)).unwrap();
    let journal = Vault::open(&dir).unwrap().unlock(&pass()).unwrap();
    assert!(journal.warnings().is_empty(), "{:?}", journal.warnings());
    for (path, want) in [(dir.clone(), 0o700), (dir.join("journal.db"), 0o600), (dir.join("attune.key"), 0o600)] {
        assert_eq!(mode(&path), want, "{}", path.display());
    }
    for sidecar in ["journal.db-wal", "journal.db-shm"] {
        assert_eq!(mode(&dir.join(sidecar)), 0o600, "{sidecar} while open");
    }
}

/// Regression (issue 7): export over an existing 0644 file kept that file's mode.
#[cfg(unix)]
#[test]
fn write_private_replaces_an_existing_file_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("export.json");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    files::write_private(&path, b"new").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1, "no temporary file left");
    let err = files::write_private(tmp.path(), b"x").unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "a folder in the way is an I/O error: {err}");
}
