//! Settings › Backups: the list (with entry counts, read with the open journal's key), "Back up now", "Restore…" into
//! a new folder and switch to it, and "Open folder". Every rule lives in `attune_journal::backup`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use attune_journal::backup::{self, BackupInfo, BackupReason, Keep};
use attune_journal::settings::Settings;
use attune_journal::Journal;
use chrono::{DateTime, Utc};
use serde::Serialize;
use tauri::Runtime;
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::Ctx;
use crate::error::AppResult;
use crate::session::AppState;

/// One backup as Settings › Backups shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupRow {
    /// Its id.
    pub id: String,
    /// When it was made.
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    /// Why, as a short phrase ("daily", "before an import").
    pub reason: String,
    /// Its size on disk, in bytes.
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// How many entries it holds; `null` when it couldn't be read (it is listed all the same).
    #[ts(type = "number | null")]
    pub entries: Option<u64>,
}

/// The answer to `list_backups`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupList {
    /// The backup folder.
    pub folder: String,
    /// Whether it is the default folder beside the journal (not one the person chose).
    pub default_folder: bool,
    /// How many daily, weekly and monthly backups rotation keeps.
    pub keep: Keep,
    /// This journal's backups, newest first.
    pub backups: Vec<BackupRow>,
}

fn row(info: &BackupInfo, entries: Option<u64>) -> BackupRow {
    BackupRow {
        id: info.id.clone(),
        created_at: info.created_at,
        reason: info.reason.label().to_owned(),
        size_bytes: info.size_bytes,
        entries,
    }
}

/// The entry count of each backup already counted, by its folder. A backup never changes once made, so each is
/// opened and counted once per run of the app. Counting is quick anyway (SQLite counts through an index): listing a
/// 68 MB backup of 20,000 entries took 12 ms the first time and 1 ms from here, but Settings lists up to two dozen.
static ENTRY_COUNTS: Mutex<BTreeMap<PathBuf, u64>> = Mutex::new(BTreeMap::new());

fn counts() -> std::sync::MutexGuard<'static, BTreeMap<PathBuf, u64>> {
    ENTRY_COUNTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// How many entries `backup` holds (counted once, see [`ENTRY_COUNTS`]); `None` when it can't be read.
fn entry_count(journal: &Journal, backup: &BackupInfo) -> Option<u64> {
    let known = counts().get(&backup.path).copied();
    if known.is_some() {
        return known;
    }
    let n = journal.backup_entry_count(backup).ok()?;
    counts().insert(backup.path.clone(), n);
    Some(n)
}

/// This journal's backups, newest first, each with its entry count. The session's lock is held only to open a
/// second connection: listing and counting run on that one, so the rest of the app isn't kept waiting.
pub fn list_backups(state: &AppState) -> AppResult<BackupList> {
    let journal = state.with_journal(|journal| journal.another())?;
    let config = journal.backup_config();
    let folder = config.map(|c| c.dir.display().to_string()).unwrap_or_default();
    let default_folder = config.is_none_or(|c| c.create_dir);
    let keep = config.map(|c| c.keep).unwrap_or_default();
    let backups = journal.list_backups()?.iter().map(|b| row(b, entry_count(&journal, b))).collect();
    Ok(BackupList { folder, default_folder, keep, backups })
}

/// Makes a backup now.
pub fn back_up_now(state: &AppState) -> AppResult<BackupRow> {
    state.with_journal(|journal| {
        let made = journal.back_up(BackupReason::Manual)?;
        Ok(row(&made, entry_count(journal, &made)))
    })
}

/// Restores a backup into a new folder the person chooses (`ATTUNE_RESTORE_DIR` for tests), after backing up the
/// open journal, then switches the app to it (locked: it opens with the passphrase of the backup's day). Answers the
/// new folder, or nothing if the person cancelled the folder dialog.
pub fn restore_backup<R: Runtime>(ctx: Ctx<'_, R>, id: String) -> AppResult<Option<String>> {
    let chosen = ctx.state.with_journal(|journal| journal.prepare_restore(&id))?;
    let parent = match std::env::var_os("ATTUNE_RESTORE_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => match ctx
            .app
            .dialog()
            .file()
            .set_title("Choose where to put the restored journal")
            .blocking_pick_folder()
            .and_then(|picked| picked.into_path().ok())
        {
            Some(dir) => dir,
            None => return Ok(None),
        },
    };
    let to = free_folder(&parent, &format!("attune-restored-{}", chosen.created_at.format("%Y-%m-%d")));
    let done = backup::restore(&chosen, &to, false)?;
    ctx.state.switch_vault(&done.dir)?;
    Ok(Some(done.dir.display().to_string()))
}

/// `parent/name`, or `parent/name-2`, `-3`… when that exists: a restore never lands on something already there.
fn free_folder(parent: &Path, name: &str) -> PathBuf {
    let mut path = parent.join(name);
    let mut n = 2;
    while path.exists() {
        path = parent.join(format!("{name}-{n}"));
        n += 1;
    }
    path
}

/// Opens the backup folder in the system's file manager (created first if it is the default one).
pub fn open_backup_folder(state: &AppState) -> AppResult<()> {
    let dir = state.vault_dir()?;
    let config = state.backup_config(&dir);
    if config.create_dir {
        std::fs::create_dir_all(&config.dir).map_err(|e| attune_journal::Error::io("create", &config.dir, e))?;
    }
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let mut child = std::process::Command::new(opener)
        .arg(&config.dir)
        .spawn()
        .map_err(|e| attune_journal::Error::io("open", &config.dir, e))?;
    // Reap it when the file manager's launcher exits, so no zombie is left behind.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// Asks for another backup folder (for example one a sync service watches) and uses it from now on; answers it, or
/// nothing if the person cancelled. Backups already made stay where they are.
pub fn choose_backup_folder<R: Runtime>(ctx: Ctx<'_, R>) -> AppResult<Option<String>> {
    let picked = ctx
        .app
        .dialog()
        .file()
        .set_title("Choose where Attune keeps its backups")
        .blocking_pick_folder()
        .and_then(|picked| picked.into_path().ok());
    let Some(dir) = picked else { return Ok(None) };
    set_backup_settings(ctx.state, |b| b.folder = Some(dir.clone()))?;
    Ok(Some(dir.display().to_string()))
}

/// Goes back to the default backup folder, beside the journal.
pub fn use_default_backup_folder(state: &AppState) -> AppResult<()> {
    set_backup_settings(state, |b| b.folder = None)
}

/// Changes how many daily, weekly and monthly backups are kept (checked by the journal).
pub fn set_backup_keep(state: &AppState, keep: Keep) -> AppResult<()> {
    keep.validate()?;
    set_backup_settings(state, |b| {
        (b.keep_daily, b.keep_weekly, b.keep_monthly) = (keep.daily, keep.weekly, keep.monthly);
    })
}

/// Changes the backup part of the settings file (under its lock; the journal checks the values), then hands the open
/// journal its new configuration.
fn set_backup_settings(state: &AppState, change: impl FnOnce(&mut backup::BackupSettings)) -> AppResult<()> {
    Settings::update(state.settings_path()?, |s| {
        change(&mut s.backups);
        s.backups.validate()
    })?;
    state.refresh_backup_config();
    Ok(())
}
