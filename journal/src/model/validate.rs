//! Validation of what people write: required fields, lengths, ranges. Errors name the field.
//!
//! STUB: signatures fixed; implementation in progress.

use crate::model::{EntryBody, PersonInput};
use crate::Result;

/// Longest short field (a name, a tag, a feeling word), in characters.
pub const MAX_SHORT_TEXT: usize = 100;
/// Longest long field (any free text), in characters.
pub const MAX_LONG_TEXT: usize = 20_000;
/// Most tags on one entry.
pub const MAX_TAGS: usize = 20;

/// Checks a body, normalising where harmless (trimming, lower-casing feeling words).
pub fn validate_body(body: &mut EntryBody) -> Result<()> {
    let _ = body;
    todo!()
}

/// Checks a person's fields (name required, trimmed, not too long).
pub fn validate_person(input: &mut PersonInput) -> Result<()> {
    let _ = input;
    todo!()
}
