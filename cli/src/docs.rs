//! Shell completions and man pages, made from the command line's own definitions (`args`), so they always list exactly
//! the commands and options this build has. The Linux packages are built with them (packaging/stage.sh runs
//! `attune man-pages` and `attune completions`); nothing here is a hand-written list.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::args::Cli;
use crate::error::CliError;
use crate::render::Out;

/// The completion script for `shell`, on stdout.
pub fn completions(out: &mut Out, shell: Shell) -> Result<(), CliError> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut without_hidden_commands(Cli::command()), "attune", &mut script);
    out.raw(&String::from_utf8_lossy(&script))
}

/// `cmd` without its hidden subcommands (clap_complete would offer them; man pages already leave them out).
fn without_hidden_commands(cmd: clap::Command) -> clap::Command {
    let visible: Vec<clap::Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned().collect();
    let kept = clap::Command::new("attune")
        .version(env!("CARGO_PKG_VERSION"))
        .args(cmd.get_arguments().cloned())
        .subcommands(visible)
        .subcommand_required(cmd.is_subcommand_required_set());
    match cmd.get_about() {
        Some(about) => kept.about(about.clone()),
        None => kept,
    }
}

/// Writes `attune.1` and one page per visible command (`attune-add.1`, `attune-add-check-in.1`, ...) into `dir`.
pub fn man_pages(dir: &Path) -> Result<(), CliError> {
    let write_error = |source| CliError::File { action: "write man pages into", path: dir.to_path_buf(), source };
    std::fs::create_dir_all(dir).map_err(write_error)?;
    clap_mangen::generate_to(Cli::command(), dir).map_err(write_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every visible command, as the man page file names it: `attune`, `attune-add`, `attune-add-check-in`, ...
    fn visible_commands(cmd: &clap::Command, prefix: &str, names: &mut Vec<String>) {
        let name = if prefix.is_empty() { cmd.get_name().to_string() } else { format!("{prefix}-{}", cmd.get_name()) };
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            visible_commands(sub, &name, names);
        }
        names.push(name);
    }

    #[test]
    fn completions_offer_every_visible_command_and_no_hidden_one() {
        let mut out = Vec::new();
        clap_complete::generate(Shell::Fish, &mut without_hidden_commands(Cli::command()), "attune", &mut out);
        let script = String::from_utf8(out).unwrap();
        for sub in Cli::command().get_subcommands() {
            let offered = script.contains(&format!("-a \"{}\"", sub.get_name()));
            assert_eq!(offered, !sub.is_hide_set(), "{} offered: {offered}", sub.get_name());
        }
    }

    #[test]
    fn there_is_a_man_page_for_every_visible_command_and_none_for_hidden_ones() {
        let dir = tempfile::tempdir().unwrap();
        man_pages(dir.path()).unwrap();
        let mut written: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".1").to_string())
            .collect();
        written.sort();
        let mut expected = Vec::new();
        visible_commands(&Cli::command(), "", &mut expected);
        expected.sort();
        assert_eq!(written, expected);
        assert!(!written.iter().any(|n| n.contains("man-pages")), "the hidden generator has no page of its own");

        let main = std::fs::read_to_string(dir.path().join("attune.1")).unwrap();
        assert!(main.starts_with(".ie"), "a roff page");
        assert!(main.contains(".TH attune 1"), "titled attune(1)");
        assert!(main.contains(env!("CARGO_PKG_VERSION")), "with the workspace version");
        assert!(main.contains("ATTUNE_PASSPHRASE"), "with the environment and exit codes from --help");
    }
}
