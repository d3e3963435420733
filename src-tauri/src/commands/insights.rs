//! Insights and follow-through: what the journal shows read together, and Today's one nudge.

use attune_journal::follow_through::Nudge;
use attune_journal::insights::{Insights, InsightsQuery, OpenConflict};
use attune_journal::look_back::StillOpen;
use attune_journal::model::{ConflictStatus, PromiseOutcome};
use attune_journal::promises::DuePromise;
use attune_journal::Entry;
use chrono::Local;

use super::parse_id;
use crate::error::AppResult;
use crate::session::AppState;

/// Insights for a range and, optionally, one person; "today" is the local date.
pub fn insights(state: &AppState, query: InsightsQuery) -> AppResult<Insights> {
    state.with_journal(|journal| journal.insights(&query, Local::now().date_naive()))
}

/// The one follow-through nudge for Today, if any.
pub fn nudge(state: &AppState) -> AppResult<Option<Nudge>> {
    state.with_journal(|journal| journal.nudge(Local::now().date_naive()))
}

/// The conflict reflections Today offers to come back to; "today" is the local date.
pub fn conflicts_due(state: &AppState) -> AppResult<Vec<OpenConflict>> {
    state.with_journal(|journal| journal.conflicts_due(Local::now().date_naive()))
}

/// "Not now": the nudge about this entry is put off for a while.
pub fn snooze_nudge(state: &AppState, id: String) -> AppResult<()> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.snooze_nudge(id, Local::now().date_naive()))
}

/// "I told them": marks an appreciation as told and answers it.
pub fn mark_told(state: &AppState, id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.mark_told(id, Local::now().fixed_offset()))
}

/// Coming back to a conflict reflection: what happened since and where it stands; answers the entry.
pub fn follow_up_conflict(state: &AppState, id: String, since: String, status: ConflictStatus) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.follow_up_conflict(id, since, status, Local::now().fixed_offset()))
}

/// The promises coming due around today (local date).
pub fn promises_due(state: &AppState) -> AppResult<Vec<DuePromise>> {
    state.with_journal(|journal| journal.promises_due(Local::now().date_naive()))
}

/// Says how a promise went; answers the entry.
pub fn settle_promise(state: &AppState, id: String, outcome: PromiseOutcome, how_it_went: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.settle_promise(id, outcome, how_it_went, Local::now().fixed_offset()))
}

/// Every conflict still open or being repaired, for the weekly look back ending today (local date).
pub fn still_open(state: &AppState) -> AppResult<StillOpen> {
    state.with_journal(|journal| journal.still_open(Local::now().date_naive()))
}
