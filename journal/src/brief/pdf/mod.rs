//! The brief as a PDF, made with krilla: A4 pages, the fonts embedded and subset to the characters used (so the text can
//! be searched and copied, and reads back with tools like `pdftotext`), and "Page N of M" at the foot of each page.

mod fonts;
mod layout;

use std::collections::HashMap;

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};
use krilla::Document;

use self::fonts::{broken_font, embeddable, FallbackFile, FontId, Fonts};
use self::layout::{Layout, Run, Style, FOOTER, FOOTER_BASELINE, PAGE_HEIGHT, PAGE_WIDTH};
use super::Brief;
use crate::Result;

pub(super) fn render(brief: &Brief) -> Result<Vec<u8>> {
    let fallback = FallbackFile::find();
    let fonts = Fonts::load(fallback.as_ref())?;
    let pages = Layout::new(&fonts).brief(brief);
    let mut pdf_fonts = HashMap::new();
    for id in [FontId::Regular, FontId::Bold, FontId::Fallback] {
        let Some((data, index)) = embeddable(id, fallback.as_ref()) else { continue };
        let font = Font::new(data, index).ok_or_else(|| broken_font(format!("{id:?} can't be embedded")))?;
        pdf_fonts.insert(id, font);
    }
    let total = pages.len();
    let mut document = Document::new();
    // Only what any brief would say: no names, no dates, nothing from the entries.
    document.set_metadata(Metadata::new().title(brief.title.clone()).creator("Attune".into()));
    for (n, runs) in pages.iter().enumerate() {
        let mut page = document.start_page_with(PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).unwrap_or_default());
        let mut surface = page.surface();
        for run in runs {
            draw(&mut surface, &pdf_fonts, run);
        }
        let footer = format!("Page {} of {total}", n + 1);
        let width = fonts.text_width(&footer, false, FOOTER.size);
        for (font, text) in fonts.runs(&footer, false) {
            let run = Run { x: (PAGE_WIDTH - width) / 2.0, y: FOOTER_BASELINE, font, style: FOOTER, text };
            draw(&mut surface, &pdf_fonts, &run);
        }
        surface.finish();
        page.finish();
    }
    const { assert!(FOOTER_BASELINE < PAGE_HEIGHT) };
    // With no export standard chosen, krilla fails only over a font it can't embed.
    document.finish().map_err(|e| broken_font(format!("{e:?}")))
}

fn draw(surface: &mut krilla::surface::Surface<'_>, fonts: &HashMap<FontId, Font>, run: &Run) {
    let Some(font) = fonts.get(&run.font) else { return };
    surface.set_fill(Some(fill(run.style)));
    surface.draw_text(
        Point::from_xy(run.x, run.y),
        font.clone(),
        run.style.size,
        &run.text,
        false,
        TextDirection::Auto,
    );
}

fn fill(style: Style) -> Fill {
    Fill { paint: rgb::Color::new(style.grey, style.grey, style.grey).into(), ..Fill::default() }
}
