//! Things noticed while opening a journal that did not stop it from opening, but that the person must hear about.
//!
//! [`crate::Journal::warnings`] lists them after every unlock; the CLI prints them on stderr and the app shows them
//! after unlocking. Each message says what was found and what to do, and holds no journal content.

use std::path::PathBuf;

/// Something found while unlocking that the shells must show. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The recovery key's part of the key file is damaged (or was changed outside Attune): the passphrase still
    /// opens the journal, but the recovery key would not. Fixed by making a new recovery key.
    RecoverySlotDamaged,
    /// The passphrase's part of the key file is damaged (or was changed outside Attune): the journal was opened with
    /// the recovery key. Fixed by setting a new passphrase.
    PassphraseSlotDamaged,
    /// SQLite's recovery dropped committed changes from a damaged write-ahead log (`journal.db-wal`).
    RecentChangesLost {
        /// How many committed changes (transactions) could not be read back.
        changes: u32,
    },
    /// A file or folder of the journal can't be written: the journal can be read, but not changed.
    ReadOnly {
        /// The file or folder that can't be written.
        path: PathBuf,
    },
    /// A file or folder of the journal can be read by other people on this computer, and Attune could not make it
    /// private (it belongs to someone else, or the disk doesn't keep permissions).
    NotPrivate {
        /// The file or folder.
        path: PathBuf,
    },
}

/// A stable name for each kind of [`Warning`], so a shell can offer the right action (e.g. "Make a new recovery
/// key") without reading the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[non_exhaustive]
pub enum WarningKind {
    /// See [`Warning::RecoverySlotDamaged`].
    RecoverySlotDamaged,
    /// See [`Warning::PassphraseSlotDamaged`].
    PassphraseSlotDamaged,
    /// See [`Warning::RecentChangesLost`].
    RecentChangesLost,
    /// See [`Warning::ReadOnly`].
    ReadOnly,
    /// See [`Warning::NotPrivate`].
    NotPrivate,
}

impl Warning {
    /// The kind of this warning.
    pub fn kind(&self) -> WarningKind {
        match self {
            Warning::RecoverySlotDamaged => WarningKind::RecoverySlotDamaged,
            Warning::PassphraseSlotDamaged => WarningKind::PassphraseSlotDamaged,
            Warning::RecentChangesLost { .. } => WarningKind::RecentChangesLost,
            Warning::ReadOnly { .. } => WarningKind::ReadOnly,
            Warning::NotPrivate { .. } => WarningKind::NotPrivate,
        }
    }

    /// Whether this is damage that `verify` counts as a problem (not merely a read-only or shared folder).
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            Warning::RecoverySlotDamaged | Warning::PassphraseSlotDamaged | Warning::RecentChangesLost { .. }
        )
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::RecoverySlotDamaged => f.write_str(
                "the recovery key's part of the key file (attune.key) is damaged, so your recovery key would no \
                 longer open this journal. Your passphrase still works. Make a new recovery key now: Settings → \
                 Recovery key in the app, or `attune recovery-key new`",
            ),
            Warning::PassphraseSlotDamaged => f.write_str(
                "the passphrase's part of the key file (attune.key) is damaged, so no passphrase would open this \
                 journal. Set a new passphrase with your recovery key now: `attune recover`, or \"Forgot your \
                 passphrase?\" in the app",
            ),
            Warning::RecentChangesLost { changes } => write!(
                f,
                "Attune recovered from damage to its recent-changes file (journal.db-wal); {changes} recent \
                 {} could not be read back. Restore from a backup if something is missing",
                if *changes == 1 { "change" } else { "changes" }
            ),
            Warning::ReadOnly { path } => {
                write!(f, "{} is read-only: you can read your journal, but changes can't be saved", path.display())
            }
            Warning::NotPrivate { path } => write!(
                f,
                "other people on this computer may be able to read {}, and Attune couldn't make it private; \
                 please check its owner and permissions",
                path.display()
            ),
        }
    }
}
