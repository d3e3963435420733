//! `insights`, `on-this-day` and `promises`.

use chrono::Local;

use attune_journal::insights::{InsightsQuery, Period};

use super::Ctx;
use crate::args::InsightsArgs;
use crate::compose::resolve_person;
use crate::error::CliError;
use crate::render::{self, clock, short_ids, Names};

/// `attune insights`.
pub fn insights(ctx: &mut Ctx, args: InsightsArgs) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let today = Local::now().date_naive();
    let period = match (&args.last, args.from, args.to) {
        (Some(last), _, _) => Period::parse_last(last)?,
        (None, None, None) => Period::default(),
        (None, from, to) => {
            let to = to.unwrap_or(today);
            match from {
                Some(from) => Period::Between { from, to },
                // From the first entry: all time, ending on `to`.
                None => Period::Between { from: journal.first_day()?.unwrap_or(to).min(to), to },
            }
        }
    };
    let person = match &args.person {
        Some(name) => Some(resolve_person(&journal, name)?),
        None => None,
    };
    let insights = journal.insights(&InsightsQuery { period, person }, today)?;
    if ctx.out.json {
        return ctx.out.value(&insights);
    }
    let name = match person {
        Some(id) => Some(journal.person(id)?.name),
        None => None,
    };
    ctx.out.raw(&render::insights::report(&insights, name.as_deref(), ctx.out.style))
}

/// `attune on-this-day`.
pub fn on_this_day(ctx: &mut Ctx, person: Option<&str>) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let person = match person {
        Some(name) => Some(resolve_person(&journal, name)?),
        None => None,
    };
    let entries = journal.on_this_day_about(Local::now().date_naive(), person)?;
    if ctx.out.json {
        return ctx.out.value(&entries);
    }
    if entries.is_empty() {
        return ctx
            .out
            .line("Nothing from this day in earlier years yet. What you write today will be here next year.");
    }
    let names = Names::load(&journal)?;
    let ids = short_ids(&entries.iter().map(|e| e.id).collect::<Vec<_>>());
    ctx.out.line(ctx.out.style.bold("On this day, in earlier years"))?;
    for (entry, id) in entries.iter().zip(&ids) {
        ctx.out.line(render::summary(entry, id, &names, ctx.out.style, None))?;
    }
    Ok(())
}

/// `attune promises`: the ones coming due, as the journal picks them (Today shows the same).
pub fn promises(ctx: &mut Ctx) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let today = Local::now().date_naive();
    let due = journal.promises_due(today)?;
    if ctx.out.json {
        return ctx.out.value(&due);
    }
    if due.is_empty() {
        return ctx.out.line("No promises coming due. `attune add promise` writes one down.");
    }
    ctx.out.line(ctx.out.style.bold("Promises coming up"))?;
    let locale = clock::env_locale();
    for p in &due {
        let when = match p.by_when.cmp(&today) {
            std::cmp::Ordering::Equal => "due today".to_owned(),
            std::cmp::Ordering::Less => format!("it was for {}", clock::day(p.by_when, locale)),
            std::cmp::Ordering::Greater => format!("by {}", clock::day(p.by_when, locale)),
        };
        let who = p.name.as_deref().map(|n| format!("for {n}, ")).unwrap_or_default();
        ctx.out.line(format!("“{}” {who}{when} {}", p.what, ctx.out.style.dim(&format!("({})", p.entry))))?;
    }
    Ok(())
}
