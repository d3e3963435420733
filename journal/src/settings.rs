//! The settings file: app preferences and reminder schedules, kept OUTSIDE the vault so reminders can fire while the
//! journal is locked. It never holds journal content: no entry text, no names. SECURITY.md lists what it holds.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::reminders::Reminder;
use crate::{Error, Result};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// The settings file format this build writes and the newest it reads.
pub const SETTINGS_VERSION: u32 = 1;

/// How long a one-time reminder stays listed after its time (or its snooze) has passed.
pub const FINISHED_GRACE_HOURS: i64 = 24;

/// The allowed range for [`AppSettings::auto_lock_minutes`].
pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u32> = 1..=240;

/// The page zoom the app keeps ([`Settings::zoom`]): from half size to three times (1 is 100 %).
pub const ZOOM: std::ops::RangeInclusive<f64> = 0.5..=3.0;

/// `factor` as a zoom the app applies: within [`ZOOM`], and 100 % for a value that isn't a number.
pub fn zoom_within(factor: f64) -> f64 {
    if factor.is_finite() {
        factor.clamp(*ZOOM.start(), *ZOOM.end())
    } else {
        1.0
    }
}

/// The colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(rename = "ThemeChoice"))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// The desktop app's preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct AppSettings {
    /// Lock after this many idle minutes (1–240; default 10).
    pub auto_lock_minutes: u32,
    /// Colour theme.
    pub theme: Theme,
    /// Start at login, minimized to the tray.
    pub start_at_login: bool,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings { auto_lock_minutes: 10, theme: Theme::System, start_at_login: false }
    }
}

impl AppSettings {
    /// Checks every field's range; the error names the field as the UI knows it.
    pub fn validate(&self) -> Result<()> {
        if !AUTO_LOCK_MINUTES.contains(&self.auto_lock_minutes) {
            return Err(Error::invalid(
                crate::Field::AutoLockMinutes,
                format!(
                    "lock after between {} and {} idle minutes (got {})",
                    AUTO_LOCK_MINUTES.start(),
                    AUTO_LOCK_MINUTES.end(),
                    self.auto_lock_minutes
                ),
            ));
        }
        Ok(())
    }
}

/// Everything in the settings file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// Format version of the file.
    pub version: u32,
    /// The app's preferences.
    pub app: AppSettings,
    /// Reminder schedules, each with its runner state (last fire, snooze). No journal content.
    pub reminders: Vec<Reminder>,
    /// Where backups go and how many are kept.
    pub backups: crate::backup::BackupSettings,
    /// The journal's folder, when the person switched to another one (a restored backup); `None` for the default.
    /// `--vault` and `ATTUNE_VAULT` still come first (see [`crate::paths::resolve_vault_dir`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vault_folder: Option<PathBuf>,
    /// The app's page zoom (Ctrl+= / Ctrl+- / Ctrl+0), within [`ZOOM`], applied again when the app starts. Kept
    /// apart from [`AppSettings`] (the preferences the settings screen saves whole), so saving those never puts back
    /// an older zoom.
    pub zoom: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: SETTINGS_VERSION,
            app: AppSettings::default(),
            reminders: Vec::new(),
            backups: Default::default(),
            vault_folder: None,
            zoom: 1.0,
        }
    }
}

impl Settings {
    /// Reads the settings file; a missing file gives the defaults, a damaged one an error (never silently reset).
    ///
    /// Damaged means: not JSON, not the expected shape, or a value out of range ([`Error::Corrupt`]); a file from a
    /// newer Attune gives [`Error::NewerVersion`]. The page zoom is the exception: one out of range (a hand edit, a
    /// newer Attune's wider range) is brought within [`ZOOM`] rather than costing the person their other settings.
    pub fn load(path: &Path) -> Result<Settings> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(e) => return Err(Error::io("read", path, e)),
        };
        Settings::from_bytes(&bytes)
    }

    /// Parses the settings file's bytes, with the checks of [`Settings::load`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Settings> {
        let mut settings: Settings = serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
        settings.zoom = zoom_within(settings.zoom);
        if settings.version > SETTINGS_VERSION {
            return Err(Error::NewerVersion { found: settings.version, supported: SETTINGS_VERSION });
        }
        settings.validate().map_err(|e| corrupt(e.to_string()))?;
        Ok(settings)
    }

    /// Writes the settings file atomically (a temporary file in the same folder, synced, then renamed over the old
    /// one), creating the folder if needed. Refuses to write values that are out of range.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.validate()?;
        let mut bytes = serde_json::to_vec_pretty(&Settings { version: SETTINGS_VERSION, ..self.clone() })
            .map_err(|e| Error::io("write", path, std::io::Error::other(e)))?;
        bytes.push(b'\n');
        write_atomic(path, &bytes)
    }

    /// Loads the file, applies `change`, and saves it if `change` succeeds, holding an exclusive lock on
    /// `<file>.lock` throughout: the app and the CLI share the file, and two writers at the same moment must not
    /// lose either change. Every read-modify-write goes through here. Returns what `change` returns.
    pub fn update<T>(path: &Path, change: impl FnOnce(&mut Settings) -> Result<T>) -> Result<T> {
        Settings::update_as_of(path, chrono::Utc::now(), change)
    }

    /// [`Settings::update`] as of `now`: finished one-time reminders are those over as of `now` (the CLI's `--now`
    /// clock, so a reminder it adds for a test date is not removed in the same write). `change` may fail with its
    /// caller's own error type (the CLI's), so work that needs the file as it is under the lock can happen inside.
    pub fn update_as_of<T, E: From<Error>>(
        path: &Path,
        now: chrono::DateTime<chrono::Utc>,
        change: impl FnOnce(&mut Settings) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let _lock = lock(path)?;
        let mut settings = Settings::load(path)?;
        let out = change(&mut settings)?;
        settings.remove_finished_reminders(now);
        settings.save(path)?;
        Ok(out)
    }

    /// Removes one-time reminders that are over: their time (and any snooze) passed more than
    /// [`FINISHED_GRACE_HOURS`] hours ago. Until then they stay, so a notification's "snooze" still finds them.
    /// Returns what was removed. [`Settings::update`] does this on every write.
    pub fn remove_finished_reminders(&mut self, now: chrono::DateTime<chrono::Utc>) -> Vec<Reminder> {
        let grace = chrono::Duration::hours(FINISHED_GRACE_HOURS);
        let (done, keep): (Vec<Reminder>, Vec<Reminder>) =
            std::mem::take(&mut self.reminders).into_iter().partition(|r| match r.schedule {
                crate::reminders::Schedule::Once { at } => {
                    let last = r.state.snoozed_until.map_or(at, |s| s.max(at));
                    now.signed_duration_since(last) > grace
                }
                _ => false,
            });
        self.reminders = keep;
        done
    }

    /// Checks every value's range, and that reminder ids are unique.
    pub fn validate(&self) -> Result<()> {
        self.app.validate()?;
        self.backups.validate()?;
        if self.vault_folder.as_ref().is_some_and(|f| !f.is_absolute()) {
            return Err(Error::invalid(crate::Field::VaultFolder, "the journal's folder must be a full path"));
        }
        if !ZOOM.contains(&self.zoom) {
            return Err(Error::invalid(
                crate::Field::Zoom,
                format!("zoom between {} and {} times (got {})", ZOOM.start(), ZOOM.end(), self.zoom),
            ));
        }
        for (i, r) in self.reminders.iter().enumerate() {
            r.validate()?;
            if self.reminders[..i].iter().any(|o| o.id == r.id) {
                return Err(Error::invalid(crate::Field::Id, format!("two reminders share the id {}", r.id)));
            }
        }
        Ok(())
    }

    /// The reminder with this id.
    pub fn reminder(&self, id: &str) -> Result<&Reminder> {
        self.reminders.iter().find(|r| r.id.0 == id).ok_or_else(|| not_found(id))
    }

    /// The reminder with this id, to change.
    pub fn reminder_mut(&mut self, id: &str) -> Result<&mut Reminder> {
        self.reminders.iter_mut().find(|r| r.id.0 == id).ok_or_else(|| not_found(id))
    }

    /// Removes the reminder with this id and returns it.
    pub fn remove_reminder(&mut self, id: &str) -> Result<Reminder> {
        let i = self.reminders.iter().position(|r| r.id.0 == id).ok_or_else(|| not_found(id))?;
        Ok(self.reminders.remove(i))
    }
}

fn not_found(id: &str) -> Error {
    Error::NotFound { what: "reminder", id: id.to_owned() }
}

fn corrupt(detail: String) -> Error {
    Error::Corrupt { what: "settings file", detail }
}

/// Takes the exclusive lock beside the settings file (created if needed, 0600), released when the returned file is
/// dropped. The lock is on a separate file because the settings file itself is replaced by rename on every save.
/// `std`'s `File::lock` is the operating system's own advisory lock (`flock` on Linux and macOS, `LockFileEx` on
/// Windows), so no crate is needed.
fn lock(path: &Path) -> Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock_path = PathBuf::from(name);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&lock_path).map_err(|e| Error::io("open", &lock_path, e))?;
    file.lock().map_err(|e| Error::io("lock", &lock_path, e))?;
    Ok(file)
}

/// Creates the folder if needed, then replaces the file atomically (0600 on unix), clearing temporary files a killed
/// earlier save left behind.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    }
    crate::atomic::remove_stale_temps(path);
    crate::atomic::write_atomic(path, bytes)
}

/// The settings file's default path: `$XDG_CONFIG_HOME/attune/settings.json` (and the macOS/Windows equivalents).
/// `ATTUNE_SETTINGS` overrides it.
pub fn default_settings_path() -> Option<PathBuf> {
    std::env::var_os("ATTUNE_SETTINGS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("", "", "attune").map(|d| d.config_dir().join("settings.json")))
}
