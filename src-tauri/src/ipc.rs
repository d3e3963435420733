//! The payload types that exist only at the IPC boundary. Everything else the UI sees comes from attune-journal.

use attune_journal::{Passphrase, RecoveryKey, Secret, Warning, WarningKind};
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
    /// What was noticed while opening it (a damaged part of the key file, lost recent changes, a read-only
    /// folder), to show until it is dealt with. Empty unless open.
    pub warnings: Vec<Notice>,
}

/// What the page's first screen needs, handed to it as the window is made ([`crate::window`]), so that screen
/// doesn't wait for two IPC round trips first: the journal's status and the date locale. Only where the page starts:
/// it asks `vault_status` again right after (a reload, or the CLI, may have changed things since).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Boot {
    /// What `vault_status` answered as the window was made.
    pub status: VaultStatus,
    /// What `date_locale` answers.
    pub date_locale: String,
}

/// Something the journal noticed while opening, for the person: what kind (so the UI can offer the fix) and a
/// sentence that says what was found and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// What kind of thing was noticed.
    pub kind: WarningKind,
    /// What was found and what to do, for people.
    pub message: String,
}

impl From<&Warning> for Notice {
    fn from(w: &Warning) -> Self {
        // The journal's words serve the terminal too: commands come in backticks, which a window doesn't need.
        let text = w.to_string().replace('`', "");
        let mut chars = text.chars();
        let message = match chars.next() {
            Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
            None => text,
        };
        Notice { kind: w.kind(), message }
    }
}

/// Text holding a secret (a recovery key, a passphrase) on its way across the IPC boundary: zeroized when dropped,
/// `[REDACTED]` in debug output. What Tauri and the webview do with their own copies is beyond this.
#[derive(Clone, Default)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// The text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The text as a passphrase, moving (not copying) it.
    pub fn into_passphrase(mut self) -> Passphrase {
        Passphrase::new(std::mem::take(&mut *self.0))
    }

    /// The text parsed as a recovery key (a typo gives `WrongRecoveryKey` saying what is wrong).
    pub fn to_recovery_key(&self) -> AppResult<RecoveryKey> {
        Ok(RecoveryKey::parse(&self.0)?)
    }
}

impl From<Zeroizing<String>> for SecretText {
    fn from(text: Zeroizing<String>) -> Self {
        SecretText(text)
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[REDACTED]")
    }
}

impl Serialize for SecretText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| SecretText(Zeroizing::new(s)))
    }
}

/// The answer to `create_vault` (and to making a new recovery key): the recovery key, shown once.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedVault {
    /// `XXXX-XXXX-…`, to write down.
    #[ts(type = "string")]
    pub recovery_key: SecretText,
}

/// What the unlock screen sends: the passphrase or the recovery key, as typed.
#[derive(Debug, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
#[ts(rename = "Secret")]
pub enum SecretInput {
    /// The passphrase.
    Passphrase(#[ts(type = "string")] SecretText),
    /// The recovery key, in any spacing or case.
    RecoveryKey(#[ts(type = "string")] SecretText),
}

impl SecretInput {
    /// The journal's secret. A recovery key with a typo gives `WrongRecoveryKey` saying what is wrong.
    pub fn into_secret(self) -> AppResult<Secret> {
        Ok(match self {
            SecretInput::Passphrase(p) => Secret::Passphrase(p.into_passphrase()),
            SecretInput::RecoveryKey(k) => Secret::RecoveryKey(k.to_recovery_key()?),
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
    /// The weekly look back.
    LookBack,
    /// The today screen.
    Today,
}

/// The `navigate` event's payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NavigatePayload {
    /// Which screen to open.
    pub flow: Flow,
    /// The entry it is about, if any: a conflict reflection to come back to opens that entry, not a new form.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub entry: Option<String>,
}
