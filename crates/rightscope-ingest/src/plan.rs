//! Listing a corpus: which files become revisions of which documents, and the document facts,
//! lifecycle events and relations the metadata files state. Nothing is parsed here but metadata.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rightscope_store::{
    DocumentFacts, DocumentKind, EventKind, NewEvent, NewRelation, RelationKind,
};
use serde::Serialize;

use crate::drafts::{parse_draft_file_name, preference};
use crate::error::IngestError;
use crate::rfc::{
    parse_index_txt, parse_index_xml, parse_rfc_json, wg_of_draft, RfcMeta, MAX_INDEX_BYTES,
};
use crate::w3c::{parse_tr_json, TrMeta};

/// Largest per-document metadata JSON read.
const MAX_META_BYTES: u64 = 4 * 1024 * 1024;

/// Kinds of source directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// An RFC mirror: `rfcNNNN.txt|xml|json`, `rfc-index.txt`, `rfc-index.xml`.
    Rfc,
    /// Internet-Draft revisions: `draft-<name>-NN.{txt,xml,md}`.
    Drafts,
    /// W3C specifications: `*.html` and TR API `*.json`.
    W3c,
}

impl SourceKind {
    /// The name used on the command line (`rfc`, `drafts`, `w3c`).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Rfc => "rfc",
            SourceKind::Drafts => "drafts",
            SourceKind::W3c => "w3c",
        }
    }

    /// Parses a command-line name.
    pub fn from_name(name: &str) -> Option<SourceKind> {
        [SourceKind::Rfc, SourceKind::Drafts, SourceKind::W3c]
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// A directory (or single file) to ingest, of a given kind or, with `None`, of whatever kinds its
/// files turn out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The directory or file.
    pub path: PathBuf,
    /// The kind, or `None` to detect it from the file names.
    pub kind: Option<SourceKind>,
}

impl Source {
    /// A source whose kind is detected.
    pub fn detect(path: impl Into<PathBuf>) -> Source {
        Source {
            path: path.into(),
            kind: None,
        }
    }
}

/// One file to parse and check into a revision.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkItem {
    /// The file whose bytes make the revision (its sha256 is the revision's identity).
    pub path: PathBuf,
    /// The kind of source it came from.
    pub kind: SourceKind,
    /// Document facts from the metadata; they override what the parser finds in the document.
    pub facts: DocumentFacts,
    /// Revision number for drafts (`04`), from the file name.
    pub rev: Option<String>,
    /// Lifecycle events stored in the same transaction as the revision.
    pub events: Vec<NewEvent>,
    /// Relations stored in the same transaction as the revision.
    pub relations: Vec<NewRelation>,
    /// Other renderings of the same revision that were not read (the `.txt` beside an `.xml`).
    pub alternates: Vec<PathBuf>,
}

/// Everything a corpus listing found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// Files to parse, one per revision.
    pub items: Vec<WorkItem>,
    /// Facts of every document the metadata describes (also of documents without a file).
    pub documents: Vec<DocumentFacts>,
    /// Lifecycle events per document name.
    pub events: BTreeMap<String, Vec<NewEvent>>,
    /// Relations per document name (from that document).
    pub relations: BTreeMap<String, Vec<NewRelation>>,
    /// Files that could not be listed or whose metadata could not be read, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

/// What a file name says a file is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FileClass {
    RfcIndexTxt,
    RfcIndexXml,
    RfcText {
        number: u32,
        xml: bool,
    },
    RfcJson(u32),
    Draft {
        name: String,
        rev: String,
        extension: String,
    },
    W3cHtml,
    W3cJson,
}

impl FileClass {
    fn kind(&self) -> SourceKind {
        match self {
            FileClass::RfcIndexTxt
            | FileClass::RfcIndexXml
            | FileClass::RfcText { .. }
            | FileClass::RfcJson(_) => SourceKind::Rfc,
            FileClass::Draft { .. } => SourceKind::Drafts,
            FileClass::W3cHtml | FileClass::W3cJson => SourceKind::W3c,
        }
    }

    fn of(path: &Path) -> Option<FileClass> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        match name.as_str() {
            "rfc-index.txt" => return Some(FileClass::RfcIndexTxt),
            "rfc-index.xml" => return Some(FileClass::RfcIndexXml),
            _ => {}
        }
        let (stem, extension) = name.rsplit_once('.')?;
        if let Some(digits) = stem.strip_prefix("rfc") {
            if !digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit())
            {
                let number: u32 = digits.parse().ok().filter(|n| *n > 0)?;
                return match extension {
                    "txt" => Some(FileClass::RfcText { number, xml: false }),
                    "xml" => Some(FileClass::RfcText { number, xml: true }),
                    "json" => Some(FileClass::RfcJson(number)),
                    _ => None,
                };
            }
        }
        if let Some((name, rev, extension)) = parse_draft_file_name(&name) {
            return Some(FileClass::Draft {
                name,
                rev,
                extension,
            });
        }
        match extension {
            "html" | "htm" | "xhtml" => Some(FileClass::W3cHtml),
            "json" => Some(FileClass::W3cJson),
            _ => None,
        }
    }
}

/// Walks a source path in name order, handing every classified file to `found`.
fn walk(
    path: &Path,
    problems: &mut Vec<(PathBuf, String)>,
    mut found: impl FnMut(PathBuf, FileClass),
) -> Result<(), IngestError> {
    let metadata = std::fs::metadata(path).map_err(|error| IngestError::Input {
        path: path.to_path_buf(),
        message: describe_io(&error),
    })?;
    if metadata.is_file() {
        if let Some(class) = FileClass::of(path) {
            found(path.to_path_buf(), class);
        }
        return Ok(());
    }
    if !metadata.is_dir() {
        return Err(IngestError::Input {
            path: path.to_path_buf(),
            message: "not a regular file or directory".to_string(),
        });
    }
    for entry in walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                if let Some(class) = FileClass::of(entry.path()) {
                    found(entry.into_path(), class);
                }
            }
            Ok(_) => {}
            Err(error) => {
                let at = error
                    .path()
                    .map_or_else(|| path.to_path_buf(), Path::to_path_buf);
                let message = if error.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
                } else if let Some(io) = error.io_error() {
                    describe_io(io)
                } else {
                    error.to_string()
                };
                problems.push((at, message));
            }
        }
    }
    Ok(())
}

/// An I/O error in plain words.
pub(crate) fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// Which kinds of source a path holds, judged by its file names (empty when none is recognised).
pub fn detect(path: &Path) -> Result<BTreeSet<SourceKind>, IngestError> {
    let mut kinds = BTreeSet::new();
    let mut problems = Vec::new();
    walk(path, &mut problems, |_, class| {
        kinds.insert(class.kind());
    })?;
    Ok(kinds)
}

/// Reads a metadata file, refusing oversized ones before reading.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|error| describe_io(&error))?
        .len();
    if size > limit {
        return Err(format!(
            "{size} bytes, larger than the {limit}-byte limit for metadata"
        ));
    }
    std::fs::read(path).map_err(|error| describe_io(&error))
}

/// Lists the sources: which file makes each revision, and what the metadata says about each
/// document. A path that does not exist is an error; unreadable metadata files are `problems`.
pub fn plan(sources: &[Source]) -> Result<Plan, IngestError> {
    let mut problems = Vec::new();
    let mut files: Vec<(PathBuf, FileClass)> = Vec::new();
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    for source in sources {
        walk(&source.path, &mut problems, |path, class| {
            if source.kind.is_none_or(|kind| kind == class.kind()) && seen.insert(path.clone()) {
                files.push((path, class));
            }
        })?;
    }

    // RFC metadata, by precedence: index text, index XML, per-RFC JSON.
    let mut metas: BTreeMap<u32, RfcMeta> = BTreeMap::new();
    fn merge(meta: RfcMeta, metas: &mut BTreeMap<u32, RfcMeta>) {
        metas
            .entry(meta.number)
            .or_insert_with(|| RfcMeta {
                number: meta.number,
                ..RfcMeta::default()
            })
            .merge(meta);
    }
    for (path, _) in files.iter().filter(|(_, c)| *c == FileClass::RfcIndexTxt) {
        match read_limited(path, MAX_INDEX_BYTES) {
            Ok(bytes) => {
                for meta in parse_index_txt(&String::from_utf8_lossy(&bytes)) {
                    merge(meta, &mut metas);
                }
            }
            Err(message) => problems.push((path.clone(), message)),
        }
    }
    for (path, _) in files.iter().filter(|(_, c)| *c == FileClass::RfcIndexXml) {
        let parsed = read_limited(path, MAX_INDEX_BYTES).and_then(|bytes| {
            let text = String::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
            parse_index_xml(&text)
        });
        match parsed {
            Ok(entries) => {
                for meta in entries {
                    merge(meta, &mut metas);
                }
            }
            Err(message) => problems.push((path.clone(), message)),
        }
    }
    let json_files: Vec<(&PathBuf, u32)> = files
        .iter()
        .filter_map(|(path, class)| match class {
            FileClass::RfcJson(number) => Some((path, *number)),
            _ => None,
        })
        .collect();
    let parsed: Vec<(PathBuf, Result<RfcMeta, String>)> = json_files
        .par_iter()
        .map(|(path, number)| {
            let meta = read_limited(path, MAX_META_BYTES)
                .and_then(|bytes| parse_rfc_json(&bytes, Some(*number)));
            ((*path).clone(), meta)
        })
        .collect();
    for (path, meta) in parsed {
        match meta {
            Ok(meta) => merge(meta, &mut metas),
            Err(message) => problems.push((path, message)),
        }
    }
    metas.retain(|_, meta| !meta.not_issued);

    let mut plan = Plan::default();
    let date_of = |n: u32| metas.get(&n).and_then(RfcMeta::iso_date);
    let mut draft_rfc: HashMap<String, u32> = HashMap::new();
    // Relation kinds as names: the store's enum has no order.
    let mut relations: BTreeMap<String, BTreeSet<(&'static str, String)>> = BTreeMap::new();
    for meta in metas.values() {
        plan.documents.push(meta.facts());
        let events = meta.events(date_of);
        if !events.is_empty() {
            plan.events.entry(meta.name()).or_default().extend(events);
        }
        let mine = relations.entry(meta.name()).or_default();
        for relation in meta.relations() {
            mine.insert((relation.kind.as_str(), relation.to));
        }
        for (list, kind) in [
            (&meta.obsoleted_by, RelationKind::Obsoletes),
            (&meta.updated_by, RelationKind::Updates),
        ] {
            for other in list {
                relations
                    .entry(format!("rfc{other}"))
                    .or_default()
                    .insert((kind.as_str(), meta.name()));
            }
        }
        if let Some(draft) = meta.draft_name().filter(|d| d.starts_with("draft-")) {
            draft_rfc.insert(draft.clone(), meta.number);
            plan.documents.push(DocumentFacts {
                sdo: Some("ietf".to_string()),
                kind: Some(DocumentKind::Draft),
                wg: wg_of_draft(&draft),
                became_rfc: Some(i64::from(meta.number)),
                ..DocumentFacts::named(draft.clone())
            });
            if let Some(at) = meta.iso_date() {
                plan.events.entry(draft).or_default().push(NewEvent {
                    at,
                    kind: EventKind::BecameRfc,
                    detail: meta.name(),
                    source: "rfc-index".to_string(),
                });
            }
        }
    }
    plan.relations = relations
        .into_iter()
        .filter(|(_, set)| !set.is_empty())
        .map(|(name, set)| {
            let list = set
                .into_iter()
                .filter_map(|(kind, to)| {
                    Some(NewRelation {
                        kind: RelationKind::from_name(kind)?,
                        to,
                    })
                })
                .collect();
            (name, list)
        })
        .collect();

    // RFC files: one revision per RFC, from the XML when there is one, else the text.
    let mut rfc_files: BTreeMap<u32, Vec<(bool, PathBuf)>> = BTreeMap::new();
    for (path, class) in &files {
        if let FileClass::RfcText { number, xml } = class {
            rfc_files
                .entry(*number)
                .or_default()
                .push((*xml, path.clone()));
        }
    }
    for (number, mut paths) in rfc_files {
        // XML first; among equals, the order found.
        paths.sort_by_key(|(xml, _)| !*xml);
        let mut paths = paths.into_iter().map(|(_, path)| path);
        let Some(path) = paths.next() else { continue };
        let name = format!("rfc{number}");
        let facts = metas.get(&number).map_or_else(
            || DocumentFacts {
                sdo: Some("ietf".to_string()),
                kind: Some(DocumentKind::Rfc),
                rfc_number: Some(i64::from(number)),
                ..DocumentFacts::named(name.clone())
            },
            RfcMeta::facts,
        );
        plan.items.push(WorkItem {
            path,
            kind: SourceKind::Rfc,
            facts,
            rev: None,
            events: plan.events.get(&name).cloned().unwrap_or_default(),
            relations: plan.relations.get(&name).cloned().unwrap_or_default(),
            alternates: paths.collect(),
        });
    }

    // Draft revisions: one per name and number, preferring XML, then text, then Markdown.
    let mut drafts: BTreeMap<(String, String), Vec<(usize, PathBuf)>> = BTreeMap::new();
    for (path, class) in &files {
        if let FileClass::Draft {
            name,
            rev,
            extension,
        } = class
        {
            drafts
                .entry((name.clone(), rev.clone()))
                .or_default()
                .push((preference(extension), path.clone()));
        }
    }
    for ((name, rev), mut paths) in drafts {
        paths.sort_by_key(|(rank, _)| *rank);
        let mut paths = paths.into_iter().map(|(_, path)| path);
        let Some(path) = paths.next() else { continue };
        plan.items.push(WorkItem {
            path,
            kind: SourceKind::Drafts,
            facts: DocumentFacts {
                sdo: Some("ietf".to_string()),
                kind: Some(DocumentKind::Draft),
                wg: wg_of_draft(&name),
                became_rfc: draft_rfc.get(&name).map(|n| i64::from(*n)),
                ..DocumentFacts::named(name.clone())
            },
            rev: Some(rev),
            events: Vec::new(),
            relations: Vec::new(),
            alternates: paths.collect(),
        });
    }

    // W3C: TR API metadata by shortname and by file stem, then one revision per HTML file.
    let mut tr: HashMap<String, TrMeta> = HashMap::new();
    for (path, class) in &files {
        if *class != FileClass::W3cJson {
            continue;
        }
        match read_limited(path, MAX_META_BYTES).and_then(|bytes| parse_tr_json(&bytes)) {
            Ok(Some(meta)) => {
                if let Some(stem) = file_stem(path) {
                    tr.insert(stem, meta.clone());
                }
                tr.insert(meta.shortname.clone(), meta);
            }
            // JSON about something else is not W3C metadata; only a source given as W3C says so.
            Ok(None) => {}
            Err(message) => problems.push((path.clone(), message)),
        }
    }
    let mut described: BTreeSet<String> = BTreeSet::new();
    for (path, class) in &files {
        if *class != FileClass::W3cHtml {
            continue;
        }
        let Some(stem) = file_stem(path) else {
            continue;
        };
        let meta = tr.get(&stem);
        let facts = meta.map_or_else(
            || DocumentFacts {
                sdo: Some("w3c".to_string()),
                kind: Some(DocumentKind::W3c),
                ..DocumentFacts::named(stem.clone())
            },
            TrMeta::facts,
        );
        if let Some(meta) = meta {
            if described.insert(meta.shortname.clone()) {
                plan.documents.push(meta.facts());
                let events = meta.events();
                if !events.is_empty() {
                    plan.events.insert(meta.shortname.clone(), events);
                }
            }
        }
        plan.items.push(WorkItem {
            path: path.clone(),
            kind: SourceKind::W3c,
            events: plan.events.get(&facts.name).cloned().unwrap_or_default(),
            facts,
            rev: None,
            relations: Vec::new(),
            alternates: Vec::new(),
        });
    }
    plan.problems = problems;
    Ok(plan)
}

fn file_stem(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?.to_string();
    (!stem.is_empty()).then_some(stem)
}
