//! Where backups go and how many are kept: the settings file's part, and what the journal is handed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{Error, Result};

/// How many backups rotation keeps: the newest of each of the last `daily` days, `weekly` weeks and `monthly` months
/// that have one. Backups made before an operation are also kept for [`super::KEEP_BEFORE_DAYS`] days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Keep {
    /// Days (default 7).
    pub daily: u32,
    /// Weeks (default 4).
    pub weekly: u32,
    /// Months (default 12).
    pub monthly: u32,
}

impl Default for Keep {
    fn default() -> Self {
        Keep { daily: 7, weekly: 4, monthly: 12 }
    }
}

/// The most of any one kind rotation can be asked to keep.
pub const MAX_KEEP: u32 = 1000;

impl Keep {
    /// Checks the counts: each 0 to [`MAX_KEEP`], and at least one above 0 (else nothing would be kept).
    pub fn validate(&self) -> Result<()> {
        for (field, n) in [
            (crate::Field::KeepDaily, self.daily),
            (crate::Field::KeepWeekly, self.weekly),
            (crate::Field::KeepMonthly, self.monthly),
        ] {
            if n > MAX_KEEP {
                return Err(Error::invalid(field, format!("keep at most {MAX_KEEP} backups of a kind (got {n})")));
            }
        }
        if self.daily == 0 && self.weekly == 0 && self.monthly == 0 {
            return Err(Error::invalid(crate::Field::KeepDaily, "keep at least one daily, weekly or monthly backup"));
        }
        Ok(())
    }
}

/// Where backups go and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupConfig {
    /// The backup folder.
    pub dir: PathBuf,
    /// Whether to create the folder when it is missing: yes for the default folder, no for one the person chose (a
    /// sync folder on a drive that is not mounted must not be silently recreated on the internal disk).
    pub create_dir: bool,
    /// How many to keep.
    pub keep: Keep,
}

impl BackupConfig {
    /// The default folder for a vault: `backups` beside it when the vault is the data folder's `vault`, else
    /// `<vault name>-backups` beside it (so two journals never share one folder by accident).
    pub fn default_dir(vault_dir: &Path) -> PathBuf {
        let parent = vault_dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        match vault_dir.file_name().and_then(|n| n.to_str()) {
            Some("vault") | None => parent.join("backups"),
            Some(name) => parent.join(format!("{name}-backups")),
        }
    }

    /// The configuration for `vault_dir`: the chosen folder if there is one, else the default one.
    pub fn for_vault(vault_dir: &Path, chosen: Option<&Path>, keep: Keep) -> BackupConfig {
        match chosen {
            Some(dir) => BackupConfig { dir: dir.to_path_buf(), create_dir: false, keep },
            None => BackupConfig { dir: Self::default_dir(vault_dir), create_dir: true, keep },
        }
    }
}

/// The backup part of the settings file: the folder (never any content) and the rotation counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct BackupSettings {
    /// The folder backups go to; `None` for the default, beside the vault (see [`BackupConfig::default_dir`]).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub folder: Option<PathBuf>,
    /// Newest backup of each of this many days kept.
    pub keep_daily: u32,
    /// Newest backup of each of this many weeks kept.
    pub keep_weekly: u32,
    /// Newest backup of each of this many months kept.
    pub keep_monthly: u32,
}

impl Default for BackupSettings {
    fn default() -> Self {
        let keep = Keep::default();
        BackupSettings { folder: None, keep_daily: keep.daily, keep_weekly: keep.weekly, keep_monthly: keep.monthly }
    }
}

impl BackupSettings {
    /// The rotation counts.
    pub fn keep(&self) -> Keep {
        Keep { daily: self.keep_daily, weekly: self.keep_weekly, monthly: self.keep_monthly }
    }

    /// What the journal of `vault_dir` is handed.
    pub fn config_for(&self, vault_dir: &Path) -> BackupConfig {
        BackupConfig::for_vault(vault_dir, self.folder.as_deref(), self.keep())
    }

    /// Checks the counts, and that a chosen folder is an absolute path.
    pub fn validate(&self) -> Result<()> {
        self.keep().validate()?;
        if let Some(folder) = &self.folder {
            if !folder.is_absolute() {
                return Err(Error::invalid(crate::Field::Folder, "choose the backup folder by its full path"));
            }
        }
        Ok(())
    }
}
