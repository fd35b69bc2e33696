//! Gets RFC XML ready for roxmltree without ever loading a file: declares the bundled xml2rfc
//! entities a document uses, blanks parameter-entity references, and refuses entity expansion that
//! would blow up before the parser starts expanding.

use std::collections::{HashMap, HashSet};

use memchr::{memchr, memmem};

use super::entities;

/// Most text internal entities may expand to, summed over every reference in the document.
const MAX_EXPANSION: u64 = 16 * 1024 * 1024;
/// Most entity declarations a DTD subset may hold; real drafts declare a few dozen.
const MAX_DECLARATIONS: usize = 10_000;
/// roxmltree looks entities up linearly; bounds declarations × references so lookups stay fast.
const MAX_LOOKUP_WORK: u64 = 200_000_000;
/// How deep entity references may nest inside entity values; roxmltree refuses past 10 as well.
const MAX_NESTING: usize = 12;
/// Most attributes on one element; roxmltree checks duplicates pairwise, so many would be slow.
const MAX_ATTRIBUTES: usize = 1_000;

/// An entity declared with `SYSTEM` or `PUBLIC`: replaced by nothing, never fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExternalEntity {
    /// Entity name, without `&` and `;`.
    pub name: String,
    /// The system identifier (URL or path) it names.
    pub uri: String,
    /// Whether the document refers to it.
    pub referenced: bool,
}

/// The text handed to roxmltree, with what was changed to get there.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Text for roxmltree: the original plus, at one place, a newline-free run of declarations.
    pub text: String,
    /// Byte offset in the original text where the declarations were inserted.
    pub inserted_at: usize,
    /// Length in bytes of the inserted run (0 when nothing was inserted).
    pub inserted_len: usize,
    /// External entities the DTD declares.
    pub external: Vec<ExternalEntity>,
    /// Parameter-entity references (`%name;`) blanked out of the DTD subset.
    pub parameter_refs: Vec<String>,
}

impl Prepared {
    /// Offset in the original text of an offset in the prepared text.
    pub fn original_offset(&self, offset: usize) -> usize {
        let end = self.inserted_at + self.inserted_len;
        if offset >= end {
            offset - self.inserted_len
        } else if offset >= self.inserted_at {
            self.inserted_at
        } else {
            offset
        }
    }
}

/// Why a document was refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal(pub String);

#[derive(Debug)]
enum EntityValue {
    Internal(std::ops::Range<usize>),
    External,
}

#[derive(Debug)]
struct Declaration<'a> {
    name: &'a str,
    parameter: bool,
    value: EntityValue,
    uri: &'a str,
}

/// Where the DOCTYPE is and what its internal subset declares.
#[derive(Debug, Default)]
struct Prolog<'a> {
    /// Where a new DOCTYPE would go when there is none.
    misc_end: usize,
    /// Byte just after `[` of the internal subset.
    subset_start: Option<usize>,
    /// The `>` of a DOCTYPE without an internal subset.
    doctype_close: Option<usize>,
    /// End of the DOCTYPE (start of the document body), when it could be found.
    body_start: usize,
    declarations: Vec<Declaration<'a>>,
    parameter_refs: Vec<std::ops::Range<usize>>,
}

/// Prepares `text` for roxmltree or refuses it.
pub(crate) fn prepare(text: &str) -> Result<Prepared, Refusal> {
    let prolog = scan_prolog(text);
    if prolog.declarations.len() > MAX_DECLARATIONS {
        return Err(Refusal(format!(
            "the DTD declares {} entities, more than the {MAX_DECLARATIONS} accepted",
            prolog.declarations.len()
        )));
    }

    let refs = scan_references(text, prolog.body_start);
    let declared: HashSet<&str> = prolog.declarations.iter().map(|d| d.name).collect();
    let mut needed: Vec<(&str, String)> = refs
        .all
        .iter()
        .filter(|name| !declared.contains(*name))
        .filter_map(|name| entities::declaration_value(name).map(|value| (*name, value)))
        .collect();
    needed.sort_unstable();

    let lookups = (prolog.declarations.len() + needed.len()) as u64;
    if lookups.saturating_mul(refs.body_total) > MAX_LOOKUP_WORK {
        return Err(Refusal(format!(
            "{} entity references against {lookups} declared entities is too much work to expand",
            refs.body_total
        )));
    }
    check_expansion(text, &prolog, &refs.body)?;
    check_attributes(text, prolog.body_start)?;

    let mut decls = String::new();
    for (name, value) in &needed {
        decls.push_str(&format!("<!ENTITY {name} \"{value}\">"));
    }
    let (inserted_at, insertion) = if decls.is_empty() {
        (prolog.misc_end, String::new())
    } else if let Some(at) = prolog.subset_start {
        (at, decls)
    } else if let Some(at) = prolog.doctype_close {
        (at, format!(" [{decls}]"))
    } else {
        (prolog.misc_end, format!("<!DOCTYPE rfc [{decls}]>"))
    };

    let mut prepared = String::with_capacity(text.len() + insertion.len());
    let mut cursor = 0;
    let mut insert_pending = !insertion.is_empty();
    for range in &prolog.parameter_refs {
        if insert_pending && inserted_at <= range.start {
            prepared.push_str(text.get(cursor..inserted_at).unwrap_or(""));
            prepared.push_str(&insertion);
            cursor = inserted_at;
            insert_pending = false;
        }
        prepared.push_str(text.get(cursor..range.start).unwrap_or(""));
        prepared.extend(std::iter::repeat_n(' ', range.len()));
        cursor = range.end;
    }
    if insert_pending {
        prepared.push_str(text.get(cursor..inserted_at).unwrap_or(""));
        prepared.push_str(&insertion);
        cursor = inserted_at;
    }
    prepared.push_str(text.get(cursor..).unwrap_or(""));

    let external = prolog
        .declarations
        .iter()
        .filter(|d| matches!(d.value, EntityValue::External) && !d.parameter)
        .map(|d| ExternalEntity {
            name: d.name.to_string(),
            uri: d.uri.to_string(),
            referenced: refs.all.contains(d.name),
        })
        .collect();
    let parameter_refs = prolog
        .parameter_refs
        .iter()
        .filter_map(|r| text.get(r.clone()).map(str::to_string))
        .collect();
    Ok(Prepared {
        text: prepared,
        inserted_at,
        inserted_len: insertion.len(),
        external,
        parameter_refs,
    })
}

/// Named entity references found in the text.
#[derive(Debug, Default)]
struct References<'a> {
    /// Every name referenced anywhere (DTD included).
    all: HashSet<&'a str>,
    /// References in the document body, by name, with their count.
    body: HashMap<&'a str, u64>,
    /// Number of named references in the body.
    body_total: u64,
}

fn scan_references(text: &str, body_start: usize) -> References<'_> {
    let mut refs = References::default();
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'&', bytes) {
        let Some(name) = reference_name(text, at) else {
            continue;
        };
        if matches!(name, "amp" | "lt" | "gt" | "quot" | "apos") {
            continue;
        }
        refs.all.insert(name);
        if at >= body_start {
            *refs.body.entry(name).or_insert(0) += 1;
            refs.body_total += 1;
        }
    }
    refs
}

/// The name of an entity reference `&name;` starting at byte `at`, if one does.
fn reference_name(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at + 1..)?;
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_name_char(c))
        .map_or(rest.len(), |(i, _)| i);
    let name = rest.get(..end)?;
    let first = name.chars().next()?;
    if !(first.is_alphabetic() || first == '_' || first == ':') {
        return None;
    }
    rest.get(end..)?.starts_with(';').then_some(name)
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.') || u32::from(c) >= 0x80
}

/// Refuses documents whose internal entities would expand to more than `MAX_EXPANSION` bytes.
fn check_expansion(
    text: &str,
    prolog: &Prolog<'_>,
    body: &HashMap<&str, u64>,
) -> Result<(), Refusal> {
    let mut values: HashMap<&str, &str> = HashMap::new();
    for decl in &prolog.declarations {
        // roxmltree keeps parameter and general entities in one list and uses the first declaration
        // of a name, so `&name;` can expand a parameter entity's value too.
        if let EntityValue::Internal(range) = &decl.value {
            values
                .entry(decl.name)
                .or_insert_with(|| text.get(range.clone()).unwrap_or(""));
        }
    }
    if values.is_empty() {
        return Ok(());
    }
    let mut sizes = Sizes {
        values: &values,
        memo: HashMap::new(),
        in_progress: HashSet::new(),
    };
    let mut total: u64 = 0;
    for (name, count) in body {
        let size = sizes.expansion(name, 0);
        total = total.saturating_add(size.saturating_mul(*count));
        if total > MAX_EXPANSION {
            return Err(Refusal(format!(
                "entities declared in the DTD would expand to more than {} MiB of text (an entity \
                 expansion attack such as \"billion laughs\"?)",
                MAX_EXPANSION / (1024 * 1024)
            )));
        }
    }
    Ok(())
}

struct Sizes<'v, 'a> {
    values: &'v HashMap<&'a str, &'a str>,
    memo: HashMap<&'a str, u64>,
    in_progress: HashSet<&'a str>,
}

impl<'a> Sizes<'_, 'a> {
    /// Bytes `&name;` expands to; a loop or deep nesting counts as unbounded.
    fn expansion(&mut self, name: &'a str, depth: usize) -> u64 {
        if let Some(&size) = self.memo.get(name) {
            return size;
        }
        let Some(&value) = self.values.get(name) else {
            // Bundled or external (empty) or unknown (an error later): a character at most.
            return 4;
        };
        if depth > MAX_NESTING || !self.in_progress.insert(name) {
            return u64::MAX;
        }
        let mut size = value.len() as u64;
        for at in memchr::memchr_iter(b'&', value.as_bytes()) {
            if let Some(inner) = reference_name(value, at) {
                size = size.saturating_add(self.expansion(inner, depth + 1));
            }
        }
        self.in_progress.remove(name);
        self.memo.insert(name, size);
        size
    }
}

/// Refuses an element with more than `MAX_ATTRIBUTES` attributes (counted as `=` inside its tag).
fn check_attributes(text: &str, body_start: usize) -> Result<(), Refusal> {
    let s = text.as_bytes();
    let mut i = body_start;
    while let Some(open) = s.get(i..).and_then(|rest| memchr(b'<', rest)) {
        i += open;
        let rest = s.get(i..).unwrap_or(&[]);
        let skip_to = if rest.starts_with(b"<!--") {
            Some((4, &b"-->"[..]))
        } else if rest.starts_with(b"<![CDATA[") {
            Some((9, &b"]]>"[..]))
        } else if rest.starts_with(b"<?") {
            Some((2, &b"?>"[..]))
        } else {
            None
        };
        if let Some((len, end)) = skip_to {
            match find(s, i + len, end) {
                Some(e) => {
                    i = e + end.len();
                    continue;
                }
                None => return Ok(()),
            }
        }
        let mut attributes = 0usize;
        i += 1;
        while let Some(&c) = s.get(i) {
            match c {
                b'"' | b'\'' => match memchr(c, s.get(i + 1..).unwrap_or(&[])) {
                    Some(q) => i += q + 2,
                    None => return Ok(()),
                },
                b'=' => {
                    attributes += 1;
                    if attributes > MAX_ATTRIBUTES {
                        return Err(Refusal(format!(
                            "an element has more than {MAX_ATTRIBUTES} attributes"
                        )));
                    }
                    i += 1;
                }
                b'>' | b'<' => break,
                _ => i += 1,
            }
        }
    }
    Ok(())
}

fn scan_prolog(text: &str) -> Prolog<'_> {
    let s = text.as_bytes();
    let mut prolog = Prolog::default();
    let mut pos = 0;
    if s.starts_with(b"<?xml") && s.get(5).is_some_and(u8::is_ascii_whitespace) {
        match find(s, pos, b"?>") {
            Some(end) => pos = end + 2,
            None => return prolog,
        }
    }
    loop {
        pos = skip_ws(s, pos);
        let rest = s.get(pos..).unwrap_or(&[]);
        let end = if rest.starts_with(b"<!--") {
            find(s, pos + 4, b"-->").map(|e| e + 3)
        } else if rest.starts_with(b"<?") {
            find(s, pos + 2, b"?>").map(|e| e + 2)
        } else {
            break;
        };
        match end {
            Some(end) => pos = end,
            None => break,
        }
    }
    prolog.misc_end = pos;
    prolog.body_start = pos;
    if !s.get(pos..).unwrap_or(&[]).starts_with(b"<!DOCTYPE") {
        return prolog;
    }
    let mut i = pos + 9;
    while let Some(&c) = s.get(i) {
        match c {
            b'"' | b'\'' => match memchr(c, s.get(i + 1..).unwrap_or(&[])) {
                Some(q) => i += q + 2,
                None => return prolog,
            },
            b'[' => {
                prolog.subset_start = Some(i + 1);
                scan_subset(text, i + 1, &mut prolog);
                return prolog;
            }
            b'>' => {
                prolog.doctype_close = Some(i);
                prolog.body_start = i + 1;
                return prolog;
            }
            _ => i += 1,
        }
    }
    prolog
}

fn scan_subset<'a>(text: &'a str, start: usize, prolog: &mut Prolog<'a>) {
    let s = text.as_bytes();
    let mut i = start;
    loop {
        i = skip_ws(s, i);
        let Some(&c) = s.get(i) else {
            return;
        };
        let rest = s.get(i..).unwrap_or(&[]);
        let next = if rest.starts_with(b"<!--") {
            find(s, i + 4, b"-->").map(|e| e + 3)
        } else if rest.starts_with(b"<?") {
            find(s, i + 2, b"?>").map(|e| e + 2)
        } else if rest.starts_with(b"<!ENTITY") {
            entity_declaration(text, i, prolog)
        } else if rest.starts_with(b"<!") {
            declaration_end(s, i + 2)
        } else if c == b'%' {
            let name_end = text
                .get(i + 1..)
                .and_then(|r| r.char_indices().find(|&(_, c)| !is_name_char(c)))
                .map(|(k, _)| i + 1 + k);
            match name_end {
                Some(e) if e > i + 1 && s.get(e) == Some(&b';') => {
                    prolog.parameter_refs.push(i..e + 1);
                    Some(e + 1)
                }
                _ => Some(i + 1),
            }
        } else if c == b']' {
            // `]` S? `>` ends the DOCTYPE.
            let close = skip_ws(s, i + 1);
            prolog.body_start = if s.get(close) == Some(&b'>') {
                close + 1
            } else {
                i
            };
            return;
        } else {
            Some(i + 1)
        };
        match next {
            Some(n) if n > i => i = n,
            _ => return,
        }
    }
}

/// Parses `<!ENTITY …>` at `at`, records it, and returns the offset after it.
fn entity_declaration<'a>(text: &'a str, at: usize, prolog: &mut Prolog<'a>) -> Option<usize> {
    let s = text.as_bytes();
    let mut i = skip_ws(s, at + 8);
    let parameter = s.get(i) == Some(&b'%');
    if parameter {
        i = skip_ws(s, i + 1);
    }
    let name_start = i;
    while s
        .get(i)
        .is_some_and(|&c| !c.is_ascii_whitespace() && !matches!(c, b'"' | b'\'' | b'>'))
    {
        i += 1;
    }
    let name = text.get(name_start..i)?;
    i = skip_ws(s, i);
    let rest = s.get(i..)?;
    let mut uri = "";
    let value = match rest.first()? {
        &q @ (b'"' | b'\'') => {
            let close = i + 1 + memchr(q, s.get(i + 1..)?)?;
            let range = i + 1..close;
            i = close + 1;
            EntityValue::Internal(range)
        }
        _ if rest.starts_with(b"SYSTEM") || rest.starts_with(b"PUBLIC") => {
            let public = rest.starts_with(b"PUBLIC");
            i += 6;
            let literals = if public { 2 } else { 1 };
            for _ in 0..literals {
                i = skip_ws(s, i);
                let q = *s.get(i)?;
                if q != b'"' && q != b'\'' {
                    break;
                }
                let close = i + 1 + memchr(q, s.get(i + 1..)?)?;
                uri = text.get(i + 1..close)?;
                i = close + 1;
            }
            EntityValue::External
        }
        _ => return declaration_end(s, i),
    };
    if !name.is_empty() {
        prolog.declarations.push(Declaration {
            name,
            parameter,
            value,
            uri,
        });
    }
    declaration_end(s, i)
}

/// Offset after the `>` closing a markup declaration, skipping quoted literals.
fn declaration_end(s: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&c) = s.get(i) {
        match c {
            b'"' | b'\'' => i += memchr(c, s.get(i + 1..)?)? + 2,
            b'>' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn skip_ws(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memmem::find(s.get(from..)?, needle).map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_entities_go_into_an_existing_subset() {
        let text = "<?xml version='1.0'?>\n<!DOCTYPE rfc SYSTEM \"rfc2629.dtd\" [\n<!ENTITY RFC2119 SYSTEM \"https://example.org/r.xml\">\n<!ENTITY mdash \"--\">\n]>\n<rfc>a&nbsp;b&mdash;&RFC2119;</rfc>";
        let p = prepare(text).expect("prepared");
        assert!(p.text.contains("<!ENTITY nbsp \"&#160;\">"));
        // The document's own declaration wins over the bundled one.
        assert!(!p.text.contains("&#8212;"));
        assert_eq!(p.external.len(), 1);
        assert_eq!(p.external[0].name, "RFC2119");
        assert!(p.external[0].referenced);
        assert_eq!(
            p.original_offset(p.text.find("<rfc>").expect("root")),
            text.find("<rfc>").expect("root")
        );
    }

    #[test]
    fn doctype_without_subset_gets_one() {
        let text = "<!DOCTYPE rfc SYSTEM 'rfc2629.dtd'><rfc>&copy;</rfc>";
        let p = prepare(text).expect("prepared");
        assert_eq!(
            p.text,
            "<!DOCTYPE rfc SYSTEM 'rfc2629.dtd' [<!ENTITY copy \"&#169;\">]><rfc>&copy;</rfc>"
        );
    }

    #[test]
    fn no_doctype_gets_one_after_the_prolog() {
        let text = "<?xml version='1.0'?>\n<!-- c --><?rfc toc='yes'?>\n<rfc>&hellip;</rfc>";
        let p = prepare(text).expect("prepared");
        assert!(p
            .text
            .contains("?>\n<!DOCTYPE rfc [<!ENTITY hellip \"&#8230;\">]><rfc>"));
        let untouched = prepare("<rfc>a &amp; b</rfc>").expect("prepared");
        assert_eq!(untouched.text, "<rfc>a &amp; b</rfc>");
        assert_eq!(untouched.inserted_len, 0);
    }

    #[test]
    fn parameter_entity_references_are_blanked() {
        let text = "<!DOCTYPE rfc [<!ENTITY % ent SYSTEM \"x.ent\"> %ent; ]><rfc/>";
        let p = prepare(text).expect("prepared");
        assert_eq!(p.text.len(), text.len());
        assert!(!p.text.contains("%ent;"));
        assert_eq!(p.parameter_refs, vec!["%ent;".to_string()]);
    }

    #[test]
    fn billion_laughs_is_refused_before_parsing() {
        let mut text = String::from("<!DOCTYPE rfc [<!ENTITY lol \"lol\">");
        for i in 1..=9 {
            let prev = if i == 1 {
                "lol".to_string()
            } else {
                format!("lol{}", i - 1)
            };
            text.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
        }
        text.push_str("]><rfc>&lol9;</rfc>");
        let err = prepare(&text).expect_err("refused");
        assert!(err.0.contains("billion laughs"), "{}", err.0);
    }

    #[test]
    fn parameter_entities_count_towards_expansion() {
        let mut text = String::from("<!DOCTYPE rfc [<!ENTITY % big \"");
        text.push_str(&"x".repeat(1024 * 1024));
        text.push_str("\">]><rfc>");
        text.push_str(&"&big;".repeat(40));
        text.push_str("</rfc>");
        assert!(prepare(&text).is_err());
    }

    #[test]
    fn entity_loops_are_refused() {
        let text = "<!DOCTYPE rfc [<!ENTITY a \"&b;&b;\"><!ENTITY b \"&a;&a;\">]><rfc>&a;</rfc>";
        assert!(prepare(text).is_err());
    }

    #[test]
    fn small_internal_entities_pass() {
        let text = "<!DOCTYPE rfc [<!ENTITY v \"03\"><!ENTITY n \"draft-x-&v;\">]><rfc docName='&n;'>&n;</rfc>";
        assert!(prepare(text).is_ok());
    }
}
