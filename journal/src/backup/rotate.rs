//! Rotation: which backups to keep. A pure function of the list, the counts and "now", so it is tested by itself.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Duration, Utc};

use super::{BackupInfo, Keep};

/// Backups made just before an operation (an import, a restore, a delete-all, a migration) are kept at least this
/// many days, whatever the counts say: they are the way back from that operation.
pub const KEEP_BEFORE_DAYS: i64 = 7;

/// The ids of the backups rotation removes from `backups` (one vault's, any order) as of `now`.
///
/// Kept: among the regular backups (daily and made by hand), the newest of each of the last `keep.daily` days that
/// have one, of each of the last `keep.weekly` ISO weeks, and of each of the last `keep.monthly` months (UTC); every
/// backup made before an operation in the last [`KEEP_BEFORE_DAYS`] days (so one never pushes a regular backup out,
/// nor the other way round); and always the newest backup.
pub fn to_remove(backups: &[BackupInfo], keep: Keep, now: DateTime<Utc>) -> Vec<String> {
    let mut all: Vec<&BackupInfo> = backups.iter().collect();
    all.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.id.cmp(&a.id)));
    let mut kept: HashSet<&str> = HashSet::new();
    if let Some(newest) = all.first() {
        kept.insert(&newest.id);
    }
    let sorted: Vec<&BackupInfo> = all.iter().copied().filter(|b| !b.reason.is_before_operation()).collect();
    keep_newest_per(&sorted, keep.daily, |b| b.created_at.date_naive().to_string(), &mut kept);
    keep_newest_per(
        &sorted,
        keep.weekly,
        |b| {
            let w = b.created_at.iso_week();
            format!("{}-W{}", w.year(), w.week())
        },
        &mut kept,
    );
    keep_newest_per(&sorted, keep.monthly, |b| format!("{}-{}", b.created_at.year(), b.created_at.month()), &mut kept);
    let recent = now - Duration::days(KEEP_BEFORE_DAYS);
    for b in &all {
        if b.reason.is_before_operation() && b.created_at >= recent {
            kept.insert(&b.id);
        }
    }
    all.iter().filter(|b| !kept.contains(b.id.as_str())).map(|b| b.id.clone()).collect()
}

/// Walks newest first and keeps the first backup of each new period, for `count` periods.
fn keep_newest_per<'a>(
    sorted: &[&'a BackupInfo],
    count: u32,
    period: impl Fn(&BackupInfo) -> String,
    kept: &mut HashSet<&'a str>,
) {
    let mut seen: HashSet<String> = HashSet::new();
    for b in sorted {
        if seen.len() >= count as usize {
            break;
        }
        if seen.insert(period(b)) {
            kept.insert(&b.id);
        }
    }
}
