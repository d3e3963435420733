//! Attune's own JSON export: entries keep their ids (so the id is the source id) and people are matched by id, then
//! by name, else added. The file's checks live with the export format, in [`crate::export`].

use super::common::{self, bad, Item};
use super::ImportSource;
use crate::Result;

pub(super) fn read(bytes: &[u8]) -> Result<ImportSource> {
    let text = std::str::from_utf8(common::strip_bom(bytes)).map_err(|_| bad("it isn't UTF-8 text"))?;
    let file = crate::export::parse_import(text)?;
    let items = file.entries.into_iter().map(|entry| Item { source_id: format!("id:{}", entry.id), entry }).collect();
    Ok(ImportSource {
        format: super::ImportFormat::Attune,
        items,
        people: file.people,
        skipped: Vec::new(),
        moods: Vec::new(),
    })
}
