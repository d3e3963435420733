//! Bold and colour, only when stdout is a terminal and `NO_COLOR` is not set.

use std::io::IsTerminal;

/// Whether to decorate text.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    on: bool,
}

impl Style {
    /// Decorates when stdout is a terminal and `NO_COLOR` is unset or empty.
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style { on: std::io::stdout().is_terminal() && !no_color }
    }

    /// Never decorates.
    pub fn plain() -> Style {
        Style { on: false }
    }

    fn wrap(self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Headings.
    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }

    /// Ids, times and other quiet details.
    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }

    /// A search match.
    pub fn hit(self, text: &str) -> String {
        self.wrap("1;33", text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_when_off() {
        let s = Style { on: false };
        assert_eq!(s.hit("calm"), "calm");
        assert_eq!(Style { on: true }.hit("calm"), "\x1b[1;33mcalm\x1b[0m");
    }
}
