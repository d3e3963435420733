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

/// The `Validation` error for an argument serde couldn't read: on the field the argument names, when it names one.
fn unreadable(name: &str, e: &serde_json::Error) -> AppError {
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
    AppError {
        kind: ErrorKind::Validation,
        message: format!("Attune couldn't read the {}: {e}", name.replace('_', " ")),
        field: Field::deserialize(Value::String(camel)).ok(),
    }
}

fn by_serde<T: serde::de::DeserializeOwned>(name: &str, raw: Raw) -> AppResult<T> {
    serde_json::from_value(raw.0.unwrap_or(Value::Null)).map_err(|e| unreadable(name, &e))
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
}
