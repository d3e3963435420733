//! Writing and reading entries through the real binary: add every kind, list, show, search, edit, delete.

mod common;

use common::{id_of, page_ids, TestVault};

/// A journal with Sam in it and one entry of every kind; returns the ids by kind.
fn journal_with_every_kind() -> (TestVault, Vec<(&'static str, String)>) {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner", "--love-language", "quality_time"]);
    let adds: [(&str, &[&str]); 6] = [
        (
            "check_in",
            &[
                "add",
                "check-in",
                "--pleasantness",
                "2",
                "--energy",
                "-1",
                "--feeling",
                "calm",
                "--feeling",
                "tender",
                "--text",
                "A slow evening with soup",
                "--hope",
                "more evenings like this",
                "--concern",
                "work",
                "--need",
                "rest",
                "--person",
                "Sam",
                "--tag",
                "home",
            ],
        ),
        (
            "appreciation",
            &[
                "add",
                "appreciation",
                "--for",
                "Sam",
                "--what",
                "Made ginger tea unasked",
                "--why",
                "I felt cared for",
                "--love-language",
                "service",
                "--told",
            ],
        ),
        (
            "conflict",
            &[
                "add",
                "conflict",
                "--what-happened",
                "We argued about the dishes",
                "--feeling",
                "frustrated",
                "--i-feel",
                "tired",
                "--when",
                "the sink is full at night",
                "--because",
                "I want calm evenings",
                "--i-need",
                "a plan",
                "--horseman",
                "criticism:mine:I am worn out; can we share the dishes?",
                "--their-perspective",
                "Sam was tired too",
                "--my-part",
                "I snapped",
                "--repair",
                "I said sorry",
                "--learned",
                "Talk before we are exhausted",
                "--status",
                "repaired",
                "--person",
                "Sam",
            ],
        ),
        ("vulnerability", &["add", "vulnerability", "--answer", "I worry that I am too much", "--shared"]),
        (
            "shared_experience",
            &[
                "add",
                "shared-experience",
                "--what",
                "A walk by the harbour",
                "--meaningful",
                "We laughed a lot",
                "--closeness",
                "4",
                "--person",
                "Sam",
            ],
        ),
        ("note", &["add", "note", "--title", "Anniversary", "Book the cabin by the lake"]),
    ];
    let ids = adds
        .into_iter()
        .map(|(kind, args)| {
            let entry = v.json(args);
            assert_eq!(entry["body"]["kind"], kind, "add {args:?}");
            (kind, id_of(&entry))
        })
        .collect();
    (v, ids)
}

#[test]
fn every_kind_is_added_and_found_by_list_show_and_search() {
    let (v, ids) = journal_with_every_kind();

    let page = v.json(&["list"]);
    let listed = page_ids(&page);
    assert_eq!(listed.len(), 6);
    for (kind, id) in &ids {
        assert!(listed.contains(id), "{kind} missing from list");
    }
    let human = v.ok(&["list"]);
    // The journal's labels, one word per kind everywhere (issue 12: the CLI said "Vulnerability prompt" where the
    // app said "Opening up").
    for label in ["Check-in", "Appreciation", "Conflict reflection", "Opening up", "Shared experience", "Note"] {
        assert!(human.contains(label), "list doesn't show {label}:\n{human}");
    }
    assert!(human.contains("calm, tender") && human.contains("with Sam") && human.contains("#home"), "{human}");

    let (_, check_in) = &ids[0];
    let shown = v.json(&["show", check_in]);
    assert_eq!(shown["body"]["feelings"], serde_json::json!(["calm", "tender"]));
    assert_eq!(shown["body"]["energy"], -1);
    let human = v.ok(&["show", check_in]);
    assert!(human.contains("A slow evening with soup") && human.contains("more evenings like this"), "{human}");

    let (_, conflict) = &ids[2];
    let human = v.ok(&["show", conflict]);
    assert!(human.contains("Gentle start-up") && human.contains("can we share the dishes?"), "{human}");
    // One label per field (issue 12): `show` used "Their side" and "Horseman" where the Markdown export and the
    // brief said "How it might have looked to them" and "A pattern that showed up". Now all three use the journal's.
    let markdown = v.ok(&["export", "--format", "markdown"]);
    for field in ["whatHappened", "iStatement", "horsemen", "theirPerspective", "myPart", "repair", "learned"] {
        let label = attune_journal::model::field_label(attune_journal::EntryKind::Conflict, field);
        assert!(human.contains(&format!("\n{label}\n")), "show labels {field} {label:?}:\n{human}");
        assert!(markdown.contains(&format!("**{label}:**")), "the export labels {field} {label:?}:\n{markdown}");
    }

    for (kind, id, word) in [
        ("appreciation", &ids[1].1, "ginger"),
        ("vulnerability", &ids[3].1, "worry"),
        ("shared_experience", &ids[4].1, "harbour"),
        ("note", &ids[5].1, "cabin"),
    ] {
        let hits = v.json(&["search", word]);
        let found: Vec<&str> =
            hits["hits"].as_array().unwrap().iter().filter_map(|h| h["entry"]["id"].as_str()).collect();
        assert_eq!(found, [id.as_str()], "search {word} should find the {kind}");
    }
    assert!(v.ok(&["search", "cabin"]).contains("cabin"));
}

#[test]
fn list_filters_and_pages() {
    let (v, ids) = journal_with_every_kind();
    let sam = page_ids(&v.json(&["list", "--person", "Sam"]));
    assert_eq!(sam.len(), 4, "check-in, appreciation (for Sam), conflict, shared experience");
    assert_eq!(page_ids(&v.json(&["list", "--kind", "note"])), [ids[5].1.clone()]);
    assert_eq!(page_ids(&v.json(&["list", "--feeling", "tender"])), [ids[0].1.clone()]);
    assert_eq!(page_ids(&v.json(&["list", "--tag", "home"])), [ids[0].1.clone()]);

    let first = v.json(&["list", "--limit", "4"]);
    assert_eq!(page_ids(&first).len(), 4);
    assert!(!first["next"].is_null(), "a full first page says there is more");
    let last_of_first = page_ids(&first).pop().unwrap();
    let rest = page_ids(&v.json(&["list", "--after", &last_of_first]));
    assert_eq!(rest.len(), 2);
    assert!(v.ok(&["list", "--limit", "4"]).contains("--after"), "the human page says how to see more");
    assert_eq!(page_ids(&v.json(&["list", "--all", "--limit", "1"])).len(), 6);
}

#[test]
fn search_filters_and_fts_syntax_is_harmless() {
    let (v, _) = journal_with_every_kind();
    assert_eq!(v.json(&["search", "evening", "--kind", "note"])["hits"].as_array().unwrap().len(), 0);
    let found = v.json(&["search", "evening", "--kind", "check-in"]);
    assert_eq!(found["hits"].as_array().unwrap().len(), 1);
    assert_eq!(found["total"], 1);
    for query in ["\"unbalanced", "AND OR NOT", "cabin*", "(lake", "NEAR(a b)", "col:umn", "^", "-", "'"] {
        v.cmd().args(["search", query]).assert().success();
    }
}

#[test]
fn show_takes_a_unique_id_prefix() {
    let (v, _) = TestVault::init();
    let id = v.note("Only one entry here");
    let shown = v.json(&["show", &id[..13]]);
    assert_eq!(id_of(&shown), id);
}

#[test]
fn edit_keeps_created_time_and_unchanged_fields() {
    let (v, ids) = journal_with_every_kind();
    let (_, check_in) = &ids[0];
    let before = v.json(&["show", check_in]);
    let after = v.json(&["edit", check_in, "--energy", "3", "--feeling", "hopeful"]);
    assert_eq!(after["createdAt"], before["createdAt"]);
    assert_eq!(after["body"]["energy"], 3);
    assert_eq!(after["body"]["feelings"], serde_json::json!(["hopeful"]));
    assert_eq!(after["body"]["whatsGoingOn"], before["body"]["whatsGoingOn"]);
    assert_eq!(after["body"]["pleasantness"], before["body"]["pleasantness"]);
    assert_eq!(after["people"], before["people"]);
    assert_eq!(after["tags"], before["tags"]);
    assert_eq!(v.json(&["show", check_in]), after, "the edit was saved");
}

#[test]
fn edit_refuses_a_flag_of_another_kind() {
    let (v, _) = TestVault::init();
    let id = v.note("a note");
    v.cmd()
        .args(["edit", &id, "--closeness", "3"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--closeness does not apply to a note"));
}

#[test]
fn delete_removes_and_needs_yes_without_a_terminal() {
    let (v, _) = TestVault::init();
    let id = v.note("to be deleted");
    let keep = v.note("to be kept");
    v.cmd().args(["delete", &id]).assert().code(2);
    assert_eq!(page_ids(&v.json(&["list"])).len(), 2, "nothing deleted without --yes");
    v.ok(&["delete", &id, "--yes"]);
    assert_eq!(page_ids(&v.json(&["list"])), [keep]);
    v.cmd().args(["show", &id]).assert().code(4);
}

#[test]
fn main_text_comes_from_stdin_when_not_given() {
    let (v, _) = TestVault::init();
    let out = v
        .cmd()
        .args(["--json", "add", "note", "--title", "From a pipe"])
        .write_stdin("piped words\n")
        .assert()
        .success();
    let entry: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(entry["body"]["text"], "piped words");
    let out = v
        .cmd()
        .args(["--json", "add", "check-in", "--feeling", "calm", "--text", "-"])
        .write_stdin("dash too")
        .assert()
        .success();
    let entry: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(entry["body"]["whatsGoingOn"], "dash too");
}

#[test]
fn vulnerability_defaults_to_todays_prompt() {
    let (v, _) = TestVault::init();
    let today: serde_json::Value = v.json(&["prompts", "--today"]);
    let entry = v.json(&["add", "vulnerability", "--answer", "something true"]);
    assert_eq!(entry["body"]["promptId"], today["id"]);
    assert_eq!(entry["body"]["prompt"], today["text"]);
}

#[test]
fn prompts_and_feelings_list_the_built_in_deck_and_vocabulary() {
    let v = TestVault::empty();
    assert!(!v.json(&["prompts"]).as_array().unwrap().is_empty());
    assert!(!v.json(&["feelings"]).as_array().unwrap().is_empty());
    assert!(v.ok(&["feelings"]).contains("calm"));
}

/// Issue 13: `feelings --near` offers the words nearest a Mood Meter point (the journal's rule, as in the app).
#[test]
fn feelings_near_a_point_are_the_dozen_nearest() {
    let v = TestVault::empty();
    let near = v.json(&["feelings", "--near", "5,5"]);
    let nearest: Vec<&str> = near["nearest"].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
    assert_eq!(nearest.len(), 12);
    assert!(nearest.contains(&"elated"), "{nearest:?}");
    let mild = v.ok(&["feelings", "--near", "1,1"]);
    assert!(!mild.contains("elated"), "{mild}");
    let low = v.ok(&["feelings", "--near", "-3,-4"]);
    assert!(!low.contains("calm"), "{low}");
    v.cmd().args(["feelings", "--near", "9,0"]).assert().failure().code(2);
}
