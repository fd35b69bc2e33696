//! Ingest for rightscope: brings documents and their lifecycle into the store.

pub mod datatracker;
