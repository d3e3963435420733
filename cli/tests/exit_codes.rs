//! The exit-code table in `attune --help`, case by case: each failure kind has its own code and a one-line message.

mod common;

use common::{bare_cmd, write, TestVault};
use predicates::prelude::*;
use rstest::rstest;

/// What the journal holds before the command runs.
#[derive(Debug, Clone, Copy)]
enum Setup {
    /// No journal in the folder.
    NoJournal,
    /// A new, empty journal.
    Empty,
    /// A journal with one note; `{id}` in the arguments becomes its id.
    OneNote,
}

#[rstest]
#[case::ok(Setup::Empty, &["list"], &[], 0, "")]
#[case::wrong_passphrase(Setup::Empty, &["list"], &[("ATTUNE_PASSPHRASE", "not the passphrase")], 3, "that passphrase doesn't open this journal")]
#[case::wrong_recovery_key(Setup::Empty, &["recover"], &[("ATTUNE_RECOVERY_KEY", "0000-0000-0000-0000-0000-0000-0000-0000"), ("ATTUNE_NEW_PASSPHRASE", "x y z")], 3, "recovery key")]
#[case::recovery_key_typo(Setup::Empty, &["recover"], &[("ATTUNE_RECOVERY_KEY", "not a key"), ("ATTUNE_NEW_PASSPHRASE", "x y z")], 3, "typo")]
#[case::entry_not_found(Setup::OneNote, &["show", "00000000-0000-7000-8000-000000000000"], &[], 4, "not found")]
#[case::prefix_not_found(Setup::OneNote, &["show", "ffffffff"], &[], 4, "not found")]
#[case::person_not_found(Setup::Empty, &["add", "note", "--person", "Nobody", "hello"], &[], 4, "no one called Nobody")]
#[case::prompt_not_found(Setup::Empty, &["add", "vulnerability", "--prompt", "no-such-prompt", "--answer", "x"], &[], 4, "prompt")]
#[case::closeness_out_of_range(Setup::Empty, &["add", "shared-experience", "--what", "a walk", "--closeness", "9"], &[], 5, "closeness")]
#[case::pleasantness_out_of_range(Setup::Empty, &["add", "check-in", "--pleasantness", "7", "--feeling", "calm", "--text", "x"], &[], 5, "pleasantness")]
#[case::pleasantness_far_out_of_range(Setup::Empty, &["add", "check-in", "--pleasantness", "1000", "--feeling", "calm", "--text", "x"], &[], 5, "pleasantness")]
#[case::empty_note(Setup::Empty, &["add", "note", ""], &[], 5, "")]
#[case::bad_import(Setup::Empty, &["import", "{dir}/not-an-export.json"], &[], 5, "")]
#[case::no_journal(Setup::NoJournal, &["list"], &[], 6, "no journal found")]
#[case::already_exists(Setup::Empty, &["init"], &[], 6, "already exists")]
#[case::unknown_flag(Setup::Empty, &["list", "--bogus"], &[], 2, "--bogus")]
#[case::not_a_love_language(Setup::Empty, &["people", "add", "Sam", "--love-language", "hugs"], &[], 2, "not a love language")]
#[case::bad_horseman(Setup::Empty, &["add", "conflict", "--what-happened", "x", "--horseman", "sulking:mine"], &[], 2, "--horseman")]
#[case::delete_without_yes_or_terminal(Setup::OneNote, &["delete", "{id}"], &[], 2, "--yes")]
#[case::missing_passphrase_file(Setup::Empty, &["--passphrase-file", "{dir}/nope", "list"], &[], 9, "could not read")]
#[case::missing_import_file(Setup::Empty, &["import", "{dir}/nope.json"], &[], 9, "could not read")]
fn exit_codes(
    #[case] setup: Setup,
    #[case] args: &[&str],
    #[case] env: &[(&str, &str)],
    #[case] code: i32,
    #[case] message: &str,
) {
    let v = TestVault::empty();
    let mut id = String::new();
    match setup {
        Setup::NoJournal => {}
        Setup::Empty => {
            v.ok(&["init"]);
        }
        Setup::OneNote => {
            v.ok(&["init"]);
            id = v.note("a note to act on");
        }
    }
    write(&v.file("not-an-export.json"), "{\"hello\": \"world\"}");
    let dir = v.tmp.path().to_string_lossy().into_owned();
    let args: Vec<String> = args.iter().map(|a| a.replace("{id}", &id).replace("{dir}", &dir)).collect();

    let mut cmd = v.cmd();
    cmd.args(&args);
    for (k, val) in env {
        cmd.env(k, val);
    }
    let assert = cmd.assert().code(code);
    if code == 0 {
        return;
    }
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    if code != 2 {
        assert!(stderr.starts_with("attune: ") && stderr.trim_end().lines().count() == 1, "one line: {stderr:?}");
    }
    assert!(stderr.contains(message), "stderr {stderr:?} should mention {message:?}");
}

#[test]
fn help_documents_the_exit_codes() {
    bare_cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:").and(predicate::str::contains("3  that passphrase")));
}
