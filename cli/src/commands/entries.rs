//! `add`, `list`, `show`, `search`, `edit`, `delete`.

use std::io::IsTerminal;

use chrono::{DateTime, FixedOffset, Local, Utc};

use attune_journal::model::parse_when;

use attune_journal::search::{SearchOrder, SearchQuery};
use attune_journal::timeline::{shown_order, Cursor, Filter, Page, TimelineQuery};
use attune_journal::{Entry, EntryKind, Journal};

use super::{confirm, note, Ctx};
use crate::args::{FilterArgs, ListArgs, SearchArgs};
use crate::compose;
use crate::entry_args::{AddKind, EntryFields};
use crate::error::CliError;
use crate::ids::find_entry;
use crate::longtext;
use crate::render::{self, short_ids, Names};

/// `attune add <kind>`.
pub fn add(ctx: &mut Ctx, kind: AddKind) -> Result<(), CliError> {
    let (kind, mut fields) = kind.into_fields();
    let journal = ctx.unlock()?;
    longtext::fill_for_add(kind, &mut fields)?;
    let now = Local::now().fixed_offset();
    let at = chosen_time(fields.date.take())?;
    let mut new = compose::new_entry(&journal, kind, fields, at.unwrap_or(now).date_naive())?;
    new.at = at;
    let entry = journal.add_entry(new, now).map_err(as_date_flag)?;
    if ctx.out.json {
        return ctx.out.value(&entry);
    }
    let id = &short_ids(&[entry.id])[0];
    ctx.out.line(format!("Saved {} {}.", yours(kind), ctx.out.style.dim(&format!("({id})"))))
}

/// The time `--date` names, read in this computer's time zone (the journal checks it is not in the future).
fn chosen_time(date: Option<String>) -> Result<Option<DateTime<FixedOffset>>, CliError> {
    let Some(text) = date else { return Ok(None) };
    let tz = crate::reminders::system_zone()?;
    Ok(Some(parse_when(&text, Utc::now(), tz).map_err(as_date_flag)?))
}

/// The journal names the entry's time `at`; on the command line it is `--date`.
fn as_date_flag(e: attune_journal::Error) -> CliError {
    match e {
        attune_journal::Error::Validation { field: attune_journal::Field::At, message } => {
            CliError::InvalidFlag { flag: "--date", message }
        }
        other => other.into(),
    }
}

/// `attune list`.
pub fn list(ctx: &mut Ctx, args: ListArgs) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let filtered = is_filtered(&args.filter);
    let mut query = TimelineQuery { filter: filter(&journal, args.filter)?, limit: args.limit, ..Default::default() };
    if let Some(after) = &args.after {
        let entry = find_entry(&journal, after)?;
        query.after = Some(Cursor { created_at: entry.created_at, id: entry.id });
    }
    let mut page = journal.timeline(&query)?;
    if args.all {
        query.limit = 200;
        while let Some(next) = page.next.take() {
            query.after = Some(next);
            let more = journal.timeline(&query)?;
            page.entries.extend(more.entries);
            page.next = more.next;
        }
    }
    // Shown in the journal's order: by day, and within a day by the time each entry shows (the app's too).
    page.entries.sort_by(shown_order);
    if ctx.out.json {
        return ctx.out.value(&page);
    }
    if page.entries.is_empty() {
        return ctx.out.line(match (filtered, args.after.is_some()) {
            (_, true) => "That's everything; there's nothing older.",
            (true, false) => "Nothing matches those filters.",
            (false, false) => "Nothing here yet. Start with: attune add check-in",
        });
    }
    let names = Names::load(&journal)?;
    print_entries(ctx, &page, &names)?;
    if let Some(next) = page.next {
        // The page ends at the entry the next one continues after (by the instant, whatever the shown order).
        let hint = format!("There's more. Older entries: attune list --after {} (with the same filters)", next.id);
        ctx.out.line(ctx.out.style.dim(&hint))?;
    }
    Ok(())
}

fn print_entries(ctx: &mut Ctx, page: &Page, names: &Names) -> Result<(), CliError> {
    let ids = short_ids(&page.entries.iter().map(|e| e.id).collect::<Vec<_>>());
    for (entry, id) in page.entries.iter().zip(&ids) {
        ctx.out.line(render::summary(entry, id, names, ctx.out.style, None))?;
    }
    Ok(())
}

/// `attune show <id>`.
pub fn show(ctx: &mut Ctx, id: &str) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let entry = find_entry(&journal, id)?;
    if ctx.out.json {
        return ctx.out.value(&entry);
    }
    let names = Names::load(&journal)?;
    ctx.out.raw(&render::full(&entry, &names, ctx.out.style))
}

/// `attune search <words>`.
pub fn search(ctx: &mut Ctx, args: SearchArgs) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let text = args.words.join(" ");
    let query = SearchQuery {
        text: text.clone(),
        filter: filter(&journal, args.filter)?,
        limit: args.limit,
        offset: args.offset,
        order: if args.newest { SearchOrder::Newest } else { SearchOrder::Relevance },
    };
    let found = journal.search(&query)?;
    if ctx.out.json {
        return ctx.out.value(&found);
    }
    let (hits, total, capped) = (found.hits, found.total, found.capped);
    // Past the journal's count limit: "more than" (and the journal may then give the newest first, below).
    let more_than = if capped { "more than " } else { "" };
    if hits.is_empty() {
        return ctx.out.line(if total == 0 {
            format!("Nothing found for “{text}”.")
        } else {
            let n = if capped { format!("More than {total}") } else { total.to_string() };
            format!("{n} found for “{text}”; there are no more after {}.", args.offset)
        });
    }
    let names = Names::load(&journal)?;
    let ids = short_ids(&hits.iter().map(|h| h.entry.id).collect::<Vec<_>>());
    let style = ctx.out.style;
    for (hit, id) in hits.iter().zip(&ids) {
        let snippet: String = hit
            .snippet
            .iter()
            .map(|part| {
                let text = part.text.replace(['\n', '\r', '\t'], " ");
                if part.hit {
                    style.hit(&text)
                } else {
                    text
                }
            })
            .collect();
        ctx.out.line(render::summary(&hit.entry, id, &names, style, Some(snippet.trim().to_string())))?;
    }
    let (from, to) = (args.offset as usize + 1, args.offset as usize + hits.len());
    let total_words = if total == 1 { "1 entry".to_owned() } else { format!("{more_than}{total} entries") };
    let newest = if found.order == SearchOrder::Newest && !args.newest { ", newest first" } else { "" };
    let shown = if from == 1 && to == total as usize && !capped {
        format!("{total_words} found.")
    } else if from == 1 {
        format!("{to} of {total_words} found{newest}.")
    } else {
        format!("{from}–{to} of {total_words} found{newest}.")
    };
    if capped || to < total as usize {
        ctx.out.line(format!("{shown} {} for more.", style.dim(&format!("--offset {to}"))))
    } else {
        ctx.out.line(shown)
    }
}

/// `attune edit <id>`.
pub fn edit(ctx: &mut Ctx, id: &str, mut fields: EntryFields) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let entry = find_entry(&journal, id)?;
    let kind = entry.body.kind();
    longtext::fill_for_edit(&entry.body, &mut fields)?;
    let at = chosen_time(fields.date.take())?;
    let mut edited = compose::edited_entry(&journal, &entry, fields)?;
    edited.at = at;
    let entry = journal.update_entry(entry.id, edited, Local::now().fixed_offset()).map_err(as_date_flag)?;
    if ctx.out.json {
        return ctx.out.value(&entry);
    }
    ctx.out.line(format!("Updated {} from {}.", yours(kind), render::entry_time(&entry)))
}

/// `attune delete <id>`.
pub fn delete(ctx: &mut Ctx, id: &str, yes: bool) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let entry = find_entry(&journal, id)?;
    if !yes && !confirm_delete(&entry)? {
        note("Kept it; nothing was deleted.");
        return Ok(());
    }
    let deleted = journal.delete_entry(entry.id)?;
    if ctx.out.json {
        return ctx.out.value(&deleted);
    }
    ctx.out.line(format!("Deleted {} from {}.", yours(deleted.body.kind()), render::entry_time(&deleted)))
}

/// Asks on the terminal; without one, deleting needs `--yes`.
fn confirm_delete(entry: &Entry) -> Result<bool, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage("add --yes to delete without being asked (there's no terminal to ask on)".into()));
    }
    let question =
        format!("Delete {} from {}? This can't be undone. [y/N] ", yours(entry.body.kind()), render::entry_time(entry));
    confirm(&question)
}

/// The journal's filter from the command line's.
fn filter(journal: &Journal, f: FilterArgs) -> Result<Filter, CliError> {
    let person = match &f.person {
        Some(name) => Some(compose::resolve_person(journal, name)?),
        None => None,
    };
    let norm = |s: Option<String>| s.map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty());
    Ok(Filter { kinds: f.kinds, person, tag: norm(f.tag), feeling: norm(f.feeling), from: f.from, to: f.to })
}

fn is_filtered(f: &FilterArgs) -> bool {
    !f.kinds.is_empty()
        || f.person.is_some()
        || f.tag.is_some()
        || f.feeling.is_some()
        || f.from.is_some()
        || f.to.is_some()
}

/// "your check-in", "your answer", ...
fn yours(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::CheckIn => "your check-in",
        EntryKind::Appreciation => "your appreciation",
        EntryKind::Conflict => "your reflection",
        EntryKind::Vulnerability => "your answer",
        EntryKind::SharedExperience => "your shared experience",
        EntryKind::Listening => "your listening together",
        EntryKind::Reaching => "your reflection on reaching and pulling away",
        EntryKind::Note => "your note",
        EntryKind::Promise => "your promise",
        EntryKind::LookBack => "your look back",
    }
}
