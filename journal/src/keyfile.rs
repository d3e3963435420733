//! The key file: the vault's id, format version, and the data key wrapped once per slot (passphrase, recovery).
//!
//! It is small JSON, readable on purpose: everything in it is either public by design (the vault id, the KDF's name,
//! parameters and salt, the nonces) or ciphertext. Its shape:
//!
//! ```json
//! { "format": 1, "vaultId": "…uuid…",
//!   "slots": {
//!     "passphrase": { "kdf": { "name": "argon2id", "mKib": 65536, "t": 3, "p": 1, "salt": "…hex…" },
//!                     "nonce": "…hex…", "ciphertext": "…hex…" },
//!     "recovery":   { "kdf": { "name": "hkdf-sha256", "salt": "…hex…" }, "nonce": "…", "ciphertext": "…" } } }
//! ```
//!
//! Each slot's ciphertext is the data key under XChaCha20-Poly1305, with the vault id and slot name as associated
//! data, so a slot copied from another vault or into the other slot doesn't open.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::crypto::{self, Argon2Params, DataKey, Kek, Passphrase, RecoveryKey, Secret};
use crate::{Error, Result};

/// The key file format this build writes, and the newest it reads.
pub(crate) const FORMAT: u32 = 1;
/// Salt length for both slots.
const SALT_LEN: usize = 16;
/// Argon2 parameters beyond these are refused as damage rather than spent on (4 GiB, 64 passes, 16 lanes).
const MAX_PARAMS: Argon2Params = Argon2Params { m_kib: 4 * 1024 * 1024, t: 64, p: 16 };

const PASSPHRASE_SLOT: &str = "passphrase";
const RECOVERY_SLOT: &str = "recovery";

/// The parsed key file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct KeyFile {
    format: u32,
    vault_id: Uuid,
    slots: Slots,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Slots {
    passphrase: Slot,
    recovery: Slot,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Slot {
    kdf: Kdf,
    #[serde(with = "hex_bytes")]
    nonce: Vec<u8>,
    #[serde(with = "hex_bytes")]
    ciphertext: Vec<u8>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "camelCase", deny_unknown_fields)]
enum Kdf {
    #[serde(rename = "argon2id", rename_all = "camelCase")]
    Argon2id {
        m_kib: u32,
        t: u32,
        p: u32,
        #[serde(with = "hex_bytes")]
        salt: Vec<u8>,
    },
    #[serde(rename = "hkdf-sha256")]
    HkdfSha256 {
        #[serde(with = "hex_bytes")]
        salt: Vec<u8>,
    },
}

/// Bytes as lower-case hex strings in the JSON.
mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(bytes))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        hex::decode(text).map_err(serde::de::Error::custom)
    }
}

fn corrupt(detail: impl Into<String>) -> Error {
    Error::Corrupt { what: "key file", detail: detail.into() }
}

fn aad(vault_id: &Uuid, slot: &str) -> Vec<u8> {
    format!("attune vault {vault_id} slot {slot}").into_bytes()
}

impl KeyFile {
    /// A new key file for a new vault: both slots wrap `key`.
    pub(crate) fn new(key: &DataKey, passphrase: &Passphrase, recovery: &RecoveryKey) -> Result<KeyFile> {
        let vault_id = Uuid::now_v7();
        Ok(KeyFile {
            format: FORMAT,
            vault_id,
            slots: Slots {
                passphrase: passphrase_slot(&vault_id, key, passphrase, Argon2Params::DEFAULT)?,
                recovery: recovery_slot(&vault_id, key, recovery)?,
            },
        })
    }

    /// Parses and validates the bytes of a key file: version first, then shape and lengths.
    pub(crate) fn parse(bytes: &[u8]) -> Result<KeyFile> {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| corrupt(format!("not valid JSON ({e})")))?;
        let format =
            value.get("format").and_then(serde_json::Value::as_u64).ok_or_else(|| corrupt("no format version"))?;
        if format > u64::from(FORMAT) {
            return Err(Error::NewerVersion { found: u32::try_from(format).unwrap_or(u32::MAX), supported: FORMAT });
        }
        let file: KeyFile = serde_json::from_value(value).map_err(|e| corrupt(format!("unexpected shape ({e})")))?;
        if file.format != FORMAT {
            return Err(corrupt(format!("unknown format version {}", file.format)));
        }
        file.slots.passphrase.check(PASSPHRASE_SLOT, true)?;
        file.slots.recovery.check(RECOVERY_SLOT, false)?;
        Ok(file)
    }

    /// The vault's random id (public: it is in the file as plain text).
    pub(crate) fn vault_id(&self) -> Uuid {
        self.vault_id
    }

    /// The bytes to write.
    pub(crate) fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut out = serde_json::to_vec_pretty(self).map_err(|e| corrupt(format!("could not encode ({e})")))?;
        out.push(b'\n');
        Ok(out)
    }

    /// Unwraps the data key with the passphrase or the recovery key.
    pub(crate) fn unwrap(&self, secret: &Secret) -> Result<DataKey> {
        match secret {
            Secret::Passphrase(p) => {
                let slot = &self.slots.passphrase;
                let kek = match &slot.kdf {
                    Kdf::Argon2id { m_kib, t, p: lanes, salt } => {
                        crypto::passphrase_kek(p, Argon2Params { m_kib: *m_kib, t: *t, p: *lanes }, salt)?
                    }
                    Kdf::HkdfSha256 { .. } => return Err(corrupt("the passphrase slot has the wrong KDF")),
                };
                slot.open(&kek, &aad(&self.vault_id, PASSPHRASE_SLOT)).ok_or(Error::WrongPassphrase)
            }
            Secret::RecoveryKey(r) => {
                let slot = &self.slots.recovery;
                let kek = match &slot.kdf {
                    Kdf::HkdfSha256 { salt } => crypto::recovery_kek(r, salt)?,
                    Kdf::Argon2id { .. } => return Err(corrupt("the recovery slot has the wrong KDF")),
                };
                slot.open(&kek, &aad(&self.vault_id, RECOVERY_SLOT)).ok_or(Error::WrongRecoveryKey)
            }
        }
    }

    /// A copy with the passphrase slot rewrapped for `new` (fresh salt and nonce; parameters never lowered).
    /// The recovery slot is kept as it is.
    pub(crate) fn with_passphrase(&self, key: &DataKey, new: &Passphrase) -> Result<KeyFile> {
        let current = match &self.slots.passphrase.kdf {
            Kdf::Argon2id { m_kib, t, p, .. } => Argon2Params { m_kib: *m_kib, t: *t, p: *p },
            Kdf::HkdfSha256 { .. } => Argon2Params::DEFAULT,
        };
        let mut next = self.clone();
        next.slots.passphrase = passphrase_slot(&self.vault_id, key, new, current.at_least_default())?;
        Ok(next)
    }
}

fn passphrase_slot(vault_id: &Uuid, key: &DataKey, passphrase: &Passphrase, params: Argon2Params) -> Result<Slot> {
    let salt = crypto::random_bytes::<SALT_LEN>().to_vec();
    let kek = crypto::passphrase_kek(passphrase, params, &salt)?;
    let (nonce, ciphertext) = crypto::wrap(&kek, key, &aad(vault_id, PASSPHRASE_SLOT))?;
    let kdf = Kdf::Argon2id { m_kib: params.m_kib, t: params.t, p: params.p, salt };
    Ok(Slot { kdf, nonce: nonce.to_vec(), ciphertext })
}

fn recovery_slot(vault_id: &Uuid, key: &DataKey, recovery: &RecoveryKey) -> Result<Slot> {
    let salt = crypto::random_bytes::<SALT_LEN>().to_vec();
    let kek = crypto::recovery_kek(recovery, &salt)?;
    let (nonce, ciphertext) = crypto::wrap(&kek, key, &aad(vault_id, RECOVERY_SLOT))?;
    Ok(Slot { kdf: Kdf::HkdfSha256 { salt }, nonce: nonce.to_vec(), ciphertext })
}

impl Slot {
    fn check(&self, name: &str, passphrase: bool) -> Result<()> {
        let salt = match (&self.kdf, passphrase) {
            (Kdf::Argon2id { m_kib, t, p, salt }, true) => {
                let within = |v: u32, min: u32, max: u32| (min..=max).contains(&v);
                if !(within(*m_kib, 8 * 1024, MAX_PARAMS.m_kib)
                    && within(*t, 1, MAX_PARAMS.t)
                    && within(*p, 1, MAX_PARAMS.p))
                {
                    return Err(corrupt(format!("the {name} slot's Argon2 parameters are out of range")));
                }
                salt
            }
            (Kdf::HkdfSha256 { salt }, false) => salt,
            _ => return Err(corrupt(format!("the {name} slot has the wrong KDF"))),
        };
        if salt.len() != SALT_LEN {
            return Err(corrupt(format!("the {name} slot's salt has the wrong length")));
        }
        if self.nonce.len() != crypto::NONCE_LEN {
            return Err(corrupt(format!("the {name} slot's nonce has the wrong length")));
        }
        if self.ciphertext.len() != crypto::WRAPPED_LEN {
            return Err(corrupt(format!("the {name} slot's wrapped key has the wrong length")));
        }
        Ok(())
    }

    fn open(&self, kek: &Kek, aad: &[u8]) -> Option<DataKey> {
        crypto::unwrap(kek, &self.nonce, &self.ciphertext, aad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (KeyFile, DataKey, RecoveryKey) {
        let key = DataKey::generate();
        let rk = RecoveryKey::generate();
        let file = KeyFile::new(&key, &Passphrase::new("correct horse"), &rk).unwrap();
        (file, key, rk)
    }

    #[test]
    fn round_trips_through_bytes_and_both_slots_open() {
        let (file, key, rk) = sample();
        let back = KeyFile::parse(&file.to_bytes().unwrap()).unwrap();
        assert!(back.unwrap(&Secret::Passphrase(Passphrase::new("correct horse"))).unwrap().same_as(&key));
        assert!(back.unwrap(&Secret::RecoveryKey(rk)).unwrap().same_as(&key));
        assert!(matches!(back.unwrap(&Secret::Passphrase(Passphrase::new("wrong"))), Err(Error::WrongPassphrase)));
        assert!(matches!(back.unwrap(&Secret::RecoveryKey(RecoveryKey::generate())), Err(Error::WrongRecoveryKey)));
    }

    #[test]
    fn slots_are_bound_to_their_vault() {
        // Associated data binds each slot to the vault id: the same slot under another id doesn't open.
        let (file, _, rk) = sample();
        let mut v: serde_json::Value = serde_json::from_slice(&file.to_bytes().unwrap()).unwrap();
        v["vaultId"] = Uuid::now_v7().to_string().into();
        let parsed = KeyFile::parse(&serde_json::to_vec(&v).unwrap()).unwrap();
        assert!(matches!(parsed.unwrap(&Secret::RecoveryKey(rk)), Err(Error::WrongRecoveryKey)));
    }

    #[test]
    fn newer_format_and_bad_lengths_are_typed() {
        let (file, _, _) = sample();
        let mut v: serde_json::Value = serde_json::from_slice(&file.to_bytes().unwrap()).unwrap();
        let mut newer = v.clone();
        newer["format"] = 7.into();
        newer["slots"] = serde_json::json!({"something": "new"});
        assert!(matches!(
            KeyFile::parse(&serde_json::to_vec(&newer).unwrap()),
            Err(Error::NewerVersion { found: 7, supported: FORMAT })
        ));
        v["slots"]["recovery"]["nonce"] = "00".into();
        assert!(matches!(
            KeyFile::parse(&serde_json::to_vec(&v).unwrap()),
            Err(Error::Corrupt { what: "key file", .. })
        ));
    }
}
