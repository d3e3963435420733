//! The recovery key: 128 random bits and a checksum, written as Crockford base32 so it survives being copied by hand.

use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::{Error, Result};

/// Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U.
const CROCKFORD: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random bytes in a recovery key.
const RECOVERY_BYTES: usize = 16;
/// Checksum bytes appended before encoding (a truncated SHA-256 of the random bytes).
const CHECKSUM_BYTES: usize = 4;
/// Characters in the written form, without dashes: (16 + 4) bytes × 8 bits / 5 bits per character.
const RECOVERY_CHARS: usize = (RECOVERY_BYTES + CHECKSUM_BYTES) * 8 / 5;

fn crockford() -> Result<data_encoding::Encoding> {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str(CROCKFORD);
    spec.encoding().map_err(|_| Error::Internal("the recovery key's alphabet"))
}

fn checksum(bytes: &[u8; RECOVERY_BYTES]) -> [u8; CHECKSUM_BYTES] {
    let digest = Sha256::digest(bytes);
    let mut out = [0u8; CHECKSUM_BYTES];
    out.copy_from_slice(&digest[..CHECKSUM_BYTES]);
    out
}

/// The recovery key: 128 random bits plus a checksum, shown once at creation as eight groups of four characters
/// (Crockford base32: no I, L, O or U, so it survives being written by hand and read back).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey(pub(crate) [u8; 16]);

impl RecoveryKey {
    /// A new random recovery key.
    pub(crate) fn generate() -> Self {
        let mut key = RecoveryKey([0; RECOVERY_BYTES]);
        OsRng.fill_bytes(&mut key.0);
        key
    }

    /// Parses what a person typed: case, spaces and dashes don't matter, and O/I/L read as 0/1/1.
    /// A typo gives [`crate::Error::MalformedRecoveryKey`] saying what is wrong.
    pub fn parse(s: &str) -> crate::Result<Self> {
        let mut chars = Zeroizing::new(String::with_capacity(s.len()));
        for c in s.chars() {
            let normal = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' | '\n' | '\r' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                u if CROCKFORD.contains(u) => u,
                _ => return Err(Error::MalformedRecoveryKey(format!("invalid character '{c}'"))),
            };
            chars.push(normal);
        }
        let found = chars.chars().count();
        if found != RECOVERY_CHARS {
            return Err(Error::MalformedRecoveryKey(format!(
                "wrong length: a recovery key has {RECOVERY_CHARS} characters, this has {found}"
            )));
        }
        let mut raw = Zeroizing::new([0u8; RECOVERY_BYTES + CHECKSUM_BYTES]);
        crockford()?
            .decode_mut(chars.as_bytes(), raw.as_mut_slice())
            .map_err(|_| Error::MalformedRecoveryKey("it can't be decoded; please check each character".into()))?;
        let mut key = RecoveryKey([0; RECOVERY_BYTES]);
        key.0.copy_from_slice(&raw[..RECOVERY_BYTES]);
        if checksum(&key.0) != raw[RECOVERY_BYTES..] {
            return Err(Error::MalformedRecoveryKey(
                "checksum doesn't match: probably a typo; please compare it character by character".into(),
            ));
        }
        Ok(key)
    }

    /// The form to show and write down: `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
    pub fn display(&self) -> Zeroizing<String> {
        let mut raw = Zeroizing::new([0u8; RECOVERY_BYTES + CHECKSUM_BYTES]);
        raw[..RECOVERY_BYTES].copy_from_slice(&self.0);
        raw[RECOVERY_BYTES..].copy_from_slice(&checksum(&self.0));
        let mut plain = Zeroizing::new([0u8; RECOVERY_CHARS]);
        if let Ok(enc) = crockford() {
            enc.encode_mut(raw.as_slice(), plain.as_mut_slice());
        }
        let mut out = Zeroizing::new(String::with_capacity(RECOVERY_CHARS + RECOVERY_CHARS / 4));
        for (i, &b) in plain.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(b));
        }
        out
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey([REDACTED])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn display_is_eight_groups_of_four() {
        let shown = RecoveryKey::generate().display();
        let groups: Vec<&str> = shown.split('-').collect();
        assert_eq!(groups.len(), 8);
        assert!(groups.iter().all(|g| g.len() == 4 && g.chars().all(|c| CROCKFORD.contains(c))));
    }

    proptest! {
        // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
        #![proptest_config(ProptestConfig {
            failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
                "tests/proptest-regressions/crypto_recovery.txt",
            ))),
            ..ProptestConfig::default()
        })]
        #[test]
        fn recovery_key_display_parse_round_trip(bytes in any::<[u8; 16]>(), lower in any::<bool>()) {
            let key = RecoveryKey(bytes);
            let shown = key.display();
            let typed = if lower { shown.to_lowercase().replace('-', " ") } else { shown.to_string() };
            prop_assert_eq!(RecoveryKey::parse(&typed).unwrap().0, bytes);
        }

        #[test]
        fn single_character_typo_is_caught(bytes in any::<[u8; 16]>(), pos in 0usize..RECOVERY_CHARS, sym in 0usize..32) {
            let shown: Vec<u8> = RecoveryKey(bytes).display().bytes().filter(|&b| b != b'-').collect();
            let replacement = CROCKFORD.as_bytes()[sym];
            prop_assume!(shown[pos] != replacement);
            let mut typo = shown.clone();
            typo[pos] = replacement;
            let typed = String::from_utf8(typo).unwrap();
            match RecoveryKey::parse(&typed) {
                Err(Error::MalformedRecoveryKey(_)) => {}
                // 32 characters carry exactly 160 bits, so any change alters the bytes or the checksum.
                Ok(k) => prop_assert!(false, "typo accepted: {:?}", k.0),
                Err(e) => prop_assert!(false, "unexpected error {e}"),
            }
        }
    }

    #[test]
    fn parse_reports_what_is_wrong() {
        let shown = RecoveryKey([1; 16]).display().to_string();
        let msg = |s: &str| match RecoveryKey::parse(s) {
            Err(Error::MalformedRecoveryKey(m)) => m,
            other => panic!("expected MalformedRecoveryKey, got {other:?}"),
        };
        assert!(msg(&shown[..shown.len() - 2]).contains("wrong length"));
        assert!(msg(&format!("U{}", &shown[1..])).contains("invalid character 'U'"));
        let mut swapped: Vec<char> = shown.chars().collect();
        swapped[0] = if swapped[0] == '2' { '3' } else { '2' };
        assert!(msg(&swapped.into_iter().collect::<String>()).contains("checksum"));
        // O, I and L read as 0, 1, 1.
        let confusable = shown.replace('0', "o").replace('1', "l");
        assert_eq!(RecoveryKey::parse(&confusable).unwrap().0, [1; 16]);
    }
}
