//! Corpus ingest for the rightscope observatory: turns directories of standards documents (an RFC
//! mirror with its index and metadata, Internet-Draft revision series, W3C specifications) into
//! documents, revisions, findings, lifecycle events and relations in a [`rightscope_store::Store`].
//!
//! [`plan`] lists a corpus without parsing it; [`ingest`] skips every file whose sha256 is already
//! stored, parses and checks the rest in parallel (rayon), and writes them in batched transactions
//! from one writer, so a killed ingest resumes where it stopped. The crate prints nothing: progress
//! goes through the [`Progress`] trait. [`atom`] writes the Atom feeds of watchlists;
//! [`datatracker`] reads documents and their lifecycle from the IETF Datatracker API; [`worker`]
//! shares one ingest among several processes through the store's job queue.

pub mod atom;
pub mod datatracker;
mod drafts;
mod error;
pub mod index;
mod pipeline;
mod plan;
mod rfc;
mod w3c;
pub mod worker;

pub use error::IngestError;
pub use pipeline::{
    ingest, ingest_plan, IngestOptions, IngestSummary, ItemOutcome, NoProgress, Progress, Stage,
};
pub use plan::{detect, plan, Plan, Source, SourceKind, WorkItem};
pub use rfc::{parse_index_txt, parse_index_xml, parse_rfc_json, RfcMeta};
pub use w3c::{parse_tr_json, TrMeta};
