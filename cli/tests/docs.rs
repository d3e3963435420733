//! `attune completions` and `attune man-pages`, as the packages use them: the real binary, no journal needed.

mod common;

use common::bare_cmd;
use predicates::prelude::*;
use rstest::rstest;

#[rstest]
#[case::bash("bash", "complete -F")]
#[case::zsh("zsh", "#compdef attune")]
#[case::fish("fish", "complete -c attune")]
#[case::elvish("elvish", "edit:completion:arg-completer[attune]")]
#[case::powershell("powershell", "Register-ArgumentCompleter")]
fn completions_name_the_commands_for_each_shell(#[case] shell: &str, #[case] marker: &str) {
    bare_cmd()
        .args(["completions", shell])
        .assert()
        .success()
        .stdout(predicate::str::contains(marker))
        .stdout(predicate::str::contains("check-in"))
        .stdout(predicate::str::contains("reminders"))
        .stdout(predicate::str::contains("man-pages").not());
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    bare_cmd().args(["completions", "tcsh"]).assert().code(2).stderr(predicate::str::contains("bash"));
}

#[test]
fn man_pages_are_written_without_a_journal_and_the_generator_stays_out_of_help() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man");
    bare_cmd().arg("man-pages").arg(&dir).assert().success().stdout("");
    for page in ["attune.1", "attune-add.1", "attune-add-check-in.1", "attune-reminders.1", "attune-completions.1"] {
        assert!(dir.join(page).is_file(), "{page} was written");
    }
    bare_cmd().arg("--help").assert().success().stdout(predicate::str::contains("man-pages").not());
}

#[test]
fn man_pages_into_a_file_that_is_in_the_way_fail_with_an_io_error() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    bare_cmd().arg("man-pages").arg(&blocker).assert().code(9).stderr(predicate::str::contains("not-a-folder"));
}
