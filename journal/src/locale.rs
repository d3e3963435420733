//! Which locale dates and times are shown in: the reader's, as the system says it (`LC_ALL`, then `LC_TIME`, then
//! `LANG`, the order the C library reads them), so the order of day and month and a 12- or 24-hour clock follow the
//! person's settings in the CLI and the app alike.
//!
//! Without a locale (unset, `C` or `POSIX`), Attune writes dates its own unambiguous way: the day before the month,
//! the month by name, a 24-hour clock ("Sat 21 Nov 2026, 22:50"). [`OWN_FORM`] names a locale whose formats are that
//! form, for a shell that needs one (the app's `Intl`).

/// A locale whose dates read in Attune's own form (day, month by name, year; 24-hour clock).
pub const OWN_FORM: &str = "en-GB";

/// The locale for dates and times from this process's environment, as a BCP 47 tag ("en-GB", "de-DE"); `None`
/// when none is set or it is `C` / `POSIX` (then Attune's own form).
pub fn date_locale() -> Option<String> {
    let var = |name: &str| std::env::var(name).ok();
    date_locale_from(var("LC_ALL").as_deref(), var("LC_TIME").as_deref(), var("LANG").as_deref())
}

/// [`date_locale`] from the values of `LC_ALL`, `LC_TIME` and `LANG`: the first one set and not empty wins, as in
/// the C library, so `LC_ALL=C` means Attune's own form even when `LANG` names a locale.
pub fn date_locale_from(lc_all: Option<&str>, lc_time: Option<&str>, lang: Option<&str>) -> Option<String> {
    let value = [lc_all, lc_time, lang].into_iter().flatten().find(|v| !v.is_empty())?;
    tag_of(value)
}

/// `en_GB.UTF-8`, `de_DE@euro`, `fr_FR` or `pt-BR` → `en-GB`, `de-DE`, `fr-FR`, `pt-BR`; `C`, `POSIX`, `C.UTF-8`
/// and names that aren't a language and region → `None`.
fn tag_of(value: &str) -> Option<String> {
    let name = value.split(['.', '@']).next().unwrap_or_default();
    let mut parts = name.split(['_', '-']);
    let language = parts.next().filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))?;
    match parts.next() {
        None => Some(language.to_string()),
        Some(region)
            if parts.next().is_none()
                && ((region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()))
                    || (region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()))) =>
        {
            Some(format!("{language}-{region}"))
        }
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_names_become_tags() {
        for (value, tag) in [
            ("en_GB.UTF-8", Some("en-GB")),
            ("en_US.utf8", Some("en-US")),
            ("de_DE@euro", Some("de-DE")),
            ("fr_FR", Some("fr-FR")),
            ("pt-BR", Some("pt-BR")),
            ("es_419.UTF-8", Some("es-419")),
            ("fi", Some("fi")),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("english", None),
            ("en_gb", None),
        ] {
            assert_eq!(date_locale_from(None, None, Some(value)).as_deref(), tag, "{value:?}");
        }
    }

    #[test]
    fn lc_all_then_lc_time_then_lang() {
        assert_eq!(date_locale_from(None, Some("en_GB.UTF-8"), Some("en_US.UTF-8")).as_deref(), Some("en-GB"));
        assert_eq!(date_locale_from(Some("de_DE.UTF-8"), Some("en_GB.UTF-8"), None).as_deref(), Some("de-DE"));
        assert_eq!(date_locale_from(Some("C"), None, Some("en_US.UTF-8")), None, "LC_ALL=C wins");
        assert_eq!(date_locale_from(Some(""), None, Some("en_US.UTF-8")).as_deref(), Some("en-US"), "empty is unset");
        assert_eq!(date_locale_from(None, None, None), None);
    }
}
