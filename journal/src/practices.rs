//! What follows an entry: the kind next step after a check-in (and, next time, how it went), the care line, and how
//! often reaching and pulling away were noticed. Both shells call these; the choices behind them live in [`vocab`].
//!
//! [`vocab`]: crate::vocab

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{ChosenStep, EntryBody, EntryId, EntryKind, NewEntry, PersonId, Urge};
use crate::timeline::{Filter, TimelineQuery};
use crate::vocab::{self, NextSteps};
use crate::{Entry, Error, Journal, Result};

/// What to show after an entry is saved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct AfterSave {
    /// For a check-in: three small next steps, chosen from its quadrant and feeling family.
    pub next_steps: Option<NextSteps>,
    /// The id of the step already chosen for it, if one was.
    pub chosen_step: Option<String>,
    /// The one calm line on where to turn for help, when the entry calls for it.
    pub care_line: Option<String>,
}

/// A step chosen at the latest check-in, for the next check-in to ask about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PendingStep {
    /// The check-in it was chosen at.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub entry_id: EntryId,
    /// That check-in's day.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub local_date: NaiveDate,
    /// The step.
    pub step: ChosenStep,
}

/// How often each urge was noticed in reflections on reaching and pulling away: counts only, no verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct UrgeCounts {
    /// Wanted to reach for them.
    pub reach: u32,
    /// Wanted to pull away.
    pub pull_away: u32,
    /// Wanted both at once.
    pub both: u32,
    /// Didn't say.
    pub unsaid: u32,
}

impl Journal {
    /// What to show after saving entry `id`: next steps for a check-in, and the care line when it is called for.
    pub fn after_save(&self, id: EntryId) -> Result<AfterSave> {
        let entry = self.entry(id)?;
        let (next_steps, chosen_step) = match &entry.body {
            EntryBody::CheckIn(c) => (Some(vocab::next_steps(c)), c.next_step.as_ref().map(|s| s.strategy_id.clone())),
            _ => (None, None),
        };
        Ok(AfterSave { next_steps, chosen_step, care_line: vocab::care_line(&entry.body).map(str::to_owned) })
    }

    /// "I'll try this": keeps strategy `strategy_id` (with its words) on check-in `id`, replacing any step chosen
    /// before. The entry keeps its id and when it was written.
    pub fn choose_next_step(&self, id: EntryId, strategy_id: &str, now: DateTime<FixedOffset>) -> Result<Entry> {
        let entry = self.entry(id)?;
        let strategy = vocab::strategy(strategy_id)
            .ok_or_else(|| Error::NotFound { what: "next step", id: strategy_id.to_string() })?;
        let EntryBody::CheckIn(mut check_in) = entry.body else {
            return Err(Error::invalid(crate::Field::Id, "a next step can only be kept with a check-in"));
        };
        check_in.next_step = Some(ChosenStep { strategy_id: strategy.id.clone(), text: strategy.text.clone() });
        let edit = NewEntry { people: entry.people, tags: entry.tags, body: EntryBody::CheckIn(check_in), at: None };
        self.update_entry(id, edit, now)
    }

    /// The step chosen at the most recent check-in, if one was: the next check-in asks how it went. Once a newer
    /// check-in is saved, the question is not asked again.
    pub fn pending_step(&self) -> Result<Option<PendingStep>> {
        let query = TimelineQuery {
            filter: Filter { kinds: vec![EntryKind::CheckIn], ..Filter::default() },
            after: None,
            start: None,
            limit: 1,
        };
        let latest = self.timeline(&query)?.entries.into_iter().next();
        Ok(latest.and_then(|e| match e.body {
            EntryBody::CheckIn(c) => {
                c.next_step.map(|step| PendingStep { entry_id: e.id, local_date: e.local_date, step })
            }
            _ => None,
        }))
    }

    /// How often each urge was noticed in reflections on reaching and pulling away written between `from` and `to`
    /// (inclusive, either open), about `person` if one is given.
    pub fn urge_counts(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        person: Option<PersonId>,
    ) -> Result<UrgeCounts> {
        let filter = Filter { kinds: vec![EntryKind::Reaching], from, to, person, ..Filter::default() };
        let mut query = TimelineQuery { filter, after: None, start: None, limit: 200 };
        let mut counts = UrgeCounts::default();
        loop {
            let page = self.timeline(&query)?;
            for e in &page.entries {
                if let EntryBody::Reaching(r) = &e.body {
                    match r.wanted {
                        Some(Urge::Reach) => counts.reach += 1,
                        Some(Urge::PullAway) => counts.pull_away += 1,
                        Some(Urge::Both) => counts.both += 1,
                        None => counts.unsaid += 1,
                    }
                }
            }
            match page.next {
                Some(next) => query.after = Some(next),
                None => return Ok(counts),
            }
        }
    }
}
