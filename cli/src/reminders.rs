//! `attune reminders`: list, add, edit, remove, and check when they fire next.
//!
//! Reminders live in the settings file, not the vault, so none of this asks for the passphrase. Times are wall-clock
//! times in the local zone: `--tz` if given, else `TZ` if it names a zone, else the system's zone.

use std::path::PathBuf;

use attune_journal::reminders::{
    parse_duration, parse_time, parse_weekdays, resolve_local, QuietHours, Reminder, Schedule, Target,
};
use attune_journal::settings::{default_settings_path, Settings};
use attune_journal::Error;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, SubsecRound, Utc, Weekday};
use chrono_tz::Tz;
use clap::{Args, Subcommand, ValueEnum};

use crate::error::CliError;
use crate::render::Out;

mod show;

/// The settings file's path comes from here when set (the app and the CLI share the file).
const SETTINGS_ENV: &str = "ATTUNE_SETTINGS";

/// `attune reminders ...`.
#[derive(Debug, Subcommand)]
#[command(after_help = "Reminders are kept in the settings file ($ATTUNE_SETTINGS, else your config folder), \
                        outside the journal, so they work without the passphrase. They hold no journal content.")]
pub enum RemindersCommand {
    /// Every reminder, with when it fires next
    #[command(alias = "ls")]
    List(Clock),
    /// Add a reminder: `add daily --at 08:00 --at 20:30`, `add weekly --on mon,thu --at 19:00`,
    /// `add every --days 3 --at 09:00`, `add once --in 2h`
    Add {
        /// How it repeats
        kind: Kind,
        /// When and what.
        #[command(flatten)]
        fields: Fields,
    },
    /// Change a reminder; what you don't mention stays as it is (give KIND to change how it repeats)
    Edit {
        /// The reminder's id (from `attune reminders list`)
        id: String,
        /// A new way to repeat
        kind: Option<Kind>,
        /// What to change.
        #[command(flatten)]
        fields: Fields,
    },
    /// Remove a reminder
    #[command(alias = "rm")]
    Remove {
        /// The reminder's id
        id: String,
    },
    /// When reminders fire next, so you can check a schedule
    Next {
        /// How many fire times to show (1-100)
        #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=100))]
        count: u16,
        /// Only this reminder
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// Zone and "now".
        #[command(flatten)]
        clock: Clock,
    },
}

/// How a reminder repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Every day at one or more times (--at, repeatable)
    Daily,
    /// On some weekdays at one time (--on, --at)
    Weekly,
    /// Every N days at one time (--days, --at, optional --start)
    Every,
    /// Once (--at "YYYY-MM-DD HH:MM" or --in 2h)
    Once,
}

/// The zone and the time the schedule is read in.
#[derive(Debug, Clone, Default, Args)]
pub struct Clock {
    /// The time zone, e.g. Europe/Berlin [default: TZ, else the system's zone]
    #[arg(long, value_name = "ZONE", value_parser = parse_zone)]
    pub tz: Option<Tz>,
    /// Pretend it is this moment (RFC 3339, e.g. 2026-11-22T07:30:00Z)
    #[arg(long, value_name = "TIME", value_parser = parse_now)]
    pub now: Option<DateTime<Utc>>,
}

/// Weekdays from `--on` (a newtype, so clap takes the list as one value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Days(pub Vec<Weekday>);

/// The flags `add` and `edit` share.
#[derive(Debug, Clone, Default, Args)]
pub struct Fields {
    /// A time, HH:MM (repeat for several daily times); for `once`, "YYYY-MM-DD HH:MM"
    #[arg(long = "at", value_name = "TIME")]
    pub at: Vec<String>,
    /// Weekdays for `weekly`, e.g. mon,thu
    #[arg(long, value_name = "DAYS", value_parser = |s: &str| parse_weekdays(s).map(Days).map_err(|e| e.to_string()))]
    pub on: Option<Days>,
    /// The gap for `every`, in days (1-366)
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
    /// The first day for `every` (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub start: Option<NaiveDate>,
    /// For `once`: after this long, e.g. 10m, 2h, 1h30m, 3d
    #[arg(long = "in", value_name = "DURATION", conflicts_with = "at")]
    pub in_: Option<String>,
    /// What to open: check-in, relationship-check-in, appreciation, conflict-follow-up[:<entry id>], look-back, deck:<theme>
    #[arg(long, value_name = "WHAT", value_parser = |s: &str| s.parse::<Target>().map_err(|e| e.to_string()))]
    pub what: Option<Target>,
    /// Your own name for it, shown only in lists (never in a notification)
    #[arg(long)]
    pub label: Option<String>,
    /// Remove the label
    #[arg(long, conflicts_with = "label")]
    pub no_label: bool,
    /// Stay silent in this local window, e.g. 22:00-07:00; a fire inside moves to its end
    #[arg(long, value_name = "FROM-TO", value_parser = |s: &str| s.parse::<QuietHours>().map_err(|e| e.to_string()))]
    pub quiet: Option<QuietHours>,
    /// Remove the quiet hours
    #[arg(long, conflicts_with = "quiet")]
    pub no_quiet: bool,
    /// Stay silent on days you've already checked in
    #[arg(long)]
    pub skip_if_checked_in: bool,
    /// Fire even on days you've already checked in
    #[arg(long, conflicts_with = "skip_if_checked_in")]
    pub no_skip_if_checked_in: bool,
    /// Turn it off (it stays in the list)
    #[arg(long)]
    pub off: bool,
    /// Turn it back on
    #[arg(long, conflicts_with = "off")]
    pub enable: bool,
    /// Zone and "now".
    #[command(flatten)]
    pub clock: Clock,
}

/// Runs a `reminders` subcommand (listing when there is none).
pub fn run(out: &mut Out, command: Option<RemindersCommand>) -> Result<(), CliError> {
    let path = settings_path()?;
    match command.unwrap_or(RemindersCommand::List(Clock::default())) {
        RemindersCommand::List(clock) => {
            let settings = Settings::load(&path)?;
            let (now, tz) = clock.resolve()?;
            show::list(out, &settings.reminders, now, tz)
        }
        RemindersCommand::Add { kind, fields } => {
            let (now, tz) = fields.clock.resolve()?;
            let schedule = build_schedule(kind, &fields, None, now, tz)?;
            // Under the settings file's lock, so the app (or another `attune`) writing at the same moment loses nothing.
            let r = Settings::update_as_of(&path, now, |settings| -> Result<Reminder, CliError> {
                let target = fields.what.clone().unwrap_or(Target::CheckIn);
                let mut r = Reminder::added(&settings.reminders, target, schedule, now)?;
                apply(&mut r, &fields);
                r.validate()?;
                settings.reminders.push(r.clone());
                Ok(r)
            })?;
            show::show(out, "Added", &r, now, tz)
        }
        RemindersCommand::Edit { id, kind, fields } => {
            let (now, tz) = fields.clock.resolve()?;
            // Read, changed and written under the settings file's lock: the new schedule is worked out from the
            // reminder as it is under the lock, and other writers' changes are kept.
            let r = Settings::update_as_of(&path, now, |settings| -> Result<Reminder, CliError> {
                let r = settings.reminder_mut(id.trim())?;
                let kind = kind.unwrap_or_else(|| kind_of(&r.schedule));
                if kind != kind_of(&r.schedule) || touches_schedule(&fields) {
                    let schedule = build_schedule(kind, &fields, Some(&r.schedule), now, tz)?;
                    r.reschedule(schedule, now)?;
                }
                if let Some(what) = &fields.what {
                    r.target = what.clone();
                }
                apply(r, &fields);
                r.validate()?;
                Ok(r.clone())
            })?;
            show::show(out, "Updated", &r, now, tz)
        }
        RemindersCommand::Remove { id } => {
            let r = Settings::update(&path, |settings| settings.remove_reminder(id.trim()))?;
            if out.json {
                return out.value(&r);
            }
            out.line(format!("Removed reminder {} ({}).", r.id, r.target))
        }
        RemindersCommand::Next { count, id, clock } => {
            let settings = Settings::load(&path)?;
            let reminders = match id {
                Some(id) => vec![settings.reminder(id.trim())?.clone()],
                None => settings.reminders,
            };
            let (now, tz) = clock.resolve()?;
            show::next(out, &reminders, usize::from(count), now, tz)
        }
    }
}

fn settings_path() -> Result<PathBuf, CliError> {
    default_settings_path().ok_or_else(|| {
        CliError::Usage(format!("no config folder to keep reminders in; set {SETTINGS_ENV} to a file path"))
    })
}

impl Clock {
    /// "Now" and the zone: the flags, else the system's.
    fn resolve(&self) -> Result<(DateTime<Utc>, Tz), CliError> {
        let tz = match self.tz {
            Some(tz) => tz,
            None => system_zone()?,
        };
        // Whole seconds: `--in 2h` is stored as a plain time, not to the nanosecond.
        Ok((self.now.unwrap_or_else(Utc::now).trunc_subsecs(0), tz))
    }
}

/// The local zone: `TZ` if it names an IANA zone, else what the system says.
pub(crate) fn system_zone() -> Result<Tz, CliError> {
    let from_env = std::env::var("TZ").ok().and_then(|v| v.trim_start_matches(':').parse::<Tz>().ok());
    if let Some(tz) = from_env {
        return Ok(tz);
    }
    iana_time_zone::get_timezone().ok().and_then(|name| name.parse::<Tz>().ok()).ok_or_else(|| {
        CliError::Usage("couldn't tell this computer's time zone; pass --tz, e.g. --tz Europe/Berlin".into())
    })
}

fn parse_zone(s: &str) -> Result<Tz, String> {
    s.trim().parse::<Tz>().map_err(|_| format!("`{s}` isn't a time zone name like Europe/Berlin or America/New_York"))
}

fn parse_now(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("`{s}` isn't a time like 2026-11-22T07:30:00Z"))
}

fn kind_of(schedule: &Schedule) -> Kind {
    match schedule {
        Schedule::Daily { .. } => Kind::Daily,
        Schedule::Weekly { .. } => Kind::Weekly,
        Schedule::Every { .. } => Kind::Every,
        Schedule::Once { .. } => Kind::Once,
    }
}

fn touches_schedule(f: &Fields) -> bool {
    !f.at.is_empty() || f.on.is_some() || f.days.is_some() || f.start.is_some() || f.in_.is_some()
}

/// The schedule from the flags; when editing, what the flags leave out comes from `old`.
fn build_schedule(
    kind: Kind,
    f: &Fields,
    old: Option<&Schedule>,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<Schedule, CliError> {
    let old_time = old.and_then(|s| match s {
        Schedule::Weekly { time, .. } | Schedule::Every { time, .. } => Some(*time),
        Schedule::Daily { times } => times.first().copied(),
        Schedule::Once { .. } => None,
    });
    let one_time = |kind: &str| -> Result<NaiveTime, CliError> {
        match f.at.as_slice() {
            [] => old_time.ok_or_else(|| usage(format!("{kind} needs --at HH:MM"))),
            [t] => Ok(parse_time(t)?),
            _ => Err(usage(format!("{kind} takes one --at time (daily reminders can have several)"))),
        }
    };
    Ok(match kind {
        Kind::Daily => {
            let times = if f.at.is_empty() {
                match old {
                    Some(Schedule::Daily { times }) => times.clone(),
                    _ => old_time.map(|t| vec![t]).ok_or_else(|| usage("daily needs --at HH:MM"))?,
                }
            } else {
                f.at.iter().map(|t| parse_time(t)).collect::<Result<_, _>>()?
            };
            Schedule::Daily { times }
        }
        Kind::Weekly => {
            let days = match (&f.on, old) {
                (Some(Days(days)), _) => days.clone(),
                (None, Some(Schedule::Weekly { days, .. })) => days.clone(),
                (None, _) => return Err(usage("weekly needs --on, e.g. --on mon,thu")),
            };
            Schedule::Weekly { days, time: one_time("weekly")? }
        }
        Kind::Every => {
            let (old_days, old_start) = match old {
                Some(Schedule::Every { days, start, .. }) => (Some(*days), Some(*start)),
                _ => (None, None),
            };
            let days = f.days.or(old_days).ok_or_else(|| usage("every needs --days N, e.g. --days 3"))?;
            let start = f.start.or(old_start).unwrap_or_else(|| now.with_timezone(&tz).date_naive());
            Schedule::Every { days, start, time: one_time("every")? }
        }
        Kind::Once => {
            let at = match (&f.in_, f.at.as_slice(), old) {
                (Some(d), _, _) => now + parse_duration(d)?,
                (None, [at], _) => once_at(at, tz)?,
                (None, [], Some(Schedule::Once { at })) => *at,
                _ => return Err(usage("once needs --at \"YYYY-MM-DD HH:MM\" or --in 2h")),
            };
            Schedule::Once { at }
        }
    })
}

/// A local date and time typed by a person, as an instant in `tz`.
fn once_at(text: &str, tz: Tz) -> Result<DateTime<Utc>, CliError> {
    let bad = || {
        Error::invalid(attune_journal::Field::At, format!("`{text}` isn't a date and time like \"2026-11-22 18:00\""))
    };
    let local = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text.trim(), f).ok())
        .ok_or_else(bad)?;
    Ok(resolve_local(local, tz).ok_or_else(bad)?)
}

/// The flags that aren't about the schedule.
fn apply(r: &mut Reminder, f: &Fields) {
    if let Some(label) = &f.label {
        r.set_label(Some(label));
    }
    if f.no_label {
        r.label = None;
    }
    if f.quiet.is_some() {
        r.quiet = f.quiet;
    }
    if f.no_quiet {
        r.quiet = None;
    }
    if f.skip_if_checked_in || f.no_skip_if_checked_in {
        r.skip_if_checked_in = f.skip_if_checked_in;
    }
    if f.off || f.enable {
        r.enabled = f.enable;
    }
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Usage(message.into())
}
