//! THROWAWAY measurement: cargo test -p attune-journal --lib probe -- --ignored --nocapture
use std::time::Instant;

use crate::model::{Entry, EntryBody, Note};
use crate::search::SearchQuery;
use crate::timeline::{Filter, TimelineQuery};
use crate::{EntryKind, Journal};

const WORDS: &[&str] = &["we", "talked", "about", "the", "weekend", "and", "felt", "close", "tired", "happy", "walk",
    "dinner", "work", "kids", "garden", "rain", "coffee", "laughed", "argued", "listened", "home", "morning", "evening",
    "sunday", "plans", "worry", "hope", "music", "book", "phone"];

#[test]
#[ignore]
fn probe() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open_unencrypted_for_bench(&dir.path().join("j.db")).unwrap();
    let n = 100_000i64;
    let t = Instant::now();
    let tx = crate::store::begin(&j.conn).unwrap();
    let mut seed = 42u64;
    let mut rnd = || { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; seed };
    for i in 0..n {
        let mut text = String::new();
        for _ in 0..60 { text.push_str(WORDS[(rnd() % WORDS.len() as u64) as usize]); text.push(' '); }
        if i % 5000 == 0 { text.push_str("zebra"); }
        let created = chrono::DateTime::from_timestamp_millis(1_600_000_000_000 + i * 600_000).unwrap();
        let kind = i % 6;
        let body = EntryBody::Note(Note { title: format!("t{kind}"), text });
        let e = Entry { id: uuid::Uuid::now_v7(), created_at: created, updated_at: created, local_date: created.date_naive(),
            utc_offset_minutes: 0, people: vec![], tags: vec![format!("tag{}", i % 50)], body };
        crate::store::insert(&tx, &e).unwrap();
        if kind != 0 { tx.execute("UPDATE entries SET kind = ?1 WHERE rowid = last_insert_rowid()", [EntryKind::ALL[kind as usize].as_str()]).unwrap(); }
    }
    tx.commit().unwrap();
    eprintln!("built in {:?}", t.elapsed());
    for (label, sql) in [
        ("timeline", "EXPLAIN QUERY PLAN SELECT e.rowid FROM entries e WHERE (e.created_at, e.id) < (?1, ?2) ORDER BY e.created_at DESC, e.id DESC LIMIT 51"),
        ("kind", "EXPLAIN QUERY PLAN SELECT e.rowid FROM entries e WHERE e.kind IN ('note') AND (e.created_at, e.id) < (?1, ?2) ORDER BY e.created_at DESC, e.id DESC LIMIT 51"),
        ("kinds2", "EXPLAIN QUERY PLAN SELECT e.rowid FROM entries e WHERE e.kind IN ('note','conflict') ORDER BY e.created_at DESC, e.id DESC LIMIT 51"),
        ("tag", "EXPLAIN QUERY PLAN SELECT e.rowid FROM entries e WHERE e.rowid IN (SELECT entry_id FROM entry_tags WHERE tag = 'tag3') ORDER BY e.created_at DESC, e.id DESC LIMIT 51"),
        ("date", "EXPLAIN QUERY PLAN SELECT e.rowid FROM entries e WHERE e.local_date >= '2021-01-01' AND e.local_date <= '2021-02-01' ORDER BY e.created_at DESC, e.id DESC LIMIT 51"),
    ] {
        let mut st = j.conn.prepare(sql).unwrap();
        let args: Vec<String> = if sql.contains("?1") { vec![1_700_000_000_000i64.to_string(), "ffff".into()] } else { vec![] };
        let plan: Vec<String> = st.query_map(rusqlite::params_from_iter(args), |r| r.get::<_, String>(3)).unwrap().map(|r| r.unwrap()).collect();
        eprintln!("{label}: {plan:?}");
    }
    let time = |label: &str, f: &mut dyn FnMut()| {
        f();
        let mut v = Vec::new();
        for _ in 0..20 { let t = Instant::now(); f(); v.push(t.elapsed()); }
        v.sort();
        eprintln!("{label}: p50 {:?} p95 {:?}", v[10], v[19]);
    };
    let mid = j.timeline(&TimelineQuery { limit: 50, ..Default::default() }).unwrap();
    time("timeline first page", &mut || { j.timeline(&TimelineQuery::default()).unwrap(); });
    time("timeline page 2", &mut || { j.timeline(&TimelineQuery { after: mid.next, ..Default::default() }).unwrap(); });
    time("timeline kind", &mut || { j.timeline(&TimelineQuery { filter: Filter { kinds: vec![EntryKind::Conflict], ..Default::default() }, ..Default::default() }).unwrap(); });
    time("timeline 2 kinds", &mut || { j.timeline(&TimelineQuery { filter: Filter { kinds: vec![EntryKind::Conflict, EntryKind::Note], ..Default::default() }, ..Default::default() }).unwrap(); });
    time("timeline tag", &mut || { j.timeline(&TimelineQuery { filter: Filter { tag: Some("tag7".into()), ..Default::default() }, ..Default::default() }).unwrap(); });
    time("timeline date", &mut || { j.timeline(&TimelineQuery { filter: Filter { from: chrono::NaiveDate::from_ymd_opt(2021,1,1), to: chrono::NaiveDate::from_ymd_opt(2021,6,1), ..Default::default() }, ..Default::default() }).unwrap(); });
    time("on this day", &mut || { j.on_this_day(chrono::NaiveDate::from_ymd_opt(2022, 3, 4).unwrap()).unwrap(); });
    for q in ["zebra", "coffee", "coffee rain", "c", "wee", "nothinghere"] {
        let hits = j.search(&SearchQuery { text: q.into(), ..Default::default() }).unwrap().len();
        time(&format!("search {q:?} ({hits} hits)"), &mut || { j.search(&SearchQuery { text: q.into(), ..Default::default() }).unwrap(); });
    }
    time("search coffee + kind", &mut || { j.search(&SearchQuery { text: "coffee".into(), filter: Filter { kinds: vec![EntryKind::Conflict], ..Default::default() }, ..Default::default() }).unwrap(); });
    let size = std::fs::metadata(dir.path().join("j.db")).unwrap().len();
    eprintln!("db size {} MB", size / 1_000_000);
}
