//! Turning what a person typed into an FTS5 MATCH expression that can never be read as FTS syntax.
//!
//! Each whitespace-separated word becomes a double-quoted string (inner quotes doubled), so operators (`OR`, `NEAR`,
//! `-`, `^`, `*`, `col:`), quotes and brackets are only ever searched as words. The words are AND-ed; the last one is
//! a prefix (`"wor"*`) so results follow the typing, unless the text ends in a space: then the word is finished, and
//! an exact term is also much cheaper for FTS5 than a prefix on a large journal. Words with no letter or digit carry
//! nothing the tokenizer would keep, and are dropped.

use crate::store::index::{HIT_END, HIT_START};

/// The MATCH expression for `text`, or None when it holds no searchable word.
pub(crate) fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.chars().filter(|&c| c != HIT_START && c != HIT_END).collect::<String>())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut expr = rest.join(" AND ");
    if !expr.is_empty() {
        expr.push_str(" AND ");
    }
    expr.push_str(last);
    if !text.ends_with(char::is_whitespace) {
        expr.push('*');
    }
    Some(expr)
}

#[cfg(test)]
mod tests {
    use super::match_expression;
    use rstest::rstest;

    #[rstest]
    #[case::one_word("cafe", Some(r#""cafe"*"#))]
    #[case::two_words("warm cafe", Some(r#""warm" AND "cafe"*"#))]
    #[case::quote_inside("say \"hi", Some(r#""say" AND """hi"*"#))]
    #[case::operator_is_a_word("a OR b", Some(r#""a" AND "OR" AND "b"*"#))]
    #[case::column_filter("col:foo", Some(r#""col:foo"*"#))]
    #[case::only_punctuation("\" * - ^ ( )", None)]
    #[case::finished_word("warm cafe ", Some(r#""warm" AND "cafe""#))]
    #[case::empty("", None)]
    #[case::markers_stripped("\u{E000}x\u{E001}", Some(r#""x"*"#))]
    fn builds_quoted_and_expressions(#[case] input: &str, #[case] expected: Option<&str>) {
        assert_eq!(match_expression(input).as_deref(), expected);
    }
}
