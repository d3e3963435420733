//! Each format: dry run, import, what arrived, and a second import that adds nothing.

use attune_journal::import::{ImportFormat, ImportOptions, ImportSource};
use attune_journal::model::{EntryKind, MAX_LONG_TEXT};
use attune_journal::{EntryBody, Error};
use chrono::NaiveDate;
use rstest::rstest;

use crate::{all_entries, fixture, import_all, options, plain, read};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn note(e: &attune_journal::Entry) -> (&str, &str) {
    match &e.body {
        EntryBody::Note(n) => (n.title.as_str(), n.text.as_str()),
        other => panic!("not a note: {other:?}"),
    }
}

#[test]
fn jrnl_dry_run_then_import_then_nothing_new() {
    let (_d, j) = plain();
    let source = read(ImportFormat::Jrnl, &fixture("jrnl.json")).unwrap();
    let plan = j.plan_import(&source).unwrap();
    assert_eq!(plan.total_new, 4);
    assert_eq!(plan.new_entries.len(), 1);
    assert_eq!(plan.new_entries[0].kind, EntryKind::Note);
    assert_eq!((plan.first_date, plan.last_date), (Some(date("2023-03-25")), Some(date("2023-03-27"))));
    let messages: Vec<&str> = plan.skipped.iter().map(|s| s.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.starts_with("1 entry had no words")), "{messages:?}");
    assert!(messages.iter().any(|m| m.starts_with("1 entry repeated an earlier one")), "{messages:?}");

    let report = import_all(&j, &source);
    assert_eq!(report.entries_added, 4);
    let entries = all_entries(&j);
    let first = &entries[0];
    assert_eq!(note(first), ("Long day at work.", "Came home tired, but Sam had made soup. I felt looked after."));
    assert_eq!(first.tags, ["work", "sam", "starred"]);
    // 21:40 in London in March (GMT) is 21:40 UTC; the local date is kept.
    assert_eq!(first.created_at.to_rfc3339(), "2023-03-25T21:40:00+00:00");
    assert_eq!(first.local_date, date("2023-03-25"));
    assert_eq!(note(&entries[1]).0, "Morning walk 🌿🚶");
    assert_eq!(entries[1].tags, ["walk"]);
    assert_eq!(note(&entries[2]), ("שלום", "كتبت هذا بالعربية. And a line in English."));
    // A title alone is kept as the note's text.
    assert_eq!(note(&entries[3]), ("", "Only a title, nothing else"));

    let again = j.plan_import(&read(ImportFormat::Jrnl, &fixture("jrnl.json")).unwrap()).unwrap();
    assert_eq!((again.total_new, again.already_imported), (0, 4));
    let report = import_all(&j, &source);
    assert_eq!((report.entries_added, report.entries_skipped), (0, 4));
    assert_eq!(all_entries(&j).len(), 4);
}

#[test]
fn jrnl_with_bom_and_windows_line_endings() {
    let (_d, j) = plain();
    let source = read(ImportFormat::Jrnl, &fixture("jrnl-bom-crlf.json")).unwrap();
    import_all(&j, &source);
    let entries = all_entries(&j);
    assert_eq!(note(&entries[0]), ("Written on Windows", "Line one.\nLine two."));
}

#[test]
fn an_empty_export_imports_nothing_and_says_so() {
    let (_d, j) = plain();
    let source = read(ImportFormat::Jrnl, &fixture("jrnl-empty.json")).unwrap();
    let plan = j.plan_import(&source).unwrap();
    assert_eq!((plan.total_new, plan.first_date), (0, None));
    assert_eq!(import_all(&j, &source).entries_added, 0);
}

#[test]
fn a_huge_entry_comes_in_whole_as_parts() {
    let (_d, j) = plain();
    let body = "All of this matters. ".repeat(3 * MAX_LONG_TEXT / 20);
    let file = serde_json::json!({"tags": {}, "entries": [
        {"title": "A very long night", "body": body, "date": "2020-01-01", "time": "01:00", "tags": [], "starred": false}
    ]});
    let source = read(ImportFormat::Jrnl, file.to_string().as_bytes()).unwrap();
    let plan = j.plan_import(&source).unwrap();
    assert!(plan.total_new >= 3, "{plan:?}");
    assert!(plan.skipped.iter().any(|s| s.message.contains("several notes")));
    import_all(&j, &source);
    let entries = all_entries(&j);
    let words: usize = entries.iter().map(|e| note(e).1.split_whitespace().count()).sum();
    assert_eq!(words, body.split_whitespace().count(), "a word was lost");
    assert_eq!(note(&entries[0]).0, "A very long night (part 1 of 4)");
}

#[test]
fn day_one_json_and_zip_give_the_same_entries() {
    for name in ["dayone.json", "dayone.zip"] {
        let (_d, j) = plain();
        let source = read(ImportFormat::DayOne, &fixture(name)).unwrap();
        let plan = j.plan_import(&source).unwrap();
        assert_eq!(plan.total_new, 3, "{name}: {plan:?}");
        let messages: Vec<&str> = plan.skipped.iter().map(|s| s.message.as_str()).collect();
        assert!(messages.contains(&"4 photos were not imported: Attune keeps words, not media."), "{messages:?}");
        assert!(messages.contains(&"1 audio recording was not imported: Attune keeps words, not media."));
        assert!(messages.iter().any(|m| m.starts_with("1 entry had no words")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("1 entry repeated")), "{messages:?}");
        import_all(&j, &source);
        let entries = all_entries(&j);
        let lake = &entries[0];
        assert_eq!(note(lake).0, "Lake day");
        assert_eq!(
            note(lake).1,
            "We swam! It was cold - really cold. Sam said \"never again\" and then went back in.\n\n\n\nA good day."
        );
        assert_eq!(lake.tags, ["summer", "sam", "starred"]);
        // 17:05 UTC in Berlin's summer is 19:05 local, same date.
        assert_eq!(lake.utc_offset_minutes, 120);
        // 06:30 UTC is still the day before in Los Angeles.
        assert_eq!(entries[1].local_date, date("2021-06-12"));
        assert_eq!(entries[1].utc_offset_minutes, -7 * 60);
        // An unknown zone falls back to the person's.
        assert_eq!(entries[2].utc_offset_minutes, 60);
        assert_eq!(j.plan_import(&source).unwrap().total_new, 0, "{name}: second import");
    }
}

#[test]
fn mini_diarium_html_becomes_plain_text_and_scripts_vanish() {
    let (_d, j) = plain();
    let source = read(ImportFormat::MiniDiarium, &fixture("minidiarium.json")).unwrap();
    let plan = j.plan_import(&source).unwrap();
    assert_eq!(plan.total_new, 3);
    let messages: Vec<&str> = plan.skipped.iter().map(|s| s.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.starts_with("1 entry had no words")), "{messages:?}");
    assert!(messages.iter().any(|m| m.starts_with("1 entry repeated")), "{messages:?}");
    import_all(&j, &source);
    let entries = all_entries(&j);
    assert_eq!(
        note(&entries[0]),
        ("After the argument", "We talked it through. I said sorry for my part.\n\nThings I want to remember:\n\n• slow down\n• ask, don't assume")
    );
    assert_eq!(entries[0].tags, ["repair", "us"]);
    let pasted = note(&entries[1]).1;
    assert_eq!(pasted, "Hello\n\nstill here & safe <3");
    assert!(!pasted.contains("alert"));
    assert_eq!(note(&entries[2]), ("", "היום היה טוב 😊"));
    assert_eq!(entries[2].local_date, date("2024-01-17"));
    assert_eq!(j.plan_import(&source).unwrap().already_imported, 3);
}

#[test]
fn daylio_moods_map_to_pleasantness_and_can_be_changed() {
    let (_d, j) = plain();
    let source = read(ImportFormat::Daylio, &fixture("daylio.csv")).unwrap();
    let plan = j.plan_import(&source).unwrap();
    assert_eq!(plan.total_new, 5);
    assert_eq!(plan.new_entries[0].kind, EntryKind::CheckIn);
    let moods: Vec<(&str, i8, u64, bool)> =
        plan.moods.iter().map(|m| (m.mood.as_str(), m.pleasantness, m.rows, m.standard)).collect();
    assert_eq!(
        moods,
        [
            ("awful", -5, 1, true),
            ("good", 3, 2, true),
            ("meh", 0, 1, true),
            ("rad", 5, 1, true),
            ("sleepy", 0, 1, false)
        ]
    );

    let mut opts = options();
    opts.moods.insert("Sleepy".into(), -2);
    opts.moods.insert("good".into(), 4);
    let source = ImportSource::read(ImportFormat::Daylio, &fixture("daylio.csv"), &opts).unwrap();
    import_all(&j, &source);
    let entries = all_entries(&j);
    let check_ins: Vec<_> = entries
        .iter()
        .map(|e| match &e.body {
            EntryBody::CheckIn(c) => (c.pleasantness, c.feelings.clone(), c.whats_going_on.clone(), e.tags.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(check_ins[0].0, 4, "good, changed to 4");
    assert_eq!(check_ins[1].2, "Hard day\n\nما كان يومًا سهلًا\nbut I got through it");
    assert_eq!(check_ins[1].3, ["work", "family"]);
    assert_eq!(
        check_ins[2],
        (-2, vec!["sleepy".into()], "Too little sleep; \"one more episode\" again 🙃".into(), vec!["work".into()])
    );
    assert_eq!(check_ins[3].2, "");
    assert_eq!(check_ins[4].2, "A good one\n\nDinner with Ana, then a long walk.\nFelt close to everyone.");
    assert_eq!(check_ins[4].3, ["friends", "walk", "cooking"]);
    // 9:15 PM.
    assert_eq!(entries[4].created_at.format("%H:%M").to_string(), "21:15");
    assert_eq!(j.plan_import(&source).unwrap().total_new, 0);
}

#[test]
fn attune_export_round_trips_through_the_same_pipeline() {
    let (_d, a) = plain();
    import_all(&a, &read(ImportFormat::Daylio, &fixture("daylio.csv")).unwrap());
    let export = a.export_json().unwrap();
    let (_d2, b) = plain();
    let source = read(ImportFormat::Attune, export.as_bytes()).unwrap();
    assert_eq!(b.plan_import(&source).unwrap().total_new, 5);
    import_all(&b, &source);
    assert_eq!(b.export_json().unwrap(), export);
    assert_eq!(b.plan_import(&source).unwrap().already_imported, 5);
}

#[rstest]
#[case::jrnl_not_json(ImportFormat::Jrnl, b"not json".as_slice(), "isn't a jrnl JSON export")]
#[case::jrnl_bad_date(ImportFormat::Jrnl, br#"{"entries":[{"date":"yesterday","time":"10:00","body":"x"}]}"#.as_slice(), "entry 1 has a date")]
#[case::dayone_bad_zip(ImportFormat::DayOne, b"PK\x03\x04broken".as_slice(), ".zip")]
#[case::dayone_no_date(ImportFormat::DayOne, br#"{"entries":[{"uuid":"A","text":"x"}]}"#.as_slice(), "isn't a Day One JSON export")]
#[case::mini_bad_date(ImportFormat::MiniDiarium, br#"{"entries":[{"id":1,"date":"15/01/2024","text":"x"}]}"#.as_slice(), "entry 1 has a date")]
#[case::daylio_not_csv(ImportFormat::Daylio, b"date;mood\n1;2\n".as_slice(), "no \"full_date\" column")]
#[case::daylio_bad_time(ImportFormat::Daylio, b"full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-01,x,y,noon,good,,,\n".as_slice(), "row 2 has a time")]
#[case::attune_wrong_format(ImportFormat::Attune, br#"{"format":"other"}"#.as_slice(), "format is 'other'")]
fn bad_files_say_what_is_wrong_and_change_nothing(
    #[case] format: ImportFormat,
    #[case] bytes: &[u8],
    #[case] expected: &str,
) {
    match ImportSource::read(format, bytes, &options()) {
        Err(Error::BadImport(message)) => assert!(message.contains(expected), "{message}"),
        other => panic!("expected a bad import, got {other:?}"),
    }
}

#[test]
fn a_mood_mapped_out_of_range_is_refused() {
    let mut opts = ImportOptions::new(chrono_tz::UTC);
    opts.moods.insert("rad".into(), 9);
    let err = ImportSource::read(ImportFormat::Daylio, &fixture("daylio.csv"), &opts).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("moods"));
}
