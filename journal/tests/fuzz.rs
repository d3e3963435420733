//! The fuzz harnesses (`attune_journal::fuzz`, also run by cargo-fuzz with `make fuzz`) over the committed seed
//! corpus in `fuzz/corpus/<target>/`, then over random mutations of those seeds for a short, fixed budget, on stable
//! Rust. No input may panic; every bad one is a typed error, and a failed import writes nothing.

use std::path::PathBuf;

use attune_journal::fuzz;
use attune_journal::import::ImportFormat;
use attune_journal::Journal;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Random cases per target inside `make test` (the long runs are `make fuzz`'s job).
const CASES: u32 = 2000;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let seeds: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

/// One change to a seed: flip a byte, cut it short, insert a run of bytes, or repeat a slice.
#[derive(Debug, Clone)]
enum Mutation {
    Set(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Repeat(usize, usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), 1usize..64, 1u8..8).prop_map(|(i, n, times)| Mutation::Repeat(i, n, times)),
    ]
}

fn apply(seed: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut data = seed.to_vec();
    for m in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match m {
            Mutation::Set(i, b) if !data.is_empty() => {
                let i = i % data.len();
                data[i] = *b;
            }
            Mutation::Set(..) => {}
            Mutation::Truncate(i) => data.truncate(at(*i, data.len())),
            Mutation::Insert(i, v) => {
                let i = at(*i, data.len());
                data.splice(i..i, v.iter().copied());
            }
            Mutation::Repeat(i, n, times) => {
                let start = at(*i, data.len());
                let end = (start + n).min(data.len());
                let slice = data[start..end].to_vec();
                for _ in 0..*times {
                    data.splice(end..end, slice.iter().copied());
                }
            }
        }
    }
    data
}

/// The seeds as they are, then `CASES` mutated ones (plus pure random bytes now and then).
fn run(target: &str, harness: impl Fn(&[u8])) {
    let seeds = corpus(target);
    for seed in &seeds {
        harness(seed);
    }
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    let strategy = prop_oneof![
        9 => (0..seeds.len(), prop::collection::vec(mutation(), 1..6))
            .prop_map(move |(i, ms)| (i, ms, Vec::new())),
        1 => prop::collection::vec(any::<u8>(), 0..256).prop_map(|bytes| (usize::MAX, Vec::new(), bytes)),
    ];
    runner
        .run(&strategy, |(i, mutations, random)| {
            let data = if i == usize::MAX { random } else { apply(&seeds[i], &mutations) };
            harness(&data);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{target}: {e}"));
}

fn plain() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open_unencrypted_for_bench(&dir.path().join("journal.db")).unwrap();
    (dir, journal)
}

#[test]
fn key_file() {
    run("keyfile", fuzz::key_file);
}

#[test]
fn recovery_key() {
    run("recovery_key", fuzz::recovery_key);
}

#[test]
fn settings() {
    run("settings", fuzz::settings);
}

#[test]
fn import_jrnl() {
    let (_d, j) = plain();
    run("import_jrnl", |data| fuzz::import(ImportFormat::Jrnl, data, Some(&j)));
}

#[test]
fn import_dayone() {
    let (_d, j) = plain();
    run("import_dayone", |data| fuzz::import(ImportFormat::DayOne, data, Some(&j)));
}

#[test]
fn import_minidiarium() {
    let (_d, j) = plain();
    run("import_minidiarium", |data| fuzz::import(ImportFormat::MiniDiarium, data, Some(&j)));
}

#[test]
fn import_daylio() {
    let (_d, j) = plain();
    run("import_daylio", |data| fuzz::import(ImportFormat::Daylio, data, Some(&j)));
}

#[test]
fn import_attune() {
    let (_d, j) = plain();
    run("import_attune", |data| fuzz::import(ImportFormat::Attune, data, Some(&j)));
}
