//! Realistic journals for the benchmarks: mixed kinds of entry, 50–500 words each, drawn from a vocabulary with a
//! Zipf-like distribution (a few very common words, a long tail of rare ones), a few people, tags and feelings.
//!
//! Everything is seeded, so two runs generate the same journal.

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, Horseman, HorsemanNote, LoveLanguage, Note, Person, Relationship,
    SharedExperience, Vulnerability, Whose,
};
use attune_journal::{Entry, EntryBody};
use chrono::{DateTime, Duration, FixedOffset, Offset, TimeZone, Utc};
use uuid::Uuid;

/// A small, fast, seeded generator (SplitMix64). Not for anything secret: it only shapes test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The most frequent words, in rank order; the rest of the vocabulary is made of syllables.
const COMMON: &[&str] = &[
    "the", "and", "i", "to", "a", "we", "it", "was", "of", "that", "my", "me", "in", "you", "felt", "so", "but", "for",
    "with", "had", "about", "when", "just", "they", "she", "he", "really", "today", "time", "home", "after", "talked",
    "dinner", "work", "tired", "walk", "together", "again", "little", "long", "morning", "evening", "call", "laughed",
    "quiet", "kitchen", "week", "weekend", "sorry", "thanks", "listened", "garden", "coffee", "tea", "rain", "sun",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "to", "sa", "vel", "mar", "din", "po", "que", "ral", "so", "ti", "ber", "nu", "fa", "gor",
    "el", "wy", "zan", "ha", "pri", "dol",
];

/// The vocabulary, most common first, with cumulative Zipf weights for sampling.
pub struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    /// `size` words; word at rank r (1-based) has weight 1/r.
    pub fn new(size: usize) -> Self {
        let mut words: Vec<String> = COMMON.iter().map(|w| w.to_string()).collect();
        let n = SYLLABLES.len();
        let mut i = n;
        while words.len() < size {
            // `i` written in base `n` with syllables for digits: unique, pronounceable, never a real common word.
            let mut k = i;
            let mut w = String::new();
            while k > 0 {
                w.insert_str(0, SYLLABLES[k % n]);
                k /= n;
            }
            words.push(w);
            i += 1;
        }
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|r| {
                total += 1.0 / r as f64;
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    pub fn sample(&self, rng: &mut Rng) -> &str {
        let total = *self.cumulative.last().unwrap_or(&1.0);
        let x = rng.unit() * total;
        let i = self.cumulative.partition_point(|c| *c < x).min(self.words.len() - 1);
        &self.words[i]
    }

    /// The word at this rank (0 = most common).
    pub fn at(&self, rank: usize) -> &str {
        &self.words[rank.min(self.words.len() - 1)]
    }

    pub fn sentence(&self, rng: &mut Rng, words: usize) -> String {
        let mut out = String::with_capacity(words * 7);
        for i in 0..words {
            if i > 0 {
                out.push(if rng.chance(0.08) { ',' } else { ' ' });
                if out.ends_with(',') {
                    out.push(' ');
                }
            }
            out.push_str(self.sample(rng));
        }
        out.push('.');
        out
    }
}

pub struct Generated {
    pub people: Vec<Person>,
    /// Oldest first.
    pub entries: Vec<Entry>,
}

const TAGS: &[&str] = &["work", "home", "family", "weekend", "health", "money", "travel", "friends", "kids", "sleep"];

/// `count` entries over the last few years, one every few hours, oldest first.
pub fn journal(count: usize, vocab: &Vocabulary, feelings: &[String], seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    let names = [
        ("Sam", Relationship::Partner),
        ("Ana", Relationship::Friend),
        ("Mum", Relationship::Family),
        ("Jo", Relationship::Friend),
    ];
    let people: Vec<Person> = names
        .iter()
        .enumerate()
        .map(|(i, (name, rel))| Person {
            id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i as u128),
            name: name.to_string(),
            relationship: *rel,
            love_language: Some(LoveLanguage::ALL[i % LoveLanguage::ALL.len()]),
        })
        .collect();
    let start = Utc.with_ymd_and_hms(2019, 1, 1, 8, 0, 0).single().unwrap_or_default();
    let mut t = start;
    let mut entries = Vec::with_capacity(count);
    for n in 0..count {
        t += Duration::minutes(30 + rng.below(8 * 60) as i64);
        let offset_min = *rng.pick(&[0, 60, 120, -300, -480, 330]);
        let local: DateTime<FixedOffset> =
            t.with_timezone(&FixedOffset::east_opt(offset_min * 60).unwrap_or(Utc.fix()));
        let words = 50 + rng.below(451);
        let body = body(&mut rng, vocab, feelings, &people, words);
        let mut who = Vec::new();
        if let EntryBody::Appreciation(a) = &body {
            who.push(a.for_whom);
        }
        if rng.chance(0.5) {
            let p = rng.pick(&people).id;
            if !who.contains(&p) {
                who.push(p);
            }
        }
        let mut tags: Vec<String> = Vec::new();
        for _ in 0..rng.below(3) {
            let tag = rng.pick(TAGS).to_string();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        let mut counter = [0u8; 10];
        counter[..8].copy_from_slice(&(n as u64).to_be_bytes());
        let id = uuid::Builder::from_unix_timestamp_millis(t.timestamp_millis() as u64, &counter).into_uuid();
        entries.push(Entry {
            id,
            created_at: t,
            updated_at: t,
            local_date: local.date_naive(),
            utc_offset_minutes: offset_min,
            people: who,
            tags,
            body,
        });
    }
    Generated { people, entries }
}

fn body(rng: &mut Rng, vocab: &Vocabulary, feelings: &[String], people: &[Person], words: usize) -> EntryBody {
    let feel = |rng: &mut Rng| {
        let mut f: Vec<String> = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let w = rng.pick(feelings).clone();
            if !f.contains(&w) {
                f.push(w);
            }
        }
        f
    };
    // Split the word budget over the fields a kind has.
    let split = |rng: &mut Rng, parts: usize| -> Vec<String> {
        let per = (words / parts).max(1);
        (0..parts).map(|_| vocab.sentence(rng, per)).collect()
    };
    match rng.below(10) {
        0..=2 => {
            let t = split(rng, 4);
            EntryBody::CheckIn(CheckIn {
                pleasantness: rng.below(11) as i8 - 5,
                energy: rng.below(11) as i8 - 5,
                feelings: feel(rng),
                whats_going_on: t[0].clone(),
                hope: t[1].clone(),
                concern: t[2].clone(),
                need: t[3].clone(),
                ..CheckIn::default()
            })
        }
        3..=4 => {
            let t = split(rng, 2);
            EntryBody::Appreciation(Appreciation {
                for_whom: rng.pick(people).id,
                what: t[0].clone(),
                why: t[1].clone(),
                love_language: Some(*rng.pick(&LoveLanguage::ALL)),
                told: rng.chance(0.5),
            })
        }
        5 => {
            let t = split(rng, 5);
            EntryBody::Conflict(ConflictReflection {
                what_happened: t[0].clone(),
                my_feelings: feel(rng),
                horsemen: vec![HorsemanNote {
                    horseman: *rng.pick(&Horseman::ALL),
                    whose: Whose::Mine,
                    rewrite: t[1].clone(),
                }],
                their_perspective: t[2].clone(),
                my_part: t[3].clone(),
                learned: t[4].clone(),
                ..Default::default()
            })
        }
        6 => {
            let t = split(rng, 2);
            EntryBody::Vulnerability(Vulnerability {
                prompt_id: String::new(),
                prompt: t[0].clone(),
                answer: t[1].clone(),
                shared: rng.chance(0.3),
            })
        }
        7 => {
            let t = split(rng, 2);
            EntryBody::SharedExperience(SharedExperience {
                what: t[0].clone(),
                meaningful: t[1].clone(),
                closeness: 1 + rng.below(5) as u8,
            })
        }
        _ => {
            let t = split(rng, 1);
            EntryBody::Note(Note { title: vocab.sentence(rng, 3), text: t[0].clone() })
        }
    }
}

/// The generated journal as Attune's JSON export, for a fast bulk load through `import_json` (one transaction).
pub fn export_json(g: &Generated) -> String {
    serde_json::json!({
        "format": attune_journal::export::FORMAT_NAME,
        "formatVersion": attune_journal::export::FORMAT_VERSION,
        "schemaVersion": attune_journal::SCHEMA_VERSION,
        "people": g.people,
        "entries": g.entries,
    })
    .to_string()
}
