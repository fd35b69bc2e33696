//! Text from documents and input files shown to people: which characters must not reach a terminal or
//! a page raw, and how a value is quoted in an error message.

/// C0 and C1 controls (ESC, BEL, NUL …) and the bidirectional formatting characters that reorder
/// what a reader sees.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every [`is_unsafe_char`] written `\u{..}`, cut after `max` characters (with `…`), for
/// quoting an input value in an error message.
pub fn escaped(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().take(max) {
        if is_unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_long_values_cut() {
        assert_eq!(escaped("a\u{1b}[1m\u{202E}b", 40), "a\\u{1b}[1m\\u{202e}b");
        assert_eq!(escaped(&"x".repeat(50), 40), format!("{}…", "x".repeat(40)));
        assert!(!is_unsafe_char('é') && !is_unsafe_char('ع'));
    }
}
