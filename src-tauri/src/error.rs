//! The one error the UI sees: `{ kind, message, field? }`, made from the journal's error in one place.

use attune_journal::ErrorKind;
use serde::Serialize;
use ts_rs::TS;

/// An error as it crosses the IPC boundary. The UI acts on `kind` (and `field` for `Validation`), never on `message`,
/// which is written for people and never holds journal content.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppError {
    /// What went wrong, as a stable name.
    pub kind: ErrorKind,
    /// A plain sentence for people.
    pub message: String,
    /// The field at fault, for `Validation`: one typed camelCase name (`whatsGoingOn`, `iStatement.feel`), so the UI
    /// matches it without normalising.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<attune_journal::Field>,
}

impl AppError {
    /// An error of `kind` with a message and no field.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError { kind, message: message.into(), field: None }
    }

    /// The journal is locked (or there is no journal yet) and the command needs it open.
    pub fn locked() -> Self {
        attune_journal::Error::Locked.into()
    }

    /// The OS told us of no home folder, so there is nowhere to keep a journal or settings.
    pub fn no_home() -> Self {
        AppError::new(ErrorKind::Io, "couldn't find your home folder, so there's nowhere to keep the journal")
    }
}

impl From<attune_journal::Error> for AppError {
    fn from(e: attune_journal::Error) -> Self {
        // A validation message is shown on its field, which `field` names: without the journal's "field: " prefix
        // (the CLI's form), or the person would read "at: That time is still to come."
        let message = match &e {
            attune_journal::Error::Validation { message, .. } => message.clone(),
            _ => e.to_string(),
        };
        AppError { kind: e.kind(), field: e.field(), message }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

/// What every command returns.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use attune_journal::Field;

    /// Regression: the UI showed "At: “sunrise” isn't a time like 20:30 or 8pm" on the time field.
    #[test]
    fn a_validation_message_goes_to_its_field_without_the_fields_name() {
        let e = AppError::from(attune_journal::Error::invalid(Field::At, "That time is still to come."));
        assert_eq!(
            (e.kind, e.field, e.message.as_str()),
            (ErrorKind::Validation, Some(Field::At), "That time is still to come.")
        );
        let locked = AppError::from(attune_journal::Error::Locked);
        assert_eq!(locked.message, "the journal is locked");
    }
}
