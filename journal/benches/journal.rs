//! `make bench`: what encryption costs, on realistic journals of 5k, 10k and 100k entries.
//!
//! For each size, the same generated journal is loaded into an encrypted vault and into a plain SQLite file with the
//! same schema and pragmas, then both are timed: create, unlock, committed single-entry inserts, timeline pages, the
//! months list, and searches (a rare and a common word, the common word finished, both newest first, the common word's
//! 21st page newest first, and a 4-letter prefix). One table is printed at the end, with the encrypted/plain ratio.
//!
//! `ATTUNE_BENCH_SIZES=10000` (comma-separated) runs other sizes. Files live under Cargo's target tmp dir, on the same
//! disk as the build, not in a RAM-backed /tmp, so fsync costs what it costs on this machine.

mod support;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use attune_journal::model::Note;
use attune_journal::search::{SearchOrder, SearchQuery};
use attune_journal::timeline::{Cursor, TimelineQuery};
use attune_journal::{EntryBody, Journal, NewEntry, Passphrase, Secret, Vault};
use chrono::{DateTime, FixedOffset, Utc};

const VOCABULARY: usize = 50_000;
/// Rank of the rare search word: a few dozen entries in 100k contain it.
const RARE_RANK: usize = 40_000;
/// Rank of the common search word ("felt"): nearly every entry contains it.
const COMMON_RANK: usize = 14;
const INSERTS: usize = 200;
const PAGES: usize = 200;
const SEARCHES: usize = 100;
const PASSPHRASE: &str = "correct horse battery staple, benchmarked";

/// One measured quantity for one journal.
#[derive(Default, Clone)]
struct Stats {
    create: Duration,
    unlock: Duration,
    load: Duration,
    insert: Vec<Duration>,
    first_page: Vec<Duration>,
    deep_page: Vec<Duration>,
    rare: Vec<Duration>,
    common: Vec<Duration>,
    /// The common word finished (typed with a space after it): an exact, stemmed term rather than a prefix.
    common_word: Vec<Duration>,
    /// The first four letters of the rare word, as while typing it.
    prefix4: Vec<Duration>,
    /// The common word, newest first instead of best match.
    newest: Vec<Duration>,
    /// The common word newest first, 21st page of 50 (as after "Show more" twenty times).
    newest_deep: Vec<Duration>,
    /// The rare word, newest first.
    rare_newest: Vec<Duration>,
    months: Vec<Duration>,
    rare_hits: usize,
    common_hits: usize,
    common_total: u32,
}

fn main() {
    let sizes: Vec<usize> = std::env::var("ATTUNE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().replace('_', "").parse().ok()).collect())
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| vec![5_000, 10_000, 100_000]);
    let vocab = support::Vocabulary::new(VOCABULARY);
    let feelings: Vec<String> =
        attune_journal::vocab::feelings().iter().flat_map(|f| f.words.iter().cloned()).collect();
    let root =
        tempfile::Builder::new().prefix("attune-bench-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("bench dir");

    let mut rows = Vec::new();
    for &size in &sizes {
        let started = Instant::now();
        let generated = support::journal(size, &vocab, &feelings, 0xA77E_u64 + size as u64);
        let json = support::export_json(&generated);
        // The deep page starts 90% of the way back from the newest entry.
        let deep = &generated.entries[size / 10];
        let deep = Cursor { created_at: deep.created_at, id: deep.id };
        eprintln!("[{size}] generated in {:.1?} ({} MB of JSON)", started.elapsed(), json.len() / 1_000_000);
        let (enc_journal, mut enc) = load_encrypted(&root.path().join(format!("vault-{size}")), &json);
        eprintln!("[{size}] encrypted vault loaded ({:.1?})", started.elapsed());
        if rows.is_empty() {
            let report = enc_journal.verify().expect("verify");
            eprintln!(
                "[info] SQLCipher {}, schema {}, verify ok: {}",
                report.cipher_version,
                report.schema_version,
                report.ok()
            );
        }
        let (plain_journal, mut plain) = load_plain(&root.path().join(format!("plain-{size}.db")), &json);
        eprintln!("[{size}] plain file loaded ({:.1?})", started.elapsed());
        // Interleaved, so a busy neighbour on a shared machine slows both sides alike.
        measure(&[&enc_journal, &plain_journal], [&mut enc, &mut plain], deep, &vocab);
        eprintln!("[{size}] measured ({:.1?})", started.elapsed());
        rows.push((size, enc, plain));
    }
    print!("{}", table(&rows));
}

fn load_encrypted(dir: &Path, json: &str) -> (Journal, Stats) {
    let mut s = Stats::default();
    let t = Instant::now();
    let (journal, _recovery) = Vault::create(dir, &Passphrase::new(PASSPHRASE)).expect("create vault");
    s.create = t.elapsed();
    let t = Instant::now();
    journal.import_json(json).expect("bulk load");
    s.load = t.elapsed();
    journal.lock();
    let t = Instant::now();
    let journal =
        Vault::open(dir).and_then(|v| v.unlock(&Secret::Passphrase(Passphrase::new(PASSPHRASE)))).expect("unlock");
    s.unlock = t.elapsed();
    (journal, s)
}

fn load_plain(path: &Path, json: &str) -> (Journal, Stats) {
    let mut s = Stats::default();
    let t = Instant::now();
    let journal = Journal::open_unencrypted_for_bench(path).expect("create plain");
    s.create = t.elapsed();
    let t = Instant::now();
    journal.import_json(json).expect("bulk load");
    s.load = t.elapsed();
    drop(journal);
    let t = Instant::now();
    let journal = Journal::open_unencrypted_for_bench(path).expect("reopen plain");
    s.unlock = t.elapsed();
    (journal, s)
}

fn measure(journals: &[&Journal; 2], mut stats: [&mut Stats; 2], deep: Cursor, vocab: &support::Vocabulary) {
    // Warm the page cache the way a session would have: one timeline page.
    for j in journals {
        let _ = j.timeline(&TimelineQuery::default());
    }
    let first = TimelineQuery { limit: 50, ..TimelineQuery::default() };
    let deep_q = TimelineQuery { limit: 50, after: Some(deep), ..TimelineQuery::default() };
    for _ in 0..PAGES {
        for (j, s) in journals.iter().zip(stats.iter_mut()) {
            s.first_page.push(time(|| assert_eq!(j.timeline(&first).expect("page").entries.len(), 50)));
            s.deep_page.push(time(|| assert_eq!(j.timeline(&deep_q).expect("deep page").entries.len(), 50)));
        }
    }
    let rare_q = SearchQuery { text: vocab.at(RARE_RANK).to_string(), ..SearchQuery::default() };
    let common_q = SearchQuery { text: vocab.at(COMMON_RANK).to_string(), ..SearchQuery::default() };
    let word_q = SearchQuery { text: format!("{} ", vocab.at(COMMON_RANK)), ..SearchQuery::default() };
    let prefix_q = SearchQuery { text: vocab.at(RARE_RANK).chars().take(4).collect(), ..SearchQuery::default() };
    let newest_q = SearchQuery { order: SearchOrder::Newest, ..common_q.clone() };
    let newest_deep_q = SearchQuery { offset: 1_000, ..newest_q.clone() };
    let rare_newest_q = SearchQuery { order: SearchOrder::Newest, ..rare_q.clone() };
    for _ in 0..SEARCHES {
        for (j, s) in journals.iter().zip(stats.iter_mut()) {
            s.rare.push(time(|| s.rare_hits = j.search(&rare_q).expect("search").hits.len()));
            s.common.push(time(|| {
                let found = j.search(&common_q).expect("search");
                (s.common_hits, s.common_total) = (found.hits.len(), found.total);
            }));
            s.common_word.push(time(|| assert!(!j.search(&word_q).expect("search").hits.is_empty())));
            s.prefix4.push(time(|| assert!(!j.search(&prefix_q).expect("search").hits.is_empty())));
            s.newest.push(time(|| assert!(!j.search(&newest_q).expect("search").hits.is_empty())));
            s.newest_deep.push(time(|| assert!(!j.search(&newest_deep_q).expect("search").hits.is_empty())));
            s.rare_newest.push(time(|| {
                j.search(&rare_newest_q).expect("search");
            }));
            s.months.push(time(|| assert!(!j.months().expect("months").is_empty())));
        }
    }
    // Inserts last, so the reads above see exactly the generated journal.
    let now: DateTime<FixedOffset> = Utc::now().fixed_offset();
    for i in 0..INSERTS {
        for (j, s) in journals.iter().zip(stats.iter_mut()) {
            let body = EntryBody::Note(Note {
                title: String::new(),
                text: format!("benchmark note {i}: a short evening note about a walk and a long talk"),
            });
            let new = NewEntry { people: vec![], tags: vec!["bench".into()], body, at: None };
            s.insert.push(time(|| {
                j.add_entry(new, now).expect("insert");
            }));
        }
    }
}

fn time(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut v = samples.to_vec();
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn table(rows: &[(usize, Stats, Stats)]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| entries | measure | encrypted (ms) | plain (ms) | enc/plain | target |");
    let _ = writeln!(out, "|--------:|---------|---------------:|-----------:|----------:|--------|");
    for (size, e, p) in rows {
        let lines: Vec<(&str, Duration, Duration, &str)> = vec![
            ("create (vault create / plain open)", e.create, p.create, ""),
            ("unlock (open + key / plain open)", e.unlock, p.unlock, ""),
            ("bulk load (import_json, untimed target)", e.load, p.load, ""),
            ("insert p50 (committed)", percentile(&e.insert, 0.5), percentile(&p.insert, 0.5), ""),
            ("insert p95 (committed)", percentile(&e.insert, 0.95), percentile(&p.insert, 0.95), "≤ 5 ms"),
            ("timeline first page p50", percentile(&e.first_page, 0.5), percentile(&p.first_page, 0.5), ""),
            ("timeline first page p95", percentile(&e.first_page, 0.95), percentile(&p.first_page, 0.95), "≤ 5 ms"),
            ("timeline deep page p50", percentile(&e.deep_page, 0.5), percentile(&p.deep_page, 0.5), ""),
            ("timeline deep page p95", percentile(&e.deep_page, 0.95), percentile(&p.deep_page, 0.95), "≤ 5 ms"),
            ("search rare p50", percentile(&e.rare, 0.5), percentile(&p.rare, 0.5), ""),
            ("search rare p95", percentile(&e.rare, 0.95), percentile(&p.rare, 0.95), "≤ 20 ms"),
            ("search common p50", percentile(&e.common, 0.5), percentile(&p.common, 0.5), ""),
            ("search common p95", percentile(&e.common, 0.95), percentile(&p.common, 0.95), "≤ 20 ms"),
            ("search common, whole word p95", percentile(&e.common_word, 0.95), percentile(&p.common_word, 0.95), ""),
            ("search common, newest first p50", percentile(&e.newest, 0.5), percentile(&p.newest, 0.5), ""),
            ("search common, newest first p95", percentile(&e.newest, 0.95), percentile(&p.newest, 0.95), ""),
            (
                "search common, newest first, 21st page p95",
                percentile(&e.newest_deep, 0.95),
                percentile(&p.newest_deep, 0.95),
                "",
            ),
            ("search rare, newest first p95", percentile(&e.rare_newest, 0.95), percentile(&p.rare_newest, 0.95), ""),
            ("search rare word's first 4 letters p95", percentile(&e.prefix4, 0.95), percentile(&p.prefix4, 0.95), ""),
            ("months with entries (jump list) p95", percentile(&e.months, 0.95), percentile(&p.months, 0.95), ""),
        ];
        for (name, enc, plain, target) in lines {
            let ratio = if plain.is_zero() { f64::NAN } else { enc.as_secs_f64() / plain.as_secs_f64() };
            let target = if target.is_empty() { String::new() } else { format!("{target}, ≤ 1.5× plain") };
            let _ = writeln!(out, "| {size} | {name} | {:.2} | {:.2} | {ratio:.2}× | {target} |", ms(enc), ms(plain));
        }
        let _ = writeln!(
            out,
            "| {size} | search hits (rare / common, a page of 50; common in all) | {} / {} ({}) | {} / {} ({}) | | |",
            e.rare_hits, e.common_hits, e.common_total, p.rare_hits, p.common_hits, p.common_total
        );
    }
    out
}
