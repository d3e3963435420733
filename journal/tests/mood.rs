//! The Mood Meter's map of words: every vocabulary word has a place inside its family's quadrant, and the words
//! offered first are the ones nearest the point, mild near the centre and strong in the corners.

use std::collections::{BTreeMap, BTreeSet};

use attune_journal::vocab::{self, feelings_near, position, Quadrant, NEAREST_COUNT};

#[test]
fn every_vocabulary_word_has_a_place_in_its_familys_quadrant() {
    for family in vocab::feelings() {
        for word in &family.words {
            let p = position(word).unwrap_or_else(|| panic!("{word} has no place on the Mood Meter"));
            assert!((-5.0..=5.0).contains(&p.pleasantness) && (-5.0..=5.0).contains(&p.energy), "{word}: {p:?}");
            // Mixed feelings and words on an axis belong to no quadrant; the others must sit in their family's.
            if let (Some(quadrant), true) = (family.quadrant, p.pleasantness != 0.0 && p.energy != 0.0) {
                let q = match (p.pleasantness > 0.0, p.energy > 0.0) {
                    (true, true) => Quadrant::PleasantHigh,
                    (true, false) => Quadrant::PleasantLow,
                    (false, true) => Quadrant::UnpleasantHigh,
                    (false, false) => Quadrant::UnpleasantLow,
                };
                assert_eq!(q, quadrant, "{word} sits outside the {} family's quadrant", family.id);
            }
        }
    }
}

/// The positions file and the vocabulary name the same words (224 when this was written): a word added to
/// `feelings.json` without a place, or a place left for a word taken out, fails here.
#[test]
fn the_positions_file_places_exactly_the_vocabulary() {
    let placed: BTreeMap<String, [f32; 2]> =
        serde_json::from_str(include_str!("../data/mood_positions.json")).expect("mood_positions.json parses");
    let words: BTreeSet<String> = vocab::feelings().iter().flat_map(|f| f.words.iter().cloned()).collect();
    let placed_words: BTreeSet<String> = placed.keys().cloned().collect();
    assert_eq!(placed_words, words);
    assert!(words.len() >= 224, "{} words", words.len());
}

#[test]
fn every_word_is_offered_once_nearest_a_dozen_first() {
    let total: usize = vocab::feelings().iter().map(|f| f.words.len()).sum();
    for (p, e) in [(0, 0), (5, 5), (-5, -5), (2, -1), (-3, 4)] {
        let near = feelings_near(p, e);
        assert_eq!(near.nearest.len(), NEAREST_COUNT);
        let mut all: Vec<&String> = near.nearest.iter().chain(&near.more).collect();
        assert_eq!(all.len(), total);
        all.sort();
        all.dedup();
        assert_eq!(all.len(), total, "no word twice");
    }
}

/// The example: within a quadrant, a mild point still offered "elated".
#[test]
fn a_mild_pleasant_point_offers_mild_words_and_a_far_corner_strong_ones() {
    let mild = feelings_near(1, 1).nearest;
    assert!(!mild.contains(&"elated".to_string()), "{mild:?}");
    assert!(!mild.contains(&"exhilarated".to_string()), "{mild:?}");
    let far = feelings_near(5, 5).nearest;
    assert!(far.contains(&"elated".to_string()) && far.contains(&"exhilarated".to_string()), "{far:?}");
    assert!(!far.contains(&"glad".to_string()), "{far:?}");
}

#[test]
fn the_nearest_words_come_from_the_points_quadrant_away_from_the_centre() {
    for (p, e, q) in [
        (4, 4, Quadrant::PleasantHigh),
        (4, -4, Quadrant::PleasantLow),
        (-4, 4, Quadrant::UnpleasantHigh),
        (-4, -4, Quadrant::UnpleasantLow),
    ] {
        for word in feelings_near(p, e).nearest {
            let family = vocab::family_of(&word).unwrap();
            assert_eq!(family.quadrant, Some(q), "{word} offered at ({p}, {e})");
        }
    }
}

#[test]
fn the_order_is_by_distance() {
    let near = feelings_near(-2, -3);
    let d = |w: &String| {
        let p = position(w).unwrap();
        (p.pleasantness + 2.0).hypot(p.energy + 3.0)
    };
    let all: Vec<f32> = near.nearest.iter().chain(&near.more).map(d).collect();
    assert!(all.windows(2).all(|w| w[0] <= w[1]), "{all:?}");
}

#[test]
fn points_outside_the_meter_are_held_to_its_edge() {
    assert_eq!(feelings_near(100, -100), feelings_near(5, -5));
}

#[test]
fn a_word_of_ones_own_has_no_place() {
    assert!(position("gobsmacked-ish").is_none());
    assert_eq!(position("  Elated "), position("elated"));
}
