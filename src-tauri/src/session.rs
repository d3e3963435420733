//! The app's one piece of vault state: no journal, a locked one, or an open one, behind one lock.
//!
//! Commands never match on the session themselves: they call [`AppState::with_journal`] (needs it open) or one of the
//! transition methods here. Nothing holds the lock across anything slow but the journal call itself, so the CLI and
//! the app can take turns with the same vault.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use attune_journal::backup::BackupConfig;
use attune_journal::search::SearchCancel;
use attune_journal::settings::Settings;
use attune_journal::{Journal, Passphrase, RecoveryKey, Secret, Vault};
use zeroize::Zeroizing;

use crate::error::{AppError, AppResult};
use crate::ipc::{CreatedVault, Notice, VaultState, VaultStatus};

/// The vault as the app currently holds it.
#[derive(Debug)]
pub enum Session {
    /// No journal in the vault folder (first run, or after delete-all).
    NoVault,
    /// A journal that needs unlocking.
    Locked(Vault),
    /// An open journal: its connection and data key.
    Unlocked(Journal),
}

/// When the user last did something, and how long the app waits before locking.
#[derive(Debug, Clone, Copy)]
struct IdleClock {
    last_activity: Instant,
    auto_lock: Duration,
    /// Whether the open journal's memory was given back since the last activity.
    released: bool,
}

/// After this long with nothing done, the open journal gives back its page cache ([`Journal::release_memory`]) and
/// the app hands the freed memory back to the system ([`crate::memory`]): an open but unused journal should cost
/// little memory. Measured in `make bench`.
pub const RELEASE_AFTER: Duration = Duration::from_secs(20);

/// While the person has used the journal within this long, the daily backup waits ([`crate::backups`]): typing a
/// search sends a request every few hundred milliseconds, so this covers the pauses between words.
pub const STEP_ASIDE: Duration = Duration::from_secs(2);

/// Tauri-managed state: where things live, the session, and the idle clock.
#[derive(Debug)]
pub struct AppState {
    /// The journal's folder; changes when the person switches to a restored backup.
    vault_dir: Mutex<Option<PathBuf>>,
    settings_path: Option<PathBuf>,
    export_dir: Option<PathBuf>,
    session: Mutex<Session>,
    idle: Mutex<IdleClock>,
    /// How many times the journal was unlocked (or created) since start: the backup thread retries after a new one.
    unlocks: std::sync::atomic::AtomicU64,
    /// The newest search's token: a newer search, or locking, cancels it (see [`AppState::search`]).
    search: Mutex<SearchCancel>,
}

/// Locks a mutex, carrying on after a panic elsewhere: the session's data lives in the database, whose writes are
/// transactions, so a panicked command cannot leave it half-changed.
fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl AppState {
    /// State for a vault in `vault_dir` (None: the OS gave no home folder) and settings at `settings_path`.
    /// `export_dir`, when set, is where exports go without asking (ATTUNE_EXPORT_DIR; used by tests).
    pub fn new(
        vault_dir: Option<PathBuf>,
        settings_path: Option<PathBuf>,
        export_dir: Option<PathBuf>,
        auto_lock_minutes: u32,
    ) -> Self {
        AppState {
            vault_dir: Mutex::new(vault_dir),
            settings_path,
            export_dir,
            session: Mutex::new(Session::NoVault),
            idle: Mutex::new(IdleClock {
                last_activity: Instant::now(),
                auto_lock: minutes(auto_lock_minutes),
                released: false,
            }),
            unlocks: std::sync::atomic::AtomicU64::new(0),
            search: Mutex::new(SearchCancel::new()),
        }
    }

    /// The vault folder.
    pub fn vault_dir(&self) -> AppResult<PathBuf> {
        guard(&self.vault_dir).clone().ok_or_else(AppError::no_home)
    }

    /// Where this vault's backups go: the settings file's folder and counts, else the defaults (a settings file that
    /// can't be read gives the defaults here; the settings screen reports it).
    pub fn backup_config(&self, vault_dir: &Path) -> BackupConfig {
        let settings = self.settings_path.as_deref().and_then(|p| Settings::load(p).ok()).unwrap_or_default();
        settings.backups.config_for(vault_dir)
    }

    /// Hands the open journal the backup configuration the settings file now names (after the person changed it).
    /// A locked journal picks it up when it is opened.
    pub fn refresh_backup_config(&self) {
        if let Session::Unlocked(journal) = &mut *guard(&self.session) {
            let config = self.backup_config(journal.dir());
            journal.set_backups(Some(config));
        }
    }

    /// The vault in `dir`, locked, with its backup folder set up.
    fn open_vault(&self, dir: &Path) -> AppResult<Vault> {
        Ok(Vault::open(dir)?.with_backups(self.backup_config(dir)))
    }

    /// The settings file.
    pub fn settings_path(&self) -> AppResult<&Path> {
        self.settings_path.as_deref().ok_or_else(AppError::no_home)
    }

    /// Where exports go without a dialog, if configured.
    pub fn export_dir(&self) -> Option<&Path> {
        self.export_dir.as_deref()
    }

    /// Runs `f` on the open journal without counting as activity (a background reader such as the reminder runner
    /// must not keep the journal from auto-locking); `None` when it isn't open.
    pub fn peek_journal<T>(&self, f: impl FnOnce(&Journal) -> T) -> Option<T> {
        match &*guard(&self.session) {
            Session::Unlocked(journal) => Some(f(journal)),
            Session::NoVault | Session::Locked(_) => None,
        }
    }

    /// Runs `f` on the open journal; `Locked` when it isn't open. Counts as activity for auto-lock.
    pub fn with_journal<T>(&self, f: impl FnOnce(&Journal) -> attune_journal::Result<T>) -> AppResult<T> {
        let session = guard(&self.session);
        match &*session {
            Session::Unlocked(journal) => {
                self.touch();
                Ok(f(journal)?)
            }
            Session::NoVault | Session::Locked(_) => Err(AppError::locked()),
        }
    }

    /// Runs `search` as the newest search: the one before it, if still running, is cancelled first (it answers
    /// `Cancelled`, which the UI drops as superseded), so a superseded query stops instead of running to its end while
    /// this one waits for the journal. Cancelling only ever stops a search, never a save ([`SearchCancel`]).
    pub fn search<T>(&self, search: impl FnOnce(&Journal, &SearchCancel) -> attune_journal::Result<T>) -> AppResult<T> {
        let mine = SearchCancel::new();
        std::mem::replace(&mut *guard(&self.search), mine.clone()).cancel();
        self.with_journal(|journal| search(journal, &mine))
    }

    /// Whether there is a journal and whether it is open. When not open, looks at the disk again, so a journal the CLI
    /// created (or deleted) meanwhile is seen.
    pub fn status(&self) -> AppResult<VaultStatus> {
        let dir = self.vault_dir()?;
        let mut session = guard(&self.session);
        if !matches!(*session, Session::Unlocked(_)) {
            *session = self.read_disk(&dir)?;
        }
        let (state, warnings) = match &*session {
            Session::NoVault => (VaultState::None, Vec::new()),
            Session::Locked(_) => (VaultState::Locked, Vec::new()),
            Session::Unlocked(journal) => (VaultState::Unlocked, journal.warnings().iter().map(Notice::from).collect()),
        };
        Ok(VaultStatus { state, vault_dir: dir.display().to_string(), warnings })
    }

    fn read_disk(&self, dir: &Path) -> AppResult<Session> {
        Ok(if Vault::exists(dir) { Session::Locked(self.open_vault(dir)?) } else { Session::NoVault })
    }

    /// Creates a journal in the vault folder and leaves it open; returns the recovery key to show once.
    pub fn create(&self, passphrase: &Passphrase) -> AppResult<CreatedVault> {
        let dir = self.vault_dir()?;
        let mut session = guard(&self.session);
        let (mut journal, recovery_key) = Vault::create(&dir, passphrase)?;
        journal.set_backups(Some(self.backup_config(&dir)));
        *session = Session::Unlocked(journal);
        self.touch();
        Ok(CreatedVault { recovery_key: recovery_key.display().into() })
    }

    /// Unlocks with the passphrase or recovery key. The secret is always checked, even when the journal is already
    /// open, so a wrong one never looks like success.
    pub fn unlock(&self, secret: &Secret) -> AppResult<()> {
        let dir = self.vault_dir()?;
        let mut session = guard(&self.session);
        let journal = match &*session {
            Session::Locked(vault) => vault.unlock(secret)?,
            Session::NoVault | Session::Unlocked(_) => self.open_vault(&dir)?.unlock(secret)?,
        };
        *session = Session::Unlocked(journal);
        self.unlocks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.touch();
        Ok(())
    }

    /// How many times the journal was unlocked since the app started.
    pub fn unlock_count(&self) -> u64 {
        self.unlocks.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether the journal is open and has stayed open since [`AppState::unlock_count`] was `unlocks`: a long job on
    /// a second connection ([`attune_journal::Journal::another`]) stops when the person locks.
    pub fn still_open(&self, unlocks: u64) -> bool {
        matches!(*guard(&self.session), Session::Unlocked(_)) && self.unlock_count() == unlocks
    }

    /// Locks: closes the connection, zeroizes the key and hands the freed memory back. Returns whether it was open.
    pub fn lock(&self) -> bool {
        // A running search would keep the journal until it ends.
        guard(&self.search).cancel();
        let mut session = guard(&self.session);
        let was_open = matches!(*session, Session::Unlocked(_));
        if was_open {
            // Drop the journal first (closing the connection), then look at the disk for the locked state.
            *session = Session::NoVault;
            if let Ok(dir) = self.vault_dir() {
                *session = self.read_disk(&dir).unwrap_or(Session::NoVault);
            }
            // The closed connection's pages and the searches' working memory go back to the system too.
            crate::memory::give_back();
        }
        was_open
    }

    /// Sets a new passphrase with the recovery key, and leaves the journal open.
    pub fn recover(&self, recovery_key: &RecoveryKey, new: &Passphrase) -> AppResult<()> {
        let dir = self.vault_dir()?;
        let mut session = guard(&self.session);
        let proof = Secret::RecoveryKey(recovery_key.clone());
        let vault = self.open_vault(&dir)?;
        // What is still wrong with the key file afterwards comes back from the unlock as the journal's warnings.
        vault.change_passphrase(&proof, new)?;
        *session = Session::Unlocked(vault.unlock(&proof)?);
        self.touch();
        Ok(())
    }

    /// Makes a new recovery key for the open journal after re-checking the passphrase; the old one stops working.
    /// Returns it to show once. Also repairs a damaged key file (its warning goes away).
    pub fn new_recovery_key(&self, passphrase: &Passphrase) -> AppResult<CreatedVault> {
        let key = self.with_journal(|journal| journal.new_recovery_key(passphrase))?;
        Ok(CreatedVault { recovery_key: key.display().into() })
    }

    /// Re-checks the passphrase of the open journal before something that can't be undone or that takes text out of
    /// the vault (export, delete-all). `Locked` when not open; `WrongPassphrase` when it doesn't match.
    pub fn recheck(&self, passphrase: &Passphrase) -> AppResult<()> {
        self.with_journal(|journal| {
            Vault::open(journal.dir())?.unlock(&Secret::Passphrase(passphrase.clone())).map(Journal::lock)
        })
    }

    /// Deletes the whole journal after re-checking the passphrase, open or locked: a backup first (if it can't be
    /// made, nothing is deleted), then the vault's files. The state becomes `NoVault`.
    pub fn delete_all(&self, passphrase: &Passphrase) -> AppResult<()> {
        let dir = self.vault_dir()?;
        let mut session = guard(&self.session);
        let journal = self.open_vault(&dir)?.unlock(&Secret::Passphrase(passphrase.clone()))?;
        *session = Session::NoVault; // closes our connection before the files go
        journal.delete_all()?;
        Ok(())
    }

    /// Switches the app to the journal in `dir` (a restored backup): locks the open one, records the folder in the
    /// settings file (so the app and the CLI open it from now on) and reads the new folder.
    pub fn switch_vault(&self, dir: &Path) -> AppResult<()> {
        let mut session = guard(&self.session);
        *session = Session::NoVault; // closes the open journal, zeroizing its key
        if let Some(path) = self.settings_path.as_deref() {
            Settings::update(path, |s| {
                s.vault_folder = Some(dir.to_path_buf());
                Ok(())
            })?;
        }
        *guard(&self.vault_dir) = Some(dir.to_path_buf());
        *session = self.read_disk(dir)?;
        Ok(())
    }

    /// Records user activity, restarting the auto-lock countdown.
    pub fn touch(&self) {
        let mut clock = guard(&self.idle);
        clock.last_activity = Instant::now();
        clock.released = false;
    }

    /// Whether the person used the journal within [`STEP_ASIDE`] of `now`.
    pub fn busy(&self, now: Instant) -> bool {
        now.saturating_duration_since(guard(&self.idle).last_activity) < STEP_ASIDE
    }

    /// Gives back the open journal's page cache, and the freed memory to the system, once it has been idle for
    /// [`RELEASE_AFTER`] as of `now` (once per idle spell). Returns whether it did.
    pub fn release_if_idle(&self, now: Instant) -> bool {
        {
            let mut clock = guard(&self.idle);
            if clock.released || now.saturating_duration_since(clock.last_activity) < RELEASE_AFTER {
                return false;
            }
            clock.released = true;
        }
        let released = self.peek_journal(|journal| journal.release_memory().is_ok()).unwrap_or(false);
        if released {
            crate::memory::give_back();
        }
        released
    }

    /// Changes how long the app waits, idle, before locking.
    pub fn set_auto_lock_minutes(&self, auto_lock_minutes: u32) {
        guard(&self.idle).auto_lock = minutes(auto_lock_minutes);
    }

    /// Locks if the journal is open and has been idle for the auto-lock time as of `now`. Returns whether it locked.
    pub fn lock_if_idle(&self, now: Instant) -> bool {
        let clock = *guard(&self.idle);
        if now.saturating_duration_since(clock.last_activity) < clock.auto_lock {
            return false;
        }
        self.lock()
    }
}

fn minutes(m: u32) -> Duration {
    Duration::from_secs(u64::from(m.max(1)) * 60)
}

/// Parses a recovery key as typed, zeroizing the typed text.
pub fn parse_recovery_key(s: String) -> AppResult<RecoveryKey> {
    Ok(RecoveryKey::parse(&Zeroizing::new(s))?)
}
