//! The YAML front matter of kramdown-rfc documents: a bounded loader and the metadata it carries.
//!
//! The front matter is untrusted. yaml-rust2's own `YamlLoader` expands aliases by cloning the
//! anchored node, so nested aliases ("billion laughs") grow exponentially; this loader keeps every
//! node once in an arena and stores an alias as a pointer to its anchor, so memory stays linear in
//! the input. Nesting is capped, and every accessor tolerates any node type.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

use crate::model::{Author, Meta, Sdo};
use crate::references::{draft_name, target_from_label, w3c_shortname, Reference, ReferenceKind};

/// Largest front matter read, in bytes; it holds metadata and references, never megabytes of it.
pub(super) const MAX_FRONT_MATTER: usize = 1 << 20;

/// One YAML node; children are indices into the arena.
#[derive(Debug)]
enum Node {
    Null,
    Scalar(Scalar),
    Seq(Vec<usize>),
    Map(Vec<(usize, usize)>),
    /// An alias: the index of the anchored node.
    Alias(usize),
}

/// A scalar value with where it starts in the front matter.
#[derive(Debug)]
pub(super) struct Scalar {
    /// The value, unescaped and unfolded by the YAML parser.
    pub value: String,
    /// Whether it was written without quotes (only plain scalars can mean null).
    plain: bool,
    /// 1-based line in the front matter where the scalar (or its `|`/`>` indicator) starts.
    pub line: usize,
}

/// Why the front matter could not be loaded.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum LoadError {
    /// Not YAML; line 1-based and column 0-based in the front matter.
    Syntax {
        reason: String,
        line: usize,
        col: usize,
    },
    /// Collections nested deeper than the limit, at a 1-based line of the front matter.
    TooDeep { line: usize },
}

/// A loaded YAML document held as an arena of nodes.
#[derive(Debug, Default)]
pub(super) struct Yaml {
    nodes: Vec<Node>,
    root: Option<usize>,
}

/// A collection being filled while events arrive.
#[derive(Debug)]
struct Open {
    index: usize,
    key: Option<usize>,
}

impl Yaml {
    /// Loads the first YAML document of `src`, refusing collections nested deeper than `max_depth`.
    pub(super) fn load(src: &str, max_depth: usize) -> Result<Yaml, LoadError> {
        // yaml-rust2 is not known to panic, but it is a parser of untrusted input with internal
        // invariants; a bug there must become an error, not abort the whole review.
        std::panic::catch_unwind(|| Self::load_unguarded(src, max_depth)).unwrap_or_else(|_| {
            Err(LoadError::Syntax {
                reason: "the YAML parser failed on this input".into(),
                line: 1,
                col: 0,
            })
        })
    }

    fn load_unguarded(src: &str, max_depth: usize) -> Result<Yaml, LoadError> {
        let mut parser = Parser::new_from_str(src);
        let mut yaml = Yaml::default();
        let mut anchors: HashMap<usize, usize> = HashMap::new();
        let mut stack: Vec<Open> = Vec::new();
        loop {
            let (event, mark) = parser.next_token().map_err(|error| LoadError::Syntax {
                reason: error.info().to_string(),
                line: error.marker().line(),
                col: error.marker().col(),
            })?;
            match event {
                Event::StreamEnd => break,
                // Only the first document counts; kramdown-rfc reads no more.
                Event::DocumentEnd if yaml.root.is_some() => break,
                Event::Nothing | Event::StreamStart | Event::DocumentStart | Event::DocumentEnd => {
                }
                Event::Alias(id) => {
                    let node = anchors
                        .get(&id)
                        .map_or(Node::Null, |&target| Node::Alias(target));
                    let index = yaml.push(node);
                    yaml.attach(&mut stack, index);
                }
                Event::Scalar(value, style, anchor, _tag) => {
                    let index = yaml.push(Node::Scalar(Scalar {
                        value,
                        plain: style == TScalarStyle::Plain,
                        line: mark.line(),
                    }));
                    if anchor > 0 {
                        anchors.insert(anchor, index);
                    }
                    yaml.attach(&mut stack, index);
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    if stack.len() >= max_depth {
                        return Err(LoadError::TooDeep { line: mark.line() });
                    }
                    let node = if matches!(event, Event::SequenceStart(..)) {
                        Node::Seq(Vec::new())
                    } else {
                        Node::Map(Vec::new())
                    };
                    let index = yaml.push(node);
                    if anchor > 0 {
                        anchors.insert(anchor, index);
                    }
                    yaml.attach(&mut stack, index);
                    stack.push(Open { index, key: None });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    stack.pop();
                }
            }
        }
        Ok(yaml)
    }

    fn push(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    /// Adds a finished node to the innermost open collection (or makes it the root).
    fn attach(&mut self, stack: &mut [Open], index: usize) {
        let Some(open) = stack.last_mut() else {
            if self.root.is_none() {
                self.root = Some(index);
            }
            return;
        };
        match self.nodes.get_mut(open.index) {
            Some(Node::Seq(items)) => items.push(index),
            Some(Node::Map(entries)) => match open.key.take() {
                Some(key) => entries.push((key, index)),
                None => open.key = Some(index),
            },
            _ => {}
        }
    }

    /// The node at `index`, with one alias followed (an alias never points at another alias).
    fn node(&self, index: usize) -> Option<&Node> {
        match self.nodes.get(index)? {
            Node::Alias(target) => match self.nodes.get(*target)? {
                Node::Alias(_) => None,
                other => Some(other),
            },
            other => Some(other),
        }
    }

    /// The root node's index.
    pub(super) fn root(&self) -> Option<usize> {
        self.root
    }

    /// The entries of a mapping node.
    pub(super) fn entries(&self, index: usize) -> &[(usize, usize)] {
        match self.node(index) {
            Some(Node::Map(entries)) => entries,
            _ => &[],
        }
    }

    /// The items of a sequence node.
    pub(super) fn items(&self, index: usize) -> &[usize] {
        match self.node(index) {
            Some(Node::Seq(items)) => items,
            _ => &[],
        }
    }

    /// Whether a node is a mapping.
    pub(super) fn is_map(&self, index: usize) -> bool {
        matches!(self.node(index), Some(Node::Map(_)))
    }

    /// A non-null scalar node.
    pub(super) fn scalar(&self, index: usize) -> Option<&Scalar> {
        match self.node(index)? {
            Node::Scalar(scalar) if !(scalar.plain && is_null(&scalar.value)) => Some(scalar),
            _ => None,
        }
    }

    /// The text of a non-null scalar node.
    pub(super) fn str(&self, index: usize) -> Option<&str> {
        self.scalar(index).map(|scalar| scalar.value.as_str())
    }

    /// The value of `key` in the mapping at `map` (the last one wins, as in Ruby's YAML).
    pub(super) fn get(&self, map: usize, key: &str) -> Option<usize> {
        self.entries(map)
            .iter()
            .rev()
            .find(|(k, _)| self.str(*k) == Some(key))
            .map(|(_, v)| *v)
    }

    /// Non-empty text of `key` in the mapping at `map`, whitespace collapsed.
    pub(super) fn text(&self, map: usize, key: &str) -> Option<String> {
        let value = self.str(self.get(map, key)?)?;
        let text = value.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    }
}

fn is_null(value: &str) -> bool {
    matches!(value, "" | "~" | "null" | "Null" | "NULL")
}

/// What the front matter says, beyond `Meta`, that the body needs.
#[derive(Debug, Default)]
pub(super) struct FrontMatter {
    /// Bibliographic metadata.
    pub meta: Meta,
    /// `entity:` values for `{{&name}}`.
    pub entities: HashMap<String, String>,
    /// Reference aliases for `{{-alias}}`: alias → anchor.
    pub aliases: HashMap<String, String>,
    /// An `abstract:` given in the front matter, with the front-matter line it starts on.
    pub abstract_text: Option<(String, usize)>,
    /// Problems worked around.
    pub warnings: Vec<String>,
    /// `normative:` / `informative:` entries.
    pub references: Vec<Reference>,
}

/// Reads the kramdown-rfc keys of a loaded front matter.
pub(super) fn read(yaml: &Yaml) -> FrontMatter {
    let mut front = FrontMatter::default();
    front.meta.sdo = Sdo::Ietf;
    let Some(root) = yaml.root() else {
        return front;
    };
    if !yaml.is_map(root) {
        front
            .warnings
            .push("the front matter is not a YAML mapping; its metadata was ignored".into());
        return front;
    }
    let meta = &mut front.meta;
    if let Some(docname) = yaml.text(root, "docname") {
        let (name, rev) = split_docname(&docname);
        meta.name = Some(name);
        meta.rev = rev;
    }
    meta.title = yaml.text(root, "title");
    meta.rfc_number = yaml
        .text(root, "number")
        .and_then(|n| n.trim().parse::<u32>().ok());
    if meta.name.is_none() {
        meta.name = meta.rfc_number.map(|n| format!("rfc{n}"));
    }
    meta.status = yaml.text(root, "category");
    meta.stream = yaml
        .text(root, "submissiontype")
        .or_else(|| yaml.text(root, "stream"))
        .or_else(|| meta.name.as_deref().map(stream_from_name));
    meta.workgroup = yaml
        .text(root, "workgroup")
        .or_else(|| yaml.text(root, "wg"))
        .or_else(|| {
            yaml.get(root, "venue")
                .and_then(|venue| yaml.text(venue, "group"))
        });
    meta.date = yaml.text(root, "date");
    meta.obsoletes = yaml
        .get(root, "obsoletes")
        .map(|node| rfc_numbers(yaml, node))
        .unwrap_or_default();
    meta.updates = yaml
        .get(root, "updates")
        .map(|node| rfc_numbers(yaml, node))
        .unwrap_or_default();
    if let Some(authors) = yaml.get(root, "author") {
        meta.authors = read_authors(yaml, authors);
    }
    front.abstract_text = yaml
        .entries(root)
        .iter()
        .rev()
        .find(|(key, _)| yaml.str(*key) == Some("abstract"))
        .and_then(|(key, value)| {
            let line = yaml.scalar(*key)?.line;
            let value = yaml.scalar(*value)?;
            (!value.value.trim().is_empty()).then(|| (value.value.clone(), line))
        });
    if let Some(entities) = yaml.get(root, "entity") {
        for (key, value) in yaml.entries(entities) {
            if let (Some(key), Some(value)) = (yaml.str(*key), yaml.str(*value)) {
                front.entities.insert(key.to_string(), value.to_string());
            }
        }
    }
    for section in ["normative", "informative", "ref"] {
        let Some(refs) = yaml.get(root, section) else {
            continue;
        };
        for (anchor, value) in yaml.entries(refs) {
            let Some(anchor) = yaml.str(*anchor) else {
                continue;
            };
            // `HTTP: RFC9110` makes {{-RFC9110}} mean {{HTTP}}; a map may name an alias under `-`.
            let alias = yaml
                .str(*value)
                .or_else(|| yaml.get(*value, "-").and_then(|alias| yaml.str(alias)));
            if let Some(alias) = alias {
                front.aliases.insert(alias.to_string(), anchor.to_string());
            }
            front
                .references
                .push(front_reference(yaml, section, anchor, *value, alias));
        }
    }
    front
}

/// One `normative:`/`informative:` entry: the key is the label; the target comes from the key, an
/// alias value (`HTTP: RFC9110`), `seriesinfo:` or a W3C `target:` link.
fn front_reference(
    yaml: &Yaml,
    section: &str,
    anchor: &str,
    value: usize,
    alias: Option<&str>,
) -> Reference {
    let kind = match section {
        "normative" => ReferenceKind::Normative,
        "informative" => ReferenceKind::Informative,
        _ => ReferenceKind::Unknown,
    };
    let series = yaml.get(value, "seriesinfo").and_then(|info| {
        yaml.entries(info).iter().find_map(|(name, number)| {
            let name = yaml.str(*name)?;
            let number = yaml.str(*number)?;
            target_from_label(&format!("{name}{number}"))
                .or_else(|| (name == "Internet-Draft").then(|| draft_name(number)))
        })
    });
    let target = target_from_label(anchor)
        .or_else(|| alias.and_then(target_from_label))
        .or(series)
        .or_else(|| {
            yaml.text(value, "target")
                .and_then(|url| w3c_shortname(&url))
        });
    Reference {
        label: anchor.to_string(),
        kind,
        target,
        title: yaml.text(value, "title"),
        span: None,
    }
}

/// `draft-ietf-foo-bar-03` → (`draft-ietf-foo-bar`, `03`); `-latest` or no revision → no revision.
pub(super) fn split_docname(docname: &str) -> (String, Option<String>) {
    let docname = docname.trim();
    if let Some((name, rev)) = docname.rsplit_once('-') {
        if rev.eq_ignore_ascii_case("latest") && !name.is_empty() {
            return (name.to_string(), None);
        }
        if !name.is_empty()
            && !rev.is_empty()
            && rev.len() <= 3
            && rev.bytes().all(|b| b.is_ascii_digit())
        {
            return (name.to_string(), Some(rev.to_string()));
        }
    }
    (docname.to_string(), None)
}

/// The stream xml2rfc assumes when `submissiontype` is absent, refined by the draft name's prefix.
fn stream_from_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("draft-irtf-") {
        "IRTF".into()
    } else if lower.starts_with("draft-iab-") {
        "IAB".into()
    } else {
        "IETF".into()
    }
}

/// RFC numbers from `1234`, `"1234, 5678"`, `RFC 1234` or a list of those.
fn rfc_numbers(yaml: &Yaml, node: usize) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut add = |text: &str| {
        numbers.extend(
            text.split(|c: char| !c.is_ascii_digit())
                .filter_map(|digits| digits.parse::<u32>().ok()),
        );
    };
    if let Some(text) = yaml.str(node) {
        add(text);
    }
    for item in yaml.items(node) {
        if let Some(text) = yaml.str(*item) {
            add(text);
        }
    }
    numbers
}

/// Authors from a list of maps (or a single map, or plain names).
fn read_authors(yaml: &Yaml, node: usize) -> Vec<Author> {
    let items: Vec<usize> = if yaml.is_map(node) {
        vec![node]
    } else if let Some(name) = yaml.str(node) {
        return vec![Author {
            name: collapse(name),
            organization: None,
        }];
    } else {
        yaml.items(node).to_vec()
    };
    let mut authors = Vec::new();
    for item in items {
        if let Some(name) = yaml.str(item) {
            let name = collapse(name);
            if !name.is_empty() {
                authors.push(Author {
                    name,
                    organization: None,
                });
            }
            continue;
        }
        if !yaml.is_map(item) {
            continue;
        }
        let organization = yaml
            .text(item, "organization")
            .or_else(|| yaml.text(item, "org"));
        let surname = yaml.text(item, "surname");
        let name = yaml
            .text(item, "name")
            .or_else(|| yaml.text(item, "fullname"))
            .or_else(|| yaml.text(item, "ins"))
            .or_else(|| match (yaml.text(item, "initials"), surname.clone()) {
                (Some(initials), Some(surname)) => Some(format!("{initials} {surname}")),
                (None, surname) => surname,
                (Some(_), None) => None,
            })
            .or_else(|| organization.clone());
        if let Some(name) = name {
            authors.push(Author { name, organization });
        }
    }
    authors
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front(src: &str) -> FrontMatter {
        read(&Yaml::load(src, 64).expect("valid YAML"))
    }

    #[test]
    fn docnames_split_into_name_and_revision() {
        assert_eq!(
            split_docname("draft-ietf-foo-bar-03"),
            ("draft-ietf-foo-bar".into(), Some("03".into()))
        );
        assert_eq!(
            split_docname("draft-ietf-foo-bar-latest"),
            ("draft-ietf-foo-bar".into(), None)
        );
        assert_eq!(
            split_docname("draft-ietf-foo-bar"),
            ("draft-ietf-foo-bar".into(), None)
        );
        assert_eq!(split_docname("-"), ("-".into(), None));
    }

    #[test]
    fn kramdown_keys_fill_meta() {
        let f = front(
            "title: A  Title\ndocname: draft-irtf-hrpc-x-02\ncategory: info\nwg: HRPC\n\
             date: 2017\nnumber: 9620\nupdates: 1234, 5678\nobsoletes: [RFC 2119]\n\
             author:\n -\n    ins: N. ten Oever\n    name: Niels ten Oever\n    org: UvA\n - ins: X. Y\n",
        );
        let m = f.meta;
        assert_eq!(m.title.as_deref(), Some("A Title"));
        assert_eq!(m.name.as_deref(), Some("draft-irtf-hrpc-x"));
        assert_eq!(m.rev.as_deref(), Some("02"));
        assert_eq!(m.stream.as_deref(), Some("IRTF"));
        assert_eq!(m.workgroup.as_deref(), Some("HRPC"));
        assert_eq!(m.date.as_deref(), Some("2017"));
        assert_eq!(m.rfc_number, Some(9620));
        assert_eq!(m.updates, vec![1234, 5678]);
        assert_eq!(m.obsoletes, vec![2119]);
        assert_eq!(m.authors.len(), 2);
        assert_eq!(m.authors[0].name, "Niels ten Oever");
        assert_eq!(m.authors[0].organization.as_deref(), Some("UvA"));
        assert_eq!(m.authors[1].name, "X. Y");
    }

    #[test]
    fn odd_types_are_ignored() {
        let f = front(
            "title: [a, b]\ndocname: {x: 1}\ndate: {DATE}\nauthor: {name: Solo}\nnumber: lots\nworkgroup:\n",
        );
        assert_eq!(f.meta.title, None);
        assert_eq!(f.meta.name, None);
        assert_eq!(f.meta.date, None);
        assert_eq!(f.meta.rfc_number, None);
        assert_eq!(f.meta.workgroup, None);
        assert_eq!(f.meta.authors.len(), 1);
        let f = front("- just\n- a list\n");
        assert_eq!(f.warnings.len(), 1);
    }

    #[test]
    fn aliases_are_pointers_not_copies() {
        let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..40 {
            src.push_str(&format!("l{level}: &l{level} ["));
            let prev = if level == 1 {
                "a".to_string()
            } else {
                format!("l{}", level - 1)
            };
            src.push_str(&vec![format!("*{prev}"); 10].join(", "));
            src.push_str("]\n");
        }
        src.push_str("title: *a\n");
        let yaml = Yaml::load(&src, 64).expect("loads");
        assert!(yaml.nodes.len() < 1000);
        // An alias to a sequence is not a string: no title, no panic.
        assert_eq!(read(&yaml).meta.title, None);
    }

    #[test]
    fn recursive_alias_does_not_loop() {
        let yaml = Yaml::load("a: &a [*a, *a]\ntitle: &t Hi\nabbrev: *t\n", 64).expect("loads");
        let root = yaml.root().expect("root");
        assert_eq!(yaml.text(root, "abbrev").as_deref(), Some("Hi"));
        let a = yaml.get(root, "a").expect("a");
        assert_eq!(yaml.items(a).len(), 2);
    }

    #[test]
    fn syntax_errors_and_depth_have_positions() {
        match Yaml::load(": : [\n", 64) {
            Err(LoadError::Syntax { line, .. }) => assert_eq!(line, 2),
            other => panic!("unexpected {other:?}"),
        }
        let deep = format!("a: {}\n", "[".repeat(100));
        assert!(matches!(
            Yaml::load(&deep, 64),
            Err(LoadError::TooDeep { line: 1 })
        ));
    }
}
