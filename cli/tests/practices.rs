//! `attune add listening` and `attune add reaching` through the real binary: both turns kept in order, edits fill the
//! right turn, clear errors for what's missing, and the reflection's fields shown back.

mod common;

use common::{id_of, TestVault};
use predicates::str::contains;

fn with_sam() -> TestVault {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner"]);
    v
}

#[test]
fn listening_keeps_both_turns_in_the_order_they_were_taken() {
    let v = with_sam();
    let entry = v.json(&[
        "add",
        "listening",
        "--person",
        "Sam",
        "--they-went-first",
        "--they-spoke-about",
        "work",
        "--i-heard",
        "You feel stretched thin at work and want me to notice",
        "--i-got-it",
        "partly",
        "--i-missed",
        "It's also about feeling alone with it",
        "--i-asked",
        "What would help most this week?",
        "--i-spoke-about",
        "my sister",
        "--they-heard",
        "You miss your sister and worry she's drifting",
        "--they-got-it",
        "yes",
        "--afterwards",
        "Let's do this on Sundays",
    ]);
    let turns = entry["body"]["turns"].as_array().unwrap();
    assert_eq!(turns.len(), 2);
    assert_eq!(turns[0]["speaker"], "them");
    assert_eq!(turns[0]["heard"], "You feel stretched thin at work and want me to notice");
    assert_eq!(turns[0]["gotIt"], "partly");
    assert_eq!(turns[0]["missed"], "It's also about feeling alone with it");
    assert_eq!(turns[1]["speaker"], "me");
    assert_eq!(turns[1]["gotIt"], "yes");
    assert_eq!(entry["body"]["afterwards"], "Let's do this on Sundays");

    let id = id_of(&entry);
    let shown = v.ok(&["show", &id]);
    for text in ["stretched thin", "feeling alone with it", "drifting", "Sundays"] {
        assert!(shown.contains(text), "'{text}' missing from show:\n{shown}");
    }
    // An edit fills the turn it names and leaves the other as it was.
    let edited = v.json(&["edit", &id, "--they-asked", "When did you last call her?"]);
    assert_eq!(edited["body"]["turns"][1]["question"], "When did you last call her?");
    assert_eq!(edited["body"]["turns"][0]["heard"], turns[0]["heard"]);
}

#[test]
fn listening_needs_the_person_and_what_was_heard() {
    let v = with_sam();
    v.cmd()
        .args(["add", "listening", "--they-heard", "You had a long day"])
        .assert()
        .failure()
        .stderr(contains("who you listened with"));
    v.cmd()
        .args(["add", "listening", "--person", "Sam", "--they-heard", "You had a long day", "--they-got-it", "mostly"])
        .assert()
        .failure()
        .stderr(contains("yes, partly"));
    // Only my turn, and what they asked: "heard" is still needed for a turn that was started.
    v.cmd()
        .args([
            "add",
            "listening",
            "--person",
            "Sam",
            "--they-heard",
            "You had a long day",
            "--i-asked",
            "How was yours?",
        ])
        .assert()
        .failure()
        .stderr(contains("what you heard"));
}

#[test]
fn reaching_keeps_the_moment_what_i_wanted_and_what_i_did() {
    let v = with_sam();
    let entry = v.json(&[
        "add",
        "reaching",
        "--person",
        "Sam",
        "--moment",
        "Sam was quiet all through dinner",
        "--feeling",
        "uneasy,lonely",
        "--wanted",
        "pull-away",
        "--did",
        "Went to bed early",
        "--might-have-helped",
        "Asking how the day went",
        "--steady-response",
        "Saying I'd missed them and asking if they were okay",
    ]);
    assert_eq!(entry["body"]["wanted"], "pull_away");
    assert_eq!(entry["body"]["felt"], serde_json::json!(["uneasy", "lonely"]));
    let id = id_of(&entry);
    let shown = v.ok(&["show", &id]);
    for text in ["quiet all through dinner", "Went to bed early", "asking if they were okay"] {
        assert!(shown.contains(text), "'{text}' missing from show:\n{shown}");
    }
    assert!(v.ok(&["list"]).contains("pull away"));
    let edited = v.json(&["edit", &id, "--wanted", "both"]);
    assert_eq!(edited["body"]["wanted"], "both");
    assert_eq!(edited["body"]["did"], "Went to bed early");
    v.cmd()
        .args(["add", "reaching", "--moment", "A cold goodbye", "--wanted", "cling"])
        .assert()
        .failure()
        .stderr(contains("reach, pull-away, both"));
    v.cmd()
        .args(["edit", &id, "--they-heard", "something"])
        .assert()
        .failure()
        .stderr(contains("--they-heard does not apply"));
}
