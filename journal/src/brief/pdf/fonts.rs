//! The fonts a brief is set in, compiled into the binary (see `journal/fonts/README.md` for where they come from and
//! their licences): DejaVu Sans for Latin, Greek, Cyrillic, Hebrew, Arabic and more, and Droid Sans Fallback for the
//! Chinese, Japanese and Korean characters DejaVu lacks.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

static REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");
static FALLBACK: &[u8] = include_bytes!("../../../fonts/DroidSansFallbackFull.ttf");

/// A built-in font that can't be read: the install is damaged (the tests read every one).
pub(in crate::brief) fn broken_font(detail: String) -> crate::Error {
    crate::Error::Corrupt { what: "built-in font", detail }
}

/// Which embedded font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(in crate::brief) enum FontId {
    Regular,
    Bold,
    Fallback,
}

impl FontId {
    pub const ALL: [FontId; 3] = [FontId::Regular, FontId::Bold, FontId::Fallback];

    pub fn data(self) -> &'static [u8] {
        match self {
            FontId::Regular => REGULAR,
            FontId::Bold => BOLD,
            FontId::Fallback => FALLBACK,
        }
    }
}

/// The parsed fonts, for measuring text and choosing a font per character.
pub(in crate::brief) struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
    fallback: FontRef<'static>,
}

impl Fonts {
    /// Parses the embedded fonts. They are part of the binary and tested, so failing here is a broken build; it is
    /// still reported as an error rather than a panic.
    pub fn load() -> crate::Result<Fonts> {
        let parse = |id: FontId| FontRef::new(id.data()).map_err(|e| broken_font(format!("{id:?}: {e}")));
        Ok(Fonts { regular: parse(FontId::Regular)?, bold: parse(FontId::Bold)?, fallback: parse(FontId::Fallback)? })
    }

    fn font(&self, id: FontId) -> &FontRef<'static> {
        match id {
            FontId::Regular => &self.regular,
            FontId::Bold => &self.bold,
            FontId::Fallback => &self.fallback,
        }
    }

    /// The font to draw `ch` in: the main face when it has the character, else the fallback when that has it, else
    /// the main face (which draws its "missing" box).
    fn font_for(&self, ch: char, bold: bool) -> FontId {
        let main = if bold { FontId::Bold } else { FontId::Regular };
        if ch.is_whitespace() || self.has(main, ch) || !self.has(FontId::Fallback, ch) {
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
