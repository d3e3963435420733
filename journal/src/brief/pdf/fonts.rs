//! The fonts a brief is set in. DejaVu Sans (regular and bold, subset to the European, Hebrew and Arabic scripts;
//! see `journal/fonts/README.md`) is compiled into the binary. For Chinese, Japanese and Korean, whose fonts run to
//! megabytes, the brief uses a font the system already has (the first of [`SYSTEM_FALLBACKS`] found); without one,
//! those characters show as the font's "missing" box. The PDF embeds each font it uses, subset to its characters.

use std::path::Path;
use std::sync::Arc;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

static REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");

/// Where Linux distributions install a font with Chinese, Japanese and Korean characters (file, face in the file),
/// in the order they are tried. Debian and Ubuntu: `fonts-droid-fallback`, `fonts-noto-cjk`, `fonts-wqy-microhei`;
/// Fedora: `google-droid-sans-fonts`, `google-noto-sans-cjk-fonts`; Arch: `noto-fonts-cjk`.
pub(in crate::brief) const SYSTEM_FALLBACKS: &[(&str, u32)] = &[
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
];

/// A built-in font that can't be read: the install is damaged (the tests read every one).
pub(in crate::brief) fn broken_font(detail: String) -> crate::Error {
    crate::Error::Corrupt { what: "built-in font", detail }
}

/// Which font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(in crate::brief) enum FontId {
    Regular,
    Bold,
    Fallback,
}

/// The fallback font's file, read from the system once per brief.
pub(in crate::brief) struct FallbackFile {
    data: Arc<Vec<u8>>,
    index: u32,
}

impl FallbackFile {
    /// The first of [`SYSTEM_FALLBACKS`] that can be read and parsed, if any.
    pub fn find() -> Option<FallbackFile> {
        SYSTEM_FALLBACKS.iter().find_map(|(path, index)| {
            let data = std::fs::read(Path::new(path)).ok()?;
            FontRef::from_index(&data, *index).ok()?;
            Some(FallbackFile { data: Arc::new(data), index: *index })
        })
    }
}

/// A font's bytes and face index, as krilla embeds it.
pub(in crate::brief) fn embeddable(id: FontId, fallback: Option<&FallbackFile>) -> Option<(krilla::Data, u32)> {
    match id {
        FontId::Regular => Some((REGULAR.into(), 0)),
        FontId::Bold => Some((BOLD.into(), 0)),
        FontId::Fallback => fallback.map(|f| (f.data.clone().into(), f.index)),
    }
}

/// The parsed fonts, for measuring text and choosing a font per character.
pub(in crate::brief) struct Fonts<'a> {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
    fallback: Option<FontRef<'a>>,
}

impl<'a> Fonts<'a> {
    /// Parses the built-in fonts and the system's fallback, if one was found. The built-in ones are part of the
    /// binary and tested, so failing here is a broken build; it is still reported as an error rather than a panic.
    pub fn load(fallback: Option<&'a FallbackFile>) -> crate::Result<Fonts<'a>> {
        let parse =
            |id: FontId, data: &'static [u8]| FontRef::new(data).map_err(|e| broken_font(format!("{id:?}: {e}")));
        Ok(Fonts {
            regular: parse(FontId::Regular, REGULAR)?,
            bold: parse(FontId::Bold, BOLD)?,
            fallback: fallback.and_then(|f| FontRef::from_index(&f.data, f.index).ok()),
        })
    }

    fn font(&self, id: FontId) -> &FontRef<'a> {
        match (id, &self.fallback) {
            (FontId::Fallback, Some(fallback)) => fallback,
            (FontId::Bold, _) => &self.bold,
            _ => &self.regular,
        }
    }

    /// The font to draw `ch` in: the main face when it has the character, else the fallback when there is one and
    /// it has it, else the main face (which draws its "missing" box).
    pub fn font_for(&self, ch: char, bold: bool) -> FontId {
        let main = if bold { FontId::Bold } else { FontId::Regular };
        if ch.is_whitespace() || self.has(main, ch) || self.fallback.is_none() || !self.has(FontId::Fallback, ch) {
            main
        } else {
            FontId::Fallback
        }
    }

    fn has(&self, id: FontId, ch: char) -> bool {
        self.font(id).charmap().map(ch).is_some_and(|g| g.to_u32() != 0)
    }

    /// Splits `text` into runs that each use one font.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<(FontId, String)> {
        let mut out: Vec<(FontId, String)> = Vec::new();
        for ch in text.chars() {
            let id = self.font_for(ch, bold);
            match out.last_mut() {
                Some((last, run)) if *last == id => run.push(ch),
                _ => out.push((id, ch.to_string())),
            }
        }
        out
    }

    /// The width of `text` drawn in font `id` at `size` points (advance widths, no kerning).
    pub fn width(&self, text: &str, id: FontId, size: f32) -> f32 {
        let font = self.font(id);
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars().map(|ch| charmap.map(ch).and_then(|g| metrics.advance_width(g)).unwrap_or(size * 0.6)).sum()
    }

    /// The width of `text` as it will be drawn, font by font.
    pub fn text_width(&self, text: &str, bold: bool, size: f32) -> f32 {
        self.runs(text, bold).iter().map(|(id, run)| self.width(run, *id, size)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_fonts_cover_accents_and_european_scripts() {
        let fonts = Fonts::load(None).unwrap();
        for ch in ['é', 'ñ', 'ß', 'Ł', 'ő', 'ş', 'Ж', 'λ', 'ש', 'ع', 'Ա', 'ა', 'ệ', '€', '’', '·'] {
            for bold in [false, true] {
                let main = if bold { FontId::Bold } else { FontId::Regular };
                assert!(fonts.has(main, ch), "{ch} missing from {main:?}");
            }
        }
    }

    // `make deps` installs fonts-droid-fallback, so the test machine has a fallback; people without one get boxes.
    #[test]
    fn chinese_japanese_and_korean_come_from_the_systems_fallback_font() {
        let file = FallbackFile::find().expect("no CJK font found: run `make deps` (fonts-droid-fallback)");
        let fonts = Fonts::load(Some(&file)).unwrap();
        for ch in ['你', '好', 'の', 'ア'] {
            assert_eq!(fonts.font_for(ch, false), FontId::Fallback, "{ch}");
            assert_eq!(fonts.font_for(ch, true), FontId::Fallback, "{ch}");
        }
        assert_eq!(fonts.font_for('a', true), FontId::Bold);
        let without = Fonts::load(None).unwrap();
        assert_eq!(without.font_for('你', false), FontId::Regular, "no fallback: the main face draws its box");
    }
}
