//! The k-anonymity rule as a type: a figure built from fewer than [`K`] people can only be output as "< 5".

use std::fmt;

use serde::{Serialize, Serializer};

/// Smallest number of distinct people a published figure may be computed from.
pub const K: usize = 5;

/// What a suppressed figure reads as in every output (table, JSON, CSV).
pub const SUPPRESSED_TEXT: &str = "< 5";

/// A figure together with the rule that hides it when it rests on fewer than [`K`] people.
///
/// The only way to build one is [`Suppressed::new`] (or [`Suppressed::new_opt`]), which takes the
/// number of people the figure was computed from; the value of a hidden figure is dropped at
/// construction, so no output path (serde, `Display`, CSV) can print it by mistake.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Suppressed<T>(Cell<T>);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell<T> {
    Value(T),
    /// Fewer than [`K`] people behind it (primary suppression).
    Hidden,
    /// Enough people, but hidden so that a hidden neighbour cannot be recovered by subtracting the
    /// shown cells from a shown total (complementary suppression, [`crate::disclosure`]).
    Withheld,
    /// Enough people, but nothing to compute (e.g. a median of no replies).
    Missing,
}

impl<T> Suppressed<T> {
    /// Keeps `value` if it was computed from at least [`K`] distinct people, else hides it.
    pub fn new(value: T, people: usize) -> Self {
        if people >= K {
            Self(Cell::Value(value))
        } else {
            Self(Cell::Hidden)
        }
    }

    /// Keeps an optional value (None: nothing to compute) under the same rule.
    pub fn new_opt(value: Option<T>, people: usize) -> Self {
        match value {
            _ if people < K => Self(Cell::Hidden),
            Some(v) => Self(Cell::Value(v)),
            None => Self(Cell::Missing),
        }
    }

    /// A figure hidden to protect another one (complementary suppression): it reads "< 5" like
    /// any hidden figure, whatever the number of people behind it.
    pub(crate) fn withheld() -> Self {
        Self(Cell::Withheld)
    }

    /// True when the figure is hidden, for either reason: it rests on fewer than [`K`] people, or
    /// it is withheld to protect such a figure.
    pub fn is_hidden(&self) -> bool {
        matches!(self.0, Cell::Hidden | Cell::Withheld)
    }

    /// True when the figure rests on at least [`K`] people but is withheld so that a hidden
    /// figure of the same breakdown cannot be derived from a total (complementary suppression).
    pub fn is_withheld(&self) -> bool {
        matches!(self.0, Cell::Withheld)
    }

    /// The published value, if any (None when hidden or when there was nothing to compute).
    pub fn published(&self) -> Option<&T> {
        match &self.0 {
            Cell::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T: Serialize> Serialize for Suppressed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Cell::Value(value) => value.serialize(serializer),
            Cell::Hidden | Cell::Withheld => serializer.serialize_str(SUPPRESSED_TEXT),
            Cell::Missing => serializer.serialize_none(),
        }
    }
}

impl<T: fmt::Display> fmt::Display for Suppressed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Cell::Value(value) => value.fmt(f),
            Cell::Hidden | Cell::Withheld => f.write_str(SUPPRESSED_TEXT),
            Cell::Missing => f.write_str("-"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_five_people_reads_less_than_five_everywhere() {
        let hidden = Suppressed::new(42_u64, 4);
        assert!(hidden.is_hidden());
        assert_eq!(hidden.to_string(), "< 5");
        assert_eq!(
            serde_json::to_string(&hidden).ok().as_deref(),
            Some("\"< 5\"")
        );
        let shown = Suppressed::new(42_u64, 5);
        assert_eq!(shown.to_string(), "42");
        assert_eq!(serde_json::to_string(&shown).ok().as_deref(), Some("42"));
        let withheld = Suppressed::<u64>::withheld();
        assert!(withheld.is_hidden() && withheld.is_withheld());
        assert_eq!(withheld.to_string(), "< 5");
        assert_eq!(
            serde_json::to_string(&withheld).ok().as_deref(),
            Some("\"< 5\"")
        );
    }
}
