//! `attune import --from FORMAT FILE`: the dry run first, all or nothing, and a second import adds nothing.

mod common;

use std::path::PathBuf;

use common::TestVault;
use predicates::prelude::*;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../journal/tests/fixtures/import").join(name);
    path.to_str().unwrap().to_owned()
}

#[test]
fn jrnl_dry_run_then_import_then_nothing_new() {
    let (v, _) = TestVault::init();
    let file = fixture("jrnl.json");
    let dry = v.ok(&["import", "--from", "jrnl", "--dry-run", &file]);
    assert!(dry.contains("Would bring in 4 notes, written 25 Mar 2023 to 27 Mar 2023."), "{dry}");
    assert!(dry.contains("1 entry had no words in them"), "{dry}");
    assert_eq!(v.json(&["list"])["entries"].as_array().unwrap().len(), 0, "a dry run writes nothing");

    let out = v.cmd().args(["import", "--from", "jrnl", &file]).assert().success().get_output().clone();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Brought in 4 entries"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Would bring in 4 notes"), "the plan is shown first");
    let reasons: Vec<String> =
        v.json(&["backup", "list"]).as_array().unwrap().iter().map(|b| b["reason"].as_str().unwrap().into()).collect();
    assert!(reasons.contains(&"before-import".to_string()), "{reasons:?}");

    let again = v.ok(&["import", "--from", "jrnl", &file]);
    assert!(again.contains("Nothing new to bring in."), "{again}");
    assert_eq!(v.json(&["list"])["entries"].as_array().unwrap().len(), 4);
}

#[test]
fn daylio_shows_the_mood_mapping_and_takes_changes() {
    let (v, _) = TestVault::init();
    let file = fixture("daylio.csv");
    let dry = v.ok(&["import", "--from", "daylio", "--dry-run", "--mood", "sleepy=-2", &file]);
    assert!(dry.contains("Would bring in 5 check-ins"), "{dry}");
    assert!(dry.contains("sleepy        -2"), "{dry}");
    let plan = v.json(&["import", "--from", "daylio", "--dry-run", &file]);
    assert_eq!(plan["moods"][4]["mood"], "sleepy");
    assert_eq!(plan["moods"][4]["standard"], false);
    v.ok(&["import", "--from", "daylio", "--mood", "sleepy=-2", &file]);
    let found = v.json(&["search", "episode"]);
    assert_eq!(found["hits"][0]["entry"]["body"]["pleasantness"], -2, "{found}");
}

#[test]
fn every_format_imports_from_the_command_line() {
    for (from, name, count) in [("dayone", "dayone.zip", 3), ("minidiarium", "minidiarium.json", 3)] {
        let (v, _) = TestVault::init();
        let report = v.json(&["import", "--from", from, &fixture(name)]);
        assert_eq!(report["entriesAdded"], count, "{from}: {report}");
    }
}

#[test]
fn a_bad_file_is_refused_with_what_is_wrong() {
    let (v, _) = TestVault::init();
    let bad = v.file("bad.json");
    common::write(&bad, "{\"entries\": [{\"date\": \"someday\"}]}");
    v.cmd()
        .args(["import", "--from", "jrnl", bad.to_str().unwrap()])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("entry 1 has a date or time jrnl doesn't write"));
    v.cmd()
        .args(["import", "--from", "evernote", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("choose one of: jrnl, dayone, minidiarium, daylio, attune"));
}
