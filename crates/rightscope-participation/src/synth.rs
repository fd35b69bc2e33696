//! Synthetic archives.
