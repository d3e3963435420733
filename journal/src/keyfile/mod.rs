//! The key file: the vault's id, format version, the data key wrapped once per slot (passphrase, recovery), and the
//! checks that make damage to any part of it noticed.
//!
//! It is small JSON, readable on purpose: everything in it is either public by design (the vault id, the KDF's name,
//! parameters and salt, the nonces, the checks) or ciphertext. Its shape:
//!
//! ```json
//! { "format": 2, "vaultId": "…uuid…",
//!   "slots": {
//!     "passphrase": { "kdf": { "name": "argon2id", "mKib": 65536, "t": 3, "p": 1, "salt": "…hex…" },
//!                     "nonce": "…hex…", "ciphertext": "…hex…", "check": "…hex…" },
//!     "recovery":   { "kdf": { "name": "hkdf-sha256", "salt": "…hex…" }, "nonce": "…", "ciphertext": "…",
//!                     "check": "…" } },
//!   "mac": "…hex…" }
//! ```
//!
//! Each slot's ciphertext is the data key under XChaCha20-Poly1305, with the vault id and slot name as associated
//! data, so a slot copied from another vault or into the other slot doesn't open. [`seal`] explains the checks. A
//! slot found damaged is written back as `null` by the next rewrite, so it stays reported until it is re-created.
//! Format 1 (no checks, no MAC) is still read, and rewritten as format 2 on the first unlock.

mod seal;
mod slots;

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::crypto::{self, Argon2Params, DataKey, Passphrase, RecoveryKey, Secret};
use crate::{Error, Result, Warning};
use slots::{aad, passphrase_slot, read_slot, recovery_slot, with_check, Kdf, Slot, SlotState};

/// The key file format this build writes, and the newest it reads.
pub(crate) const FORMAT: u32 = 2;
/// The largest key file read: a real one is about 1 KB, so anything near this is not Attune's.
pub(crate) const MAX_BYTES: u64 = 64 * 1024;

const PASSPHRASE: &str = "passphrase";
const RECOVERY: &str = "recovery";

/// The parsed key file.
#[derive(Debug, Clone)]
pub(crate) struct KeyFile {
    /// The format as read (1 or 2).
    format: u32,
    vault_id: Uuid,
    passphrase: SlotState,
    recovery: SlotState,
    /// The MAC as read (format 2); `None` when missing or unreadable.
    mac: Option<Vec<u8>>,
}

/// What an unlock gives: the data key, damage noticed in the other slot, and whether the file should be rewritten
/// in the current format.
pub(crate) struct Unlocked {
    pub(crate) key: DataKey,
    pub(crate) warnings: Vec<Warning>,
    pub(crate) upgrade: bool,
}

fn corrupt(detail: impl Into<String>) -> Error {
    Error::Corrupt { what: "key file", detail: detail.into() }
}

/// The error for unlocking with a slot that is damaged: never "wrong passphrase", and it says what to do.
fn damaged_slot(name: &str) -> Error {
    corrupt(if name == PASSPHRASE {
        "its passphrase part is damaged, so no passphrase can open this journal. Use your recovery key to set a new \
         passphrase (`attune recover`, or \"Forgot your passphrase?\" in the app)"
    } else {
        "its recovery key part is damaged, so no recovery key can open this journal. Unlock with your passphrase and \
         make a new recovery key (Settings → Recovery key in the app, or `attune recovery-key new`)"
    })
}

impl KeyFile {
    /// A new key file for a new vault: both slots wrap `key`.
    pub(crate) fn new(key: &DataKey, passphrase: &Passphrase, recovery: &RecoveryKey) -> Result<KeyFile> {
        KeyFile::fresh(Uuid::now_v7(), key, passphrase, Argon2Params::DEFAULT, recovery)
    }

    fn fresh(
        vault_id: Uuid,
        key: &DataKey,
        passphrase: &Passphrase,
        params: Argon2Params,
        recovery: &RecoveryKey,
    ) -> Result<KeyFile> {
        Ok(KeyFile {
            format: FORMAT,
            vault_id,
            passphrase: SlotState::Intact(passphrase_slot(&vault_id, key, passphrase, params)?),
            recovery: SlotState::Intact(recovery_slot(&vault_id, key, recovery)?),
            mac: None,
        })
    }

    /// Parses the bytes of a key file: version first, then shape. A slot that is missing, malformed or fails its
    /// check is recorded as damaged rather than failing the whole file, so the other slot still opens and the
    /// message can say which part is damaged.
    pub(crate) fn parse(bytes: &[u8]) -> Result<KeyFile> {
        if bytes.len() as u64 > MAX_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|_| corrupt("it isn't valid JSON"))?;
        let obj = value.as_object().ok_or_else(|| corrupt("it isn't a JSON object"))?;
        let format = obj.get("format").and_then(Value::as_u64).ok_or_else(|| corrupt("it has no format version"))?;
        if format > u64::from(FORMAT) {
            return Err(Error::NewerVersion { found: u32::try_from(format).unwrap_or(u32::MAX), supported: FORMAT });
        }
        let format = u32::try_from(format).unwrap_or(0);
        if format == 0 {
            return Err(corrupt("its format version is 0"));
        }
        let allowed: &[&str] =
            if format >= 2 { &["format", "vaultId", "slots", "mac"] } else { &["format", "vaultId", "slots"] };
        if let Some(k) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(corrupt(format!("it has an unexpected field \"{}\"", k.escape_debug())));
        }
        let vault_id = obj
            .get("vaultId")
            .and_then(Value::as_str)
            .and_then(|s| Uuid::parse_str(s).ok())
            .ok_or_else(|| corrupt("its vault id is damaged"))?;
        let slots = obj.get("slots").and_then(Value::as_object).ok_or_else(|| corrupt("its slots are missing"))?;
        if let Some(k) = slots.keys().find(|k| *k != PASSPHRASE && *k != RECOVERY) {
            return Err(corrupt(format!("it has an unexpected slot \"{}\"", k.escape_debug())));
        }
        let slot = |name: &str| read_slot(slots.get(name), &vault_id, name, format);
        let mac = match format {
            1 => None,
            _ => obj.get("mac").and_then(Value::as_str).and_then(|s| hex::decode(s).ok()),
        };
        Ok(KeyFile { format, vault_id, passphrase: slot(PASSPHRASE)?, recovery: slot(RECOVERY)?, mac })
    }

    /// The vault's random id (public: it is in the file as plain text).
    pub(crate) fn vault_id(&self) -> Uuid {
        self.vault_id
    }

    /// The bytes to write: always the current format, each intact slot with its check, damaged slots as `null`,
    /// sealed with a MAC under `key`.
    pub(crate) fn to_bytes(&self, key: &DataKey) -> Result<Vec<u8>> {
        let sealed = |state: &SlotState, name: &str| -> Result<Option<Slot>> {
            let Some(slot) = state.intact() else { return Ok(None) };
            let mut slot = slot.clone();
            slot.check = Some(seal::check(&self.vault_id, name, &slot)?.to_vec());
            Ok(Some(slot))
        };
        let passphrase = sealed(&self.passphrase, PASSPHRASE)?;
        let recovery = sealed(&self.recovery, RECOVERY)?;
        let mac =
            seal::mac(key, FORMAT, &self.vault_id, with_check(passphrase.as_ref()), with_check(recovery.as_ref()))?;
        let out = OnDisk {
            format: FORMAT,
            vault_id: self.vault_id,
            slots: OnDiskSlots { passphrase, recovery },
            mac: hex::encode(mac),
        };
        let mut bytes = serde_json::to_vec_pretty(&out).map_err(|_| Error::Internal("encoding the key file"))?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Unwraps the data key with the passphrase or the recovery key, then checks the rest of the file with it.
    ///
    /// A slot that is damaged gives [`Error::Corrupt`] naming it (never a wrong passphrase); damage to the *other*
    /// slot, or a MAC that doesn't match, comes back as a [`Warning`] with the key.
    pub(crate) fn unlock(&self, secret: &Secret) -> Result<Unlocked> {
        let (name, other_name, state, other) = match secret {
            Secret::Passphrase(_) => (PASSPHRASE, RECOVERY, &self.passphrase, &self.recovery),
            Secret::RecoveryKey(_) => (RECOVERY, PASSPHRASE, &self.recovery, &self.passphrase),
        };
        let Some(slot) = state.slot() else { return Err(damaged_slot(name)) };
        let intact = matches!(state, SlotState::Intact(_));
        let kek = match (secret, &slot.kdf) {
            (Secret::Passphrase(p), Kdf::Argon2id { m_kib, t, p: lanes, salt }) => {
                let params = Argon2Params { m_kib: *m_kib, t: *t, p: *lanes };
                if let Err(why) = params.check_bounds() {
                    // Parameters changed by damage are damage; parameters written that way are refused as such.
                    return Err(if intact { corrupt(why) } else { damaged_slot(name) });
                }
                crypto::passphrase_kek(p, params, salt)?
            }
            (Secret::RecoveryKey(r), Kdf::HkdfSha256 { salt }) => crypto::recovery_kek(r, salt)?,
            _ => return Err(damaged_slot(name)),
        };
        let Some(key) = slot.open(&kek, &aad(&self.vault_id, name)) else {
            return Err(match (intact, secret) {
                (false, _) => damaged_slot(name),
                (true, Secret::Passphrase(_)) => Error::WrongPassphrase,
                (true, Secret::RecoveryKey(_)) => Error::WrongRecoveryKey,
            });
        };
        let mut damaged = Vec::new();
        if !intact {
            damaged.push(name);
        }
        // A damaged used slot already explains a MAC that doesn't match; otherwise the MAC vouches for the other slot.
        if other.intact().is_none() || (intact && !self.mac_matches(&key)?) {
            damaged.push(other_name);
        }
        let warnings = damaged.into_iter().map(slot_warning).collect::<Vec<_>>();
        Ok(Unlocked { key, upgrade: self.format < FORMAT && warnings.is_empty(), warnings })
    }

    /// Whether the file's MAC matches under `key`. Format 1 has none, and counts as matching.
    fn mac_matches(&self, key: &DataKey) -> Result<bool> {
        if self.format < 2 {
            return Ok(true);
        }
        let Some(stored) = &self.mac else { return Ok(false) };
        let (passphrase, recovery) = (with_check(self.passphrase.slot()), with_check(self.recovery.slot()));
        let expected = seal::mac(key, self.format, &self.vault_id, passphrase, recovery)?;
        Ok(seal::same(stored, &expected))
    }

    /// What `verify` reports about the key file, given the data key the journal was opened with: each damaged part
    /// and what to do about it. Empty when every part is whole.
    pub(crate) fn problems(&self, key: &DataKey) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mac_ok = self.mac_matches(key)?;
        for (name, state) in [(PASSPHRASE, &self.passphrase), (RECOVERY, &self.recovery)] {
            if state.intact().is_none() {
                out.push(slot_warning(name).to_string());
            }
        }
        if out.is_empty() && !mac_ok {
            out.push(
                "the key file (attune.key) was changed outside Attune: its seal doesn't match. Set a new passphrase \
                 and make a new recovery key to rewrite it"
                    .into(),
            );
        }
        if let Some(Kdf::Argon2id { m_kib, t, p, .. }) = self.passphrase.intact().map(|s| &s.kdf) {
            if let Err(why) = (Argon2Params { m_kib: *m_kib, t: *t, p: *p }).check_bounds() {
                out.push(why);
            }
        }
        Ok(out)
    }

    /// A copy with the passphrase slot rewrapped for `new` (fresh salt and nonce; parameters never lowered), after
    /// `proof` unwrapped `key`. The recovery slot is kept when it is trustworthy: it was the proof itself, or it is
    /// whole and the file's MAC vouches for it. Otherwise it is dropped, so it stays reported as damaged until a new
    /// recovery key is made.
    pub(crate) fn with_passphrase(&self, key: &DataKey, new: &Passphrase, proof: &Secret) -> Result<KeyFile> {
        let recovery = match (&self.recovery, proof) {
            (SlotState::Intact(s) | SlotState::Altered(s), Secret::RecoveryKey(_)) => SlotState::Intact(s.clone()),
            (SlotState::Intact(s), Secret::Passphrase(_)) if self.mac_matches(key)? => SlotState::Intact(s.clone()),
            _ => SlotState::Unreadable,
        };
        let slot = passphrase_slot(&self.vault_id, key, new, self.params().at_least_default())?;
        Ok(KeyFile {
            format: FORMAT,
            vault_id: self.vault_id,
            passphrase: SlotState::Intact(slot),
            recovery,
            mac: None,
        })
    }

    /// Whether the recovery slot is whole (after a rewrite: whether it was kept).
    pub(crate) fn recovery_whole(&self) -> bool {
        self.recovery.intact().is_some()
    }

    /// A copy with both slots made afresh: the passphrase (already proven) and a new recovery key. The old recovery
    /// key stops working.
    pub(crate) fn with_new_recovery(
        &self,
        key: &DataKey,
        passphrase: &Passphrase,
        recovery: &RecoveryKey,
    ) -> Result<KeyFile> {
        KeyFile::fresh(self.vault_id, key, passphrase, self.params().at_least_default(), recovery)
    }

    /// The passphrase slot's Argon2 parameters, when it is whole and within bounds; else the default.
    fn params(&self) -> Argon2Params {
        match self.passphrase.intact().map(|s| &s.kdf) {
            Some(Kdf::Argon2id { m_kib, t, p, .. }) => {
                let params = Argon2Params { m_kib: *m_kib, t: *t, p: *p };
                if params.check_bounds().is_ok() {
                    params
                } else {
                    Argon2Params::DEFAULT
                }
            }
            _ => Argon2Params::DEFAULT,
        }
    }
}

/// The file as written.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OnDisk {
    format: u32,
    vault_id: Uuid,
    slots: OnDiskSlots,
    mac: String,
}

#[derive(Serialize)]
struct OnDiskSlots {
    passphrase: Option<Slot>,
    recovery: Option<Slot>,
}

fn slot_warning(name: &str) -> Warning {
    if name == PASSPHRASE {
        Warning::PassphraseSlotDamaged
    } else {
        Warning::RecoverySlotDamaged
    }
}

pub(crate) fn too_large(len: u64) -> Error {
    corrupt(format!("it is {len} bytes, far larger than any key file Attune writes (about 1 KB)"))
}

#[cfg(test)]
mod tests;
