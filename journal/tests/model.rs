//! The entry model: validation rules and serde round trips. The built-in vocabulary is tested in `vocab.rs`.

use attune_journal::model::{
    validate_body, validate_new_entry, validate_person, validate_tags, Appreciation, CheckIn, ConflictReflection,
    ConflictStatus, EntryBody, GotIt, Horseman, HorsemanNote, IStatement, Listening, ListeningTurn, LoveLanguage,
    NewEntry, Note, PersonInput, Reaching, Relationship, SharedExperience, Speaker, Urge, Vulnerability, Whose,
    MAX_LONG_TEXT, MAX_SHORT_TEXT,
};
use attune_journal::ErrorKind;
use proptest::prelude::*;
use rstest::rstest;
use uuid::Uuid;

// ---------- validation ----------

fn check_in() -> CheckIn {
    CheckIn { pleasantness: 2, energy: -1, feelings: vec!["calm".into()], ..CheckIn::default() }
}

fn appreciation() -> Appreciation {
    Appreciation {
        for_whom: Uuid::from_u128(7),
        what: "Made tea when I got home late".into(),
        why: String::new(),
        love_language: Some(LoveLanguage::Service),
        told: false,
    }
}

fn conflict() -> ConflictReflection {
    ConflictReflection { what_happened: "We argued about the dishes.".into(), ..ConflictReflection::default() }
}

fn vulnerability() -> Vulnerability {
    Vulnerability {
        prompt_id: "childhood-01".into(),
        prompt: "When did you feel seen?".into(),
        answer: "At my grandmother's.".into(),
        shared: false,
    }
}

fn shared() -> SharedExperience {
    SharedExperience { what: "A walk by the river".into(), meaningful: String::new(), closeness: 4 }
}

fn note() -> Note {
    Note { title: "Sunday".into(), text: "Slow morning.".into() }
}

fn horseman(h: Horseman, whose: Whose) -> HorsemanNote {
    HorsemanNote { horseman: h, whose, rewrite: String::new() }
}

/// Validates a body and returns the field its validation error names, if any.
fn field_of(mut body: EntryBody) -> Option<String> {
    match validate_body(&mut body) {
        Ok(()) => None,
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Validation, "{e}");
            assert!(!e.to_string().is_empty());
            e.field().map(|f| f.as_str().to_owned())
        }
    }
}

#[rstest]
#[case::check_in_valid(EntryBody::CheckIn(check_in()), None)]
#[case::check_in_own_word(EntryBody::CheckIn(CheckIn { feelings: vec!["wobbly-ish".into()], ..check_in() }), None)]
#[case::check_in_no_feelings(EntryBody::CheckIn(CheckIn { feelings: vec![], ..check_in() }), Some("feelings"))]
#[case::check_in_only_blank_feelings(
    EntryBody::CheckIn(CheckIn { feelings: vec!["  ".into(), String::new()], ..check_in() }),
    Some("feelings")
)]
#[case::check_in_feeling_too_long(
    EntryBody::CheckIn(CheckIn { feelings: vec!["a".repeat(MAX_SHORT_TEXT + 1)], ..check_in() }),
    Some("feelings")
)]
#[case::check_in_feeling_at_limit(
    EntryBody::CheckIn(CheckIn { feelings: vec!["a".repeat(MAX_SHORT_TEXT)], ..check_in() }),
    None
)]
#[case::check_in_feeling_with_newline(
    EntryBody::CheckIn(CheckIn { feelings: vec!["sad\nreally".into()], ..check_in() }),
    Some("feelings")
)]
#[case::check_in_too_many_feelings(
    EntryBody::CheckIn(CheckIn { feelings: (0..31).map(|i| format!("word{i}")).collect(), ..check_in() }),
    Some("feelings")
)]
#[case::check_in_thirty_feelings(
    EntryBody::CheckIn(CheckIn { feelings: (0..30).map(|i| format!("word{i}")).collect(), ..check_in() }),
    None
)]
#[case::check_in_pleasantness_high(EntryBody::CheckIn(CheckIn { pleasantness: 6, ..check_in() }), Some("pleasantness"))]
#[case::check_in_pleasantness_low(EntryBody::CheckIn(CheckIn { pleasantness: -6, ..check_in() }), Some("pleasantness"))]
#[case::check_in_pleasantness_edge(EntryBody::CheckIn(CheckIn { pleasantness: -5, ..check_in() }), None)]
#[case::check_in_energy_high(EntryBody::CheckIn(CheckIn { energy: 9, ..check_in() }), Some("energy"))]
#[case::check_in_energy_edge(EntryBody::CheckIn(CheckIn { energy: 5, ..check_in() }), None)]
#[case::check_in_long_text_too_long(
    EntryBody::CheckIn(CheckIn { whats_going_on: "x".repeat(MAX_LONG_TEXT + 1), ..check_in() }),
    Some("whatsGoingOn")
)]
#[case::check_in_long_text_control_char(
    EntryBody::CheckIn(CheckIn { need: "a\u{7}b".into(), ..check_in() }),
    Some("need")
)]
#[case::check_in_long_text_newlines_ok(
    EntryBody::CheckIn(CheckIn { hope: "one\ntwo\r\nthree\tfour".into(), ..check_in() }),
    None
)]
#[case::appreciation_valid(EntryBody::Appreciation(appreciation()), None)]
#[case::appreciation_no_what(EntryBody::Appreciation(Appreciation { what: " \n ".into(), ..appreciation() }), Some("what"))]
#[case::appreciation_nobody(
    EntryBody::Appreciation(Appreciation { for_whom: Uuid::nil(), ..appreciation() }),
    Some("forWhom")
)]
#[case::appreciation_why_too_long(
    EntryBody::Appreciation(Appreciation { why: "y".repeat(MAX_LONG_TEXT + 1), ..appreciation() }),
    Some("why")
)]
#[case::conflict_valid(EntryBody::Conflict(conflict()), None)]
#[case::conflict_no_what_happened(
    EntryBody::Conflict(ConflictReflection { what_happened: String::new(), ..conflict() }),
    Some("whatHappened")
)]
#[case::conflict_feeling_too_long(
    EntryBody::Conflict(ConflictReflection { my_feelings: vec!["b".repeat(MAX_SHORT_TEXT + 1)], ..conflict() }),
    Some("myFeelings")
)]
#[case::conflict_i_statement_control(
    EntryBody::Conflict(ConflictReflection {
        i_statement: IStatement { when: "\u{0}".into(), ..IStatement::default() },
        ..conflict()
    }),
    Some("iStatement.when")
)]
#[case::conflict_same_horseman_both_sides(
    EntryBody::Conflict(ConflictReflection {
        horsemen: vec![horseman(Horseman::Criticism, Whose::Mine), horseman(Horseman::Criticism, Whose::Theirs)],
        ..conflict()
    }),
    None
)]
#[case::conflict_duplicate_horseman(
    EntryBody::Conflict(ConflictReflection {
        horsemen: vec![horseman(Horseman::Contempt, Whose::Mine), horseman(Horseman::Contempt, Whose::Mine)],
        ..conflict()
    }),
    Some("horsemen")
)]
#[case::conflict_rewrite_too_long(
    EntryBody::Conflict(ConflictReflection {
        horsemen: vec![HorsemanNote {
            horseman: Horseman::Stonewalling,
            whose: Whose::Theirs,
            rewrite: "r".repeat(MAX_LONG_TEXT + 1),
        }],
        ..conflict()
    }),
    Some("horsemen")
)]
#[case::conflict_learned_too_long(
    EntryBody::Conflict(ConflictReflection { learned: "l".repeat(MAX_LONG_TEXT + 1), ..conflict() }),
    Some("learned")
)]
#[case::vulnerability_valid(EntryBody::Vulnerability(vulnerability()), None)]
#[case::vulnerability_own_prompt(EntryBody::Vulnerability(Vulnerability { prompt_id: String::new(), ..vulnerability() }), None)]
#[case::vulnerability_no_answer(
    EntryBody::Vulnerability(Vulnerability { answer: "   ".into(), ..vulnerability() }),
    Some("answer")
)]
#[case::vulnerability_no_prompt(
    EntryBody::Vulnerability(Vulnerability { prompt: String::new(), ..vulnerability() }),
    Some("prompt")
)]
#[case::vulnerability_prompt_id_control(
    EntryBody::Vulnerability(Vulnerability { prompt_id: "a\tb".into(), ..vulnerability() }),
    Some("promptId")
)]
#[case::shared_valid(EntryBody::SharedExperience(shared()), None)]
#[case::shared_no_what(EntryBody::SharedExperience(SharedExperience { what: String::new(), ..shared() }), Some("what"))]
#[case::shared_closeness_zero(
    EntryBody::SharedExperience(SharedExperience { closeness: 0, ..shared() }),
    Some("closeness")
)]
#[case::shared_closeness_seven(
    EntryBody::SharedExperience(SharedExperience { closeness: 7, ..shared() }),
    Some("closeness")
)]
#[case::shared_closeness_one(EntryBody::SharedExperience(SharedExperience { closeness: 1, ..shared() }), None)]
#[case::shared_closeness_five(EntryBody::SharedExperience(SharedExperience { closeness: 5, ..shared() }), None)]
#[case::note_valid(EntryBody::Note(note()), None)]
#[case::note_no_title(EntryBody::Note(Note { title: String::new(), ..note() }), None)]
#[case::note_no_text(EntryBody::Note(Note { text: "\n\n".into(), ..note() }), Some("text"))]
#[case::note_title_too_long(EntryBody::Note(Note { title: "t".repeat(MAX_SHORT_TEXT + 1), ..note() }), Some("title"))]
#[case::note_title_newline(EntryBody::Note(Note { title: "two\nlines".into(), ..note() }), Some("title"))]
#[case::note_text_too_long(EntryBody::Note(Note { text: "n".repeat(MAX_LONG_TEXT + 1), ..note() }), Some("text"))]
#[case::note_text_at_limit(EntryBody::Note(Note { text: "é".repeat(MAX_LONG_TEXT), ..note() }), None)]
fn body_rules(#[case] body: EntryBody, #[case] field: Option<&str>) {
    assert_eq!(field_of(body).as_deref(), field);
}

#[test]
fn closeness_message_is_specific() {
    let mut body = EntryBody::SharedExperience(SharedExperience { closeness: 7, ..shared() });
    let err = validate_body(&mut body).unwrap_err();
    assert!(err.to_string().contains("1 to 5") && err.to_string().contains('7'), "{err}");
}

#[test]
fn feelings_are_trimmed_lower_cased_and_deduplicated() {
    let mut body = EntryBody::CheckIn(CheckIn {
        feelings: vec![" Calm ".into(), "calm".into(), "LEFT   out".into(), "".into(), "Hopeful".into()],
        ..check_in()
    });
    validate_body(&mut body).unwrap();
    assert_eq!(body.feelings(), ["calm", "left out", "hopeful"]);
}

#[test]
fn long_text_is_trimmed_and_line_endings_normalised() {
    let mut body = EntryBody::Note(Note { title: "  Title ".into(), text: "\r\n first\r\nsecond\r  ".into() });
    validate_body(&mut body).unwrap();
    assert_eq!(body, EntryBody::Note(Note { title: "Title".into(), text: "first\nsecond".into() }));
}

#[rstest]
#[case::valid("Sam", None)]
#[case::trimmed("  Sam  ", None)]
#[case::empty("", Some("name"))]
#[case::blank(" \t ", Some("name"))]
#[case::too_long(&"a".repeat(MAX_SHORT_TEXT + 1), Some("name"))]
#[case::control_char("Sa\u{1b}m", Some("name"))]
#[case::newline("Sam\nJones", Some("name"))]
fn person_rules(#[case] name: &str, #[case] field: Option<&str>) {
    let mut input = PersonInput { name: name.into(), relationship: Relationship::Friend, love_language: None };
    let got = validate_person(&mut input).err().map(|e| e.field().map_or(String::new(), |f| f.as_str().to_owned()));
    assert_eq!(got.as_deref(), field);
    if field.is_none() {
        assert_eq!(input.name, name.trim());
    }
}

#[rstest]
#[case::normalised(vec![" Work ", "work", "Big   Day"], Ok(vec!["work", "big day"]))]
#[case::blanks_dropped(vec!["", "  "], Ok(vec![]))]
#[case::too_many((0..21).map(|i| format!("t{i}")).collect(), Err("tags"))]
#[case::too_long(vec!["x".repeat(MAX_SHORT_TEXT + 1)], Err("tags"))]
fn tag_rules(#[case] tags: Vec<impl Into<String>>, #[case] expected: Result<Vec<&str>, &str>) {
    let mut tags: Vec<String> = tags.into_iter().map(Into::into).collect();
    match (validate_tags(&mut tags), expected) {
        (Ok(()), Ok(want)) => assert_eq!(tags, want),
        (Err(e), Err(field)) => assert_eq!(e.field().map(attune_journal::Field::as_str), Some(field)),
        (got, want) => panic!("got {got:?}, wanted {want:?}"),
    }
}

#[test]
fn new_entry_adds_the_appreciated_person_and_drops_duplicate_people() {
    let other = Uuid::from_u128(9);
    let mut new = NewEntry {
        people: vec![other, other],
        tags: vec!["Home".into()],
        body: EntryBody::Appreciation(appreciation()),
        at: None,
    };
    validate_new_entry(&mut new).unwrap();
    assert_eq!(new.people, [other, Uuid::from_u128(7)]);
    assert_eq!(new.tags, ["home"]);
}

// ---------- serde round trip ----------

fn text() -> impl Strategy<Value = String> {
    any::<String>()
}

fn words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..5)
}

fn uuid() -> impl Strategy<Value = Uuid> {
    any::<u128>().prop_map(Uuid::from_u128)
}

fn love_language() -> impl Strategy<Value = Option<LoveLanguage>> {
    prop::option::of(prop::sample::select(LoveLanguage::ALL.to_vec()))
}

fn horseman_note() -> impl Strategy<Value = HorsemanNote> {
    (prop::sample::select(Horseman::ALL.to_vec()), prop::sample::select(vec![Whose::Mine, Whose::Theirs]), text())
        .prop_map(|(horseman, whose, rewrite)| HorsemanNote { horseman, whose, rewrite })
}

fn body() -> impl Strategy<Value = EntryBody> {
    let check_in = (any::<i8>(), any::<i8>(), words(), text(), text(), text(), text()).prop_map(
        |(pleasantness, energy, feelings, whats_going_on, hope, concern, need)| {
            EntryBody::CheckIn(CheckIn {
                pleasantness,
                energy,
                feelings,
                whats_going_on,
                hope,
                concern,
                need,
                ..CheckIn::default()
            })
        },
    );
    let appreciation = (uuid(), text(), text(), love_language(), any::<bool>()).prop_map(
        |(for_whom, what, why, love_language, told)| {
            EntryBody::Appreciation(Appreciation { for_whom, what, why, love_language, told })
        },
    );
    let conflict = (
        text(),
        words(),
        (text(), text(), text(), text()),
        prop::collection::vec(horseman_note(), 0..4),
        (text(), text(), text(), text(), text()),
        prop::sample::select(vec![ConflictStatus::Open, ConflictStatus::Repaired, ConflictStatus::Resolved]),
    )
        .prop_map(
            |(
                what_happened,
                my_feelings,
                (feel, when, because, need),
                horsemen,
                (tp, mp, repair, learned, since),
                status,
            )| {
                EntryBody::Conflict(ConflictReflection {
                    what_happened,
                    my_feelings,
                    i_statement: IStatement { feel, when, because, need },
                    horsemen,
                    their_perspective: tp,
                    my_part: mp,
                    repair,
                    learned,
                    status,
                    since,
                })
            },
        );
    let vulnerability = (text(), text(), text(), any::<bool>()).prop_map(|(prompt_id, prompt, answer, shared)| {
        EntryBody::Vulnerability(Vulnerability { prompt_id, prompt, answer, shared })
    });
    let shared = (text(), text(), any::<u8>()).prop_map(|(what, meaningful, closeness)| {
        EntryBody::SharedExperience(SharedExperience { what, meaningful, closeness })
    });
    let note = (text(), text()).prop_map(|(title, text)| EntryBody::Note(Note { title, text }));
    let turn = (any::<bool>(), (text(), text(), text(), text()), any::<bool>()).prop_map(
        |(me, (about, heard, missed, question), partly)| ListeningTurn {
            speaker: if me { Speaker::Me } else { Speaker::Them },
            about,
            heard,
            got_it: if partly { GotIt::Partly } else { GotIt::Yes },
            missed,
            question,
        },
    );
    let listening = (prop::collection::vec(turn, 0..3), text())
        .prop_map(|(turns, afterwards)| EntryBody::Listening(Listening { turns, afterwards }));
    let urge = prop::option::of(prop::sample::select(Urge::ALL.to_vec()));
    let reaching = (text(), words(), urge, (text(), text(), text())).prop_map(
        |(moment, felt, wanted, (did, might_have_helped, steady_response))| {
            EntryBody::Reaching(Reaching { moment, felt, wanted, did, might_have_helped, steady_response })
        },
    );
    prop_oneof![check_in, appreciation, conflict, vulnerability, shared, note, listening, reaching]
}

proptest! {
    // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/model.txt",
        ))),
        ..ProptestConfig::default()
    })]
    #[test]
    fn any_body_round_trips_through_json(body in body()) {
        let json = serde_json::to_string(&body).unwrap();
        let back: EntryBody = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, body);
    }

    #[test]
    fn validation_is_idempotent(body in body()) {
        let mut once = body;
        if validate_body(&mut once).is_ok() {
            let mut twice = once.clone();
            prop_assert!(validate_body(&mut twice).is_ok());
            prop_assert_eq!(twice, once);
        }
    }
}
