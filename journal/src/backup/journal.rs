//! The unlocked journal's side of backups: back up now, the daily one, listing, checking, preparing a restore, and
//! the backup before an operation that can't be undone.

use chrono::{DateTime, Duration, Utc};

use super::{check, make, rotate, BackupCheck, BackupConfig, BackupInfo, BackupReason, Pace};
use crate::vault::{read_key_file, DB_FILE, KEY_FILE};
use crate::{Error, Journal, Result};

/// The daily backup is due when the newest one is at least this old.
const DAILY: Duration = Duration::hours(24);

impl Journal {
    /// Where this journal's backups go, if the shell set it up (see [`crate::Vault::with_backups`]).
    pub fn backup_config(&self) -> Option<&BackupConfig> {
        self.backups.as_ref()
    }

    /// Sets (or clears) where this journal's backups go: for a journal that was just created, or when the person
    /// chooses another backup folder while it is open.
    pub fn set_backups(&mut self, config: Option<BackupConfig>) {
        self.backups = config;
    }

    /// How many entries a backup of this journal holds (opened read-only with this journal's key).
    pub fn backup_entry_count(&self, backup: &BackupInfo) -> Result<u64> {
        let key = self.key.as_ref().ok_or_else(no_config)?;
        check::count_with_key(backup, key)
    }

    /// Makes a backup now and rotates the old ones (see [`rotate::to_remove`]). A failure changes nothing: the vault
    /// and every earlier backup stay as they were.
    pub fn back_up(&self, reason: BackupReason) -> Result<BackupInfo> {
        self.back_up_at(reason, Utc::now())
    }

    /// [`Journal::back_up`] as of `now`. For tests of rotation and the daily rhythm.
    #[doc(hidden)]
    pub fn back_up_at(&self, reason: BackupReason, now: DateTime<Utc>) -> Result<BackupInfo> {
        self.back_up_with(reason, now, None)
    }

    /// [`Journal::back_up_at`], waiting while `pace` says the person is busy: for a backup made in the background
    /// on a connection of its own ([`Journal::another`]), such as the app's daily one.
    pub fn back_up_paced(&mut self, reason: BackupReason, now: DateTime<Utc>, pace: &Pace) -> Result<BackupInfo> {
        pace.install(&mut self.conn)?;
        let made = self.back_up_with(reason, now, Some(pace));
        Pace::remove(&mut self.conn);
        made
    }

    fn back_up_with(&self, reason: BackupReason, now: DateTime<Utc>, pace: Option<&Pace>) -> Result<BackupInfo> {
        let config = self.backups.as_ref().ok_or_else(no_config)?;
        let key = self.key.as_ref().ok_or_else(no_config)?;
        let made = make::make(&self.conn, key, &self.dir, config, reason, now, pace)?;
        // Rotation is tidying: if it fails, the new backup still stands, and the next one tries again.
        if let Ok(all) = super::list(&config.dir, Some(made.vault_id)) {
            for id in rotate::to_remove(&all, config.keep, now) {
                if let Some(old) = all.iter().find(|b| b.id == id) {
                    let _ = std::fs::remove_dir_all(&old.path);
                }
            }
        }
        Ok(made)
    }

    /// Makes the daily backup if the newest one is a day old or there is none; `None` when not due (or when no
    /// backup folder is set up). Shells call it after unlocking.
    pub fn back_up_if_due(&self, now: DateTime<Utc>) -> Result<Option<BackupInfo>> {
        if !self.backup_due(now)? {
            return Ok(None);
        }
        self.back_up_at(BackupReason::Daily, now).map(Some)
    }

    /// Whether the daily backup is due: a backup folder is set up, and its newest backup of this journal is a day old
    /// or there is none. Quick (it reads the folder's names and key files, not the database).
    pub fn backup_due(&self, now: DateTime<Utc>) -> Result<bool> {
        let Some(config) = self.backups.as_ref() else { return Ok(false) };
        let newest = super::list(&config.dir, Some(self.vault_id()?))?.into_iter().next();
        Ok(newest.is_none_or(|b| now.signed_duration_since(b.created_at) >= DAILY))
    }

    /// This journal's backups in its backup folder, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        let config = self.backups.as_ref().ok_or_else(no_config)?;
        super::list(&config.dir, Some(self.vault_id()?))
    }

    /// Checks one backup (by id or a unique start of it) with this journal's key: it opens, and SQLite's and
    /// SQLCipher's integrity checks pass. The report holds its entry count.
    pub fn verify_backup(&self, id: &str) -> Result<(BackupInfo, BackupCheck)> {
        let config = self.backups.as_ref().ok_or_else(no_config)?;
        let key = self.key.as_ref().ok_or_else(no_config)?;
        let backup = super::find(&config.dir, id, Some(self.vault_id()?))?;
        let report = check::with_key(&backup, key)?;
        Ok((backup, report))
    }

    /// Before a restore: backs this journal up, then finds and checks the backup to restore. Hand the result to
    /// [`super::restore`] (after locking, when the restore replaces this journal's own folder).
    pub fn prepare_restore(&self, id: &str) -> Result<BackupInfo> {
        let config = self.backups.as_ref().ok_or_else(no_config)?;
        let key = self.key.as_ref().ok_or_else(no_config)?;
        let backup = super::find(&config.dir, id, Some(self.vault_id()?))?;
        check::with_key(&backup, key)?.into_result()?;
        self.before(BackupReason::BeforeRestore)?;
        Ok(backup)
    }

    /// Deletes the whole journal: a backup first (when a backup folder is set up; if it fails, nothing is deleted),
    /// then the database, its WAL and shared-memory files and the key file, then the folder if nothing else is in it.
    pub fn delete_all(self) -> Result<()> {
        self.before(BackupReason::BeforeDeleteAll)?;
        let dir = self.dir.clone();
        // Close the connection before its files go.
        drop(self);
        // The key file first: without it nothing is a vault any more, even if a later removal fails.
        for name in [KEY_FILE.to_owned(), DB_FILE.to_owned(), format!("{DB_FILE}-wal"), format!("{DB_FILE}-shm")] {
            let path = dir.join(&name);
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io("remove", path, e)),
            }
        }
        let _ = std::fs::remove_dir(&dir);
        Ok(())
    }

    /// The backup before an operation: made when a backup folder is set up; its failure stops the operation.
    pub(crate) fn before(&self, reason: BackupReason) -> Result<()> {
        match self.backups {
            Some(_) => self.back_up(reason).map(drop),
            None => Ok(()),
        }
    }

    /// The vault's id, from its key file.
    fn vault_id(&self) -> Result<uuid::Uuid> {
        Ok(read_key_file(&self.dir)?.vault_id())
    }
}

fn no_config() -> Error {
    Error::invalid(crate::Field::Backups, "no backup folder is set up for this journal")
}
