use super::slots::SALT_LEN;
use super::*;

const PASS: &str = "correct horse";

fn sample() -> (KeyFile, DataKey, RecoveryKey) {
    let key = DataKey::generate();
    let rk = RecoveryKey::generate();
    let file = KeyFile::new(&key, &Passphrase::new(PASS), &rk).unwrap();
    (file, key, rk)
}

fn json(file: &KeyFile, key: &DataKey) -> Value {
    serde_json::from_slice(&file.to_bytes(key).unwrap()).unwrap()
}

fn reparse(v: &Value) -> Result<KeyFile> {
    KeyFile::parse(&serde_json::to_vec(v).unwrap())
}

fn pass() -> Secret {
    Secret::Passphrase(Passphrase::new(PASS))
}

#[test]
fn round_trips_through_bytes_and_both_slots_open() {
    let (file, key, rk) = sample();
    let back = KeyFile::parse(&file.to_bytes(&key).unwrap()).unwrap();
    let by_pass = back.unlock(&pass()).unwrap();
    assert!(by_pass.key.same_as(&key) && by_pass.warnings.is_empty() && !by_pass.upgrade);
    let by_recovery = back.unlock(&Secret::RecoveryKey(rk)).unwrap();
    assert!(by_recovery.key.same_as(&key) && by_recovery.warnings.is_empty());
    assert!(matches!(back.unlock(&Secret::Passphrase(Passphrase::new("wrong"))), Err(Error::WrongPassphrase)));
    assert!(matches!(back.unlock(&Secret::RecoveryKey(RecoveryKey::generate())), Err(Error::WrongRecoveryKey)));
    assert!(back.problems(&key).unwrap().is_empty());
}

#[test]
fn a_slot_moved_to_another_vault_is_damage_not_a_wrong_key() {
    // The vault id is in every slot's check and associated data: changed, neither slot is trusted.
    let (file, key, rk) = sample();
    let mut v = json(&file, &key);
    v["vaultId"] = Uuid::now_v7().to_string().into();
    let parsed = reparse(&v).unwrap();
    let err = parsed.unlock(&Secret::RecoveryKey(rk)).map(|u| u.key).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "key file", .. }), "{err}");
}

/// Regression (issue 7): a flipped byte in the recovery slot used to pass unnoticed until the day of recovery.
#[test]
fn recovery_slot_damage_is_reported_when_unlocking_with_the_passphrase() {
    let (file, key, rk) = sample();
    for field in ["nonce", "ciphertext", "check"] {
        let mut v = json(&file, &key);
        let mut text = v["slots"]["recovery"][field].as_str().unwrap().to_string();
        let flipped = if text.starts_with('0') { "1" } else { "0" };
        text.replace_range(0..1, flipped);
        v["slots"]["recovery"][field] = text.into();
        let parsed = reparse(&v).unwrap();
        let unlocked = parsed.unlock(&pass()).unwrap();
        assert_eq!(unlocked.warnings, [Warning::RecoverySlotDamaged], "{field}");
        assert!(!parsed.problems(&key).unwrap().is_empty(), "verify sees {field}");
        if field != "check" {
            let err = parsed.unlock(&Secret::RecoveryKey(rk.clone())).map(|u| u.key).unwrap_err();
            assert!(matches!(err, Error::Corrupt { .. }), "{field}: {err}");
        }
    }
}

/// Regression (issue 7): damage to the passphrase slot read as "wrong passphrase".
#[test]
fn passphrase_slot_damage_is_not_a_wrong_passphrase() {
    let (file, key, rk) = sample();
    let mut v = json(&file, &key);
    v["slots"]["passphrase"]["kdf"]["salt"] = "00".repeat(SALT_LEN).into();
    let parsed = reparse(&v).unwrap();
    let err = parsed.unlock(&pass()).map(|u| u.key).unwrap_err();
    assert!(matches!(err, Error::Corrupt { what: "key file", .. }), "{err}");
    assert!(err.to_string().contains("passphrase part is damaged"), "{err}");
    let unlocked = parsed.unlock(&Secret::RecoveryKey(rk)).unwrap();
    assert_eq!(unlocked.warnings, [Warning::PassphraseSlotDamaged]);
}

#[test]
fn a_damaged_recovery_slot_is_dropped_by_a_passphrase_change_and_restored_by_a_new_recovery_key() {
    let (file, key, _) = sample();
    let mut v = json(&file, &key);
    v["slots"]["recovery"]["nonce"] = "ab".repeat(crypto::NONCE_LEN).into();
    let damaged = reparse(&v).unwrap();
    let changed = damaged.with_passphrase(&key, &Passphrase::new("second"), &pass()).unwrap();
    let reread = KeyFile::parse(&changed.to_bytes(&key).unwrap()).unwrap();
    assert!(matches!(reread.recovery, SlotState::Unreadable), "never carried forward as if whole");
    let unlocked = reread.unlock(&Secret::Passphrase(Passphrase::new("second"))).unwrap();
    assert_eq!(unlocked.warnings, [Warning::RecoverySlotDamaged]);

    let fresh = RecoveryKey::generate();
    let renewed = reread.with_new_recovery(&key, &Passphrase::new("second"), &fresh).unwrap();
    let reread = KeyFile::parse(&renewed.to_bytes(&key).unwrap()).unwrap();
    assert!(reread.unlock(&Secret::RecoveryKey(fresh)).unwrap().warnings.is_empty());
    assert!(reread.problems(&key).unwrap().is_empty());
}

#[test]
fn a_mac_that_does_not_match_blames_the_other_slot() {
    let (file, key, rk) = sample();
    let mut v = json(&file, &key);
    v["mac"] = "00".repeat(seal::MAC_LEN).into();
    let parsed = reparse(&v).unwrap();
    assert_eq!(parsed.unlock(&pass()).unwrap().warnings, [Warning::RecoverySlotDamaged]);
    assert_eq!(parsed.unlock(&Secret::RecoveryKey(rk)).unwrap().warnings, [Warning::PassphraseSlotDamaged]);
}

#[test]
fn format_1_is_read_and_marked_for_upgrade() {
    let (file, key, rk) = sample();
    let mut v = json(&file, &key);
    v["format"] = 1.into();
    v.as_object_mut().unwrap().remove("mac");
    for slot in [PASSPHRASE, RECOVERY] {
        v["slots"][slot].as_object_mut().unwrap().remove("check");
    }
    let old = reparse(&v).unwrap();
    let unlocked = old.unlock(&Secret::RecoveryKey(rk)).unwrap();
    assert!(unlocked.upgrade && unlocked.warnings.is_empty());
    let upgraded = KeyFile::parse(&old.to_bytes(&key).unwrap()).unwrap();
    assert_eq!(upgraded.format, FORMAT);
    assert!(upgraded.problems(&key).unwrap().is_empty());
}

#[test]
fn newer_format_and_unknown_fields_are_typed() {
    let (file, key, _) = sample();
    let v = json(&file, &key);
    let mut newer = v.clone();
    newer["format"] = 7.into();
    newer["slots"] = serde_json::json!({"something": "new"});
    assert!(matches!(reparse(&newer), Err(Error::NewerVersion { found: 7, supported: FORMAT })));
    let mut extra = v.clone();
    extra["surprise"] = true.into();
    assert!(matches!(reparse(&extra), Err(Error::Corrupt { what: "key file", .. })));
    assert!(matches!(KeyFile::parse(&vec![b' '; MAX_BYTES as usize + 1]), Err(Error::Corrupt { .. })));
}

/// Regression (issue 7): SECURITY.md promised m ≥ 64 MiB and t ≥ 3 but 8 MiB / t=1 was accepted, and 4 GiB / t=64
/// made one unlock take 11 s.
#[test]
fn argon2_parameters_outside_the_floor_and_ceiling_are_refused_with_their_own_message() {
    let key = DataKey::generate();
    let rk = RecoveryKey::generate();
    for (params, says) in [
        (Argon2Params { m_kib: 8 * 1024, t: 1, p: 1 }, "weaker than Attune's minimum"),
        (Argon2Params { m_kib: 4 * 1024 * 1024, t: 64, p: 1 }, "beyond Attune's maximum"),
        (Argon2Params { m_kib: 1024 * 1024, t: 10, p: 1 }, "beyond Attune's maximum"),
    ] {
        // Written with these parameters on purpose (checks and MAC consistent), without spending the work.
        let vault_id = Uuid::now_v7();
        let mut file = KeyFile::fresh(vault_id, &key, &Passphrase::new(PASS), Argon2Params::DEFAULT, &rk).unwrap();
        if let SlotState::Intact(slot) = &mut file.passphrase {
            slot.kdf = Kdf::Argon2id { m_kib: params.m_kib, t: params.t, p: params.p, salt: vec![1; SALT_LEN] };
        }
        let parsed = KeyFile::parse(&file.to_bytes(&key).unwrap()).unwrap();
        let err = parsed.unlock(&pass()).map(|u| u.key).unwrap_err();
        assert!(err.to_string().contains(says), "{params:?}: {err}");
        assert!(parsed.problems(&key).unwrap().iter().any(|p| p.contains(says)));
    }
}
