//! The payload types that exist only at the IPC boundary. Everything else the UI sees comes from attune-journal.

use attune_journal::{Passphrase, RecoveryKey, Secret};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::AppResult;

/// Whether there is a journal, and whether it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No journal in the vault folder yet: first run.
    None,
    /// A journal that needs the passphrase or recovery key.
    Locked,
    /// Open.
    Unlocked,
}

/// The answer to `vault_status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// Whether there is a journal and whether it is open.
    pub state: VaultState,
    /// Where the journal lives (shown on the first-run and unlock screens).
    pub vault_dir: String,
}

/// The answer to `create_vault`: the recovery key, shown once.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedVault {
    /// `XXXX-XXXX-…`, to write down.
    pub recovery_key: String,
}

impl std::fmt::Debug for CreatedVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CreatedVault { recovery_key: [REDACTED] }")
    }
}

/// What the unlock screen sends: the passphrase or the recovery key, as typed.
#[derive(Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
#[ts(rename = "Secret")]
pub enum SecretInput {
    /// The passphrase.
    Passphrase(String),
    /// The recovery key, in any spacing or case.
    RecoveryKey(String),
}

impl std::fmt::Debug for SecretInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretInput::Passphrase(_) => f.write_str("Passphrase([REDACTED])"),
            SecretInput::RecoveryKey(_) => f.write_str("RecoveryKey([REDACTED])"),
        }
    }
}

impl SecretInput {
    /// The journal's secret. A recovery key with a typo gives `WrongRecoveryKey` saying what is wrong.
    pub fn into_secret(self) -> AppResult<Secret> {
        Ok(match self {
            SecretInput::Passphrase(p) => Secret::Passphrase(Passphrase::new(p)),
            SecretInput::RecoveryKey(k) => Secret::RecoveryKey(RecoveryKey::parse(&Zeroizing::new(k))?),
        })
    }
}

/// The built-in vocabulary, as the journal serves it.
pub use attune_journal::vocab::Vocabulary;

/// The formats `export_journal` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// Attune's JSON export (can be imported back).
    Json,
    /// Readable Markdown.
    Markdown,
}

impl ExportFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Markdown => "md",
        }
    }
}

/// A screen the UI can be asked to open (tray "New check-in", a reminder's notification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// A feelings check-in.
    CheckIn,
    /// An appreciation.
    Appreciation,
    /// A conflict reflection.
    Conflict,
    /// A vulnerability prompt.
    Vulnerability,
    /// A shared experience.
    SharedExperience,
    /// A note.
    Note,
    /// Listening together (what the "check-in together" reminder opens).
    Listening,
    /// The today screen.
    Today,
}

/// The `navigate` event's payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NavigatePayload {
    /// Which screen to open.
    pub flow: Flow,
}
