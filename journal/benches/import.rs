//! `make bench`: importing 100,000 entries from another journal, into a fresh encrypted vault, must take under 60 s.
//!
//! Generated jrnl JSON and Daylio CSV files (seeded, so every run is the same) go through the whole path a person
//! takes: read the file, the dry run, then the import (one transaction, progress reported, each entry's source
//! remembered). `ATTUNE_BENCH_IMPORT=10000` runs another size. Files live under Cargo's target tmp dir.

use std::fmt::Write as _;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use attune_journal::import::{ImportFormat, ImportOptions, ImportOutcome, ImportSource};
use attune_journal::{Passphrase, Vault};

const TARGET: Duration = Duration::from_secs(60);
const WORDS: &[&str] = &[
    "we",
    "talked",
    "about",
    "the",
    "week",
    "and",
    "I",
    "felt",
    "heard",
    "tired",
    "but",
    "hopeful",
    "after",
    "a",
    "long",
    "walk",
    "with",
    "Sam",
    "dinner",
    "was",
    "quiet",
    "I",
    "noticed",
    "my",
    "shoulders",
    "drop",
    "when",
    "she",
    "laughed",
    "work",
    "deadline",
    "worry",
    "sleep",
    "morning",
    "coffee",
    "grateful",
    "for",
    "small",
    "things",
    "again",
    "today",
];

/// A tiny seeded generator (xorshift): the same file on every run, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn text(&mut self, min: u64, max: u64) -> String {
        let n = min + self.below(max - min);
        (0..n).map(|_| WORDS[self.below(WORDS.len() as u64) as usize]).collect::<Vec<_>>().join(" ")
    }
}

fn jrnl(n: usize) -> Vec<u8> {
    let mut rng = Rng(0x5EED_0001);
    let entries: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days((i / 3) as i64);
            serde_json::json!({
                "title": rng.text(2, 8), "body": rng.text(50, 300),
                "date": day.format("%Y-%m-%d").to_string(),
                "time": format!("{:02}:{:02}", 7 + (i % 3) * 6, rng.below(60)),
                "tags": if rng.below(3) == 0 { vec!["@work"] } else { vec!["@home", "@sam"] },
                "starred": rng.below(10) == 0,
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"tags": {}, "entries": entries})).unwrap()
}

fn daylio(n: usize) -> Vec<u8> {
    let mut rng = Rng(0x5EED_0002);
    let moods = ["rad", "good", "meh", "bad", "awful"];
    let mut out = String::from("full_date,date,weekday,time,mood,activities,note_title,note\n");
    for i in 0..n {
        let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days((i / 3) as i64);
        let _ = writeln!(
            out,
            "{},x,y,{:02}:{:02},{},work | friends,,\"{}\"",
            day.format("%Y-%m-%d"),
            8 + (i % 3) * 5,
            rng.below(60),
            moods[rng.below(5) as usize],
            rng.text(20, 120)
        );
    }
    out.into_bytes()
}

fn main() {
    let size: usize = std::env::var("ATTUNE_BENCH_IMPORT").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let root = tempfile::Builder::new().prefix("attune-bench-import-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let mut table = String::from("| format | entries | read (s) | dry run (s) | import (s) | total (s) | target |\n");
    table.push_str("|--------|--------:|---------:|------------:|-----------:|----------:|--------|\n");
    for (format, bytes) in [(ImportFormat::Jrnl, jrnl(size)), (ImportFormat::Daylio, daylio(size))] {
        let dir = root.path().join(format.as_str());
        let (journal, _) = Vault::create(&dir, &Passphrase::new("bench import passphrase")).expect("vault");
        eprintln!("[{}] {} MB file", format.as_str(), bytes.len() / 1_000_000);
        let t = Instant::now();
        let source = ImportSource::read(format, &bytes, &ImportOptions::new(chrono_tz::Europe::London)).expect("read");
        let read = t.elapsed();
        let t = Instant::now();
        let plan = journal.plan_import(&source).expect("plan");
        let dry = t.elapsed();
        assert_eq!(plan.total_new as usize, size);
        let t = Instant::now();
        let outcome = journal.import(&source, &mut |_| ControlFlow::Continue(())).expect("import");
        let import = t.elapsed();
        assert!(matches!(outcome, ImportOutcome::Imported(ref r) if r.entries_added as usize == size));
        let total = read + dry + import;
        let verdict = if total < TARGET { "< 60 s: met" } else { "< 60 s: MISSED" };
        let _ = writeln!(
            table,
            "| {} | {size} | {:.1} | {:.1} | {:.1} | {:.1} | {verdict} |",
            format.as_str(),
            read.as_secs_f64(),
            dry.as_secs_f64(),
            import.as_secs_f64(),
            total.as_secs_f64()
        );
        eprintln!("[{}] done in {:.1?}", format.as_str(), total);
    }
    print!("{table}");
}
