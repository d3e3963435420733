//! No plaintext at rest: every text field of every kind of entry, people and drafts carry a distinctive marker, and
//! no file in the vault folder (database, -wal, -shm, key file, anything) may contain any marker, as written, after
//! a checkpoint, after edits and deletes, and after the writer was killed with SIGKILL mid-way.

use std::fs;
use std::path::Path;

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, ConflictStatus, Horseman, HorsemanNote, IStatement, LoveLanguage, Note,
    Relationship, SharedExperience, Vulnerability, Whose,
};
use attune_journal::{EntryBody, Journal, NewEntry, Passphrase, PersonInput, Secret, Vault};
use chrono::{FixedOffset, TimeZone};

const PASSPHRASE: &str = "no plaintext passphrase";
/// Set in the child process this test re-invokes itself as.
const CHILD_ENV: &str = "ATTUNE_NO_PLAINTEXT_CHILD_DIR";

/// One marker per field, lower-case (some fields are normalised to lower case) and unlike any real text.
fn m(field: &str) -> String {
    format!("zqxmark{field}qzx")
}

const FIELDS: &[&str] = &[
    "person",
    "tag",
    "feeling",
    "whatsgoingon",
    "hope",
    "concern",
    "need",
    "apwhat",
    "apwhy",
    "conflictwhat",
    "myfeeling",
    "ifeel",
    "iwhen",
    "ibecause",
    "ineed",
    "rewrite",
    "theirside",
    "mypart",
    "repair",
    "learned",
    "promptid",
    "prompt",
    "answer",
    "sharedwhat",
    "meaningful",
    "notetitle",
    "notetext",
    "draft",
    "edited",
];

fn at() -> chrono::DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).and_then(|tz| tz.with_ymd_and_hms(2026, 3, 14, 21, 30, 0).single()).unwrap()
}

/// Writes one entry of every kind, a person and a draft, all full of markers.
fn write_everything(journal: &Journal, round: usize) -> Vec<attune_journal::EntryId> {
    let person = journal
        .add_person(PersonInput {
            name: format!("{} {round}", m("person")),
            relationship: Relationship::Partner,
            love_language: Some(LoveLanguage::Words),
        })
        .unwrap();
    let bodies = vec![
        EntryBody::CheckIn(CheckIn {
            pleasantness: 2,
            energy: -1,
            feelings: vec![m("feeling")],
            whats_going_on: m("whatsgoingon"),
            hope: m("hope"),
            concern: m("concern"),
            need: m("need"),
            ..CheckIn::default()
        }),
        EntryBody::Appreciation(Appreciation {
            for_whom: person.id,
            what: m("apwhat"),
            why: m("apwhy"),
            love_language: Some(LoveLanguage::QualityTime),
            told: true,
        }),
        EntryBody::Conflict(ConflictReflection {
            what_happened: m("conflictwhat"),
            my_feelings: vec![m("myfeeling")],
            i_statement: IStatement { feel: m("ifeel"), when: m("iwhen"), because: m("ibecause"), need: m("ineed") },
            horsemen: vec![HorsemanNote { horseman: Horseman::Criticism, whose: Whose::Mine, rewrite: m("rewrite") }],
            their_perspective: m("theirside"),
            my_part: m("mypart"),
            repair: m("repair"),
            learned: m("learned"),
            status: ConflictStatus::Open,
            since: m("since"),
        }),
        EntryBody::Vulnerability(Vulnerability {
            prompt_id: m("promptid"),
            prompt: m("prompt"),
            answer: m("answer"),
            shared: false,
        }),
        EntryBody::SharedExperience(SharedExperience {
            what: m("sharedwhat"),
            meaningful: m("meaningful"),
            closeness: 4,
        }),
        EntryBody::Note(Note { title: m("notetitle"), text: m("notetext") }),
    ];
    let ids = bodies
        .into_iter()
        .map(|body| {
            let new = NewEntry { people: vec![person.id], tags: vec![m("tag")], body, at: None };
            journal.add_entry(new, at()).unwrap().id
        })
        .collect();
    journal.save_draft(&format!("new:note:{round}"), &m("draft")).unwrap();
    ids
}

/// Every marker found in any file of the folder (raw bytes, as written and upper-cased).
fn leaks(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        for field in FIELDS {
            for needle in [m(field), m(field).to_uppercase(), "zqxmark".to_string()] {
                if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    found.push(format!("{} in {}", needle, path.display()));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn nothing_readable_after_writes_checkpoint_edits_and_deletes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (journal, _) = Vault::create(dir, &Passphrase::new(PASSPHRASE)).unwrap();
    let ids = write_everything(&journal, 0);
    assert_eq!(leaks(dir), Vec::<String>::new(), "after writes (WAL present)");

    journal.checkpoint().unwrap();
    assert_eq!(leaks(dir), Vec::<String>::new(), "after a checkpoint");

    let edit = NewEntry {
        people: vec![],
        tags: vec![m("tag")],
        body: EntryBody::Note(Note { title: m("edited"), text: m("edited") }),
        at: None,
    };
    journal.update_entry(ids[5], edit, at()).unwrap();
    journal.delete_entry(ids[0]).unwrap();
    journal.discard_draft("new:note:0").unwrap();
    assert_eq!(leaks(dir), Vec::<String>::new(), "after edits and deletes");
    journal.checkpoint().unwrap();
    journal.lock();
    assert_eq!(leaks(dir), Vec::<String>::new(), "after lock");
}

/// The writer, when this test binary is re-invoked as a child: writes forever, saying when the first round is in.
#[test]
fn child_writer() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    let vault = Vault::open(Path::new(&dir)).unwrap();
    let journal = vault.unlock(&Secret::Passphrase(Passphrase::new(PASSPHRASE))).unwrap();
    for round in 1.. {
        write_everything(&journal, round);
        if round == 2 {
            fs::write(Path::new(&dir).join("..").join("child-ready"), b"").unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn nothing_readable_after_the_writer_is_killed() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    Vault::create(&dir, &Passphrase::new(PASSPHRASE)).unwrap().0.lock();

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["child_writer", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let ready = tmp.path().join("child-ready");
    let start = Instant::now();
    while !ready.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the writer exited early: {status}");
        }
        assert!(start.elapsed() < Duration::from_secs(60), "the writer never got going");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(50));
    child.kill().unwrap(); // SIGKILL on unix: no destructors, no checkpoint, the WAL stays as it was.
    child.wait().unwrap();

    assert!(dir.join("journal.db-wal").exists(), "the killed writer should leave its WAL behind");
    assert_eq!(leaks(&dir), Vec::<String>::new(), "after the writer was killed");
    // And the vault still opens.
    Vault::open(&dir).unwrap().unlock(&Secret::Passphrase(Passphrase::new(PASSPHRASE))).unwrap().lock();
    assert_eq!(leaks(&dir), Vec::<String>::new(), "after recovery from the killed writer");
}
