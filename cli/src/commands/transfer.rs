//! `export` and `import`.

use std::io::{IsTerminal, Read};
use std::ops::ControlFlow;
use std::path::Path;

use attune_journal::export::ImportReport;
use attune_journal::import::{ImportOptions, ImportOutcome, ImportPlan, ImportSource};

use super::{confirm, note, shown, Ctx};
use crate::args::{ExportFormat, ImportArgs};
use crate::error::CliError;
use crate::render::{clock, Out};

/// `attune export`: to stdout, or to a file only you can read.
pub fn export(ctx: &mut Ctx, format: ExportFormat, output: Option<&Path>) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let text = zeroize::Zeroizing::new(match format {
        ExportFormat::Json => journal.export_json()?,
        ExportFormat::Markdown => journal.export_markdown()?,
    });
    let Some(path) = output else {
        return ctx.out.raw(&text);
    };
    attune_journal::files::write_private(path, text.as_bytes())?;
    note(&format!(
        "Wrote your journal to {}. That file isn't encrypted: keep it somewhere safe, and delete it when you're done.",
        shown(path)
    ));
    Ok(())
}

/// `attune import --from FORMAT FILE`: the dry run first, then (after asking, on a terminal) the import, with a
/// progress bar on a terminal. `-` reads the file from stdin.
pub fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<(), CliError> {
    let file = args.file.as_path();
    let bytes = if file == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|source| CliError::File {
            action: "read",
            path: file.into(),
            source,
        })?;
        bytes
    } else {
        std::fs::read(file).map_err(|source| CliError::File { action: "read", path: file.into(), source })?
    };
    let zone = match &args.tz {
        Some(name) => name.trim().parse::<chrono_tz::Tz>().map_err(|_| {
            CliError::Usage(format!("`{name}` isn't a time zone name like Europe/Berlin or America/New_York"))
        })?,
        None => crate::reminders::system_zone().unwrap_or(chrono_tz::UTC),
    };
    let mut options = ImportOptions::new(zone);
    options.moods.extend(args.mood.iter().cloned());
    let source = ImportSource::read(args.from, &bytes, &options)?;
    let journal = ctx.unlock()?;
    let plan = journal.plan_import(&source)?;
    if args.dry_run {
        if ctx.out.json {
            return ctx.out.value(&plan);
        }
        return show_plan(&mut ctx.out, &plan);
    }
    // The dry run goes to stderr when it isn't the whole answer, so stdout stays the result.
    if !ctx.out.json {
        let mut err = Out::stderr();
        show_plan(&mut err, &plan)?;
    }
    if plan.total_new == 0 && plan.new_people == 0 {
        if ctx.out.json {
            return ctx.out.value(&ImportReport { entries_skipped: plan.already_imported, ..ImportReport::default() });
        }
        return ctx.out.line("Nothing new to bring in.");
    }
    if !args.yes && std::io::stdin().is_terminal() && !confirm("Bring these in? [y/N] ")? {
        return ctx.out.line("Nothing was imported.");
    }
    let bar = progress_bar(plan.total_new);
    let outcome = journal.import(&source, &mut |p| {
        bar.set_length(p.total);
        bar.set_position(p.done);
        ControlFlow::Continue(())
    })?;
    bar.finish_and_clear();
    let ImportOutcome::Imported(report) = outcome else {
        return ctx.out.line("Nothing was imported.");
    };
    if ctx.out.json {
        return ctx.out.value(&report);
    }
    let mut line = format!(
        "Brought in {} and {}",
        plural(report.entries_added, "entry", "entries"),
        plural(report.people_added, "person", "people")
    );
    if report.entries_skipped > 0 {
        line.push_str(&format!(
            "; {} already here, left as they were",
            plural(report.entries_skipped, "entry was", "entries were")
        ));
    }
    ctx.out.line(format!("{line}."))
}

/// The dry run, for people.
fn show_plan(out: &mut Out, plan: &ImportPlan) -> Result<(), CliError> {
    if plan.total_new == 0 {
        out.line("Nothing new would come in.")?;
    } else {
        let kinds: Vec<String> = plan.new_entries.iter().map(|k| k.kind.count(k.count.into())).collect();
        let mut line = format!("Would bring in {}", kinds.join(", "));
        if let (Some(first), Some(last)) = (plan.first_date, plan.last_date) {
            let locale = clock::env_locale();
            let (first, last) = (clock::day(first, locale), clock::day(last, locale));
            line.push_str(&format!(", written {first} to {last}"));
        }
        out.line(format!("{line}."))?;
    }
    if plan.new_people > 0 {
        out.line(format!("And {}.", plural(plan.new_people, "new person", "new people")))?;
    }
    if plan.already_imported > 0 {
        out.line(format!(
            "{} already here from an earlier import, and will be left as they are.",
            plural(plan.already_imported, "entry is", "entries are")
        ))?;
    }
    for skipped in &plan.skipped {
        out.line(&skipped.message)?;
    }
    if !plan.moods.is_empty() {
        out.line("Moods become pleasantness (-5 to 5) like this; change one with --mood NAME=N:")?;
        for m in &plan.moods {
            let note = if m.standard { "" } else { "  (not one of Daylio's usual moods: worth a look)" };
            out.line(format!("  {:<12} {:>3}   {}{note}", m.mood, m.pleasantness, plural(m.rows, "row", "rows")))?;
        }
    }
    Ok(())
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(Some(total), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("Importing {bar:30} {pos}/{len} entries") {
        bar.set_style(style);
    }
    bar
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
