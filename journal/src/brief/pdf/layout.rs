//! Lays a brief out on A4 pages: wraps text to the page width by measuring each glyph, moves to a new page when one
//! fills, and picks for each character a font that has it. Pure: the result is a list of positioned text runs,
//! which `mod.rs` draws.

use super::fonts::{FontId, Fonts};
use crate::brief::Brief;

/// A4, in PDF points.
pub(super) const PAGE_WIDTH: f32 = 595.28;
pub(super) const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_X: f32 = 62.0;
const MARGIN_TOP: f32 = 64.0;
/// Text stops this far above the bottom edge; the page number sits below.
const MARGIN_BOTTOM: f32 = 72.0;
pub(super) const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 40.0;

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub size: f32,
    pub bold: bool,
    /// Grey (0 = black).
    pub grey: u8,
    /// Space before the block, in points.
    pub before: f32,
}

const TITLE: Style = Style { size: 20.0, bold: true, grey: 0, before: 0.0 };
const COVER: Style = Style { size: 10.5, bold: false, grey: 90, before: 6.0 };
const SECTION: Style = Style { size: 15.0, bold: true, grey: 0, before: 20.0 };
const ENTRY: Style = Style { size: 11.5, bold: true, grey: 0, before: 14.0 };
const LABEL: Style = Style { size: 9.5, bold: true, grey: 70, before: 6.0 };
const BODY: Style = Style { size: 10.5, bold: false, grey: 0, before: 2.0 };
pub(super) const FOOTER: Style = Style { size: 9.0, bold: false, grey: 110, before: 0.0 };

/// Text in one font at one position (its baseline's left end), top-down coordinates.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Run {
    pub x: f32,
    pub y: f32,
    pub font: FontId,
    pub style: Style,
    pub text: String,
}

/// Pages of runs, in order.
pub(super) struct Layout<'f> {
    fonts: &'f Fonts<'f>,
    pub pages: Vec<Vec<Run>>,
    /// The baseline of the last line placed on the current page (the top margin on a fresh page).
    y: f32,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f Fonts<'f>) -> Self {
        Layout { fonts, pages: vec![Vec::new()], y: MARGIN_TOP }
    }

    /// Lays out the whole brief.
    pub fn brief(mut self, brief: &Brief) -> Vec<Vec<Run>> {
        self.block(&brief.title, TITLE);
        self.block(&format!("{} · {}", brief.cover_line, super::super::markdown::entries(brief.entry_count)), COVER);
        if !brief.talk_about.is_empty() {
            self.block("What I want to talk about", SECTION);
            self.block(&brief.talk_about, BODY);
        }
        for group in &brief.groups {
            // A kind's heading stays with its first entry's heading and first lines.
            self.heading(
                &format!("{} ({})", group.heading, group.entries.len()),
                SECTION,
                ENTRY.before + line_height(ENTRY),
            );
            for e in &group.entries {
                let with =
                    if e.people.is_empty() { String::new() } else { format!(" · with {}", e.people.join(", ")) };
                self.heading(&format!("{}{with}", e.when), ENTRY, 0.0);
                for f in &e.fields {
                    if f.long {
                        self.heading(&f.label, LABEL, 0.0);
                        self.block(&f.text, BODY);
                    } else {
                        self.block(&format!("{}: {}", f.label, f.text), BODY);
                    }
                }
            }
        }
        self.pages
    }

    /// A heading: moved to the next page when it, `follow` points of what comes right after it, and two lines of
    /// text would not fit at the bottom of this one.
    fn heading(&mut self, text: &str, style: Style, follow: f32) {
        let keep_with_next = style.before + line_height(style) * 2.0 + follow + line_height(BODY) * 2.0;
        if self.y + keep_with_next > PAGE_HEIGHT - MARGIN_BOTTOM {
            self.new_page();
        }
        self.block(text, style);
    }

    /// A block of text: each paragraph wrapped to the page width.
    fn block(&mut self, text: &str, style: Style) {
        if !self.page().is_empty() {
            self.y += style.before;
        }
        let width = PAGE_WIDTH - 2.0 * MARGIN_X;
        for paragraph in text.split('\n') {
            let lines = self.wrap(paragraph.trim_end(), style, width);
            for line in lines {
                self.line(&line, style);
            }
        }
    }

    /// Places one line below the last one, starting a new page when this one is full.
    fn line(&mut self, text: &str, style: Style) {
        let step = line_height(style);
        if self.y + step > PAGE_HEIGHT - MARGIN_BOTTOM {
            self.new_page();
        }
        self.y += step;
        let mut x = MARGIN_X;
        let y = self.y;
        for (font, run) in self.fonts.runs(text, style.bold) {
            let w = self.fonts.width(&run, font, style.size);
            if let Some(page) = self.pages.last_mut() {
                page.push(Run { x, y, font, style, text: run });
            }
            x += w;
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    fn page(&self) -> &[Run] {
        self.pages.last().map(Vec::as_slice).unwrap_or_default()
    }

    /// Greedy line breaking at spaces; a word wider than the line (a long link, or text in a script written
    /// without spaces) is broken between characters.
    fn wrap(&self, paragraph: &str, style: Style, width: f32) -> Vec<String> {
        let measure = |s: &str| self.fonts.text_width(s, style.bold, style.size);
        let mut lines = Vec::new();
        let mut current = String::new();
        for word in paragraph.split(' ') {
            let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
            if measure(&candidate) <= width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if measure(word) <= width {
                current = word.to_string();
                continue;
            }
            for ch in word.chars() {
                let mut next = current.clone();
                next.push(ch);
                if measure(&next) > width && !current.is_empty() {
                    lines.push(std::mem::replace(&mut current, ch.to_string()));
                } else {
                    current = next;
                }
            }
        }
        lines.push(current);
        lines
    }
}

pub(super) fn line_height(style: Style) -> f32 {
    style.size * 1.45
}
