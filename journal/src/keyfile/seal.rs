//! The key file's two integrity checks, both over a canonical encoding (typed structs serialised in a fixed field
//! order, so the bytes never depend on how a JSON map happens to be ordered):
//!
//! - each slot's **check**: a truncated SHA-256 of the vault id, the slot's name and the slot itself. It has no key,
//!   so it can be checked before anything is unlocked: a slot whose check fails is *damaged*, never "a wrong
//!   passphrase", and the message can name it. It catches accidents (a flipped bit, a truncated write), not an
//!   attacker, who could recompute it;
//! - the file's **MAC**: HMAC-SHA256 over the whole file under a key derived (HKDF) from the data key. It can only be
//!   checked after a slot has unwrapped the data key, and it catches any change to the *other* slot, deliberate or not.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::slots::{Kdf, Slot};
use crate::crypto::DataKey;
use crate::{Error, Result};

/// Bytes of a slot's check.
pub(super) const CHECK_LEN: usize = 16;
/// Bytes of the file's MAC.
pub(super) const MAC_LEN: usize = 32;

/// A slot as it is checked and sealed: everything but its check.
#[derive(Serialize)]
struct SlotBody<'a> {
    kdf: &'a Kdf,
    #[serde(with = "super::slots::hex_bytes")]
    nonce: &'a [u8],
    #[serde(with = "super::slots::hex_bytes")]
    ciphertext: &'a [u8],
}

/// The whole file as sealed by the MAC: a missing (damaged and dropped) slot is `null`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FileBody<'a> {
    format: u32,
    vault_id: &'a Uuid,
    passphrase: Option<SealedSlot<'a>>,
    recovery: Option<SealedSlot<'a>>,
}

#[derive(Serialize)]
struct SealedSlot<'a> {
    body: SlotBody<'a>,
    #[serde(with = "super::slots::hex_bytes")]
    check: &'a [u8],
}

fn encode(value: &impl Serialize) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|_| Error::Internal("encoding the key file"))
}

fn body(slot: &Slot) -> SlotBody<'_> {
    SlotBody { kdf: &slot.kdf, nonce: &slot.nonce, ciphertext: &slot.ciphertext }
}

/// The check a slot named `name` of vault `vault_id` should carry.
pub(super) fn check(vault_id: &Uuid, name: &str, slot: &Slot) -> Result<[u8; CHECK_LEN]> {
    let mut hash = Sha256::new();
    hash.update(b"attune key file slot check v2\0");
    hash.update(vault_id.as_bytes());
    hash.update(name.as_bytes());
    hash.update(b"\0");
    hash.update(encode(&body(slot))?);
    let digest = hash.finalize();
    let mut out = [0u8; CHECK_LEN];
    out.copy_from_slice(&digest[..CHECK_LEN]);
    Ok(out)
}

/// The MAC over the file with these slots (each with its check), under a key derived from the data key.
pub(super) fn mac(
    key: &DataKey,
    format: u32,
    vault_id: &Uuid,
    passphrase: Option<(&Slot, &[u8])>,
    recovery: Option<(&Slot, &[u8])>,
) -> Result<[u8; MAC_LEN]> {
    fn sealed<'a>(s: Option<(&'a Slot, &'a [u8])>) -> Option<SealedSlot<'a>> {
        s.map(|(slot, check)| SealedSlot { body: body(slot), check })
    }
    let file = FileBody { format, vault_id, passphrase: sealed(passphrase), recovery: sealed(recovery) };
    let hk = hkdf::Hkdf::<Sha256>::new(Some(vault_id.as_bytes()), &key.0);
    let mut mac_key = zeroize::Zeroizing::new([0u8; 32]);
    hk.expand(b"attune key file mac v2", mac_key.as_mut_slice())
        .map_err(|_| Error::Internal("deriving the key file's MAC key"))?;
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(mac_key.as_slice())
        .map_err(|_| Error::Internal("keying the key file's MAC"))?;
    mac.update(&encode(&file)?);
    let mut out = [0u8; MAC_LEN];
    out.copy_from_slice(&mac.finalize().into_bytes());
    Ok(out)
}

/// Compares two byte strings without an early exit on the first difference.
pub(super) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
