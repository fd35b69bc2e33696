//! Brings standards documents into the rightscope store and keeps its search index up to date.

pub mod index;
