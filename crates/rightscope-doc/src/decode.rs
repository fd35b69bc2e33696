//! Bytes to text without losing data: UTF-8 when valid, otherwise Windows-1252 (a superset of Latin-1,
//! which older RFCs and mail use) with a warning.

use std::borrow::Cow;

use crate::detect::strip_bom;
use crate::model::Warning;

/// Decodes `bytes` (a UTF-8 BOM is dropped); the warning says when the input was not UTF-8.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<Warning>) {
    let bytes = strip_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(error) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            let warning = Warning {
                message: format!(
                    "not valid UTF-8 (first bad byte at offset {}); read as Windows-1252",
                    error.valid_up_to()
                ),
            };
            (Cow::Owned(text.into_owned()), Some(warning))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_borrowed() {
        let (text, warning) = decode(b"\xEF\xBB\xBFhello");
        assert_eq!(text, "hello");
        assert!(matches!(text, Cow::Borrowed(_)));
        assert!(warning.is_none());
    }

    #[test]
    fn latin1_is_decoded_with_a_warning() {
        let (text, warning) = decode(b"caf\xe9 ok");
        assert_eq!(text, "café ok");
        assert!(warning.is_some_and(|w| w.message.contains("offset 3")));
    }
}
