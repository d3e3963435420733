//! Filling an entry's body from the command line's fields: the same code for `add` (onto an empty body) and `edit`
//! (onto the entry as it is, so fields not mentioned stay unchanged). Checking the values is the journal's job.

use chrono::NaiveDate;

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, GotIt, Listening, ListeningTurn, LookBack, Note, Promise, Reaching,
    SharedExperience, Speaker, Vulnerability,
};
use attune_journal::{vocab, Entry, EntryBody, EntryKind, Error, Journal, NewEntry, PersonId};

use crate::entry_args::{DayOrNone, EntryFields};
use crate::error::CliError;

/// The entry `add` asks the journal to write. `today` picks the default vulnerability prompt.
pub fn new_entry(
    journal: &Journal,
    kind: EntryKind,
    mut f: EntryFields,
    today: NaiveDate,
) -> Result<NewEntry, CliError> {
    let mut body = match kind {
        EntryKind::CheckIn => EntryBody::CheckIn(CheckIn::default()),
        EntryKind::Appreciation => {
            let name = f.for_whom.take().unwrap_or_default();
            let for_whom = resolve_person(journal, &name)?;
            EntryBody::Appreciation(Appreciation {
                for_whom,
                what: String::new(),
                why: String::new(),
                love_language: None,
                told: false,
            })
        }
        EntryKind::Conflict => EntryBody::Conflict(ConflictReflection::default()),
        EntryKind::Vulnerability => {
            if f.prompt.is_none() && f.own_prompt.is_none() {
                f.prompt = Some(vocab::prompt_for_day(today).id.clone());
            }
            EntryBody::Vulnerability(Vulnerability::default())
        }
        EntryKind::SharedExperience => EntryBody::SharedExperience(SharedExperience::default()),
        EntryKind::Listening => EntryBody::Listening(Listening::default()),
        EntryKind::Reaching => EntryBody::Reaching(Reaching::default()),
        EntryKind::Note => EntryBody::Note(Note::default()),
        EntryKind::Promise => EntryBody::Promise(Promise::default()),
        EntryKind::LookBack => {
            let week = attune_journal::look_back::week_of(today);
            EntryBody::LookBack(LookBack {
                from: Some(f.week_from.take().unwrap_or(week.from)),
                to: Some(f.week_to.take().unwrap_or(week.to)),
                ..LookBack::default()
            })
        }
    };
    let people = resolve_people(journal, &std::mem::take(&mut f.people))?;
    let tags = std::mem::take(&mut f.tags);
    fill(journal, &mut body, &mut f)?;
    refuse_leftovers(&f, kind)?;
    Ok(with_appreciated(NewEntry { people, tags, body, at: None }))
}

/// The entry as `edit` leaves it: the old one with the mentioned fields replaced.
pub fn edited_entry(journal: &Journal, entry: &Entry, mut f: EntryFields) -> Result<NewEntry, CliError> {
    let people = match std::mem::take(&mut f.people) {
        names if names.is_empty() => entry.people.clone(),
        names => resolve_people(journal, &names)?,
    };
    let tags = match std::mem::take(&mut f.tags) {
        tags if tags.is_empty() => entry.tags.clone(),
        tags => tags,
    };
    let mut body = entry.body.clone();
    fill(journal, &mut body, &mut f)?;
    refuse_leftovers(&f, body.kind())?;
    Ok(with_appreciated(NewEntry { people, tags, body, at: None }))
}

/// Moves the fields that belong to `body`'s kind out of `f` and into the body.
fn fill(journal: &Journal, body: &mut EntryBody, f: &mut EntryFields) -> Result<(), CliError> {
    match body {
        EntryBody::CheckIn(c) => {
            set_num(&mut c.pleasantness, f.pleasantness.take(), attune_journal::Field::Pleasantness)?;
            set_num(&mut c.energy, f.energy.take(), attune_journal::Field::Energy)?;
            set_list(&mut c.feelings, &mut f.feelings);
            set(&mut c.whats_going_on, f.text.take());
            set(&mut c.hope, f.hope.take());
            set(&mut c.concern, f.concern.take());
            set(&mut c.need, f.need.take());
        }
        EntryBody::Appreciation(a) => {
            if let Some(name) = f.for_whom.take() {
                a.for_whom = resolve_person(journal, &name)?;
            }
            set(&mut a.what, f.what.take());
            set(&mut a.why, f.why.take());
            if let Some(l) = f.love_language.take() {
                a.love_language = l.0;
            }
            set(&mut a.told, f.told.take());
        }
        EntryBody::Conflict(c) => {
            set(&mut c.what_happened, f.what_happened.take());
            set_list(&mut c.my_feelings, &mut f.feelings);
            set(&mut c.i_statement.feel, f.i_feel.take());
            set(&mut c.i_statement.when, f.when.take());
            set(&mut c.i_statement.because, f.because.take());
            set(&mut c.i_statement.need, f.i_need.take());
            set_list(&mut c.horsemen, &mut f.horsemen);
            set(&mut c.their_perspective, f.their_perspective.take());
            set(&mut c.my_part, f.my_part.take());
            set(&mut c.repair, f.repair.take());
            set(&mut c.learned, f.learned.take());
            set(&mut c.status, f.status.take());
            set(&mut c.since, f.since.take());
        }
        EntryBody::Vulnerability(v) => {
            if let Some(id) = f.prompt.take() {
                let prompt =
                    vocab::prompt(id.trim()).ok_or_else(|| Error::NotFound { what: "prompt", id: id.clone() })?;
                v.prompt_id = prompt.id.clone();
                v.prompt = prompt.text.clone();
            }
            if let Some(question) = f.own_prompt.take() {
                v.prompt_id = String::new();
                v.prompt = question;
            }
            set(&mut v.answer, f.answer.take());
            set(&mut v.shared, f.shared.take());
        }
        EntryBody::SharedExperience(s) => {
            set(&mut s.what, f.what.take());
            set(&mut s.meaningful, f.meaningful.take());
            set_num(&mut s.closeness, f.closeness.take(), attune_journal::Field::Closeness)?;
        }
        EntryBody::Note(n) => {
            set(&mut n.title, f.title.take());
            set(&mut n.text, f.text.take());
        }
        EntryBody::Listening(l) => {
            let mine = [f.i_spoke_about.take(), f.they_heard.take(), f.they_missed.take(), f.they_asked.take()];
            fill_turn(l, Speaker::Me, mine, f.they_got_it.take());
            let theirs = [f.they_spoke_about.take(), f.i_heard.take(), f.i_missed.take(), f.i_asked.take()];
            fill_turn(l, Speaker::Them, theirs, f.i_got_it.take());
            if let Some(they_first) = f.they_went_first.take() {
                let first = if they_first { Speaker::Them } else { Speaker::Me };
                l.turns.sort_by_key(|t| t.speaker != first);
            }
            set(&mut l.afterwards, f.afterwards.take());
        }
        EntryBody::Reaching(r) => {
            set(&mut r.moment, f.moment.take());
            set_list(&mut r.felt, &mut f.feelings);
            if let Some(wanted) = f.wanted.take() {
                r.wanted = Some(wanted);
            }
            set(&mut r.did, f.did.take());
            set(&mut r.might_have_helped, f.might_have_helped.take());
            set(&mut r.steady_response, f.steady_response.take());
        }
        EntryBody::Promise(p) => {
            match f.for_whom.take() {
                Some(name) if name.trim().eq_ignore_ascii_case("none") => p.for_whom = None,
                Some(name) => p.for_whom = Some(resolve_person(journal, &name)?),
                None => {}
            }
            set(&mut p.what, f.what.take());
            if let Some(DayOrNone(day)) = f.by.take() {
                p.by_when = day;
            }
            set(&mut p.outcome, f.outcome.take());
            set(&mut p.how_it_went, f.how_it_went.take());
        }
        EntryBody::LookBack(l) => {
            if let Some(day) = f.week_from.take() {
                l.from = Some(day);
            }
            if let Some(day) = f.week_to.take() {
                l.to = Some(day);
            }
            set(&mut l.mood, f.mood.take());
            set(&mut l.moment, f.closeness_moment.take());
            set(&mut l.appreciations, f.appreciations.take());
            set(&mut l.conflicts, f.still_open.take());
            set(&mut l.promises, f.promises.take());
            set(&mut l.ask_for, f.ask_for.take());
            set(&mut l.plan_together, f.plan_together.take());
        }
    }
    Ok(())
}

/// Fills the turn in which `speaker` spoke (adding it when any of its fields is given): `[about, heard, missed,
/// question]` and whether the listener got it.
fn fill_turn(l: &mut Listening, speaker: Speaker, texts: [Option<String>; 4], got_it: Option<GotIt>) {
    if texts.iter().all(Option::is_none) && got_it.is_none() {
        return;
    }
    let index = match l.turns.iter().position(|t| t.speaker == speaker) {
        Some(i) => i,
        None => {
            l.turns.push(ListeningTurn { speaker, ..ListeningTurn::default() });
            l.turns.len() - 1
        }
    };
    let Some(turn) = l.turns.get_mut(index) else { return };
    let [about, heard, missed, question] = texts;
    set(&mut turn.about, about);
    set(&mut turn.heard, heard);
    set(&mut turn.missed, missed);
    set(&mut turn.question, question);
    set(&mut turn.got_it, got_it);
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

fn set_list<T>(slot: &mut Vec<T>, given: &mut Vec<T>) {
    if !given.is_empty() {
        *slot = std::mem::take(given);
    }
}

/// A number from the command line into the body's integer type. The journal checks the real range; this only catches
/// numbers too big for the field at all, with the same kind of error.
fn set_num<T: TryFrom<i64>>(slot: &mut T, value: Option<i64>, field: attune_journal::Field) -> Result<(), CliError> {
    if let Some(v) = value {
        *slot = T::try_from(v).map_err(|_| Error::invalid(field, format!("{v} is out of range")))?;
    }
    Ok(())
}

/// Refuses flags that don't belong to the entry's kind, rather than silently ignoring them.
fn refuse_leftovers(f: &EntryFields, kind: EntryKind) -> Result<(), CliError> {
    let extra = f.flags_given();
    if extra.is_empty() {
        return Ok(());
    }
    Err(CliError::Usage(format!(
        "{} {} not apply to {}",
        extra.join(", "),
        if extra.len() == 1 { "does" } else { "do" },
        kind.a()
    )))
}

/// An appreciation is also about the person it thanks.
fn with_appreciated(mut new: NewEntry) -> NewEntry {
    if let EntryBody::Appreciation(a) = &new.body {
        if !new.people.contains(&a.for_whom) {
            new.people.insert(0, a.for_whom);
        }
    }
    new
}

/// A person's id from their name, with a hint when they aren't in the journal yet.
pub fn resolve_person(journal: &Journal, name: &str) -> Result<PersonId, CliError> {
    match journal.person_by_name(name.trim()) {
        Ok(p) => Ok(p.id),
        Err(e) if e.kind() == attune_journal::ErrorKind::NotFound => Err(CliError::UnknownPerson(name.to_string())),
        Err(e) => Err(e.into()),
    }
}

fn resolve_people(journal: &Journal, names: &[String]) -> Result<Vec<PersonId>, CliError> {
    let mut ids = Vec::with_capacity(names.len());
    for name in names {
        let id = resolve_person(journal, name)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}
