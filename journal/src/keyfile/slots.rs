//! One slot of the key file as stored and as read: its KDF, nonce, wrapped data key and check, how a slot is made
//! for a passphrase or a recovery key, and how a slot read from disk is judged intact, altered or unreadable.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::{seal, PASSPHRASE, RECOVERY};
use crate::crypto::{self, Argon2Params, DataKey, Kek, Passphrase, RecoveryKey};
use crate::Result;

/// Salt length for both slots.
pub(super) const SALT_LEN: usize = 16;

/// A slot as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Slot {
    pub(super) kdf: Kdf,
    #[serde(with = "hex_bytes")]
    pub(super) nonce: Vec<u8>,
    #[serde(with = "hex_bytes")]
    pub(super) ciphertext: Vec<u8>,
    /// The slot's check (format 2; absent in format 1).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "opt_hex_bytes")]
    pub(super) check: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "camelCase", deny_unknown_fields)]
pub(crate) enum Kdf {
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

/// A slot as read: usable, or damaged (missing, unreadable, or failing its check).
#[derive(Debug, Clone)]
pub(super) enum SlotState {
    /// Well-formed, and its check matches (always so in format 1, which has no checks).
    Intact(Slot),
    /// Well-formed but its check doesn't match: it may still open, but it can't be trusted or carried forward.
    Altered(Slot),
    /// Missing or not a slot at all.
    Unreadable,
}

impl SlotState {
    pub(super) fn slot(&self) -> Option<&Slot> {
        match self {
            SlotState::Intact(s) | SlotState::Altered(s) => Some(s),
            SlotState::Unreadable => None,
        }
    }

    pub(super) fn intact(&self) -> Option<&Slot> {
        match self {
            SlotState::Intact(s) => Some(s),
            _ => None,
        }
    }
}

/// Bytes as lower-case hex strings in the JSON (upper case is read too).
pub(super) mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(in crate::keyfile) fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(bytes))
    }

    pub(in crate::keyfile) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        hex::decode(text).map_err(serde::de::Error::custom)
    }
}

mod opt_hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(b) => super::hex_bytes::serialize(b, s),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        let text = String::deserialize(d)?;
        hex::decode(text).map(Some).map_err(serde::de::Error::custom)
    }
}

pub(super) fn aad(vault_id: &Uuid, slot: &str) -> Vec<u8> {
    format!("attune vault {vault_id} slot {slot}").into_bytes()
}

/// A slot with its stored check, as the MAC seals it.
pub(super) fn with_check(slot: Option<&Slot>) -> Option<(&Slot, &[u8])> {
    slot.map(|s| (s, s.check.as_deref().unwrap_or_default()))
}

/// Reads one slot leniently: anything wrong with it makes it damaged, not the whole file.
pub(super) fn read_slot(value: Option<&Value>, vault_id: &Uuid, name: &str, format: u32) -> Result<SlotState> {
    let Some(slot) = value.filter(|v| !v.is_null()).and_then(|v| Slot::deserialize(v).ok()) else {
        return Ok(SlotState::Unreadable);
    };
    if !slot.well_formed(name == PASSPHRASE) {
        return Ok(SlotState::Unreadable);
    }
    if format < 2 {
        return Ok(if slot.check.is_none() { SlotState::Intact(slot) } else { SlotState::Unreadable });
    }
    let matches = match &slot.check {
        Some(stored) => seal::same(stored, &seal::check(vault_id, name, &slot)?),
        None => false,
    };
    Ok(if matches { SlotState::Intact(slot) } else { SlotState::Altered(slot) })
}

pub(super) fn passphrase_slot(
    vault_id: &Uuid,
    key: &DataKey,
    passphrase: &Passphrase,
    params: Argon2Params,
) -> Result<Slot> {
    let salt = crypto::random_bytes::<SALT_LEN>().to_vec();
    let kek = crypto::passphrase_kek(passphrase, params, &salt)?;
    let (nonce, ciphertext) = crypto::wrap(&kek, key, &aad(vault_id, PASSPHRASE))?;
    let kdf = Kdf::Argon2id { m_kib: params.m_kib, t: params.t, p: params.p, salt };
    Ok(Slot { kdf, nonce: nonce.to_vec(), ciphertext, check: None })
}

pub(super) fn recovery_slot(vault_id: &Uuid, key: &DataKey, recovery: &RecoveryKey) -> Result<Slot> {
    let salt = crypto::random_bytes::<SALT_LEN>().to_vec();
    let kek = crypto::recovery_kek(recovery, &salt)?;
    let (nonce, ciphertext) = crypto::wrap(&kek, key, &aad(vault_id, RECOVERY))?;
    Ok(Slot { kdf: Kdf::HkdfSha256 { salt }, nonce: nonce.to_vec(), ciphertext, check: None })
}

impl Slot {
    /// The right KDF for its slot and the right lengths; the check (format 2) is looked at separately.
    pub(super) fn well_formed(&self, passphrase: bool) -> bool {
        let salt = match (&self.kdf, passphrase) {
            (Kdf::Argon2id { salt, .. }, true) | (Kdf::HkdfSha256 { salt }, false) => salt,
            _ => return false,
        };
        salt.len() == SALT_LEN
            && self.nonce.len() == crypto::NONCE_LEN
            && self.ciphertext.len() == crypto::WRAPPED_LEN
            && self.check.as_ref().is_none_or(|c| c.len() == seal::CHECK_LEN)
    }

    pub(super) fn open(&self, kek: &Kek, aad: &[u8]) -> Option<DataKey> {
        crypto::unwrap(kek, &self.nonce, &self.ciphertext, aad)
    }
}
