//! `attune people show NAME`: a person's page, as the app shows it. All of it comes from the journal
//! (`Journal::person_page`, and the timeline filtered to them for the newest entries); this prints it.

use chrono::Local;
use serde::Serialize;

use attune_journal::person_page::{NewestEntries, PersonPage};
use attune_journal::timeline::{shown_order, Filter, TimelineQuery};
use attune_journal::{Entry, Journal, PersonId};

use super::Ctx;
use crate::compose::resolve_person;
use crate::error::CliError;
use crate::render::{self, clock, short_ids, Names};

/// How many of the newest entries about them the page lists (the rest: `attune list --person NAME --all`).
pub const NEWEST: u32 = 10;

/// What `--json` prints: the journal's page, and the newest entries about them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown<'a> {
    #[serde(flatten)]
    page: &'a PersonPage,
    /// The newest entries about them, at most [`NEWEST`], in the order the timeline shows them.
    newest: &'a [Entry],
    /// Whether there are older ones.
    more: bool,
}

/// `attune people show NAME`.
pub fn show(ctx: &mut Ctx, journal: &Journal, name: &str) -> Result<(), CliError> {
    // The same lookup as every other command that takes a name (names are unique, ignoring case).
    let id = resolve_person(journal, name)?;
    let page = journal.person_page(id, Local::now().date_naive())?;
    let (newest, more) = newest_about(journal, id)?;
    if ctx.out.json {
        return ctx.out.value(&Shown { page: &page, newest: &newest, more });
    }
    let names = Names::load(journal)?;
    let style = ctx.out.style;
    let p = &page.person;
    ctx.out.line(style.bold(&p.name))?;
    let mut about = vec![p.relationship.label().to_owned()];
    if let Some(l) = p.love_language {
        about.push(format!("love language: {}", l.label().to_lowercase()));
    }
    ctx.out.line(about.join(" · "))?;
    if page.total == 0 {
        ctx.out.line(format!(
            "Nothing written about {} yet. An appreciation is a lovely place to start: attune add appreciation --for \"{}\"",
            p.name, p.name
        ))?;
        return Ok(());
    }
    let kinds: Vec<String> = page.kinds.iter().map(|k| k.kind.count(u64::from(k.count))).collect();
    ctx.out.line(format!("{} about {}: {}", entries_count(page.total), p.name, kinds.join(", ")))?;

    if !page.open_conflicts.is_empty() {
        heading(ctx, "Still open between you")?;
        let locale = clock::env_locale();
        let ids = short_ids(&page.open_conflicts.iter().map(|c| c.id).collect::<Vec<_>>());
        for (c, short) in page.open_conflicts.iter().zip(&ids) {
            let what = render::one_line(&c.what_happened, 80);
            let line = format!("{} · {} · {what}", clock::long_day(c.date, locale), c.status.label());
            ctx.out.line(format!("  {line} {}", style.dim(&format!("({short})"))))?;
        }
    }
    if !page.on_this_day.is_empty() {
        heading(ctx, "On this day, in earlier years")?;
        entries(ctx, &page.on_this_day, &names)?;
    }
    section(ctx, attune_journal::EntryKind::Appreciation.heading(), &page.appreciations, &names)?;
    section(ctx, attune_journal::EntryKind::SharedExperience.heading(), &page.shared, &names)?;
    heading(ctx, "Newest entries")?;
    entries(ctx, &newest, &names)?;
    if more {
        let hint =
            format!("All {} about {}: attune list --person \"{}\" --all", entries_count(page.total), p.name, p.name);
        ctx.out.line(style.dim(&hint))?;
    }
    Ok(())
}

/// The newest entries about them, shown by day and time like the timeline, and whether there are more.
fn newest_about(journal: &Journal, id: PersonId) -> Result<(Vec<Entry>, bool), CliError> {
    let filter = Filter { person: Some(id), ..Filter::default() };
    let mut page = journal.timeline(&TimelineQuery { filter, limit: NEWEST, ..TimelineQuery::default() })?;
    page.entries.sort_by(shown_order);
    Ok((page.entries, page.next.is_some()))
}

fn entries_count(n: u32) -> String {
    if n == 1 {
        "1 entry".into()
    } else {
        format!("{n} entries")
    }
}

fn heading(ctx: &mut Ctx, title: &str) -> Result<(), CliError> {
    ctx.out.line("")?;
    let bold = ctx.out.style.bold(title);
    ctx.out.line(bold)
}

/// The newest few of a kind, when there are any.
fn section(ctx: &mut Ctx, title: &str, got: &NewestEntries, names: &Names) -> Result<(), CliError> {
    if got.entries.is_empty() {
        return Ok(());
    }
    heading(ctx, &if got.more { format!("{title} (the newest {})", got.entries.len()) } else { title.to_owned() })?;
    entries(ctx, &got.entries, names)
}

fn entries(ctx: &mut Ctx, list: &[Entry], names: &Names) -> Result<(), CliError> {
    let ids = short_ids(&list.iter().map(|e| e.id).collect::<Vec<_>>());
    for (i, (entry, id)) in list.iter().zip(&ids).enumerate() {
        if i > 0 {
            ctx.out.line("")?;
        }
        ctx.out.raw(&render::summary(entry, id, names, ctx.out.style, None))?;
    }
    Ok(())
}
