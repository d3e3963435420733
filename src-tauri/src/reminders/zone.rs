//! The local time zone, read afresh each time so a move to another zone is noticed while Attune runs.

use chrono_tz::Tz;

/// The system's IANA zone: `TZ` when it names one (e.g. `Europe/Paris` or `:Europe/Paris`), else the OS setting, else
/// UTC.
pub fn local() -> Tz {
    from_tz_var(std::env::var("TZ").ok().as_deref())
        .or_else(|| iana_time_zone::get_timezone().ok().and_then(|name| name.parse().ok()))
        .unwrap_or(Tz::UTC)
}

fn from_tz_var(value: Option<&str>) -> Option<Tz> {
    value.map(|v| v.trim_start_matches(':')).filter(|v| !v.is_empty()).and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tz_variable_naming_a_zone_wins() {
        assert_eq!(from_tz_var(Some("Europe/Paris")), Some(chrono_tz::Europe::Paris));
        assert_eq!(from_tz_var(Some(":Asia/Tokyo")), Some(chrono_tz::Asia::Tokyo));
        assert_eq!(from_tz_var(Some("CET-1CEST")), None, "POSIX rules fall back to the OS setting");
        assert_eq!(from_tz_var(Some("")), None);
        assert_eq!(from_tz_var(None), None);
    }
}
