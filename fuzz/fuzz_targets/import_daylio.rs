#![no_main]
use attune_journal::import::ImportFormat;
use libfuzzer_sys::fuzz_target;

#[path = "../journal.rs"]
mod journal;

fuzz_target!(|data: &[u8]| journal::with(|j| attune_journal::fuzz::import(ImportFormat::Daylio, data, Some(j))));
