//! `brief`: a brief for a therapist, written to a file only you can read.

use attune_journal::brief::{BriefFormat, BriefRequest};
use chrono::Local;
use serde::Serialize;

use super::{note, shown, Ctx};
use crate::args::{self, BriefArgs};
use crate::error::CliError;
use crate::ids::find_entry;

/// What `--json` prints.
#[derive(Serialize)]
struct Written<'a> {
    path: String,
    format: &'a str,
    entries: u32,
    cover_line: &'a str,
}

/// `attune brief`: gather the chosen entries and write them as PDF or Markdown to `-o FILE`.
pub fn brief(ctx: &mut Ctx, args: BriefArgs) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let people =
        args.people.iter().map(|name| Ok(journal.person_by_name(name)?.id)).collect::<Result<_, CliError>>()?;
    let entries = args.entries.iter().map(|id| Ok(find_entry(&journal, id)?.id)).collect::<Result<_, CliError>>()?;
    let request = BriefRequest {
        entries,
        from: args.from,
        to: args.to,
        people,
        kinds: args.kinds,
        talk_about: args.talk_about.unwrap_or_default(),
        ..BriefRequest::default()
    };
    let format = match args.format {
        args::BriefFormat::Pdf => BriefFormat::Pdf,
        args::BriefFormat::Markdown => BriefFormat::Markdown,
    };
    let brief = journal.write_brief(&request, format, &args.output, Local::now().date_naive())?;
    if ctx.out.json {
        return ctx.out.value(&Written {
            path: shown(&args.output),
            format: format.extension(),
            entries: brief.entry_count,
            cover_line: &brief.cover_line,
        });
    }
    let count = if brief.entry_count == 1 { "1 entry".to_string() } else { format!("{} entries", brief.entry_count) };
    note(&format!(
        "Wrote a brief of {count} to {}. That file isn't encrypted: keep it somewhere safe, and delete it when you're done.",
        shown(&args.output)
    ));
    Ok(())
}
