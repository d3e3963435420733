//! HTML to plain text, with a real HTML parser (html5ever's spec-following tokenizer), for imports whose entries are
//! HTML. The HTML is never rendered: scripts and styles are dropped whole, every tag is reduced to the line breaks
//! it stands for, and character references are decoded. What comes out is text, shown as text.

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};

/// Elements whose content is never text for a person: dropped whole.
const HIDDEN: &[&str] =
    &["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title"];
/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "figure",
    "details",
    "summary",
];
/// Elements that start a new line.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd"];

/// The text of an HTML fragment: paragraphs separated by a blank line, `<br>` and list items on their own lines
/// (list items marked "• "), runs of spaces collapsed, ends trimmed.
pub fn to_text(html: &str) -> String {
    let sink = Sink::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // Our sink never asks to stop for a script, so one feed reads everything.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let out = tokenizer.sink.out.take();
    out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim().to_owned()
}

#[derive(Default)]
struct Sink {
    out: RefCell<String>,
    /// How deep inside hidden elements we are.
    hidden: Cell<u32>,
}

impl Sink {
    fn text(&self, text: &str) {
        if self.hidden.get() > 0 {
            return;
        }
        let mut out = self.out.borrow_mut();
        for c in text.chars() {
            if c.is_whitespace() {
                // Collapse, as a browser would; no space at the start of a line.
                if !(out.is_empty() || out.ends_with(' ') || out.ends_with('\n')) {
                    out.push(' ');
                }
            } else if !c.is_control() {
                out.push(c);
            }
        }
    }

    fn breaks(&self, n: usize) {
        if self.hidden.get() > 0 {
            return;
        }
        let mut out = self.out.borrow_mut();
        while out.ends_with(' ') {
            out.pop();
        }
        if out.is_empty() {
            return;
        }
        let have = out.chars().rev().take_while(|c| *c == '\n').count();
        for _ in have..n {
            out.push('\n');
        }
    }

    fn tag(&self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let start = tag.kind == TagKind::StartTag;
        if HIDDEN.contains(&name) {
            if start && !tag.self_closing {
                self.hidden.set(self.hidden.get() + 1);
                // Tell the tokenizer how the element's content is written, as the tree builder would.
                return match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "iframe" | "noscript" => TokenSinkResult::RawData(RawKind::Rawtext),
                    "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                };
            }
            if !start {
                self.hidden.set(self.hidden.get().saturating_sub(1));
            }
            return TokenSinkResult::Continue;
        }
        if BLOCKS.contains(&name) {
            self.breaks(2);
        } else if LINES.contains(&name) {
            if start || name == "br" {
                self.breaks(1);
                if start && name == "li" {
                    self.text("• ");
                }
            }
        } else if name == "textarea" && start {
            return TokenSinkResult::RawData(RawKind::Rcdata);
        }
        TokenSinkResult::Continue
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::CharacterTokens(text) => self.text(&text),
            Token::TagToken(tag) => return self.tag(&tag),
            // Comments, doctypes, parse errors and NUL characters carry nothing to keep.
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn paragraphs_lines_and_lists() {
        assert_eq!(to_text("<p>One   two</p><p>Three<br>four</p>"), "One two\n\nThree\nfour");
        assert_eq!(to_text("<ul><li>tea</li><li>walk</li></ul>"), "• tea\n• walk");
        assert_eq!(to_text("<h1>Day</h1>text"), "Day\n\ntext");
    }

    #[test]
    fn scripts_and_styles_never_come_through() {
        let html = "<p>Hi</p><script>alert('<p>x</p>')</script><style>p{}</style><img src=x onerror=alert(1)>there";
        assert_eq!(to_text(html), "Hi\n\nthere");
        // A broken tag is read as the spec reads it; what is left is text, and is only ever shown as text.
        assert_eq!(to_text("<scr<script>ipt>alert(1)</script>"), "ipt>alert(1)");
    }

    #[test]
    fn entities_decode_and_markup_in_text_stays_text() {
        assert_eq!(to_text("a &lt;b&gt; &amp; &eacute; &#x1F600;"), "a <b> & é 😀");
        assert_eq!(to_text("<p dir=\"rtl\">שלום</p>"), "שלום");
        assert_eq!(to_text(""), "");
        assert_eq!(
            to_text("<p><span style=\"color: red\">red</span> <em>and</em> <strong>bold</strong></p>"),
            "red and bold"
        );
    }
}
