//! The parsers for flag values: each kind of value the journal knows (kinds, statuses, love languages, ...) is read
//! by the journal's own parser, so the CLI accepts exactly what the journal does; clap shows the journal's message.

use attune_journal::model::{
    ConflictStatus, GotIt, Horseman, HorsemanNote, LoveLanguage, PromiseOutcome, Relationship, Urge, Whose,
};
use attune_journal::EntryKind;
use chrono::NaiveDate;

/// The message of a journal validation error, without the field prefix (clap names the flag itself).
fn message(e: attune_journal::Error) -> String {
    match e {
        attune_journal::Error::Validation { message, .. } => message,
        other => other.to_string(),
    }
}

/// Parses a kind of entry (`check-in`, `shared_experience`, ...).
pub fn parse_kind(s: &str) -> Result<EntryKind, String> {
    s.parse().map_err(message)
}

/// Parses "did they get it?" (`yes`, `partly`).
pub fn parse_got_it(s: &str) -> Result<GotIt, String> {
    s.parse().map_err(message)
}

/// Parses what I wanted to do in a moment of distance (`reach`, `pull-away`, `both`).
pub fn parse_urge(s: &str) -> Result<Urge, String> {
    s.parse().map_err(message)
}

/// Parses a love language.
pub fn parse_love_language(s: &str) -> Result<LoveLanguage, String> {
    s.parse().map_err(message)
}

/// A love language, or `none` to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionalLoveLanguage(pub Option<LoveLanguage>);

/// Parses a love language, or `none`.
pub fn parse_optional_love_language(s: &str) -> Result<OptionalLoveLanguage, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(OptionalLoveLanguage(None));
    }
    parse_love_language(s).map(|l| OptionalLoveLanguage(Some(l)))
}

/// Parses a relationship.
pub fn parse_relationship(s: &str) -> Result<Relationship, String> {
    s.parse().map_err(message)
}

/// Parses a promise's outcome.
pub fn parse_outcome(s: &str) -> Result<PromiseOutcome, String> {
    s.parse().map_err(message)
}

/// Parses a day, `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| format!("'{s}' isn't a date like 2026-03-18"))
}

/// A day, or `none` to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayOrNone(pub Option<NaiveDate>);

/// Parses a day, or `none`.
pub fn parse_day_or_none(s: &str) -> Result<DayOrNone, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(DayOrNone(None));
    }
    parse_day(s).map(|d| DayOrNone(Some(d)))
}

/// Parses a conflict status.
pub fn parse_status(s: &str) -> Result<ConflictStatus, String> {
    s.parse().map_err(message)
}

/// Parses `WHICH:WHOSE[:REWRITE]`, e.g. `criticism:mine:I felt alone when...`. The rewrite may itself hold colons.
pub fn parse_horseman(s: &str) -> Result<HorsemanNote, String> {
    let mut parts = s.splitn(3, ':');
    let which = parts.next().unwrap_or_default();
    let whose = parts.next().ok_or_else(|| {
        format!("write it as WHICH:WHOSE[:REWRITE], e.g. criticism:mine or contempt:theirs:\"...\" (got '{s}')")
    })?;
    let horseman: Horseman = which.parse().map_err(message)?;
    let whose: Whose = whose.parse().map_err(message)?;
    let rewrite = parts.next().unwrap_or_default().trim().to_string();
    Ok(HorsemanNote { horseman, whose, rewrite })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horseman_keeps_colons_in_the_rewrite() {
        let h = parse_horseman("criticism:mine:I said: you never listen").unwrap();
        assert_eq!(h.horseman, Horseman::Criticism);
        assert_eq!(h.whose, Whose::Mine);
        assert_eq!(h.rewrite, "I said: you never listen");
    }

    #[test]
    fn horseman_without_whose_is_refused() {
        assert!(parse_horseman("contempt").is_err());
        assert!(parse_horseman("sulking:mine").is_err());
        assert!(parse_horseman("contempt:ours").is_err());
    }
}
