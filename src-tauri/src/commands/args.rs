//! How a command reads its arguments. Tauri hands each one over as it came ([`Raw`], which always deserializes), and
//! the command's wrapper reads it with [`FromArg`], so an argument that doesn't fit (an unknown kind or status, a
//! wrong shape, a missing one) reaches the UI as the app's typed `{ kind: "Validation", message, field }` instead of
//! Tauri's plain "invalid args" string. Names the journal has a parser for (a conflict's status, a promise's outcome,
//! a brief's or an import's format) are read by that parser, so the message is the journal's, as in the CLI.

use std::collections::BTreeMap;

use attune_journal::backup::Keep;
use attune_journal::brief::{BriefFormat, BriefRequest};
use attune_journal::import::ImportFormat;
use attune_journal::insights::InsightsQuery;
use attune_journal::model::{ConflictStatus, DateOrder, PromiseOutcome};
use attune_journal::reminders::{ReminderInput, Snooze};
use attune_journal::search::SearchQuery;
use attune_journal::settings::AppSettings;
use attune_journal::timeline::TimelineQuery;
use attune_journal::{Entry, ErrorKind, Field, NewEntry, PersonInput};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::{AppError, AppResult};
use crate::ipc::{ExportFormat, SecretInput};

/// An argument exactly as the UI sent it (`None` when it sent none). Reading it never fails, so Tauri never refuses a
/// call on its own; [`FromArg`] reads it.
#[derive(Debug, Clone, Default)]
pub struct Raw(Option<Value>);

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Value>::deserialize(d).map(Raw)
    }
}

impl From<Value> for Raw {
    fn from(v: Value) -> Self {
        Raw(Some(v))
    }
}

/// A type a command takes as an argument, read from what the UI sent.
pub trait FromArg: Sized {
    /// Reads the argument `name` (as the command list spells it); a value that doesn't fit is a `Validation` error.
    fn from_arg(name: &str, raw: Raw) -> AppResult<Self>;
}

/// The `Validation` error for an argument serde couldn't read: on the field at fault inside it where the journal
/// names one (a check-in's `pleasantness`, an I-statement's `iStatement.feel`, a reminder's quiet hours), else on the
/// field the argument itself names, when it names one.
fn unreadable<T: DeserializeOwned>(name: &str, value: &Value, e: &serde_json::Error) -> AppError {
    let camel = name.split('_').enumerate().fold(String::new(), |mut out, (i, part)| {
        let mut chars = part.chars();
        match (i, chars.next()) {
            (0, _) => out.push_str(part),
            (_, Some(first)) => {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
            (_, None) => {}
        }
        out
    });
    let inside = at_fault::<T>(value).and_then(|path| Field::at_path(&path));
    AppError {
        kind: ErrorKind::Validation,
        message: format!("Attune couldn't read the {}: {e}", name.replace('_', " ")),
        field: inside.or_else(|| Field::named(&camel)),
    }
}

/// At most this many tries of [`at_fault`]: an argument from the UI is far smaller, and a strange one costs no more.
const MAX_TRIES: usize = 4_000;

/// Where in `value` the part that doesn't fit `T` is, as keys and list positions: the deepest part that, removed or
/// replaced with a plain stand-in (nothing, a number, a text, a list, a record, a time, a day, a moment, an id), lets
/// the whole be read. serde's error doesn't say where, and inside a tagged enum (an entry's body, a reminder's
/// schedule) no deserializer can tell, as serde reads those through a buffer of its own; so this asks `T` itself.
/// Run only when reading failed. `None` when no one part mends it: a part missing, or two at fault.
fn at_fault<T: DeserializeOwned>(value: &Value) -> Option<Vec<String>> {
    let stand_ins = [
        Value::Null,
        Value::Bool(false),
        Value::from(0),
        Value::from(""),
        Value::Array(Vec::new()),
        Value::Object(serde_json::Map::new()),
        Value::from("00:00"),
        Value::from("2000-01-01"),
        Value::from("2000-01-01T00:00:00Z"),
        Value::from("00000000-0000-0000-0000-000000000000"),
    ];
    let mut tries = 0;
    let mut mends = |path: &[String]| {
        std::iter::once(None).chain(stand_ins.iter().map(Some)).any(|stand_in| {
            tries += 1;
            if tries > MAX_TRIES {
                return false;
            }
            let mut probe = value.clone();
            replace(&mut probe, path, stand_in) && T::deserialize(&probe).is_ok()
        })
    };
    let mut deepest: Option<Vec<String>> = None;
    let mut paths = children(value, &[]);
    while let Some(path) = paths.pop() {
        if deepest.as_ref().is_none_or(|d| path.len() > d.len()) && mends(&path) {
            deepest = Some(path.clone());
        }
        if let Some(inner) = value.pointer(&pointer(&path)) {
            paths.extend(children(inner, &path));
        }
    }
    deepest
}

/// The paths of `value`'s own parts (an object's keys, a list's positions), under `path`.
fn children(value: &Value, path: &[String]) -> Vec<Vec<String>> {
    let keys: Vec<String> = match value {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => (0..items.len()).map(|i| i.to_string()).collect(),
        _ => Vec::new(),
    };
    keys.into_iter().map(|k| path.iter().cloned().chain([k]).collect()).collect()
}

/// `path` as a JSON pointer (`/body/turns/0`).
fn pointer(path: &[String]) -> String {
    path.iter().map(|key| format!("/{}", key.replace('~', "~0").replace('/', "~1"))).collect()
}

/// Puts `with` at `path` in `value` (or, with `None`, takes the part out); false if there is no such part.
fn replace(value: &mut Value, path: &[String], with: Option<&Value>) -> bool {
    let Some((last, parents)) = path.split_last() else { return false };
    match (value.pointer_mut(&pointer(parents)), with) {
        (Some(Value::Object(map)), None) => map.remove(last).is_some(),
        (Some(Value::Array(items)), None) => match last.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items.remove(i);
                true
            }
            _ => false,
        },
        (Some(_), Some(with)) => match value.pointer_mut(&pointer(path)) {
            Some(part) => {
                *part = with.clone();
                true
            }
            None => false,
        },
        _ => false,
    }
}

fn by_serde<T: DeserializeOwned>(name: &str, raw: Raw) -> AppResult<T> {
    let value = raw.0.unwrap_or(Value::Null);
    T::deserialize(&value).map_err(|e| unreadable::<T>(name, &value, &e))
}

/// Arguments read by their serde shape.
macro_rules! read_by_serde {
    ($($t:ty),* $(,)?) => {$(
        impl FromArg for $t {
            fn from_arg(name: &str, raw: Raw) -> AppResult<Self> {
                by_serde(name, raw)
            }
        }
    )*};
}

/// Arguments sent as a stable name and read by the journal's own parser (its `FromStr`), whose error says what the
/// choices are; anything but a string is read by serde.
macro_rules! read_by_journal_parser {
    ($($t:ty),* $(,)?) => {$(
        impl FromArg for $t {
            fn from_arg(name: &str, raw: Raw) -> AppResult<Self> {
                match raw.0 {
                    Some(Value::String(s)) => s.parse::<$t>().map_err(AppError::from),
                    other => by_serde(name, Raw(other)),
                }
            }
        }
    )*};
}

read_by_serde!(
    String,
    i8,
    f64,
    DateOrder,
    BTreeMap<String, i8>,
    NewEntry,
    Entry,
    TimelineQuery,
    SearchQuery,
    InsightsQuery,
    PersonInput,
    SecretInput,
    Keep,
    ReminderInput,
    Snooze,
    AppSettings,
    BriefRequest,
    ExportFormat,
);

read_by_journal_parser!(ConflictStatus, PromiseOutcome, ImportFormat, BriefFormat);

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;
    use serde_json::json;

    #[test]
    fn an_unknown_status_gets_the_journals_message_on_its_field() {
        let err = ConflictStatus::from_arg("status", json!("sulking").into()).unwrap_err();
        assert_eq!((err.kind, err.field), (ErrorKind::Validation, Some(Field::Status)));
        assert!(err.message.contains("'sulking' is not one of open, repairing, repaired, resolved"), "{}", err.message);
        assert_eq!(ConflictStatus::from_arg("status", json!("repairing").into()).unwrap(), ConflictStatus::Repairing);
    }

    #[test]
    fn a_wrong_shape_or_a_missing_argument_is_a_validation_error() {
        let err = NewEntry::from_arg("entry", json!({ "people": [], "tags": [], "body": { "kind": "diary" } }).into())
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Validation);
        assert!(err.message.contains("diary"), "{}", err.message);
        let err = String::from_arg("how_it_went", Raw::default()).unwrap_err();
        assert_eq!((err.kind, err.field), (ErrorKind::Validation, Some(Field::HowItWent)));
    }

    /// Regression: a value that didn't fit inside an entry's body or a reminder reached the UI with no field, so the
    /// message couldn't stand beside the field at fault.
    #[rstest]
    #[case::a_mood_meter_word(json!({ "body": { "kind": "check_in", "pleasantness": "very", "feelings": ["calm"] } }), Some(Field::Pleasantness))]
    #[case::a_mood_meter_number_out_of_range(json!({ "body": { "kind": "check_in", "energy": 300 } }), Some(Field::Energy))]
    #[case::an_i_statements_part(json!({ "body": { "kind": "conflict", "iStatement": { "feel": 3, "need": "a hug" } } }), Some(Field::IStatementFeel))]
    #[case::inside_a_turn(json!({ "body": { "kind": "listening", "turns": [{ "about": "money" }, { "gotIt": "maybe" }] } }), Some(Field::GotIt))]
    #[case::when(json!({ "at": "yesterday evening", "body": { "kind": "note", "text": "hi" } }), Some(Field::At))]
    #[case::a_person(json!({ "people": ["sam"], "body": { "kind": "note", "text": "hi" } }), Some(Field::People))]
    #[case::an_unknown_kind(json!({ "body": { "kind": "diary" } }), None)]
    #[case::two_values_at_fault(json!({ "body": { "kind": "check_in", "pleasantness": "x", "energy": "y" } }), None)]
    fn a_bad_value_inside_an_entry_is_refused_on_its_field(#[case] entry: Value, #[case] field: Option<Field>) {
        let err = NewEntry::from_arg("entry", entry.into()).unwrap_err();
        assert_eq!((err.kind, err.field), (ErrorKind::Validation, field), "{}", err.message);
        assert!(err.message.starts_with("Attune couldn't read the entry: "), "{}", err.message);
    }

    fn reminder(schedule: Value, quiet: Value) -> Raw {
        json!({ "label": "Evenings", "target": { "kind": "check_in" }, "schedule": schedule, "quiet": quiet,
                "skipIfCheckedIn": false, "enabled": true })
        .into()
    }

    #[rstest]
    #[case::a_weekday(json!({ "kind": "weekly", "days": ["Mon", "Funday"], "time": "20:00" }), Value::Null, Field::On)]
    #[case::a_time_of_day(json!({ "kind": "daily", "times": ["08:00", "8 in the morning"] }), Value::Null, Field::At)]
    #[case::a_gap_in_days(json!({ "kind": "every", "days": "often", "start": "2026-12-01", "time": "20:00" }), Value::Null, Field::Days)]
    #[case::quiet_hours(json!({ "kind": "daily", "times": ["08:00"] }), json!({ "start": "late", "end": "07:00" }), Field::Quiet)]
    fn a_bad_value_inside_a_reminder_is_refused_on_its_field(
        #[case] schedule: Value,
        #[case] quiet: Value,
        #[case] field: Field,
    ) {
        let good = json!({ "kind": "weekly", "days": ["Mon", "Thu"], "time": "20:00" });
        assert!(ReminderInput::from_arg("reminder", reminder(good, Value::Null)).is_ok(), "the same reminder reads");
        let err = ReminderInput::from_arg("reminder", reminder(schedule, quiet)).unwrap_err();
        assert_eq!((err.kind, err.field), (ErrorKind::Validation, Some(field)), "{}", err.message);
    }

    #[test]
    fn a_bad_setting_is_refused_on_its_field() {
        let err = AppSettings::from_arg("settings", json!({ "autoLockMinutes": "ten" }).into()).unwrap_err();
        assert_eq!((err.kind, err.field), (ErrorKind::Validation, Some(Field::AutoLockMinutes)));
    }
}
