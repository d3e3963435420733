//! `verify`: a healthy vault passes every check, a damaged one is reported (never a panic), and checking changes
//! nothing.

use std::path::{Path, PathBuf};

use attune_journal::model::Note;
use attune_journal::{EntryBody, Error, Journal, NewEntry, Passphrase, Secret, Vault, SCHEMA_VERSION};
use chrono::DateTime;

const PASSPHRASE: &str = "a long and careful passphrase";

fn note(j: &Journal, text: &str) {
    let body = EntryBody::Note(Note { title: String::new(), text: text.into() });
    let at = DateTime::parse_from_rfc3339("2026-05-01T12:00:00+02:00").expect("time");
    j.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at).expect("add entry");
}

fn create(dir: &Path) -> Journal {
    Vault::create(dir, &Passphrase::new(PASSPHRASE)).expect("create vault").0
}

/// The vault's database: its biggest file (the other is the small key file).
fn database_file(dir: &Path) -> PathBuf {
    std::fs::read_dir(dir)
        .expect("read vault dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("a database file")
}

#[test]
fn a_fresh_vault_verifies_ok() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = create(&dir.path().join("vault"));
    let report = journal.verify().expect("verify");
    assert!(report.ok(), "{report:?}");
    assert!(report.integrity.is_empty() && report.cipher.is_empty());
    assert!(report.cipher_version.starts_with('4'), "SQLCipher 4, got {:?}", report.cipher_version);
    assert_eq!(report.schema_version, SCHEMA_VERSION);
    assert_eq!(report.entries, 0);
}

#[test]
fn verify_counts_entries_and_leaves_the_journal_writable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = create(&dir.path().join("vault"));
    note(&journal, "first");
    note(&journal, "second");
    assert_eq!(journal.verify().expect("verify").entries, 2);
    // verify runs with query_only on; it must switch it back off.
    note(&journal, "third, written after verify");
    assert_eq!(journal.verify().expect("verify again").entries, 3);
}

#[test]
fn a_plain_bench_journal_verifies_without_cipher_checks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open_unencrypted_for_bench(&dir.path().join("plain.db")).expect("plain");
    note(&journal, "plain");
    let report = journal.verify().expect("verify");
    assert!(report.ok(), "{report:?}");
    assert_eq!(report.entries, 1);
}

#[test]
fn a_flipped_byte_in_the_database_is_reported() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("vault");
    let journal = create(&dir);
    // Enough text for many pages, so the middle of the file is entry data.
    let filler = "a sentence about a quiet evening walk by the river. ".repeat(80);
    for i in 0..60 {
        note(&journal, &format!("{i} {filler}"));
    }
    journal.lock();

    let db = database_file(&dir);
    let mut bytes = std::fs::read(&db).expect("read db");
    assert!(bytes.len() > 16 * 4096, "database should span many pages, has {} bytes", bytes.len());
    let middle = bytes.len() / 2 + 100;
    bytes[middle] ^= 0x5a;
    std::fs::write(&db, &bytes).expect("write db");

    let vault = Vault::open(&dir).expect("the key file is untouched");
    match vault.unlock(&Secret::Passphrase(Passphrase::new(PASSPHRASE))) {
        // Damage found while opening: reported as a damaged database, not as a wrong passphrase.
        Err(e) => assert!(matches!(e, Error::Corrupt { .. }), "unlock should report damage, got {e:?}"),
        Ok(journal) => match journal.verify() {
            Ok(report) => {
                assert!(!report.ok(), "a flipped byte must not verify clean: {report:?}");
                assert!(!report.cipher.is_empty(), "SQLCipher's page HMAC check names the damaged page: {report:?}");
            }
            Err(e) => assert!(matches!(e, Error::Corrupt { .. }), "verify should report damage, got {e:?}"),
        },
    }
}
