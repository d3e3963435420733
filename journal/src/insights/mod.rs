//! Insights: what a range of the journal shows when read together, computed with SQL inside the vault.
//!
//! [`Journal::insights`] answers one [`InsightsQuery`] (a [`Period`] and perhaps one person) with one [`Insights`]
//! value that the app and the CLI both show: mood over time, feelings named, appreciations per person, conflicts,
//! warmth and friction, shared experiences and the writing rhythm. Every figure is counted by SQLite over
//! `entry_facts`, a narrow table of the facts insights need (one row per entry, kept in step with `entries` by
//! triggers, see migration 0002), so no entry body is read except for the few listed by name (untold appreciations,
//! conflicts to revisit). Days are the writer's local calendar dates, as written, whatever the time zone now.
//!
//! Figures are plain counts and averages to show beside each other. Nothing here scores, grades or labels anyone.

mod conflicts;
mod days;
mod feelings;
mod people;
mod rhythm;
mod scope;
mod span;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

pub use conflicts::{ConflictMonth, Conflicts, HorsemanCount, OpenConflict, StatusCount, MAX_TO_REVISIT};
pub use days::{Balance, BalanceBucket, ClosenessBucket, KindCount, Mood, MoodBucket, QuadrantMix, BALANCE_NOTE};
pub use feelings::{FamilyCount, Feelings, WordCount, FADED_WORDS, TOP_WORDS};
pub use people::{
    Appreciations, LanguageCount, PersonAppreciations, PersonShared, UntoldAppreciation, MAX_UNTOLD_LISTED,
};
pub use rhythm::{DayCount, Rhythm, HEAT_DAYS};
pub(crate) use span::{iso as span_iso, parse as span_parse};
pub use span::{Period, Span, Step, MAX_DAYS};

use crate::model::PersonId;
use crate::practices::UrgeCounts;
use crate::store::rows::SqlResult;
use crate::{Journal, Result};
use scope::Scope;

/// What to look at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct InsightsQuery {
    /// Which days.
    pub period: Period,
    /// Only entries about this person.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub person: Option<PersonId>,
}

/// Shared experiences: closeness over time, and how long since the last one with each person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Shared {
    /// How many in the range.
    pub count: u32,
    /// Average closeness (1 to 5, one decimal).
    pub closeness: Option<f64>,
    /// Bucket by bucket.
    pub buckets: Vec<ClosenessBucket>,
    /// Each person they were with, the most recent first.
    pub people: Vec<PersonShared>,
}

/// Everything insights show for one range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Insights {
    /// The days looked at.
    pub span: Span,
    /// The range of the same length just before, which "change" compares with; None for all time.
    pub previous: Option<Span>,
    /// How charts cut the range into buckets.
    pub step: Step,
    /// The person looked at, if one was chosen.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub person: Option<PersonId>,
    /// Entries in the range.
    pub entries: u32,
    /// Entries of each kind, every kind listed.
    pub kinds: Vec<KindCount>,
    /// Mood over time.
    pub mood: Mood,
    /// Feelings named.
    pub feelings: Feelings,
    /// Appreciations.
    pub appreciations: Appreciations,
    /// Conflicts.
    pub conflicts: Conflicts,
    /// Warmth and friction.
    pub balance: Balance,
    /// Shared experiences.
    pub shared: Shared,
    /// Rhythm.
    pub rhythm: Rhythm,
    /// Reflections on reaching and pulling away: how often each urge was noticed (counts only).
    pub reaching: UrgeCounts,
}

impl Journal {
    /// The first day anything was written (the writer's local date); None in an empty journal.
    pub fn first_day(&self) -> Result<Option<NaiveDate>> {
        let first: Option<String> =
            self.conn.prepare_cached("SELECT min(local_date) FROM entries").db()?.query_row([], |r| r.get(0)).db()?;
        Ok(first.as_deref().and_then(span::parse))
    }

    /// Insights for a range, on `today` (the writer's local date, which "last 30 days" and "all time" end on).
    pub fn insights(&self, query: &InsightsQuery, today: NaiveDate) -> Result<Insights> {
        let conn = &self.conn;
        if let Some(person) = query.person {
            self.person(person)?;
        }
        let span = span::resolve(query.period, today, self.first_day()?)?;
        let previous = match query.period {
            Period::AllTime => None,
            _ => span.previous(),
        };
        let step = Step::for_days(span.days());
        let scope = Scope { span, person: query.person };
        let everyone = self.people()?;
        let people = people::by_id(&everyone);

        let day_cards = days::read(conn, &scope, step)?;
        let previous_scope = previous.map(|p| scope.over(p));
        Ok(Insights {
            span,
            previous,
            step,
            person: query.person,
            entries: day_cards.kinds.iter().map(|k| k.count).sum(),
            kinds: day_cards.kinds,
            mood: day_cards.mood,
            feelings: feelings::read(conn, &scope, previous_scope.as_ref())?,
            appreciations: people::appreciations(conn, &scope, &people)?,
            conflicts: conflicts::read(conn, &scope)?,
            balance: day_cards.balance,
            shared: Shared {
                count: day_cards.shared_count,
                closeness: day_cards.closeness_avg,
                buckets: day_cards.closeness,
                people: people::shared(conn, &scope, &people, span.to.min(today))?,
            },
            rhythm: rhythm::read(conn, &scope)?,
            reaching: self.urge_counts(Some(span.from), Some(span.to), query.person)?,
        })
    }
}
