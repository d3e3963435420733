//! What `attune reminders` prints: text for people, JSON for scripts.

use attune_journal::reminders::{upcoming, Reminder, Schedule};
use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::error::CliError;
use crate::render::{clock, Out};

/// A reminder as `--json` shows it: the settings entry plus its next fire.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Listed<'a> {
    #[serde(flatten)]
    reminder: &'a Reminder,
    next: Option<DateTime<FixedOffset>>,
}

pub(super) fn list(out: &mut Out, reminders: &[Reminder], now: DateTime<Utc>, tz: Tz) -> Result<(), CliError> {
    let next_of = |r: &Reminder| upcoming(r, now, tz, 1).first().map(|t| t.with_timezone(&tz).fixed_offset());
    if out.json {
        let listed: Vec<Listed> = reminders.iter().map(|r| Listed { reminder: r, next: next_of(r) }).collect();
        return out.value(&listed);
    }
    if reminders.is_empty() {
        return out.line("No reminders yet. Add one with: attune reminders add daily --at 20:30 --what check-in");
    }
    for r in reminders {
        out.line(summary(r, tz))?;
        let next = match upcoming(r, now, tz, 1).first() {
            Some(t) => format!("next: {}", local(*t, tz)),
            None if !r.enabled => "off".to_owned(),
            None => "won't fire again".to_owned(),
        };
        out.line(format!("          {next}"))?;
    }
    Ok(())
}

pub(super) fn show(out: &mut Out, verb: &str, r: &Reminder, now: DateTime<Utc>, tz: Tz) -> Result<(), CliError> {
    let fires = upcoming(r, now, tz, 3);
    if out.json {
        let next = fires.first().map(|t| t.with_timezone(&tz).fixed_offset());
        return out.value(&Listed { reminder: r, next });
    }
    out.line(format!("{verb} reminder {}: {}", r.id, summary_tail(r, tz)))?;
    match fires.as_slice() {
        [] if !r.enabled => {
            out.line("It's off; turn it on with: attune reminders edit ID --enable".replace("ID", &r.id.0))
        }
        [] => out.line("It won't fire again."),
        _ => {
            let shown: Vec<String> = fires.iter().map(|t| local(*t, tz)).collect();
            out.line(format!("Next: {}", shown.join("; ")))
        }
    }
}

/// One fire time in `--json` output of `next`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fire {
    at: DateTime<FixedOffset>,
    id: String,
    what: String,
}

pub(super) fn next(
    out: &mut Out,
    reminders: &[Reminder],
    count: usize,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<(), CliError> {
    let mut fires: Vec<(DateTime<Utc>, &Reminder)> =
        reminders.iter().flat_map(|r| upcoming(r, now, tz, count).into_iter().map(move |t| (t, r))).collect();
    fires.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    fires.truncate(count);
    if out.json {
        let fires: Vec<Fire> = fires
            .iter()
            .map(|(t, r)| Fire {
                at: t.with_timezone(&tz).fixed_offset(),
                id: r.id.0.clone(),
                what: r.target.to_string(),
            })
            .collect();
        return out.value(&fires);
    }
    if fires.is_empty() {
        return out.line("Nothing coming up: no reminders are on.");
    }
    out.line(format!("Times in {}:", tz.name()))?;
    for (t, r) in fires {
        out.line(format!("{}  {}  {}", local(t, tz), r.id, r.target))?;
    }
    Ok(())
}

/// "3f9a01c2  check-in  daily at 08:00 and 20:30; quiet 22:00-07:00  \"mornings\"".
fn summary(r: &Reminder, tz: Tz) -> String {
    format!("{}  {}", r.id, summary_tail(r, tz))
}

fn summary_tail(r: &Reminder, tz: Tz) -> String {
    let mut s = format!("{}, {}", r.target, describe(&r.schedule, tz));
    if let Some(q) = r.quiet {
        let locale = clock::env_locale();
        s.push_str(&format!("; quiet {}-{}", clock::time_of_day(q.start, locale), clock::time_of_day(q.end, locale)));
    }
    if r.skip_if_checked_in {
        s.push_str("; skipped on days you've checked in");
    }
    if !r.enabled {
        s.push_str(" (off)");
    }
    if let Some(label) = &r.label {
        s.push_str(&format!("  \"{label}\""));
    }
    s
}

/// "daily at 08:00 and 20:30", "every Mon and Thu at 19:00", "every 3 days from 2026-11-22 at 09:00".
fn describe(schedule: &Schedule, tz: Tz) -> String {
    let locale = clock::env_locale();
    let hm = |t: &NaiveTime| clock::time_of_day(*t, locale);
    match schedule {
        Schedule::Daily { times } => {
            let mut times = times.clone();
            times.sort();
            format!("daily at {}", and(times.iter().map(hm).collect()))
        }
        Schedule::Weekly { days, time } => {
            format!("every {} at {}", and(days.iter().map(|d| d.to_string()).collect()), hm(time))
        }
        Schedule::Every { days: 1, start, time } => format!("every day from {start} at {}", hm(time)),
        Schedule::Every { days, start, time } => format!("every {days} days from {start} at {}", hm(time)),
        Schedule::Once { at } => format!("once, at {}", local(*at, tz)),
    }
}

fn and(mut items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        _ => {
            let last = items.pop().unwrap_or_default();
            format!("{} and {last}", items.join(", "))
        }
    }
}

/// "Sun 22 Nov 2026, 08:00 CET" (in the reader's locale, see [`clock`]).
fn local(t: DateTime<Utc>, tz: Tz) -> String {
    let at = t.with_timezone(&tz);
    format!("{} {}", clock::date_time(&at, clock::env_locale()), at.format("%Z"))
}
