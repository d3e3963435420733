//! The cards about people: appreciations per person beside their love language, and shared experiences with each.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::scope::{count, day_sums, n, rows, Scope};
use super::span::{iso, parse};
use crate::model::{EntryId, EntryKind, LoveLanguage, Person, PersonId};
use crate::Result;

/// The most untold appreciations listed.
pub const MAX_UNTOLD_LISTED: u32 = 50;

/// How many appreciations spoke one love language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct LanguageCount {
    /// The love language; None for appreciations where none was chosen.
    pub language: Option<LoveLanguage>,
    /// How many.
    pub count: u32,
}

/// Appreciations of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PersonAppreciations {
    /// Who.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub person: PersonId,
    /// Their name.
    pub name: String,
    /// Their own love language, as the writer understands it.
    pub love_language: Option<LoveLanguage>,
    /// Appreciations of them in the range.
    pub count: u32,
    /// How many of those they were told.
    pub told: u32,
    /// The love languages spoken, most first (ties in the usual order; "none chosen" last).
    pub languages: Vec<LanguageCount>,
    /// How many spoke their own love language.
    pub in_their_language: u32,
}

/// An appreciation not (yet) told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct UntoldAppreciation {
    /// The entry.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
    /// When it was written (local date).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: NaiveDate,
    /// Who it is for.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub person: PersonId,
    /// Their name.
    pub name: String,
    /// What they did, as written.
    pub what: String,
}

/// Appreciations in the range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Appreciations {
    /// How many.
    pub count: u32,
    /// How many were told.
    pub told: u32,
    /// How many were not (yet).
    pub untold: u32,
    /// Per person, most appreciated first.
    pub people: Vec<PersonAppreciations>,
    /// The untold ones, newest first (at most [`MAX_UNTOLD_LISTED`]).
    pub untold_list: Vec<UntoldAppreciation>,
}

/// Shared experiences with one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PersonShared {
    /// Who.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub person: PersonId,
    /// Their name.
    pub name: String,
    /// Shared experiences with them in the range.
    pub count: u32,
    /// The last one on or before the range's end, whenever it was.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub last: Option<NaiveDate>,
    /// Days from that one to the range's end (or today, if the range ends later).
    pub days_since: Option<u32>,
}

/// Everyone, by id.
pub(crate) fn by_id(people: &[Person]) -> HashMap<PersonId, &Person> {
    people.iter().map(|p| (p.id, p)).collect()
}

fn person_id(text: Option<String>) -> Option<PersonId> {
    text.and_then(|t| PersonId::parse_str(&t).ok())
}

/// The `day_facts` columns for the appreciations of the person a row is about: how many, how many told, then one
/// per love language in `LoveLanguage::ALL` order (see migration 0002).
const FOR_THEM: [&str; 7] = ["for_them", "for_them_told", "l_words", "l_service", "l_gifts", "l_time", "l_touch"];

pub(crate) fn appreciations(
    conn: &rusqlite::Connection,
    scope: &Scope,
    people: &HashMap<PersonId, &Person>,
) -> Result<Appreciations> {
    let kind = EntryKind::Appreciation.as_str();
    let totals = day_sums(conn, &scope.about(), kind, scope.span, &["entries", "told"])?;
    let (total, told) = (n(totals[0]), n(totals[1]));
    let mut per: Vec<PersonAppreciations> = Vec::new();
    // Per person, from the rows about them: every appreciation for someone is also about them.
    for (&id, person) in people {
        if scope.person.is_some_and(|p| p != id) {
            continue;
        }
        let sums = day_sums(conn, &id.to_string(), kind, scope.span, &FOR_THEM)?;
        let count = n(sums[0]);
        if count == 0 {
            continue;
        }
        let mut languages: Vec<LanguageCount> = LoveLanguage::ALL
            .iter()
            .zip(&sums[2..])
            .map(|(&l, &v)| LanguageCount { language: Some(l), count: n(v) })
            .collect();
        let chosen: u32 = languages.iter().map(|l| l.count).sum();
        languages.push(LanguageCount { language: None, count: count.saturating_sub(chosen) });
        languages.retain(|l| l.count > 0);
        // Most first; ties keep the usual order, "none chosen" last.
        languages.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.language.is_none().cmp(&b.language.is_none())));
        let in_their_language = person
            .love_language
            .and_then(|own| languages.iter().find(|l| l.language == Some(own)))
            .map_or(0, |l| l.count);
        per.push(PersonAppreciations {
            person: id,
            name: person.name.clone(),
            love_language: person.love_language,
            count,
            told: n(sums[1]),
            languages,
            in_their_language,
        });
    }
    per.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));

    let (cond, mut params) = scope.conditions(&[EntryKind::Appreciation]);
    let sql = format!(
        "SELECT e.id, x.local_date, x.person, json_extract(e.body, '$.what')
         FROM entry_facts x JOIN entries e ON e.rowid = x.entry_id
         WHERE {cond} AND coalesce(x.told, 0) = 0 ORDER BY x.local_date DESC, x.entry_id DESC LIMIT ?"
    );
    params.push(Value::Integer(i64::from(MAX_UNTOLD_LISTED)));
    let raw = rows(conn, &sql, &params, |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    let untold_list = raw
        .into_iter()
        .filter_map(|(id, date, person, what)| {
            let person = person_id(person)?;
            Some(UntoldAppreciation {
                id: EntryId::parse_str(&id).ok()?,
                date: parse(&date)?,
                person,
                name: people.get(&person)?.name.clone(),
                what: what.unwrap_or_default(),
            })
        })
        .collect();
    Ok(Appreciations { count: total, told, untold: total.saturating_sub(told), people: per, untold_list })
}

/// Shared experiences per person (only the chosen one, when the scope has a person): how many in the range, and
/// the last one up to its end. `reference` is the day "days since" counts to.
pub(crate) fn shared(
    conn: &rusqlite::Connection,
    scope: &Scope,
    people: &HashMap<PersonId, &Person>,
    reference: NaiveDate,
) -> Result<Vec<PersonShared>> {
    // Two lookups per person on the facts' keys: no scan grows with the journal.
    let sql = "SELECT (SELECT max(x.local_date) FROM entry_facts x WHERE x.about = ?1 AND x.kind = ?2 AND x.local_date <= ?4),
                      (SELECT sum(d.entries) FROM day_facts d
                       WHERE d.about = ?1 AND d.kind = ?2 AND d.local_date BETWEEN ?3 AND ?4)";
    let mut out = Vec::new();
    for (&id, person) in people {
        if scope.person.is_some_and(|p| p != id) {
            continue;
        }
        let params = [
            Value::Text(id.to_string()),
            Value::Text(EntryKind::SharedExperience.as_str().to_owned()),
            Value::Text(iso(scope.span.from)),
            Value::Text(iso(scope.span.to)),
        ];
        let found = rows(conn, sql, &params, |r| Ok((r.get::<_, Option<String>>(0)?, count(r.get(1)?))))?;
        let Some((Some(last), n)) = found.into_iter().next() else { continue };
        let last = parse(&last);
        out.push(PersonShared {
            person: id,
            name: person.name.clone(),
            count: n,
            last,
            days_since: last.map(|l| u32::try_from((reference - l).num_days().max(0)).unwrap_or(0)),
        });
    }
    out.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok(out)
}
