//! The cards read from `day_facts`, bucket by bucket: how many of each kind, mood over time, warmth and friction,
//! and closeness over time.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::scope::{average, count, rows, Scope};
use super::span::{Span, Step};
use crate::model::EntryKind;
use crate::vocab::Quadrant;
use crate::Result;

/// How many entries of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct KindCount {
    /// The kind.
    pub kind: EntryKind,
    /// How many.
    pub count: u32,
}

/// How many check-ins fell in each Mood Meter quadrant (see [`Quadrant::of`]: 0 counts as pleasant and as high).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct QuadrantMix {
    /// Pleasant, high energy.
    pub pleasant_high: u32,
    /// Pleasant, low energy.
    pub pleasant_low: u32,
    /// Unpleasant, high energy.
    pub unpleasant_high: u32,
    /// Unpleasant, low energy.
    pub unpleasant_low: u32,
}

impl QuadrantMix {
    /// The count for one quadrant.
    pub fn get(&self, q: Quadrant) -> u32 {
        match q {
            Quadrant::PleasantHigh => self.pleasant_high,
            Quadrant::PleasantLow => self.pleasant_low,
            Quadrant::UnpleasantHigh => self.unpleasant_high,
            Quadrant::UnpleasantLow => self.unpleasant_low,
        }
    }

    fn add(&mut self, other: &QuadrantMix) {
        self.pleasant_high += other.pleasant_high;
        self.pleasant_low += other.pleasant_low;
        self.unpleasant_high += other.unpleasant_high;
        self.unpleasant_low += other.unpleasant_low;
    }
}

/// Check-ins in one bucket of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct MoodBucket {
    /// The days (clipped to the range).
    pub span: Span,
    /// How many check-ins.
    pub check_ins: u32,
    /// Their quadrants.
    pub mix: QuadrantMix,
    /// Average pleasantness (−5 to 5, one decimal); None without check-ins.
    pub pleasantness: Option<f64>,
    /// Average energy (−5 to 5, one decimal); None without check-ins.
    pub energy: Option<f64>,
}

/// Mood over time: check-ins on the Mood Meter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Mood {
    /// How many check-ins in the range.
    pub check_ins: u32,
    /// Their quadrants, all together.
    pub mix: QuadrantMix,
    /// Average pleasantness over the range.
    pub pleasantness: Option<f64>,
    /// Average energy over the range.
    pub energy: Option<f64>,
    /// Bucket by bucket (every bucket of the range, empty ones included).
    pub buckets: Vec<MoodBucket>,
}

/// Warm moments beside conflict reflections, in one bucket of days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BalanceBucket {
    /// The days (clipped to the range).
    pub span: Span,
    /// Appreciations written.
    pub appreciations: u32,
    /// Shared experiences that felt close (closeness 4 or 5).
    pub warm_moments: u32,
    /// Check-ins on the pleasant side (pleasantness above 0).
    pub pleasant_check_ins: u32,
    /// The three above together.
    pub warm: u32,
    /// Conflict reflections.
    pub conflicts: u32,
}

/// Warmth and friction: the good moments noticed beside the hard ones. Information, never a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Balance {
    /// Warm moments in the range (appreciations, close shared experiences, pleasant check-ins).
    pub warm: u32,
    /// Conflict reflections in the range.
    pub conflicts: u32,
    /// Bucket by bucket.
    pub buckets: Vec<BalanceBucket>,
    /// One gentle line on why the balance matters, to show beside the figures.
    pub note: String,
}

/// What the balance card says about why it is there. Information, not a target.
pub const BALANCE_NOTE: &str = "Research on couples who stay close found about five warm moments for every hard \
one. Hard moments are part of closeness; noticing the warm ones helps them count.";

/// Closeness in one bucket of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct ClosenessBucket {
    /// The days (clipped to the range).
    pub span: Span,
    /// Shared experiences written.
    pub count: u32,
    /// Average closeness (1 to 5, one decimal); None without any.
    pub closeness: Option<f64>,
}

/// What one pass over the range gives.
pub(crate) struct DayCards {
    pub(crate) kinds: Vec<KindCount>,
    pub(crate) mood: Mood,
    pub(crate) balance: Balance,
    pub(crate) closeness: Vec<ClosenessBucket>,
    pub(crate) shared_count: u32,
    pub(crate) closeness_avg: Option<f64>,
}

/// Sums for one kind in one bucket.
#[derive(Default)]
struct Sums {
    count: u32,
    pleasantness: i64,
    energy: i64,
    mix: QuadrantMix,
    pleasant: u32,
    closeness: i64,
    warm: u32,
}

/// The sums per kind over `scope`'s days, read from `day_facts`.
fn sums(conn: &rusqlite::Connection, scope: &Scope) -> Result<Vec<(String, Sums)>> {
    let (cond, params) = scope.conditions(&EntryKind::ALL);
    let sql = format!(
        "SELECT x.kind, sum(x.entries), sum(x.pleasantness), sum(x.energy), sum(x.q_ph), sum(x.q_pl), sum(x.q_uh),
                sum(x.q_ul), sum(x.pleasant), sum(x.closeness), sum(x.warm)
         FROM day_facts x WHERE {cond} GROUP BY x.kind"
    );
    rows(conn, &sql, &params, |r| {
        let sums = Sums {
            count: count(r.get(1)?),
            pleasantness: r.get::<_, Option<i64>>(2)?.unwrap_or(0),
            energy: r.get::<_, Option<i64>>(3)?.unwrap_or(0),
            mix: QuadrantMix {
                pleasant_high: count(r.get(4)?),
                pleasant_low: count(r.get(5)?),
                unpleasant_high: count(r.get(6)?),
                unpleasant_low: count(r.get(7)?),
            },
            pleasant: count(r.get(8)?),
            closeness: r.get::<_, Option<i64>>(9)?.unwrap_or(0),
            warm: count(r.get(10)?),
        };
        Ok((r.get::<_, String>(0)?, sums))
    })
}

pub(crate) fn read(conn: &rusqlite::Connection, scope: &Scope, step: Step) -> Result<DayCards> {
    let spans = step.buckets(scope.span);
    let mut mood: Vec<Sums> = spans.iter().map(|_| Sums::default()).collect();
    let mut balance: Vec<BalanceBucket> = spans
        .iter()
        .map(|&span| BalanceBucket {
            span,
            appreciations: 0,
            warm_moments: 0,
            pleasant_check_ins: 0,
            warm: 0,
            conflicts: 0,
        })
        .collect();
    let mut shared: Vec<(u32, i64)> = vec![(0, 0); spans.len()];
    let mut kinds: Vec<KindCount> = EntryKind::ALL.iter().map(|&kind| KindCount { kind, count: 0 }).collect();

    // One small query per bucket: each sums a few days of `day_facts`, kind by kind, straight off its key.
    for (i, span) in spans.iter().enumerate() {
        for (kind, s) in sums(conn, &scope.over(*span))? {
            let Some(kind) = EntryKind::ALL.into_iter().find(|k| k.as_str() == kind) else { continue };
            if let Some(k) = kinds.iter_mut().find(|k| k.kind == kind) {
                k.count += s.count;
            }
            match kind {
                EntryKind::CheckIn => {
                    let m = &mut mood[i];
                    m.count += s.count;
                    m.pleasantness += s.pleasantness;
                    m.energy += s.energy;
                    m.mix.add(&s.mix);
                    balance[i].pleasant_check_ins += s.pleasant;
                }
                EntryKind::Appreciation => balance[i].appreciations += s.count,
                EntryKind::SharedExperience => {
                    balance[i].warm_moments += s.warm;
                    shared[i].0 += s.count;
                    shared[i].1 += s.closeness;
                }
                EntryKind::Conflict => balance[i].conflicts += s.count,
                _ => {}
            }
        }
    }

    let mut total = Sums::default();
    let buckets: Vec<MoodBucket> = spans
        .iter()
        .zip(&mood)
        .map(|(&span, m)| {
            total.count += m.count;
            total.pleasantness += m.pleasantness;
            total.energy += m.energy;
            total.mix.add(&m.mix);
            MoodBucket {
                span,
                check_ins: m.count,
                mix: m.mix,
                pleasantness: average(m.pleasantness, m.count),
                energy: average(m.energy, m.count),
            }
        })
        .collect();
    for b in &mut balance {
        b.warm = b.appreciations + b.warm_moments + b.pleasant_check_ins;
    }
    let (shared_count, closeness_sum) = shared.iter().fold((0, 0), |(n, s), (bn, bs)| (n + bn, s + bs));
    Ok(DayCards {
        kinds,
        mood: Mood {
            check_ins: total.count,
            mix: total.mix,
            pleasantness: average(total.pleasantness, total.count),
            energy: average(total.energy, total.count),
            buckets,
        },
        balance: Balance {
            warm: balance.iter().map(|b| b.warm).sum(),
            conflicts: balance.iter().map(|b| b.conflicts).sum(),
            buckets: balance,
            note: BALANCE_NOTE.to_owned(),
        },
        closeness: spans
            .iter()
            .zip(&shared)
            .map(|(&span, &(n, sum))| ClosenessBucket { span, count: n, closeness: average(sum, n) })
            .collect(),
        shared_count,
        closeness_avg: average(closeness_sum, shared_count),
    })
}
