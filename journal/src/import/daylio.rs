//! Daylio's CSV backup: `full_date,date,weekday,time,mood,activities,note_title,note`, one row per check-in.
//!
//! Each row becomes a check-in at its date and time in the person's zone: the mood becomes the pleasantness (by a
//! mapping the dry run shows and the person can change) and the feeling word, the activities (`a | b`) become tags,
//! and the note's title and text become "what's going on".

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};

use super::common::{self, bad, Tally};
use super::{ImportOptions, ImportSource, MoodMapping};
use crate::model::{CheckIn, EntryBody, MAX_SHORT_TEXT};
use crate::Result;

/// Daylio's five standard moods and the pleasantness (−5 to 5) each comes in as unless the person changes it.
pub fn default_pleasantness(mood: &str) -> Option<i8> {
    match mood.trim().to_lowercase().as_str() {
        "rad" => Some(5),
        "good" => Some(3),
        "meh" => Some(0),
        "bad" => Some(-3),
        "awful" => Some(-5),
        _ => None,
    }
}

/// The columns we read, by their header names.
struct Columns {
    full_date: usize,
    time: usize,
    mood: usize,
    activities: Option<usize>,
    note_title: Option<usize>,
    note: Option<usize>,
}

impl Columns {
    fn from_header(header: &csv::StringRecord) -> Result<Columns> {
        let find = |name: &str| header.iter().position(|h| h.trim().trim_start_matches('\u{feff}') == name);
        let need = |name: &str| {
            find(name).ok_or_else(|| bad(format!("it isn't a Daylio CSV backup: there is no \"{name}\" column")))
        };
        Ok(Columns {
            full_date: need("full_date")?,
            time: need("time")?,
            mood: need("mood")?,
            activities: find("activities"),
            note_title: find("note_title"),
            note: find("note"),
        })
    }
}

pub(super) fn read(bytes: &[u8], options: &ImportOptions) -> Result<ImportSource> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(common::strip_bom(bytes));
    let header = reader.headers().map_err(|e| bad(format!("it isn't a Daylio CSV backup ({e})")))?.clone();
    let cols = Columns::from_header(&header)?;
    let overrides: BTreeMap<String, i8> = options.moods.iter().map(|(k, v)| (k.trim().to_lowercase(), *v)).collect();
    let mut moods: BTreeMap<String, MoodMapping> = BTreeMap::new();
    let mut tally = Tally::default();
    let mut items = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2; // the header is row 1
        let record = record.map_err(|e| bad(format!("row {row} can't be read ({e})")))?;
        let get = |c: usize| record.get(c).unwrap_or("").trim();
        let opt = |c: Option<usize>| c.map(get).unwrap_or("");
        let date = NaiveDate::parse_from_str(get(cols.full_date), "%Y-%m-%d")
            .map_err(|_| bad(format!("row {row} has a date that isn't YYYY-MM-DD: '{}'", get(cols.full_date))))?;
        let time = parse_time(get(cols.time))
            .ok_or_else(|| bad(format!("row {row} has a time Daylio doesn't write: '{}'", get(cols.time))))?;
        let at = common::in_zone(options.zone, date.and_time(time));
        let mood = common::one_line(get(cols.mood)).to_lowercase();
        if mood.is_empty() {
            return Err(bad(format!("row {row} has no mood")));
        }
        if mood.chars().count() > MAX_SHORT_TEXT {
            return Err(bad(format!("row {row} has a mood name longer than {MAX_SHORT_TEXT} characters")));
        }
        let standard = default_pleasantness(&mood);
        let pleasantness = overrides.get(&mood).copied().or(standard).unwrap_or(0);
        if !(-5..=5).contains(&pleasantness) {
            return Err(crate::Error::invalid(
                crate::Field::Moods,
                format!("'{mood}' maps to {pleasantness}; pleasantness is from -5 to 5"),
            ));
        }
        moods
            .entry(mood.clone())
            .or_insert(MoodMapping { mood: mood.clone(), pleasantness, rows: 0, standard: standard.is_some() })
            .rows += 1;
        let tags = common::clean_tags(opt(cols.activities).split('|').map(str::to_owned), &mut tally);
        let note = br_to_newline(opt(cols.note));
        let title = common::one_line(opt(cols.note_title));
        let text = match (title.is_empty(), note.trim().is_empty()) {
            (true, _) => note,
            (false, true) => title,
            (false, false) => format!("{title}\n\n{note}"),
        };
        let id = common::content_hash(&[
            get(cols.full_date),
            get(cols.time),
            get(cols.mood),
            opt(cols.activities),
            opt(cols.note_title),
            opt(cols.note),
        ]);
        let mut parts = common::split_long(&common::clean_text(&text)).into_iter();
        let first = parts.next().unwrap_or_default();
        let body = EntryBody::CheckIn(CheckIn {
            pleasantness,
            energy: 0,
            feelings: vec![mood.clone()],
            whats_going_on: first,
            ..CheckIn::default()
        });
        items.push(common::Item { source_id: id.clone(), entry: common::entry(at, tags.clone(), body) });
        let rest: Vec<String> = parts.collect();
        if !rest.is_empty() {
            tally.split += 1;
            let n = rest.len() + 1;
            for (k, part) in rest.into_iter().enumerate() {
                let title = format!("Daylio note, part {} of {n}", k + 2);
                let body = EntryBody::Note(crate::model::Note { title, text: part });
                items.push(common::Item {
                    source_id: format!("{id}#{}", k + 2),
                    entry: common::entry(at + chrono::Duration::milliseconds(k as i64 + 1), tags.clone(), body),
                });
            }
        }
    }
    Ok(ImportSource {
        format: super::ImportFormat::Daylio,
        items,
        people: Vec::new(),
        skipped: tally.into_skipped(),
        moods: moods.into_values().collect(),
    })
}

/// `21:30`, `9:30 PM`, `9:30 pm`.
fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(&s.to_uppercase(), "%I:%M %p"))
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

/// Daylio writes line breaks in notes as `<br>`; everything else in a note is plain text.
fn br_to_newline(note: &str) -> String {
    note.replace("<br />", "\n").replace("<br/>", "\n").replace("<br>", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_both_clocks() {
        assert_eq!(parse_time("21:30"), NaiveTime::from_hms_opt(21, 30, 0));
        assert_eq!(parse_time("9:30 PM"), NaiveTime::from_hms_opt(21, 30, 0));
        assert_eq!(parse_time("12:05 am"), NaiveTime::from_hms_opt(0, 5, 0));
        assert_eq!(parse_time("25:00"), None);
    }
}
