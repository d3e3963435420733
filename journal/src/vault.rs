//! The vault on disk and the unlocked journal session.
//!
//! A vault is one folder holding `journal.db` (SQLCipher 4, with its `-wal`/`-shm` while open) and `attune.key`
//! (see [`crate::keyfile`]). The key file is always checked first: the database is only ever opened with a key that
//! the key file already proved, so a wrong passphrase never touches the database's files.

use std::cell::RefCell;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::backup::{BackupConfig, BackupReason};
use crate::crypto::{DataKey, Passphrase, RecoveryKey, Secret};
use crate::keyfile::{self, KeyFile};
use crate::{atomic, db, files, Error, Result, Warning};

pub use crate::atomic::WriteStep;

/// The key file's name inside a vault folder.
pub(crate) const KEY_FILE: &str = "attune.key";
/// The database's name inside a vault folder.
pub(crate) const DB_FILE: &str = "journal.db";

/// A journal folder on disk, locked: it knows where the files are and has read the key file, nothing more.
#[derive(Debug)]
pub struct Vault {
    dir: PathBuf,
    backups: Option<BackupConfig>,
}

fn check_new_passphrase(field: crate::Field, passphrase: &Passphrase) -> Result<()> {
    if passphrase.expose().trim().is_empty() {
        return Err(Error::invalid(field, "Please choose a passphrase; it can't be empty."));
    }
    Ok(())
}

/// Reads the key file's bytes from the folder `dir` (a vault, or a backup of one), refusing one larger than
/// [`keyfile::MAX_BYTES`] before reading it whole. The one reader of `attune.key`: the vault and every backup step
/// (make, list, check) go through here.
pub(crate) fn read_key_bytes(dir: &Path) -> Result<Vec<u8>> {
    let path = dir.join(KEY_FILE);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::NotAVault(dir.to_path_buf())),
        Err(e) => return Err(Error::io("read", path, e)),
    };
    let len = file.metadata().map_err(|e| Error::io("read", &path, e))?.len();
    if len > keyfile::MAX_BYTES {
        return Err(keyfile::too_large(len));
    }
    let mut bytes = Vec::new();
    file.take(keyfile::MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| match e.raw_os_error() {
        Some(21) => Error::Corrupt { what: "key file", detail: "attune.key is a folder, not a file".into() }, // EISDIR
        _ => Error::io("read", &path, e),
    })?;
    Ok(bytes)
}

/// Reads and parses the key file in `dir` (see [`read_key_bytes`]).
pub(crate) fn read_key_file(dir: &Path) -> Result<KeyFile> {
    KeyFile::parse(&read_key_bytes(dir)?)
}

impl Vault {
    /// Creates a new vault in `dir` (created if missing, must hold no vault), returning the unlocked journal and the
    /// recovery key to show once.
    pub fn create(dir: &Path, passphrase: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        check_new_passphrase(crate::Field::Passphrase, passphrase)?;
        let key_path = dir.join(KEY_FILE);
        let db_path = dir.join(DB_FILE);
        // A database without a key file may be a vault whose key file went missing: never write over it.
        if key_path.exists() || db_path.exists() {
            return Err(Error::AlreadyExists(dir.to_path_buf()));
        }
        create_private_dir(dir)?;

        let key = DataKey::generate();
        let recovery = RecoveryKey::generate();
        let key_file = KeyFile::new(&key, passphrase, &recovery)?;
        let remove_db = || {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(dir.join(format!("{DB_FILE}{suffix}")));
            }
        };
        let conn = match db::create(&db_path, &key) {
            Ok(conn) => conn,
            Err(e) => {
                remove_db();
                return Err(e);
            }
        };
        // The key file goes last: until it is in place there is no vault, and a failure removes the new database.
        if let Err(e) = key_file.to_bytes(&key).and_then(|bytes| atomic::write_atomic(&key_path, &bytes)) {
            drop(conn);
            remove_db();
            return Err(e);
        }
        let warnings = files::make_private(dir);
        Ok((Journal::new(dir, conn, Some(key), warnings, None), recovery))
    }

    /// Opens the vault in `dir` without unlocking it: checks the key file is present, well-formed and not newer.
    /// Temporary files left by a key-file write that was interrupted are removed.
    pub fn open(dir: &Path) -> Result<Vault> {
        read_key_file(dir)?;
        atomic::remove_stale_temps(&dir.join(KEY_FILE));
        Ok(Vault { dir: dir.to_path_buf(), backups: None })
    }

    /// Sets where backups go: the journal this vault unlocks backs up before a migration, an import, a restore and
    /// a delete-all, and makes the daily backup when asked ([`Journal::back_up_if_due`]).
    pub fn with_backups(mut self, config: BackupConfig) -> Vault {
        self.backups = Some(config);
        self
    }

    /// The vault's random id, from its key file (public: it is stored in the clear). Backups are matched to their
    /// vault by it.
    pub fn id(&self) -> Result<uuid::Uuid> {
        Ok(read_key_file(&self.dir)?.vault_id())
    }

    /// Whether `dir` holds a vault (a key file).
    pub fn exists(dir: &Path) -> bool {
        dir.join(KEY_FILE).is_file()
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Unlocks with the passphrase or the recovery key.
    ///
    /// On the way the folder and files are made owner-only, and anything noticed that doesn't stop the journal from
    /// opening (a damaged slot of the key file, changes lost from a damaged write-ahead log, a read-only file) is in
    /// [`Journal::warnings`]. A key file in the older format is rewritten in the current one.
    pub fn unlock(&self, secret: &Secret) -> Result<Journal> {
        // Re-read: another window or the CLI may have changed the passphrase since `open`.
        let file = read_key_file(&self.dir)?;
        let unlocked = file.unlock(secret)?;
        let mut warnings = files::make_private(&self.dir);
        let key = &unlocked.key;
        let before_migrate = |conn: &rusqlite::Connection| match &self.backups {
            Some(config) => crate::backup::make(
                conn,
                key,
                &self.dir,
                config,
                BackupReason::BeforeMigration,
                chrono::Utc::now(),
                None,
            )
            .map(drop),
            None => Ok(()),
        };
        let opened = db::open(&self.dir.join(DB_FILE), key, &before_migrate)?;
        let read_only = opened.warnings.iter().any(|w| matches!(w, Warning::ReadOnly { .. }));
        if unlocked.upgrade && !read_only {
            // Best effort: the old format still opens, so a failure here only postpones the upgrade.
            let _ = file.to_bytes(key).and_then(|b| atomic::write_atomic(&self.dir.join(KEY_FILE), &b));
        }
        warnings.extend(unlocked.warnings.iter().cloned());
        warnings.extend(opened.warnings);
        Ok(Journal::new(&self.dir, opened.conn, Some(unlocked.key), warnings, self.backups.clone()))
    }

    /// Sets a new passphrase after proving the current one or the recovery key. Rewraps the data key only, atomically.
    /// Returns what is still wrong with the key file afterwards (a damaged recovery slot is not carried forward as if
    /// whole: it stays reported until a new recovery key is made).
    pub fn change_passphrase(&self, proof: &Secret, new: &Passphrase) -> Result<Vec<Warning>> {
        rewrap(&self.dir, proof, new, None, None)
    }

    /// [`Vault::change_passphrase`], returning right after `stop` as if the process had been killed there. For
    /// crash tests only.
    #[doc(hidden)]
    pub fn change_passphrase_stopping_after(
        &self,
        proof: &Secret,
        new: &Passphrase,
        stop: WriteStep,
    ) -> Result<Vec<Warning>> {
        rewrap(&self.dir, proof, new, None, Some(stop))
    }
}

/// Unwraps with `proof`, rewraps the same data key under `new`, and replaces the key file atomically.
/// `expected` (from an unlocked journal) must match the unwrapped key.
fn rewrap(
    dir: &Path,
    proof: &Secret,
    new: &Passphrase,
    expected: Option<&DataKey>,
    stop: Option<WriteStep>,
) -> Result<Vec<Warning>> {
    check_new_passphrase(crate::Field::NewPassphrase, new)?;
    let file = read_key_file(dir)?;
    let unlocked = file.unlock(proof)?;
    check_same_key(expected, &unlocked.key)?;
    let next = file.with_passphrase(&unlocked.key, new, proof)?;
    atomic::write_atomic_until(&dir.join(KEY_FILE), &next.to_bytes(&unlocked.key)?, stop)?;
    // The passphrase slot is new; a recovery slot that couldn't be kept is still damaged.
    Ok(if next.recovery_whole() { Vec::new() } else { vec![Warning::RecoverySlotDamaged] })
}

fn check_same_key(expected: Option<&DataKey>, key: &DataKey) -> Result<()> {
    if expected.is_some_and(|k| !k.same_as(key)) {
        return Err(Error::Corrupt {
            what: "key file",
            detail: "it no longer holds this journal's key; was it replaced while the journal was open?".into(),
        });
    }
    Ok(())
}

/// Creates the vault folder owner-only (0700), or uses an existing one ([`files::make_private`] tightens it).
fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io("create", dir, e))
}

/// An unlocked journal: the open encrypted connection and the data key. Dropping it (or [`Journal::lock`]) closes the
/// connection and zeroizes the key.
pub struct Journal {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    pub(crate) key: Option<DataKey>,
    /// What was noticed while opening; a fix made through this journal (a new recovery key) removes its warning.
    warnings: RefCell<Vec<Warning>>,
    pub(crate) backups: Option<BackupConfig>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("dir", &self.dir).finish_non_exhaustive()
    }
}

impl Journal {
    fn new(
        dir: &Path,
        conn: Connection,
        key: Option<DataKey>,
        warnings: Vec<Warning>,
        backups: Option<BackupConfig>,
    ) -> Journal {
        Journal { dir: dir.to_path_buf(), conn, key, warnings: RefCell::new(warnings), backups }
    }

    /// What was noticed while opening that didn't stop the journal from opening, for the shell to show: a damaged
    /// slot of the key file, changes lost from a damaged write-ahead log, a read-only file or folder, a folder others
    /// can read. Each says what to do. Empty when all is well.
    pub fn warnings(&self) -> Vec<Warning> {
        self.warnings.borrow().clone()
    }

    /// Locks: closes the connection and zeroizes the key.
    pub fn lock(self) {
        drop(self)
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Another connection to this journal, with the same key and backup folder, for a long job on another thread (the
    /// app's daily backup, an import) so that this one stays free meanwhile. Each sees what the other committed; while
    /// one writes, the other's writes wait for it (up to a few seconds, then [`Error::Busy`]). Dropping it closes its
    /// connection and zeroizes its copy of the key.
    pub fn another(&self) -> Result<Journal> {
        let key = self.key.as_ref().ok_or(Error::Internal("another connection to an unencrypted journal"))?;
        let conn = db::open_another(&self.dir.join(DB_FILE), key)?;
        Ok(Journal::new(&self.dir, conn, Some(key.clone()), Vec::new(), self.backups.clone()))
    }

    /// Changes the passphrase after re-checking the current one (the app and CLI always re-ask for it).
    pub fn change_passphrase(&self, current: &Passphrase, new: &Passphrase) -> Result<()> {
        let left = rewrap(&self.dir, &Secret::Passphrase(current.clone()), new, self.key.as_ref(), None)?;
        self.replace_key_file_warnings(left);
        Ok(())
    }

    /// Makes a new recovery key after re-checking the passphrase, and returns it to show once. The old recovery key
    /// stops working. Both slots of the key file are written afresh, so this also repairs a damaged key file (see
    /// [`Warning::RecoverySlotDamaged`]).
    pub fn new_recovery_key(&self, passphrase: &Passphrase) -> Result<RecoveryKey> {
        let file = read_key_file(&self.dir)?;
        let unlocked = file.unlock(&Secret::Passphrase(passphrase.clone()))?;
        check_same_key(self.key.as_ref(), &unlocked.key)?;
        let recovery = RecoveryKey::generate();
        let next = file.with_new_recovery(&unlocked.key, passphrase, &recovery)?;
        atomic::write_atomic(&self.dir.join(KEY_FILE), &next.to_bytes(&unlocked.key)?)?;
        self.replace_key_file_warnings(Vec::new());
        Ok(recovery)
    }

    /// Replaces the key-file warnings with `now` (what is still wrong after a rewrite).
    fn replace_key_file_warnings(&self, now: Vec<Warning>) {
        let mut warnings = self.warnings.borrow_mut();
        warnings.retain(|w| !matches!(w, Warning::RecoverySlotDamaged | Warning::PassphraseSlotDamaged));
        warnings.extend(now);
    }

    /// What is wrong with the key file on disk now, checked with this journal's key: each damaged part, a seal that
    /// doesn't match, parameters out of bounds. Empty when it is whole (and for the unencrypted benchmark journal).
    pub(crate) fn key_file_problems(&self) -> Result<Vec<String>> {
        match &self.key {
            Some(key) => read_key_file(&self.dir)?.problems(key),
            None => Ok(Vec::new()),
        }
    }

    /// Gives back the memory the database keeps for speed (its page cache of decrypted pages), e.g. after a while
    /// with nothing to do. The next reads fill it again from the file.
    pub fn release_memory(&self) -> Result<()> {
        db::release_cache(&self.conn)
    }

    /// Folds the write-ahead log into the database file and empties it (`PRAGMA wal_checkpoint(TRUNCATE)`), e.g.
    /// before copying the folder for a backup.
    pub fn checkpoint(&self) -> Result<()> {
        let (busy, _, _): (i64, i64, i64) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(db::map_sqlite_error)?;
        if busy != 0 {
            return Err(Error::Busy);
        }
        Ok(())
    }

    /// Sets the database's schema version, to test how a newer vault is refused. For tests only.
    #[doc(hidden)]
    pub fn set_schema_version_for_tests(&self, version: u32) -> Result<()> {
        self.conn.execute_batch(&format!("PRAGMA user_version = {version};")).map_err(db::map_sqlite_error)
    }

    /// A journal over a plain, unencrypted SQLite file with the same schema. For benchmarks only: it exists so
    /// `make bench` can measure what encryption costs.
    #[doc(hidden)]
    pub fn open_unencrypted_for_bench(path: &Path) -> Result<Journal> {
        let conn = crate::db::open_plain(path)?;
        Ok(Journal::new(path.parent().unwrap_or(path), conn, None, Vec::new(), None))
    }
}
