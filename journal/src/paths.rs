//! Where a journal lives by default: the OS data folder, the same for the CLI and the app.

use std::path::PathBuf;

/// The environment variable that overrides the vault folder (as `--vault` does).
pub const VAULT_ENV: &str = "ATTUNE_VAULT";

/// The default vault folder: `$XDG_DATA_HOME/attune/vault` on Linux, `~/Library/Application Support/attune/vault` on
/// macOS, `%APPDATA%\attune\vault` on Windows. `None` only when the OS reports no home folder.
pub fn default_vault_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "attune").map(|d| d.data_dir().join("vault"))
}

/// The vault folder to use: an explicit choice, else `ATTUNE_VAULT`, else the folder the settings file names (set
/// when the person switches to a restored backup), else [`default_vault_dir`].
pub fn resolve_vault_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| std::env::var_os(VAULT_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| {
            let path = crate::settings::default_settings_path()?;
            crate::settings::Settings::load(&path).ok()?.vault_folder
        })
        .or_else(default_vault_dir)
}
