//! `make bench`, insights: at 100k entries spread over ten years in an encrypted vault, how long insights take for
//! the last 90 days and for all time (everyone, and one person), and "on this day".
//!
//! The journal is the one `journal.rs` generates (same kinds, words, people and feelings), with its entries spread
//! evenly over the ten years up to today so that every range has entries in it. Each figure is measured after one
//! warm-up call, like a session that has already shown Today. `ATTUNE_BENCH_SIZES=10000` runs another size.

#[allow(dead_code)] // journal.rs uses the rest
mod support;

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use attune_journal::insights::{InsightsQuery, Period};
use attune_journal::{Passphrase, Vault};
use chrono::{DateTime, FixedOffset, Local, Utc};

const YEARS: i64 = 10;
const RUNS_RANGE: usize = 60;
const RUNS_ALL: usize = 30;
const RUNS_ON_THIS_DAY: usize = 200;

fn main() {
    let sizes: Vec<usize> = std::env::var("ATTUNE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().replace('_', "").parse().ok()).collect())
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| vec![100_000]);
    let vocab = support::Vocabulary::new(50_000);
    let feelings: Vec<String> =
        attune_journal::vocab::feelings().iter().flat_map(|f| f.words.iter().cloned()).collect();
    let root = tempfile::Builder::new()
        .prefix("attune-bench-insights-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("bench dir");
    let today = Local::now().date_naive();
    let mut out = String::new();
    let _ = writeln!(out, "| entries | measure | p50 (ms) | p95 (ms) | target |");
    let _ = writeln!(out, "|--------:|---------|---------:|---------:|--------|");
    for &size in &sizes {
        let started = Instant::now();
        let mut generated = support::journal(size, &vocab, &feelings, 0x1A5_u64 + size as u64);
        spread(&mut generated, YEARS);
        let json = support::export_json(&generated);
        let (journal, _) =
            Vault::create(&root.path().join(format!("vault-{size}")), &Passphrase::new("benchmarked insights"))
                .expect("create vault");
        journal.import_json(&json).expect("bulk load");
        eprintln!("[{size}] loaded in {:.1?}", started.elapsed());
        let sam = generated.people[0].id;
        let cases: Vec<(&str, InsightsQuery, usize, &str)> = vec![
            (
                "insights, last 90 days",
                InsightsQuery { period: Period::Last { days: 90 }, person: None },
                RUNS_RANGE,
                "≤ 30 ms",
            ),
            (
                "insights, last 90 days, one person",
                InsightsQuery { period: Period::Last { days: 90 }, person: Some(sam) },
                RUNS_RANGE,
                "≤ 30 ms",
            ),
            ("insights, last year", InsightsQuery { period: Period::Last { days: 365 }, person: None }, RUNS_RANGE, ""),
            ("insights, all time", InsightsQuery { period: Period::AllTime, person: None }, RUNS_ALL, "≤ 150 ms"),
            (
                "insights, all time, one person",
                InsightsQuery { period: Period::AllTime, person: Some(sam) },
                RUNS_ALL,
                "≤ 150 ms",
            ),
        ];
        for (name, query, runs, target) in cases {
            let _ = journal.insights(&query, today).expect("warm-up");
            let samples: Vec<Duration> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    let i = journal.insights(&query, today).expect("insights");
                    assert!(i.entries > 0, "{name}: the range has entries");
                    t.elapsed()
                })
                .collect();
            row(&mut out, size, name, &samples, target);
        }
        let _ = journal.on_this_day(today).expect("warm-up");
        let mut found = 0;
        let samples: Vec<Duration> = (0..RUNS_ON_THIS_DAY)
            .map(|_| {
                let t = Instant::now();
                found = journal.on_this_day(today).expect("on this day").len();
                t.elapsed()
            })
            .collect();
        row(&mut out, size, &format!("on this day ({found} entries)"), &samples, "≤ 5 ms");
        eprintln!("[{size}] measured in {:.1?}", started.elapsed());
    }
    print!("{out}");
}

/// Moves the generated entries (oldest first) to even steps over the last `years` years, up to now, keeping each
/// one's time zone; ids follow the new times, as UUIDv7 ids do.
fn spread(g: &mut support::Generated, years: i64) {
    let end = Utc::now();
    let start = end - chrono::Duration::days(365 * years);
    let n = g.entries.len().max(1) as i64;
    let step = (end - start).num_milliseconds() / n;
    for (i, e) in g.entries.iter_mut().enumerate() {
        let t: DateTime<Utc> = start + chrono::Duration::milliseconds(step * i as i64);
        let zone = FixedOffset::east_opt(e.utc_offset_minutes * 60).unwrap_or(FixedOffset::east_opt(0).expect("utc"));
        e.created_at = t;
        e.updated_at = t;
        e.local_date = t.with_timezone(&zone).date_naive();
        let mut counter = [0u8; 10];
        counter[..8].copy_from_slice(&(i as u64).to_be_bytes());
        e.id = uuid::Builder::from_unix_timestamp_millis(t.timestamp_millis() as u64, &counter).into_uuid();
    }
}

fn row(out: &mut String, size: usize, name: &str, samples: &[Duration], target: &str) {
    let mut v = samples.to_vec();
    v.sort();
    let at = |p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0;
    let _ = writeln!(out, "| {size} | {name} | {:.2} | {:.2} | {target} |", at(0.5), at(0.95));
}
