//! Section kinds from heading titles, shared by every format so an RFC and a W3C spec are read alike.

use crate::model::SectionKind;

/// The kind a heading title names on its own, or `None` when the title says nothing about its kind
/// (the section then inherits its parent's kind, or is `Body` at the top level).
pub fn classify_title(title: &str) -> Option<SectionKind> {
    let normalised = normalise(title);
    let t = normalised.as_str();
    if t.is_empty() {
        return None;
    }
    let starts = |prefix: &str| t.starts_with(prefix);
    let has = |needle: &str| t.contains(needle);

    // Considerations first. The topic must name the considerations ("Security and Privacy
    // Considerations"), not merely occur in the title ("Model for human rights protocol considerations").
    if has("considerations") || matches!(t, "security" | "privacy" | "iana") {
        let topics = [
            ("human rights", SectionKind::HumanRightsConsiderations),
            ("security", SectionKind::SecurityConsiderations),
            ("privacy", SectionKind::PrivacyConsiderations),
            ("iana", SectionKind::IanaConsiderations),
            (
                "internationalization",
                SectionKind::InternationalizationConsiderations,
            ),
            (
                "internationalisation",
                SectionKind::InternationalizationConsiderations,
            ),
            ("i18n", SectionKind::InternationalizationConsiderations),
            ("accessibility", SectionKind::AccessibilityConsiderations),
        ];
        let prefix = t.split(" considerations").next().unwrap_or(t).trim();
        // The words naming the considerations: the last one, or "X and Y" / "X, Y and Z" at the end.
        let named: Vec<&str> = prefix
            .rsplit(" and ")
            .take(2)
            .flat_map(|part| part.rsplit(", ").take(2))
            .collect();
        if let Some((_, kind)) = topics
            .iter()
            .filter_map(|(needle, kind)| {
                let names_it = named.iter().any(|part| {
                    part.ends_with(needle)
                        && (part.len() == needle.len()
                            || part.len() <= needle.len() + 12 && !part.contains(" protocol"))
                }) || prefix == *needle;
                names_it
                    .then(|| t.find(needle).map(|at| (at, *kind)))
                    .flatten()
            })
            .min_by_key(|(at, _)| *at)
        {
            return Some(kind);
        }
    }
    if t == "abstract" {
        return Some(SectionKind::Abstract);
    }
    if starts("introduction")
        || matches!(
            t,
            "overview" | "background" | "motivation" | "purpose" | "scope" | "preface"
        )
    {
        return Some(SectionKind::Introduction);
    }
    if starts("terminology")
        || starts("conventions")
        || starts("notational conventions")
        || starts("requirements language")
        || starts("requirements notation")
        || starts("definitions")
        || t == "glossary"
        || t == "terms"
        || t == "terms and definitions"
    {
        return Some(SectionKind::Terminology);
    }
    if has("references") || t == "bibliography" || t == "normative" || t == "informative" {
        return Some(SectionKind::References);
    }
    if starts("acknowledg") || starts("contributors") || t == "credits" || t == "thanks" {
        return Some(SectionKind::Acknowledgements);
    }
    if starts("example") || t.ends_with(" examples") || t.ends_with(" example") {
        return Some(SectionKind::Examples);
    }
    const BOILERPLATE: [&str; 16] = [
        "status of this memo",
        "status of this document",
        "status of the document",
        "copyright notice",
        "copyright statement",
        "full copyright statement",
        "table of contents",
        "contents",
        "intellectual property",
        "ipr notice",
        "index",
        "conformance",
        "editorial notes",
        "note to readers",
        "document history",
        "change log",
    ];
    if BOILERPLATE.iter().any(|b| t == *b || starts(b))
        || starts("author's address")
        || starts("authors' address")
        || starts("authors address")
        || starts("author address")
        || starts("editors' address")
        || starts("editor's address")
        || t == "authors"
        || t == "changes"
        || starts("changes since")
        || starts("changes from")
    {
        return Some(SectionKind::Boilerplate);
    }
    if starts("appendix") || starts("annex") {
        return Some(SectionKind::Appendix);
    }
    None
}

/// The kind of a section given its title, its number and its parent's kind.
pub fn section_kind(title: &str, number: Option<&str>, parent: Option<SectionKind>) -> SectionKind {
    if let Some(kind) = classify_title(title) {
        // A subsection titled just "Security" or "Privacy" (say, under Human Rights Considerations) is a
        // topic of its parent, not a considerations section of its own.
        let bare_topic = kind.is_considerations() || kind == SectionKind::IanaConsiderations;
        if bare_topic && parent.is_some() && !title.to_ascii_lowercase().contains("considerations")
        {
            return parent.unwrap_or(kind);
        }
        return kind;
    }
    if let Some(parent) = parent {
        return parent;
    }
    if number.is_some_and(is_appendix_number) {
        return SectionKind::Appendix;
    }
    SectionKind::Body
}

/// `A`, `A.1`, `Appendix B`, `Annex C.2`: numbers that mark appendices.
pub fn is_appendix_number(number: &str) -> bool {
    let number = number.trim();
    let lower = number.to_ascii_lowercase();
    if lower.starts_with("appendix") || lower.starts_with("annex") {
        return true;
    }
    // Roman numerals (`II`, `IV`) number body sections in early RFCs; a lone `V` or `X` stays a letter.
    let is_roman = number.len() >= 2 && number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    !is_roman
        && number != "I"
        && number
            .chars()
            .next()
            .is_some_and(|first| first.is_ascii_uppercase())
}

/// Lower case, without a trailing colon or period, whitespace collapsed, curly quotes made straight.
fn normalise(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    if title.is_ascii() {
        for word in title.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out.make_ascii_lowercase();
        let end = out.trim_end_matches([':', '.', ' ']).len();
        out.truncate(end);
        return out;
    }
    for word in title.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            let c = match c {
                '\u{2019}' | '\u{2018}' => '\'',
                other => other,
            };
            out.extend(c.to_lowercase());
        }
    }
    out.trim_end_matches([':', '.', ' ']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn considerations_titles() {
        assert_eq!(
            classify_title("Security Considerations"),
            Some(SectionKind::SecurityConsiderations)
        );
        assert_eq!(
            classify_title("SECURITY CONSIDERATIONS"),
            Some(SectionKind::SecurityConsiderations)
        );
        assert_eq!(
            classify_title("Privacy and Security Considerations"),
            Some(SectionKind::PrivacyConsiderations)
        );
        assert_eq!(
            classify_title("Human Rights Considerations"),
            Some(SectionKind::HumanRightsConsiderations)
        );
        assert_eq!(
            classify_title("Internationalization Considerations"),
            Some(SectionKind::InternationalizationConsiderations)
        );
        assert_eq!(
            classify_title("IANA Considerations"),
            Some(SectionKind::IanaConsiderations)
        );
        assert_eq!(
            classify_title("Security"),
            Some(SectionKind::SecurityConsiderations)
        );
    }

    #[test]
    fn boilerplate_and_references() {
        assert_eq!(
            classify_title("Status of This Memo"),
            Some(SectionKind::Boilerplate)
        );
        assert_eq!(
            classify_title("Authors\u{2019} Addresses"),
            Some(SectionKind::Boilerplate)
        );
        assert_eq!(
            classify_title("Normative References"),
            Some(SectionKind::References)
        );
        assert_eq!(
            classify_title("Acknowledgments"),
            Some(SectionKind::Acknowledgements)
        );
    }

    #[test]
    fn plain_titles_inherit() {
        assert_eq!(classify_title("Protocol Overview"), None);
        assert_eq!(
            section_kind(
                "Threats",
                Some("8.1"),
                Some(SectionKind::SecurityConsiderations)
            ),
            SectionKind::SecurityConsiderations
        );
        assert_eq!(
            section_kind("Wire Format", Some("3"), None),
            SectionKind::Body
        );
        assert_eq!(
            section_kind(
                "Security",
                Some("4.13"),
                Some(SectionKind::HumanRightsConsiderations)
            ),
            SectionKind::HumanRightsConsiderations
        );
        assert_eq!(
            section_kind("Security", Some("7"), None),
            SectionKind::SecurityConsiderations
        );
        assert_eq!(
            section_kind("Test Vectors", Some("A"), None),
            SectionKind::Appendix
        );
    }
}
