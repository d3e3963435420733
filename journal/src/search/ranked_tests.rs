//! Newest first walks the timeline in batches for many matches; it must give exactly what sorting every match by date
//! gives, page by page, whatever order the entries were written in.

use chrono::{FixedOffset, TimeZone};
use rstest::rstest;

use super::{Matches, FIRST_BATCH};
use crate::model::Note;
use crate::search::{query, SearchCancel};
use crate::timeline::filter::push_conditions;
use crate::timeline::Filter;
use crate::{EntryBody, Journal, NewEntry, Passphrase, Vault};

/// 700 notes, six in seven saying "tea", some tagged, each about a moment far from the one written before it, so
/// the timeline's order and the writing order (rowids) differ throughout.
fn written_out_of_order() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _recovery) = Vault::create(&dir.path().join("vault"), &Passphrase::new("ranked tests")).unwrap();
    let start = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    for i in 0..700i64 {
        let text = if i % 7 == 3 { format!("entry {i}, quiet") } else { format!("entry {i}, tea again") };
        let tags = if i % 4 == 0 { vec!["kitchen".to_owned()] } else { vec![] };
        let body = EntryBody::Note(Note { title: String::new(), text });
        // A permutation of the hours: consecutive entries land far apart in time, some within the same hour.
        let at = start + chrono::Duration::minutes((i * 389) % 700 * 90 + i % 2);
        journal.add_entry(NewEntry { people: vec![], tags, body, at: None }, at).unwrap();
    }
    (dir, journal)
}

fn matches<'a>(journal: &'a Journal, filter: &Filter, cancel: &'a SearchCancel) -> Matches<'a> {
    let (mut conds, mut params) = (Vec::new(), Vec::new());
    push_conditions(&journal.conn, filter, &mut conds, &mut params).unwrap();
    let expr = query::match_expression("tea").unwrap();
    Matches { conn: &journal.conn, expr, filter: conds, filter_params: params, cancel }
}

#[rstest]
#[case::first_page(0, 50)]
#[case::the_whole_first_batch(0, 200)]
#[case::across_the_first_batch(FIRST_BATCH - 20, 50)]
#[case::deep(400, 200)]
#[case::last_page(580, 50)]
#[case::past_the_end(700, 50)]
fn walking_the_timeline_gives_the_sorted_order(#[case] offset: u32, #[case] limit: u32) {
    let (_dir, journal) = written_out_of_order();
    let cancel = SearchCancel::new();
    for filter in [Filter::default(), Filter { tag: Some("kitchen".into()), ..Filter::default() }] {
        let m = matches(&journal, &filter, &cancel);
        let walked = m.newest_walked(offset, limit).unwrap();
        let sorted = m.newest_sorted(offset, limit).unwrap();
        assert_eq!(walked, sorted, "offset {offset}, limit {limit}, {filter:?}");
        let total = m.count(u64::MAX).unwrap();
        let expected = total.saturating_sub(u64::from(offset)).min(u64::from(limit));
        assert_eq!(walked.len() as u64, expected, "{filter:?} of {total}");
    }
}

/// Best match's tiers start at the n-th newest match: read forwards from the oldest without a filter, backwards with
/// one; both must name the same entry as counting back from the newest.
#[test]
fn the_nth_newest_match_is_the_same_read_either_way() {
    let (_dir, journal) = written_out_of_order();
    let cancel = SearchCancel::new();
    for filter in [Filter::default(), Filter { tag: Some("kitchen".into()), ..Filter::default() }] {
        let m = matches(&journal, &filter, &cancel);
        let total = m.count(u64::MAX).unwrap();
        let mut newest_first: Vec<i64> = m.newest_sorted(0, 700).unwrap();
        newest_first.sort_unstable_by(|a, b| b.cmp(a));
        assert_eq!(newest_first.len() as u64, total);
        for n in [0, 1, 99, total - 1, total, total + 5] {
            let expected = usize::try_from(n).ok().and_then(|n| newest_first.get(n)).copied();
            assert_eq!(m.nth_newest(n, total).unwrap(), expected, "n = {n} of {total}, {filter:?}");
        }
    }
}
