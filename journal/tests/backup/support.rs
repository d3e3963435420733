//! A real vault in a temp folder, with a backup folder beside it.

use std::path::PathBuf;

use attune_journal::backup::{BackupConfig, Keep};
use attune_journal::crypto::Secret;
use attune_journal::model::Note;
use attune_journal::{EntryBody, Journal, NewEntry, Passphrase, Vault};
use chrono::{DateTime, FixedOffset};
use tempfile::TempDir;

pub const PASS: &str = "correct horse battery";

pub struct Fixture {
    pub root: TempDir,
    pub vault: PathBuf,
}

/// A new vault in `<tmp>/vault`; backups go to `<tmp>/backups`.
pub fn fresh() -> Fixture {
    let root = tempfile::tempdir().expect("temp dir");
    let vault = root.path().join("vault");
    let (journal, _) = Vault::create(&vault, &Passphrase::new(PASS)).expect("create vault");
    drop(journal);
    Fixture { root, vault }
}

pub fn secret() -> Secret {
    Secret::Passphrase(Passphrase::new(PASS))
}

pub fn config(t: &Fixture) -> BackupConfig {
    BackupConfig::for_vault(&t.vault, None, Keep::default())
}

pub fn unlock(t: &Fixture) -> Journal {
    Vault::open(&t.vault).expect("open").with_backups(config(t)).unlock(&secret()).expect("unlock")
}

pub fn add_notes(journal: &Journal, n: usize, text: &str) {
    let at: DateTime<FixedOffset> = DateTime::parse_from_rfc3339("2026-02-01T10:00:00+01:00").unwrap();
    for i in 0..n {
        let body = EntryBody::Note(Note { title: String::new(), text: format!("{text} {i}") });
        journal.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at).expect("add note");
    }
}
