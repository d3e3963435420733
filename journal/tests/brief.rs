//! A brief for a therapist: which entries go in, how they are grouped, and the files it writes. The PDF is read
//! back with `pdftotext` (poppler-utils, installed by `make deps`), as a person's PDF reader would see it.

mod common;

use std::path::Path;
use std::process::Command;

use attune_journal::brief::{BriefFormat, BriefRequest, MAX_BRIEF_ENTRIES};
use attune_journal::model::{CheckIn, ConflictReflection, EntryBody, EntryKind, Note, Relationship};
use attune_journal::{ErrorKind, Journal, NewEntry, PersonInput};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

use common::vault as journal;

fn at(m: u32, d: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, m, d, 18, 5, 0).unwrap()
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn note(text: &str, people: Vec<uuid::Uuid>) -> NewEntry {
    NewEntry { at: None, people, tags: vec![], body: EntryBody::Note(Note { title: String::new(), text: text.into() }) }
}

fn check_in(text: &str, feelings: &[&str]) -> NewEntry {
    NewEntry {
        at: None,
        people: vec![],
        tags: vec!["work".into()],
        body: EntryBody::CheckIn(CheckIn {
            pleasantness: -2,
            energy: 3,
            feelings: feelings.iter().map(|s| s.to_string()).collect(),
            whats_going_on: text.into(),
            ..Default::default()
        }),
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    j: Journal,
    sam: uuid::Uuid,
    ids: Vec<uuid::Uuid>,
}

/// Six entries over March: notes, check-ins and a conflict, some about Sam, some about Ana.
fn fixture() -> Fixture {
    let (dir, j) = journal();
    let input =
        |name: &str| PersonInput { name: name.into(), relationship: Relationship::Partner, love_language: None };
    let sam = j.add_person(input("Sam")).unwrap().id;
    let ana = j.add_person(input("Ana")).unwrap().id;
    let conflict = NewEntry {
        at: None,
        people: vec![sam],
        tags: vec![],
        body: EntryBody::Conflict(ConflictReflection {
            what_happened: "We argued about the holiday plans".into(),
            my_feelings: vec!["hurt".into()],
            repair: "I said sorry over breakfast".into(),
            ..Default::default()
        }),
    };
    let ids = vec![
        j.add_entry(note("Early March, before the range", vec![sam]), at(3, 1)).unwrap().id,
        j.add_entry(check_in("Café crème with Zoë in Málaga; Привет, друг; 你好朋友", &["anxious"]), at(3, 3))
            .unwrap()
            .id,
        j.add_entry(note("A quiet talk with Sam about the move", vec![sam]), at(3, 5)).unwrap().id,
        j.add_entry(conflict, at(3, 9)).unwrap().id,
        j.add_entry(note("Dinner with Ana, laughing a lot", vec![ana]), at(3, 12)).unwrap().id,
        j.add_entry(note("Late March, after the range", vec![sam]), at(3, 25)).unwrap().id,
    ];
    Fixture { _dir: dir, j, sam, ids }
}

fn range() -> BriefRequest {
    BriefRequest { from: Some(day(3, 3)), to: Some(day(3, 20)), ..BriefRequest::default() }
}

fn texts(brief: &attune_journal::brief::Brief) -> Vec<String> {
    brief.groups.iter().flat_map(|g| g.entries.iter().flat_map(|e| e.fields.iter().map(|f| f.text.clone()))).collect()
}

#[test]
fn a_range_gathers_its_entries_grouped_by_kind_in_the_usual_order() {
    let f = fixture();
    let mut request = range();
    request.talk_about = "  How I freeze when plans change  ".into();
    let brief = f.j.brief(&request, day(3, 21)).unwrap();
    assert_eq!(brief.entry_count, 4);
    let kinds: Vec<_> = brief.groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [EntryKind::CheckIn, EntryKind::Conflict, EntryKind::Note]);
    assert_eq!(brief.groups[2].heading, "Notes");
    assert_eq!(brief.groups[2].entries.len(), 2, "oldest first within a kind");
    assert!(brief.groups[2].entries[0].fields.iter().any(|f| f.text.contains("move")));
    assert_eq!(brief.cover_line, "Entries from 3 March 2026 to 20 March 2026 · written 21 March 2026");
    assert_eq!(brief.talk_about, "How I freeze when plans change");
    assert_eq!(brief.groups[1].entries[0].people, ["Sam"]);
    assert_eq!(brief.groups[0].entries[0].when, "Tuesday 3 March 2026, 18:05");
    let all = texts(&brief).join("\n");
    assert!(!all.contains("before the range") && !all.contains("after the range"));
}

#[test]
fn people_and_kinds_narrow_the_range() {
    let f = fixture();
    let brief = f.j.brief(&BriefRequest { people: vec![f.sam], ..range() }, day(3, 21)).unwrap();
    assert_eq!(brief.entry_count, 2, "the move talk and the conflict are about Sam");
    let brief = f.j.brief(&BriefRequest { kinds: vec![EntryKind::Note], ..range() }, day(3, 21)).unwrap();
    assert_eq!(brief.entry_count, 2);
    assert!(brief.groups.iter().all(|g| g.kind == EntryKind::Note));
}

#[test]
fn hand_picked_entries_are_exactly_the_brief() {
    let f = fixture();
    let request = BriefRequest { entries: vec![f.ids[5], f.ids[0], f.ids[0]], ..BriefRequest::default() };
    let brief = f.j.brief(&request, day(3, 30)).unwrap();
    assert_eq!(brief.entry_count, 2);
    let all = texts(&brief);
    assert_eq!(all, ["Early March, before the range", "Late March, after the range"]);
    assert_eq!(brief.cover_line, "Entries from 1 March 2026 to 25 March 2026 · written 30 March 2026");
}

#[test]
fn impossible_briefs_say_what_to_change() {
    let f = fixture();
    let empty = BriefRequest { from: Some(day(4, 1)), ..BriefRequest::default() };
    let e = f.j.brief(&empty, day(4, 2)).unwrap_err();
    assert_eq!((e.kind(), e.field().map(attune_journal::Field::as_str)), (ErrorKind::Validation, Some("entries")));
    let backwards = BriefRequest { from: Some(day(3, 20)), to: Some(day(3, 3)), ..BriefRequest::default() };
    assert_eq!(f.j.brief(&backwards, day(4, 2)).unwrap_err().field().map(attune_journal::Field::as_str), Some("to"));
    let missing = BriefRequest { entries: vec![uuid::Uuid::now_v7()], ..BriefRequest::default() };
    assert_eq!(f.j.brief(&missing, day(4, 2)).unwrap_err().kind(), ErrorKind::NotFound);
    let long = BriefRequest { talk_about: "x".repeat(20_001), ..range() };
    assert_eq!(f.j.brief(&long, day(4, 2)).unwrap_err().field().map(attune_journal::Field::as_str), Some("talkAbout"));
}

#[test]
fn too_many_entries_is_refused_without_a_wrong_count() {
    let (_dir, j) = journal();
    // Well past the limit: reading stops one past it, so the message must not claim a count it never made.
    for i in 0..MAX_BRIEF_ENTRIES + 150 {
        j.add_entry(note(&format!("n{i}"), vec![]), at(3, 1 + (i % 28) as u32)).unwrap();
    }
    let e = j.brief(&BriefRequest::default(), day(4, 1)).unwrap_err();
    assert_eq!(e.field().map(attune_journal::Field::as_str), Some("entries"));
    let text = e.to_string();
    assert!(text.contains(&format!("more than {MAX_BRIEF_ENTRIES} entries match")), "{text}");
    assert!(!text.contains(&(MAX_BRIEF_ENTRIES + 1).to_string()), "{text}");
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: run `make deps`");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_pdf_reads_back_with_the_chosen_entries_only_accents_and_other_scripts_intact() {
    let f = fixture();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("brief.pdf");
    // An old file there with loose permissions is replaced by an owner-only one.
    std::fs::write(&path, "old").unwrap();
    let request = BriefRequest { talk_about: "Why I go quiet".into(), ..range() };
    f.j.write_brief(&request, BriefFormat::Pdf, &path, day(3, 21)).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdftotext(&path);
    for expected in [
        "For my next session",
        "Entries from 3 March 2026 to 20 March 2026",
        "What I want to talk about",
        "Why I go quiet",
        "Check-ins (1)",
        "Conflict reflections (1)",
        "Notes (2)",
        "Café crème with Zoë in Málaga",
        "Привет, друг",
        "你好朋友",
        "We argued about the holiday plans",
        "A quiet talk with Sam about the move",
        "Dinner with Ana, laughing a lot",
        "Page 1 of",
    ] {
        assert!(text.contains(expected), "'{expected}' missing from the PDF:\n{text}");
    }
    for unchosen in ["before the range", "after the range"] {
        assert!(!text.contains(unchosen), "'{unchosen}' should not be in the brief");
    }
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    // Nothing else was written beside it.
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1);
}

#[test]
fn a_long_brief_breaks_across_numbered_pages() {
    let (_dir, j) = journal();
    let long = "All the small things we said to each other that evening, one after another. ".repeat(40);
    for d in 1..=12 {
        j.add_entry(note(&format!("Day {d}. {long}"), vec![]), at(3, d)).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("long.pdf");
    j.write_brief(&BriefRequest::default(), BriefFormat::Pdf, &path, day(3, 30)).unwrap();
    let text = pdftotext(&path);
    let pages = text.matches("Page ").count();
    assert!(pages >= 5, "expected several pages, found {pages}");
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    for d in 1..=12 {
        assert!(text.contains(&format!("Day {d}.")), "day {d} missing");
    }
}

#[test]
fn the_markdown_has_the_cover_line_groups_and_text_as_written() {
    let f = fixture();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("brief.md");
    let request = BriefRequest { talk_about: "Why I go quiet".into(), ..range() };
    f.j.write_brief(&request, BriefFormat::Markdown, &path, day(3, 21)).unwrap();
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.starts_with(
        "# For my next session\n\nEntries from 3 March 2026 to 20 March 2026 · written 21 March 2026 · 4 entries\n"
    ));
    assert!(md.contains("## What I want to talk about\n\nWhy I go quiet\n"));
    let (check_ins, notes) = (md.find("## Check-ins (1)").unwrap(), md.find("## Notes (2)").unwrap());
    assert!(check_ins < md.find("## Conflict reflections (1)").unwrap() && check_ins < notes);
    assert!(md.contains("Café crème with Zoë in Málaga; Привет, друг; 你好朋友"));
    assert!(md.contains("### Monday 9 March 2026, 18:05 · with Sam"));
    assert!(!md.contains("before the range"));
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn a_failed_brief_writes_nothing() {
    let f = fixture();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("brief.pdf");
    let empty = BriefRequest { from: Some(day(5, 1)), ..BriefRequest::default() };
    assert!(f.j.write_brief(&empty, BriefFormat::Pdf, &path, day(5, 2)).is_err());
    assert!(!path.exists());
}

/// An entry's time reads the same in every document, on the clock where it was written (one function writes it for
/// the brief and the Markdown export): written at 05:00 in Kolkata, which is 23:30 the day before in UTC, and changed
/// later from a machine on UTC, whose own clock must not show through.
#[test]
fn the_brief_and_the_markdown_export_write_an_entrys_time_alike_on_the_writers_clock() {
    let (_dir, j) = journal();
    let kolkata = FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap();
    let written = kolkata.with_ymd_and_hms(2026, 11, 22, 5, 0, 0).unwrap();
    let e = j.add_entry(note("Up before the birds", vec![]), written).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    j.update_entry(
        e.id,
        note("Up before the birds, again", vec![]),
        utc.with_ymd_and_hms(2026, 11, 23, 1, 0, 0).unwrap(),
    )
    .unwrap();

    let brief = j.brief(&BriefRequest { entries: vec![e.id], ..BriefRequest::default() }, day(11, 23)).unwrap();
    assert_eq!(brief.groups[0].entries[0].when, "Sunday 22 November 2026, 05:00");
    let md = j.export_markdown().unwrap();
    assert!(md.contains("## Sunday 22 November 2026, 05:00 · Note"), "{md}");
    assert!(md.contains("Last changed: Monday 23 November 2026, 06:30"), "{md}");
}
