//! Turns the paths on the command line into documents read in parallel, in a stable order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;
use rightscope_doc::{Document, Limits};

use crate::InputArgs;

/// File extensions picked up when a directory is given.
const DOCUMENT_EXTENSIONS: [&str; 7] = ["txt", "xml", "md", "html", "htm", "xhtml", "pdf"];

/// How many documents are read before their results are written, to bound memory on whole corpora.
const BATCH: usize = 256;

/// One input path, or a problem found while listing the inputs.
#[derive(Debug)]
pub enum Input {
    /// A file to read.
    File(PathBuf),
    /// A path that could not be listed (unreadable directory, symlink loop, missing file).
    Problem { path: PathBuf, message: String },
}

/// A document read, or the reason it could not be.
#[derive(Debug)]
pub struct Outcome {
    /// The path as given or found.
    pub path: PathBuf,
    /// The document, or the error message.
    pub result: Result<Document, String>,
}

/// Lists the files named by `paths`, walking directories in name order.
pub fn collect(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(error) => {
                inputs.push(Input::Problem {
                    path: path.clone(),
                    message: describe_io(&error),
                });
                continue;
            }
        };
        if metadata.is_file() {
            inputs.push(Input::File(path.clone()));
            continue;
        }
        if !metadata.is_dir() {
            // FIFOs, sockets and devices could block or never end: refuse them.
            inputs.push(Input::Problem {
                path: path.clone(),
                message: "not a regular file or directory".into(),
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walker {
            match entry {
                Ok(entry)
                    if entry.file_type().is_file() && has_document_extension(entry.path()) =>
                {
                    inputs.push(Input::File(entry.into_path()));
                }
                Ok(_) => {}
                Err(error) => {
                    let path = error.path().map_or_else(|| path.clone(), Path::to_path_buf);
                    let message = if error.loop_ancestor().is_some() {
                        "symbolic link loop; not followed".to_string()
                    } else if let Some(io) = error.io_error() {
                        describe_io(io)
                    } else {
                        error.to_string()
                    };
                    inputs.push(Input::Problem { path, message });
                }
            }
        }
    }
    inputs
}

fn has_document_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            DOCUMENT_EXTENSIONS
                .iter()
                .any(|known| known.eq_ignore_ascii_case(extension))
        })
}

/// An I/O error in plain words.
fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => error.to_string(),
    }
}

/// Reads one file's bytes, refusing oversized files before reading them; `-` reads standard input.
pub fn read_bytes(path: &Path, limits: &Limits) -> Result<Vec<u8>, String> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), limits.max_size + 1),
            &mut bytes,
        )
        .map_err(|error| describe_io(&error))?;
        if bytes.len() as u64 > limits.max_size {
            return Err(rightscope_doc::DocError::TooLarge {
                size: bytes.len() as u64,
                limit: limits.max_size,
            }
            .to_string());
        }
        return Ok(bytes);
    }
    let size = std::fs::metadata(path)
        .map_err(|error| describe_io(&error))?
        .len();
    if size > limits.max_size {
        return Err(rightscope_doc::DocError::TooLarge {
            size,
            limit: limits.max_size,
        }
        .to_string());
    }
    std::fs::read(path).map_err(|error| describe_io(&error))
}

/// Reads and parses one file.
pub fn read_document(path: &Path, limits: &Limits) -> Result<Document, String> {
    let bytes = read_bytes(path, limits)?;
    parse_bytes(path, &bytes, limits)
}

fn parse_bytes(path: &Path, bytes: &[u8], limits: &Limits) -> Result<Document, String> {
    rightscope_doc::parse(bytes, &display_path(path), limits).map_err(|error| error.to_string())
}

/// How a path is shown in output: `-` is standard input.
pub fn display_path(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// An input read and parsed (or not), handed to a command's per-document work.
#[derive(Debug)]
pub struct Loaded {
    /// The path as given or found.
    pub path: PathBuf,
    /// The original bytes (empty when they could not be read).
    pub bytes: Vec<u8>,
    /// The document, or why it could not be read.
    pub document: Result<Document, String>,
}

fn limits_of(args: &InputArgs) -> Limits {
    Limits {
        max_size: args.max_size,
        ..Limits::default()
    }
}

/// Reads every input in parallel, runs `process` on each (also in parallel), and hands the results to
/// `sink` in input order, a batch at a time so memory stays bounded on whole corpora.
pub fn for_each_input<T: Send>(
    args: &InputArgs,
    process: impl Fn(Loaded) -> T + Sync,
    mut sink: impl FnMut(T) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let limits = limits_of(args);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("could not start worker threads")?;
    let mut inputs = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = args
        .paths
        .iter()
        .partition(|path| path.as_path() == Path::new("-"));
    if !stdin.is_empty() {
        inputs.push(Input::File(PathBuf::from("-")));
    }
    inputs.extend(collect(&paths.into_iter().cloned().collect::<Vec<_>>()));
    for batch in inputs.chunks(BATCH) {
        let outputs: Vec<T> = pool.install(|| {
            batch
                .par_iter()
                .map(|input| {
                    let loaded = match input {
                        Input::File(path) => match read_bytes(path, &limits) {
                            Ok(bytes) => {
                                let document = parse_bytes(path, &bytes, &limits);
                                Loaded {
                                    path: path.clone(),
                                    bytes,
                                    document,
                                }
                            }
                            Err(message) => Loaded {
                                path: path.clone(),
                                bytes: Vec::new(),
                                document: Err(message),
                            },
                        },
                        Input::Problem { path, message } => Loaded {
                            path: path.clone(),
                            bytes: Vec::new(),
                            document: Err(message.clone()),
                        },
                    };
                    process(loaded)
                })
                .collect()
        });
        for output in outputs {
            sink(output)?;
        }
    }
    Ok(())
}

/// Reads every input in parallel and hands the outcomes to `sink` in input order.
pub fn for_each_document(
    args: &InputArgs,
    sink: impl FnMut(Outcome) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_input(
        args,
        |loaded| Outcome {
            path: loaded.path,
            result: loaded.document,
        },
        sink,
    )
}

/// Every document file under the corpus directories, by lower-case file stem (`rfc8890`,
/// `draft-foo-03`): where one name has several files, the extension earliest in `preferred` wins,
/// then the first corpus, then the first path in name order. Files of other extensions are left out.
pub fn index_corpora(corpora: &[PathBuf], preferred: &[&str]) -> HashMap<String, PathBuf> {
    let mut best: HashMap<String, (usize, PathBuf)> = HashMap::new();
    for corpus in corpora {
        for entry in walkdir::WalkDir::new(corpus)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if !entry.file_type().is_file() {
                continue;
            }
            let path = entry.path();
            let (Some(stem), Some(extension)) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|s| s.to_str()),
            ) else {
                continue;
            };
            let Some(rank) = preferred
                .iter()
                .position(|known| known.eq_ignore_ascii_case(extension))
            else {
                continue;
            };
            let stem = stem.to_ascii_lowercase();
            if best
                .get(&stem)
                .is_none_or(|(best_rank, _)| rank < *best_rank)
            {
                best.insert(stem, (rank, path.to_path_buf()));
            }
        }
    }
    best.into_iter()
        .map(|(stem, (_, path))| (stem, path))
        .collect()
}

/// Finds the file for one document name under the corpus directories (see [`index_corpora`]).
pub fn find_in_corpora(corpora: &[PathBuf], name: &str, preferred: &[&str]) -> Option<PathBuf> {
    index_corpora(corpora, preferred).remove(&name.to_ascii_lowercase())
}
