//! Validation of what people write: required fields, lengths, ranges. Errors name the field.
//!
//! Each check normalises where that is harmless (trimming, lower-casing and de-duplicating feeling words, `\r\n` to
//! `\n`) and otherwise refuses with [`Error::invalid`], naming the field as the UI knows it (the serde name, e.g.
//! `whatHappened`, or a dotted path such as `iStatement.feel`) in a message written for the person typing.

use std::collections::HashSet;

use crate::model::{
    Appreciation, CheckIn, ChosenStep, ConflictReflection, EntryBody, Listening, LookBack, NewEntry, Note, PersonInput,
    Promise, Reaching, SharedExperience, Vulnerability,
};
use crate::{Error, Field, Result};

/// Longest short field (a name, a tag, a feeling word), in characters.
pub const MAX_SHORT_TEXT: usize = 100;
/// Longest long field (any free text), in characters.
pub const MAX_LONG_TEXT: usize = 20_000;
/// Most tags on one entry.
pub const MAX_TAGS: usize = 20;
/// Most feeling words on one check-in or conflict reflection.
pub const MAX_FEELINGS: usize = 30;

/// Checks a body, normalising where harmless (trimming, lower-casing feeling words).
pub fn validate_body(body: &mut EntryBody) -> Result<()> {
    match body {
        EntryBody::CheckIn(c) => check_in(c),
        EntryBody::Appreciation(a) => appreciation(a),
        EntryBody::Conflict(c) => conflict(c),
        EntryBody::Vulnerability(v) => vulnerability(v),
        EntryBody::SharedExperience(s) => shared_experience(s),
        EntryBody::Note(n) => note(n),
        EntryBody::Listening(l) => listening(l),
        EntryBody::Reaching(r) => reaching(r),
        EntryBody::Promise(p) => promise(p),
        EntryBody::LookBack(l) => look_back(l),
    }
}

/// Checks a person's fields (name required, trimmed, not too long).
pub fn validate_person(input: &mut PersonInput) -> Result<()> {
    short_text(&mut input.name, Field::Name, "A name")?;
    required(&input.name, Field::Name, "Please give them a name.")
}

/// Checks a whole new entry: its body, its tags (see [`validate_tags`]) and its people (duplicates dropped; an
/// appreciation's person is added if missing).
pub fn validate_new_entry(new: &mut NewEntry) -> Result<()> {
    validate_body(&mut new.body)?;
    validate_tags(&mut new.tags)?;
    let mut seen = HashSet::new();
    new.people.retain(|id| seen.insert(*id));
    if let Some(id) = new.body.for_whom() {
        if !new.people.contains(&id) {
            new.people.push(id);
        }
    }
    if matches!(new.body, EntryBody::Listening(_)) && new.people.is_empty() {
        return Err(Error::invalid(Field::People, "Please choose who you listened with; the entry is about them."));
    }
    Ok(())
}

/// Checks tags: trimmed, lower-cased, inner spaces collapsed, empty ones and repeats dropped, at most [`MAX_TAGS`].
pub fn validate_tags(tags: &mut Vec<String>) -> Result<()> {
    word_list(tags, Field::Tags, "tag", MAX_TAGS)
}

fn check_in(c: &mut CheckIn) -> Result<()> {
    in_range(c.pleasantness, Field::Pleasantness, "Pleasantness")?;
    in_range(c.energy, Field::Energy, "Energy")?;
    word_list(&mut c.feelings, Field::Feelings, "feeling word", MAX_FEELINGS)?;
    if c.feelings.is_empty() {
        return Err(Error::invalid(Field::Feelings, "Please name at least one feeling; any word of your own is fine."));
    }
    long_text(&mut c.whats_going_on, Field::WhatsGoingOn)?;
    long_text(&mut c.hope, Field::Hope)?;
    long_text(&mut c.concern, Field::Concern)?;
    long_text(&mut c.need, Field::Need)?;
    if let Some(step) = &mut c.next_step {
        chosen_step(step, Field::NextStep)?;
    }
    if let Some(last) = &mut c.last_step {
        chosen_step(&mut last.step, Field::LastStep)?;
        long_text(&mut last.note, Field::LastStepNote)?;
    }
    Ok(())
}

fn chosen_step(step: &mut ChosenStep, field: Field) -> Result<()> {
    short_text(&mut step.strategy_id, field, "A step's id")?;
    long_text(&mut step.text, field)?;
    required(&step.text, field, "Please keep the words of the step that was chosen.")
}

fn listening(l: &mut Listening) -> Result<()> {
    if l.turns.is_empty() || l.turns.len() > 2 {
        return Err(Error::invalid(Field::Turns, "Listening together has one turn each: one or two turns, please."));
    }
    if l.turns.len() == 2 && l.turns[0].speaker == l.turns[1].speaker {
        return Err(Error::invalid(Field::Turns, "Each of you takes one turn to speak; swap speakers for the second."));
    }
    for (i, t) in l.turns.iter_mut().enumerate() {
        // At most two turns (above); an error names the turn, and the message what in it.
        let turn = if i == 0 { Field::FirstTurn } else { Field::SecondTurn };
        for value in [&mut t.about, &mut t.heard, &mut t.missed, &mut t.question] {
            long_text(value, turn)?;
        }
        required(&t.heard, turn, "Please write what you heard, in your own words.")?;
    }
    long_text(&mut l.afterwards, Field::Afterwards)
}

fn reaching(r: &mut Reaching) -> Result<()> {
    long_text(&mut r.moment, Field::Moment)?;
    required(&r.moment, Field::Moment, "Please write the moment, in a sentence or two.")?;
    word_list(&mut r.felt, Field::Felt, "feeling word", MAX_FEELINGS)?;
    long_text(&mut r.did, Field::Did)?;
    long_text(&mut r.might_have_helped, Field::MightHaveHelped)?;
    long_text(&mut r.steady_response, Field::SteadyResponse)
}

fn appreciation(a: &mut Appreciation) -> Result<()> {
    if a.for_whom.is_nil() {
        return Err(Error::invalid(Field::ForWhom, "Please choose who this appreciation is for."));
    }
    long_text(&mut a.what, Field::What)?;
    required(&a.what, Field::What, "Please write what they did or what you appreciate about them.")?;
    long_text(&mut a.why, Field::Why)
}

fn conflict(c: &mut ConflictReflection) -> Result<()> {
    long_text(&mut c.what_happened, Field::WhatHappened)?;
    required(&c.what_happened, Field::WhatHappened, "Please write what happened; a few plain words are enough.")?;
    word_list(&mut c.my_feelings, Field::MyFeelings, "feeling word", MAX_FEELINGS)?;
    let s = &mut c.i_statement;
    long_text(&mut s.feel, Field::IStatementFeel)?;
    long_text(&mut s.when, Field::IStatementWhen)?;
    long_text(&mut s.because, Field::IStatementBecause)?;
    long_text(&mut s.need, Field::IStatementNeed)?;
    let mut seen = HashSet::new();
    for h in &mut c.horsemen {
        if !seen.insert((h.horseman, h.whose)) {
            let whose = match h.whose {
                crate::model::Whose::Mine => "yours",
                crate::model::Whose::Theirs => "theirs",
            };
            return Err(Error::invalid(
                Field::Horsemen,
                format!("{} ({whose}) is listed twice; keep one and put both rewrites in it.", h.horseman.label()),
            ));
        }
        long_text(&mut h.rewrite, Field::Horsemen)?;
    }
    long_text(&mut c.their_perspective, Field::TheirPerspective)?;
    long_text(&mut c.my_part, Field::MyPart)?;
    long_text(&mut c.repair, Field::Repair)?;
    long_text(&mut c.learned, Field::Learned)?;
    long_text(&mut c.since, Field::Since)
}

fn vulnerability(v: &mut Vulnerability) -> Result<()> {
    short_text(&mut v.prompt_id, Field::PromptId, "A prompt id")?;
    long_text(&mut v.prompt, Field::Prompt)?;
    required(&v.prompt, Field::Prompt, "Please keep the question you are answering.")?;
    long_text(&mut v.answer, Field::Answer)?;
    required(&v.answer, Field::Answer, "Please write an answer, even a short one.")
}

fn shared_experience(s: &mut SharedExperience) -> Result<()> {
    long_text(&mut s.what, Field::What)?;
    required(&s.what, Field::What, "Please write what you did together.")?;
    long_text(&mut s.meaningful, Field::Meaningful)?;
    if !(1..=5).contains(&s.closeness) {
        return Err(Error::invalid(Field::Closeness, format!("Closeness is from 1 to 5; you gave {}.", s.closeness)));
    }
    Ok(())
}

fn note(n: &mut Note) -> Result<()> {
    short_text(&mut n.title, Field::Title, "A title")?;
    long_text(&mut n.text, Field::Text)?;
    required(&n.text, Field::Text, "Please write something in the note.")
}

fn promise(p: &mut Promise) -> Result<()> {
    if p.for_whom.is_some_and(|id| id.is_nil()) {
        p.for_whom = None;
    }
    long_text(&mut p.what, Field::What)?;
    required(&p.what, Field::What, "Please write what you said you'd do.")?;
    long_text(&mut p.how_it_went, Field::HowItWent)
}

fn look_back(l: &mut LookBack) -> Result<()> {
    for (field, text) in l.parts_mut() {
        long_text(text, field)?;
    }
    if l.parts().iter().all(|(_, t)| t.is_empty()) {
        return Err(Error::invalid(
            Field::Mood,
            "Write a line for at least one step, or leave the look back for another week.",
        ));
    }
    if let (Some(from), Some(to)) = (l.from, l.to) {
        if from > to {
            return Err(Error::invalid(Field::From, "The week starts after it ends; check the two dates."));
        }
    }
    Ok(())
}

/// −5 to 5 on the Mood Meter.
fn in_range(value: i8, field: Field, label: &str) -> Result<()> {
    if (-5..=5).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid(field, format!("{label} is from -5 to 5; you gave {value}.")))
    }
}

fn required(value: &str, field: Field, message: &str) -> Result<()> {
    if value.is_empty() {
        Err(Error::invalid(field, message))
    } else {
        Ok(())
    }
}

/// Trims a one-line field and checks it has no control characters and is at most [`MAX_SHORT_TEXT`] long.
fn short_text(value: &mut String, field: Field, label: &str) -> Result<()> {
    trim_in_place(value);
    if value.chars().any(char::is_control) {
        return Err(Error::invalid(field, format!("{label} must fit on one line, without tabs or line breaks.")));
    }
    let len = value.chars().count();
    if len > MAX_SHORT_TEXT {
        return Err(Error::invalid(
            field,
            format!("{label} can be at most {MAX_SHORT_TEXT} characters; this one has {len}."),
        ));
    }
    Ok(())
}

/// Trims free text, turns `\r\n` and `\r` into `\n`, and checks length and control characters (tabs and line
/// breaks are welcome).
fn long_text(value: &mut String, field: Field) -> Result<()> {
    if value.contains('\r') {
        *value = value.replace("\r\n", "\n").replace('\r', "\n");
    }
    trim_in_place(value);
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::invalid(field, "This text contains an invisible control character; please remove it."));
    }
    let len = value.chars().count();
    if len > MAX_LONG_TEXT {
        return Err(Error::invalid(
            field,
            format!("This text can be at most {MAX_LONG_TEXT} characters; it has {len}. Could it be split in two?"),
        ));
    }
    Ok(())
}

/// Normalises a list of words (feelings, tags): trimmed, lower-cased, inner whitespace collapsed to one space,
/// empty ones and repeats dropped (first one kept); then checks each word and the count.
fn word_list(words: &mut Vec<String>, field: Field, what: &str, max: usize) -> Result<()> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(words.len());
    for word in words.iter() {
        if word.chars().any(char::is_control) {
            return Err(Error::invalid(field, format!("A {what} must fit on one line, without tabs or line breaks.")));
        }
        let word = word.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if word.is_empty() {
            continue;
        }
        let len = word.chars().count();
        if len > MAX_SHORT_TEXT {
            return Err(Error::invalid(
                field,
                format!("A {what} can be at most {MAX_SHORT_TEXT} characters; one has {len}."),
            ));
        }
        if seen.insert(word.clone()) {
            out.push(word);
        }
    }
    if out.len() > max {
        return Err(Error::invalid(field, format!("Up to {max} of these, please; you gave {}.", out.len())));
    }
    *words = out;
    Ok(())
}

fn trim_in_place(value: &mut String) {
    let trimmed = value.trim();
    if trimmed.len() != value.len() {
        *value = trimmed.to_owned();
    }
}
