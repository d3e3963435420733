//! `attune brief` through the real binary: the chosen entries read back from the PDF with `pdftotext`, nothing
//! unchosen in it, the file owner-only, and clear errors for briefs that can't be made.

mod common;

use std::path::Path;
use std::process::Command;

use common::{id_of, TestVault};
use predicates::str::contains;

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: run `make deps`");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Sam and Ana, and three entries: a check-in about Sam, a note about Ana, a note about no one.
fn journal() -> (TestVault, Vec<String>) {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner"]);
    v.ok(&["people", "add", "Ana", "--relationship", "friend"]);
    let ids = vec![
        id_of(&v.json(&[
            "add",
            "check-in",
            "--pleasantness",
            "-2",
            "--energy",
            "2",
            "--feeling",
            "anxious",
            "--text",
            "Nervous before the visit to Zoë's parents in Köln",
            "--person",
            "Sam",
        ])),
        id_of(&v.json(&["add", "note", "Coffee with Ana, she made me laugh", "--person", "Ana"])),
        id_of(&v.json(&["add", "note", "A grocery list nobody should see"])),
    ];
    (v, ids)
}

#[test]
fn brief_by_person_writes_an_owner_only_pdf_with_only_their_entries() {
    let (v, _) = journal();
    let out = v.file("brief.pdf");
    v.cmd()
        .args(["brief", "--from", "2000-01-01", "--to", "2100-01-01", "--person", "Sam", "--talk-about"])
        .arg("Feeling tense around family visits")
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(contains("Wrote a brief of 1 entry"))
        .stderr(contains("isn't encrypted"));
    let text = pdftotext(&out);
    assert!(text.contains("For my next session"));
    assert!(text.contains("Feeling tense around family visits"));
    assert!(text.contains("Nervous before the visit to Zoë's parents in Köln"), "{text}");
    assert!(!text.contains("Coffee with Ana"));
    assert!(!text.contains("grocery list"));
    #[cfg(unix)]
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn hand_picked_entries_as_markdown_with_json_output() {
    let (v, ids) = journal();
    let out = v.file("brief.md");
    // A prefix long enough to be unique: ids begin with the time they were made, to the millisecond.
    let short = &ids[1][..18];
    let printed = v.json(&["brief", "--entry", short, "--format", "markdown", "-o", out.to_str().unwrap()]);
    assert_eq!(printed["entries"], 1);
    assert_eq!(printed["format"], "md");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("# For my next session\n"));
    assert!(md.contains("## Notes (1)"));
    assert!(md.contains("Coffee with Ana, she made me laugh"));
    assert!(!md.contains("grocery") && !md.contains("Nervous"));
}

#[test]
fn kinds_filter_the_brief() {
    let (v, _) = journal();
    let out = v.file("checkins.pdf");
    v.cmd().args(["brief", "--kind", "check-in", "-o"]).arg(&out).assert().success();
    let text = pdftotext(&out);
    assert!(text.contains("Check-ins (1)"));
    assert!(!text.contains("Notes ("));
}

#[test]
fn a_brief_with_nothing_in_it_is_a_clear_error_and_writes_nothing() {
    let (v, _) = journal();
    let out = v.file("empty.pdf");
    v.cmd()
        .args(["brief", "--from", "1990-01-01", "--to", "1990-12-31", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(contains("no entries match"));
    assert!(!out.exists());
    v.cmd().args(["brief", "--person", "Nobody", "-o"]).arg(&out).assert().failure().stderr(contains("Nobody"));
    v.cmd().args(["brief", "--kind", "dreams", "-o"]).arg(&out).assert().failure().stderr(contains("not a kind"));
}

#[test]
fn output_is_required() {
    let (v, _) = journal();
    v.cmd().args(["brief"]).assert().failure().stderr(contains("--output"));
}

/// Listening together and reaching entries go into a brief under their own headings, with both turns.
#[test]
fn the_practices_go_into_a_brief_under_their_own_headings() {
    let (v, _) = journal();
    v.ok(&[
        "add",
        "listening",
        "--person",
        "Sam",
        "--they-went-first",
        "--i-heard",
        "You want Sundays to be slower",
        "--they-heard",
        "You'd like us to plan less",
    ]);
    v.ok(&["add", "reaching", "--moment", "Phone face down all evening", "--wanted", "both"]);
    let list = v.ok(&["list", "--kind", "listening", "--kind", "reaching"]);
    assert!(list.contains("Listening together") && list.contains("Reaching and pulling away"), "{list}");
    let out = v.file("practices.md");
    v.cmd()
        .args(["brief", "--kind", "listening", "--kind", "reaching", "--format", "markdown", "-o"])
        .arg(&out)
        .assert()
        .success();
    let md = std::fs::read_to_string(&out).unwrap();
    for expected in [
        "## Listening together (1)",
        "Sam spoke, I listened",
        "You want Sundays to be slower",
        "You'd like us to plan less",
        "## Reaching and pulling away (1)",
        "Phone face down all evening",
    ] {
        assert!(md.contains(expected), "'{expected}' missing:\n{md}");
    }
    assert!(!md.contains("Coffee with Ana"));
}
