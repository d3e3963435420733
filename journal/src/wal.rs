//! Noticing committed changes that SQLite's recovery dropped from a damaged write-ahead log.
//!
//! Committed transactions live only in `journal.db-wal` until a checkpoint copies them into `journal.db`. When the
//! first connection opens the database, SQLite replays the log up to the first frame whose checksum or salt doesn't
//! match, and silently ignores that frame and everything after it. A single flipped bit in the log therefore drops
//! that transaction and every later one, and the journal still opens.
//!
//! [`lost_commits`] reads the log the way SQLite does (the format is documented at
//! <https://www.sqlite.org/fileformat2.html#walformat>) and counts the *commit* frames of the log's current
//! generation (same salts as its header) that lie beyond the point where replay stopped: each is a committed change
//! that could not be read back. Frames left over from an earlier generation (other salts) and the uncommitted tail of
//! a writer that was killed (no commit frame) are normal and not counted. A torn commit frame from a power cut during
//! a commit that never returned would be counted; that transaction was never reported as saved.

/// The log is checkpointed into the database once it holds this many pages (1 MiB of SQLCipher's 4 KiB pages), and
/// the next write starts it again from the top. Committed changes live only in the log until then, so this bounds
/// what damage to the log can take: every commit writes at least one page, so at most this many commits, and an entry
/// save (about 14 pages with its indexes and insights rows) at most `MAX_SAVES_IN_LOG` (measured). SQLite's default is 1,000
/// pages (about 70 saves); a smaller log costs one more checkpoint every dozen saves or so, a few milliseconds.
pub(crate) const CHECKPOINT_PAGES: u32 = 250;

/// The most entry saves the log holds at once, as measured (`how_many_saves_wal_damage_can_lose_at_most` fails if it
/// grows). SECURITY.md names it.
#[cfg(test)]
const MAX_SAVES_IN_LOG: u32 = 20;

/// The WAL header's size in bytes.
const HEADER: usize = 32;
/// A frame header's size in bytes.
const FRAME_HEADER: usize = 24;
/// SQLCipher's page size, used when the header's own is unreadable.
const DEFAULT_PAGE: usize = 4096;

/// SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `seed`.
fn checksum(data: &[u8], big_endian: bool, seed: (u32, u32)) -> (u32, u32) {
    let word = |b: &[u8]| {
        let w = [b[0], b[1], b[2], b[3]];
        if big_endian {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        }
    };
    let (mut s0, mut s1) = seed;
    for pair in data.chunks_exact(8) {
        s0 = s0.wrapping_add(word(&pair[..4])).wrapping_add(s1);
        s1 = s1.wrapping_add(word(&pair[4..])).wrapping_add(s0);
    }
    (s0, s1)
}

fn be(bytes: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// One frame's header fields.
struct Frame<'a> {
    commit: u32,
    salt: (u32, u32),
    stored: (u32, u32),
    /// The first 8 bytes of the header and the page: what the checksum covers.
    head: &'a [u8],
    page: &'a [u8],
}

fn frames(wal: &[u8], page_size: usize) -> impl Iterator<Item = Frame<'_>> {
    wal.get(HEADER..).unwrap_or_default().chunks_exact(FRAME_HEADER + page_size).map(|f| Frame {
        commit: be(f, 4),
        salt: (be(f, 8), be(f, 12)),
        stored: (be(f, 16), be(f, 20)),
        head: &f[..8],
        page: &f[FRAME_HEADER..],
    })
}

impl Frame<'_> {
    /// Whether this frame's stored checksum follows from `seed` (the previous frame's stored checksum).
    fn follows(&self, seed: (u32, u32), big_endian: bool) -> bool {
        checksum(self.page, big_endian, checksum(self.head, big_endian, seed)) == self.stored
    }
}

/// How many committed changes (commit frames) in the log `wal` SQLite's recovery could not read back. 0 for an
/// absent, empty or healthy log.
pub(crate) fn lost_commits(wal: &[u8]) -> u32 {
    tally(wal).lost
}

/// The commits of the log's current generation: those replay reads back, and those beyond where it stops.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Read back.
    pub(crate) kept: u32,
    /// Committed, but beyond a damaged frame.
    pub(crate) lost: u32,
}

pub(crate) fn tally(wal: &[u8]) -> Tally {
    if wal.len() < HEADER {
        return Tally::default();
    }
    let magic = be(wal, 0);
    let page_size = match be(wal, 8) {
        1 => 65536,
        n if (512..=32768).contains(&n) && n.is_power_of_two() => n as usize,
        _ => DEFAULT_PAGE,
    };
    let header_sum = (be(wal, 24), be(wal, 28));
    let first = frames(wal, page_size).next();
    // The checksums' byte order: the one that makes the first frame follow from the header (so a damaged magic
    // doesn't hide the frames), else the magic's low bit.
    let big_endian = match &first {
        Some(f) if f.follows(header_sum, false) => false,
        Some(f) if f.follows(header_sum, true) => true,
        _ => magic & 1 == 1,
    };
    let header_ok = (magic == 0x377f_0682 || magic == 0x377f_0683)
        && be(wal, 4) == 3_007_000
        && checksum(&wal[..24], big_endian, (0, 0)) == header_sum;
    // This generation's salts: the header's, or (header damaged) those of a first frame that follows from it.
    let salt = match &first {
        Some(f) if !header_ok && f.follows(header_sum, big_endian) => f.salt,
        _ => (be(wal, 16), be(wal, 20)),
    };

    let (mut kept, mut lost) = (0, 0);
    let mut replaying = header_ok;
    let mut first_bad = true;
    // Where the next frame's checksum continues from: the previous frame's stored checksum, and (once replay has
    // stopped) the one computed over its bytes, so damage to either a page or a stored checksum doesn't break the
    // chain for the frames after it.
    let mut seeds = [header_sum, header_sum];
    for frame in frames(wal, page_size) {
        let ours = frame.salt == salt;
        let from = seeds.into_iter().find(|s| frame.follows(*s, big_endian));
        if replaying && ours && from.is_some() {
            seeds = [frame.stored, frame.stored];
            kept += u32::from(frame.commit != 0);
            continue;
        }
        // Replay stopped at or before this frame. A commit frame of this generation here was committed and is lost:
        // the first bad frame counts if its salt or its checksum (not both) is intact; later ones must check out
        // against the frame before them, so leftovers of an earlier generation never count.
        let belongs = if first_bad { ours || from.is_some() } else { ours && from.is_some() };
        if belongs && frame.commit != 0 {
            lost += 1;
        }
        let computed = checksum(frame.page, big_endian, checksum(frame.head, big_endian, from.unwrap_or(seeds[0])));
        seeds = [frame.stored, computed];
        replaying = false;
        first_bad = false;
    }
    Tally { kept, lost }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: usize = DEFAULT_PAGE;
    const SALT: (u32, u32) = (0x1111_2222, 0x3333_4444);

    /// A log as SQLite writes it (little-endian checksums): one frame per entry of `commits` (true: a commit frame),
    /// all with `salt`.
    fn log_with(commits: &[bool], salt: (u32, u32)) -> Vec<u8> {
        let mut out = Vec::new();
        for w in [0x377f_0682, 3_007_000, PAGE as u32, 0, salt.0, salt.1] {
            out.extend(u32::to_be_bytes(w));
        }
        let mut sum = checksum(&out, false, (0, 0));
        out.extend(sum.0.to_be_bytes());
        out.extend(sum.1.to_be_bytes());
        for (i, &commit) in commits.iter().enumerate() {
            let n = i as u32 + 1;
            let mut head = Vec::new();
            head.extend(n.to_be_bytes());
            head.extend(if commit { n } else { 0 }.to_be_bytes());
            let page: Vec<u8> = (0..PAGE).map(|b| (b as u32 * n) as u8).collect();
            sum = checksum(&page, false, checksum(&head, false, sum));
            out.extend(head);
            for w in [salt.0, salt.1, sum.0, sum.1] {
                out.extend(u32::to_be_bytes(w));
            }
            out.extend(page);
        }
        out
    }

    fn log(commits: usize) -> Vec<u8> {
        log_with(&vec![true; commits], SALT)
    }

    fn frame_at(n: usize) -> usize {
        HEADER + n * (FRAME_HEADER + PAGE)
    }

    #[test]
    fn a_healthy_or_empty_log_loses_nothing() {
        assert_eq!(lost_commits(&[]), 0);
        assert_eq!(lost_commits(&log(0)), 0);
        assert_eq!(lost_commits(&log(5)), 0);
    }

    #[test]
    fn a_flip_anywhere_in_a_frame_counts_it_and_every_later_commit() {
        let healthy = log(5);
        for (frame, offset) in [(0, 0), (0, 4), (1, 9), (2, 17), (2, 100), (4, 23), (4, FRAME_HEADER + PAGE - 1)] {
            let mut bytes = healthy.clone();
            bytes[frame_at(frame) + offset] ^= 0x04;
            assert_eq!(lost_commits(&bytes), 5 - frame as u32, "frame {frame} byte {offset}");
        }
    }

    #[test]
    fn a_flip_in_the_header_counts_every_commit() {
        for offset in [0, 3, 5, 9, 10, 17, 22, 27, 31] {
            for bit in [0x01, 0x10] {
                let mut bytes = log(3);
                bytes[offset] ^= bit;
                assert_eq!(lost_commits(&bytes), 3, "header byte {offset} bit {bit:#x}");
            }
        }
    }

    #[test]
    fn an_uncommitted_tail_is_normal() {
        // A writer killed before its commit frame: valid frames, no commit.
        assert_eq!(lost_commits(&log_with(&[true, true, false, false], SALT)), 0);
    }

    #[test]
    fn an_older_generation_beyond_the_current_one_is_normal() {
        // After a checkpoint the log restarts with new salts over the old frames.
        let newer = log_with(&[true], (7, 9));
        let mut bytes = newer.clone();
        bytes.extend_from_slice(&log(4)[frame_at(1)..]);
        assert_eq!(lost_commits(&bytes), 0);
    }
}

/// How many saves the log can hold before it starts again, measured on a real vault.
#[cfg(test)]
mod bound {
    use chrono::{FixedOffset, TimeZone};

    use super::tally;
    use crate::model::{CheckIn, ConflictReflection, EntryBody, NewEntry, Note};
    use crate::{Passphrase, Vault};

    #[test]
    fn how_many_saves_wal_damage_can_lose_at_most() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("vault");
        let (j, _) = Vault::create(&vault, &Passphrase::new("a long test passphrase")).unwrap();
        let wal = vault.join("journal.db-wal");
        let mut most = 0;
        let mut restarts = 0;
        let mut last = 0;
        for i in 0..600u32 {
            let body = match i % 3 {
                0 => EntryBody::Note(Note { title: String::new(), text: format!("note {i} {}", "words ".repeat(40)) }),
                1 => EntryBody::CheckIn(CheckIn {
                    pleasantness: 2,
                    energy: -1,
                    feelings: vec!["calm".into(), "tender".into()],
                    whats_going_on: format!("check-in {i}"),
                    ..CheckIn::default()
                }),
                _ => EntryBody::Conflict(ConflictReflection {
                    what_happened: format!("conflict {i}"),
                    ..ConflictReflection::default()
                }),
            };
            let at = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap()
                + chrono::Duration::hours(i64::from(i) * 7);
            j.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at).unwrap();
            let t = tally(&std::fs::read(&wal).unwrap_or_default());
            assert_eq!(t.lost, 0);
            if t.kept < last {
                restarts += 1;
            }
            last = t.kept;
            most = most.max(t.kept);
        }
        assert!(restarts > 0, "the log started again (most commits in one generation: {most})");
        assert!(
            most <= super::MAX_SAVES_IN_LOG,
            "{most} saves in the log at once; SECURITY.md says at most {}",
            super::MAX_SAVES_IN_LOG
        );
        assert!(most <= super::CHECKPOINT_PAGES);
    }
}
