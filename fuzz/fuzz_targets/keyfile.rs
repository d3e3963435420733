#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| attune_journal::fuzz::key_file(data));
