//! Encrypted backups of a vault: consistent copies made while the journal is open, kept in a folder of their own.
//!
//! A backup is a folder `attune-backup-<UTC time>-<reason>` holding `journal.db` (copied online with `VACUUM INTO`,
//! so it is encrypted with the same data key and is one consistent snapshot even while another process writes) and
//! `attune.key` (the key file as it was, so the backup opens with the passphrase or recovery key current when it was
//! made). It is built under a temporary name, fsynced, checked (it opens with the data key, `integrity_check` and
//! `cipher_integrity_check` pass, its first page is not plaintext), then renamed into place: a failure at any point
//! leaves the vault and every earlier backup as they were.
//!
//! [`BackupConfig`] says where backups go and how many are kept ([`Keep`]: daily, weekly, monthly). A shell sets it on
//! the [`crate::Vault`] before unlocking; the journal then backs up before a migration, an import, a restore and a
//! delete-all, and [`crate::Journal::back_up_if_due`] makes the daily one.

mod check;
mod config;
mod journal;
mod make;
mod pace;
mod restore;
mod rotate;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

pub use check::{with_secret as verify_with_secret, BackupCheck};
pub use config::{BackupConfig, BackupSettings, Keep, MAX_KEEP};
pub(crate) use make::make;
pub use pace::Pace;
pub use restore::{restore, Restored};
pub use rotate::{to_remove, KEEP_BEFORE_DAYS};

use crate::vault::{read_key_file, DB_FILE, KEY_FILE};
use crate::{Error, Result};

/// Every backup folder's name starts with this.
const PREFIX: &str = "attune-backup-";
/// The time part of a backup's name (UTC).
const TIME_FORMAT: &str = "%Y%m%dT%H%M%SZ";

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "kebab-case")]
pub enum BackupReason {
    /// The automatic daily backup.
    Daily,
    /// Asked for ("Back up now", `attune backup now`).
    Manual,
    /// Just before the database was migrated to a newer format.
    BeforeMigration,
    /// Just before an import.
    BeforeImport,
    /// Just before a restore.
    BeforeRestore,
    /// Just before the whole journal was deleted.
    BeforeDeleteAll,
}

impl BackupReason {
    const ALL: [BackupReason; 6] = [
        BackupReason::Daily,
        BackupReason::Manual,
        BackupReason::BeforeMigration,
        BackupReason::BeforeImport,
        BackupReason::BeforeRestore,
        BackupReason::BeforeDeleteAll,
    ];

    /// The name used in folder names and by the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::Manual => "manual",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeImport => "before-import",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeDeleteAll => "before-delete-all",
        }
    }

    /// A short phrase for lists ("daily", "before an import").
    pub fn label(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::Manual => "made by hand",
            BackupReason::BeforeMigration => "before an update",
            BackupReason::BeforeImport => "before an import",
            BackupReason::BeforeRestore => "before a restore",
            BackupReason::BeforeDeleteAll => "before deleting everything",
        }
    }

    /// Whether it was made just before an operation (kept a little longer by rotation).
    pub fn is_before_operation(self) -> bool {
        !matches!(self, BackupReason::Daily | BackupReason::Manual)
    }
}

/// One backup in the backup folder, as listed without unlocking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// Its id: the folder name without `attune-backup-` (commands accept any unique start of it).
    pub id: String,
    /// When it was made (UTC).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// Why.
    pub reason: BackupReason,
    /// Its size on disk, in bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size_bytes: u64,
    /// Its folder.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// The id of the vault it is a copy of (public: it is in the key file).
    #[cfg_attr(feature = "ts", ts(skip))]
    #[serde(skip)]
    pub vault_id: uuid::Uuid,
}

/// The folder name for a backup made at `at` for `reason`.
fn folder_name(at: DateTime<Utc>, reason: BackupReason) -> String {
    format!("{PREFIX}{}-{}", at.format(TIME_FORMAT), reason.as_str())
}

/// Reads a backup folder's name back: its time and reason. `None` for anything that isn't one of ours.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?;
    let (time, rest) = (rest.get(..16)?, rest.get(16..)?);
    let at = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?.and_utc();
    let rest = rest.strip_prefix('-')?;
    // A numeric suffix ("-2") separates two backups made in the same second for the same reason.
    let reason_part = match rest.rsplit_once('-') {
        Some((head, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => head,
        _ => rest,
    };
    let reason = BackupReason::ALL.into_iter().find(|r| r.as_str() == reason_part)?;
    Some((at, reason))
}

/// The backups in `dir` (newest first), of the vault `vault_id` when given. A missing folder has none. Folders that
/// aren't whole backups (no key file, a damaged one) are left out; [`verify`](crate::Journal::verify_backup) looks
/// deeper.
pub fn list(dir: &Path, vault_id: Option<uuid::Uuid>) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io("read", dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else { continue };
        let Some((created_at, reason)) = parse_name(&name) else { continue };
        let path = entry.path();
        let Ok(key_file) = read_key_file(&path) else { continue };
        if vault_id.is_some_and(|id| id != key_file.vault_id()) {
            continue;
        }
        let size_bytes =
            [DB_FILE, KEY_FILE].iter().filter_map(|f| std::fs::metadata(path.join(f)).ok()).map(|m| m.len()).sum();
        let id = name[PREFIX.len()..].to_owned();
        out.push(BackupInfo { id, created_at, reason, size_bytes, path, vault_id: key_file.vault_id() });
    }
    out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.id.cmp(&a.id)));
    Ok(out)
}

/// The one backup in `dir` whose id is `id` or starts with it.
pub fn find(dir: &Path, id: &str, vault_id: Option<uuid::Uuid>) -> Result<BackupInfo> {
    let id = id.trim().trim_start_matches(PREFIX);
    let all = list(dir, vault_id)?;
    if let Some(exact) = all.iter().find(|b| b.id == id) {
        return Ok(exact.clone());
    }
    let mut matching = all.into_iter().filter(|b| !id.is_empty() && b.id.starts_with(id));
    match (matching.next(), matching.next()) {
        (Some(one), None) => Ok(one),
        (Some(_), Some(_)) => {
            Err(Error::invalid(crate::Field::Id, format!("more than one backup starts with {id}; type more of its id")))
        }
        (None, _) => Err(Error::NotFound { what: "backup", id: id.to_owned() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_round_trip_and_strangers_are_ignored() {
        let at = Utc.with_ymd_and_hms(2025, 3, 9, 7, 5, 1).unwrap();
        for reason in BackupReason::ALL {
            let name = folder_name(at, reason);
            assert_eq!(parse_name(&name), Some((at, reason)), "{name}");
            assert_eq!(parse_name(&format!("{name}-2")), Some((at, reason)));
        }
        for stranger in ["attune-backup-", "attune-backup-20250309T070501Z", "attune-backup-2025-daily", "notes", ""] {
            assert_eq!(parse_name(stranger), None, "{stranger}");
        }
    }

    #[test]
    fn default_folder_sits_beside_the_vault() {
        assert_eq!(BackupConfig::default_dir(Path::new("/d/attune/vault")), Path::new("/d/attune/backups"));
        assert_eq!(BackupConfig::default_dir(Path::new("/home/a/diary")), Path::new("/home/a/diary-backups"));
    }
}
