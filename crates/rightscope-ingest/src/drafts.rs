//! Internet-Draft revision files: `draft-<name>-NN.{txt,xml,md}`.

/// Formats a draft revision can come in, most preferred first: the XML is the source the others
/// are rendered from, then the text as submitted, then kramdown-rfc Markdown.
pub(crate) const DRAFT_EXTENSIONS: [&str; 3] = ["xml", "txt", "md"];

/// Splits a draft revision file name into document name, revision and extension
/// (`draft-iab-for-the-users-04.txt` → (`draft-iab-for-the-users`, `04`, `txt`)). Names are
/// lower-cased; anything else (`draft.md`, `draft-foo.txt`) is `None`.
pub(crate) fn parse_draft_file_name(file_name: &str) -> Option<(String, String, String)> {
    let lower = file_name.to_ascii_lowercase();
    let (stem, extension) = lower.rsplit_once('.')?;
    if !DRAFT_EXTENSIONS.contains(&extension) {
        return None;
    }
    let (name, rev) = stem.rsplit_once('-')?;
    let valid_name = name.starts_with("draft-")
        && name.len() > "draft-".len()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && !name.ends_with('-');
    (valid_name && rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (name.to_string(), rev.to_string(), extension.to_string()))
}

/// The preference rank of an extension (lower is preferred).
pub(crate) fn preference(extension: &str) -> usize {
    DRAFT_EXTENSIONS
        .iter()
        .position(|known| *known == extension)
        .unwrap_or(DRAFT_EXTENSIONS.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_draft_file_names() {
        assert_eq!(
            parse_draft_file_name("draft-iab-for-the-users-04.txt"),
            Some((
                "draft-iab-for-the-users".to_string(),
                "04".to_string(),
                "txt".to_string()
            ))
        );
        assert_eq!(parse_draft_file_name("draft.md"), None);
        assert_eq!(parse_draft_file_name("draft-foo.txt"), None);
        assert_eq!(parse_draft_file_name("draft-foo-1.txt"), None);
        assert_eq!(parse_draft_file_name("draft-foo-01.pdf"), None);
        assert_eq!(preference("xml"), 0);
    }
}
