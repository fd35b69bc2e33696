//! Complementary (secondary) suppression: no hidden figure may be recovered by subtraction.
//!
//! Primary suppression hides a figure built from fewer than [`K`] people. That is not enough when
//! the figure is one cell of a breakdown whose total is shown: with shares by stakeholder group
//! where exactly one group reads "< 5", the hidden cell is the total minus the shown cells. The
//! [`Ledger`] records every additive figure of a report as a cell (its value and the people behind
//! it) and every exact relation `total = part + part + …` between cells; [`Ledger::protect`] then
//! hides more cells until, in every relation, the hidden cells are either none, or at least two
//! that together rest on at least [`K`] people — so subtraction gives at most a sum over [`K`] or
//! more people, never one hidden cell. Cells hidden this way become [`Suppressed`] values that read
//! "< 5" like any other hidden figure ([`Suppressed::is_withheld`] tells them apart in tests).
//!
//! The choice of cells is the usual greedy one: the smallest shown cell of the relation (fewest
//! messages, then fewest people) is hidden next, which loses the least information. Relations
//! share cells (a period's messages are the total of its group breakdown and a part of the whole
//! archive's messages), so hiding one cell re-checks every relation it is in, until nothing
//! changes.

use std::collections::HashSet;

use crate::privacy::{Suppressed, K};

/// A cell of the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellId(usize);

/// Why a cell is (not) shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    /// Published.
    Shown,
    /// Fewer than [`K`] people behind it.
    Hidden,
    /// Hidden to protect another cell.
    Withheld,
    /// Not a published figure of its own, but one a reader may know or derive exactly (what the
    /// undated messages add to a total, a part the report never shows): counted as known, never
    /// chosen to hide.
    Known,
}

#[derive(Debug, Clone)]
struct Entry {
    size: u64,
    people: Vec<u32>,
    state: CellState,
}

/// Additive figures and the exact sums between them, for complementary suppression.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    cells: Vec<Entry>,
    /// `(total, parts)`: the total's value is exactly the sum of the parts' values.
    sums: Vec<(CellId, Vec<CellId>)>,
}

impl Ledger {
    /// A cell of `size` (the figure: messages, people…) built from these people (any order,
    /// duplicates allowed). Hidden from the start when fewer than [`K`] distinct people.
    pub fn cell(&mut self, size: u64, people: impl IntoIterator<Item = u32>) -> CellId {
        let mut people: Vec<u32> = people.into_iter().collect();
        people.sort_unstable();
        people.dedup();
        let state = if people.len() < K {
            CellState::Hidden
        } else {
            CellState::Shown
        };
        self.cells.push(Entry {
            size,
            people,
            state,
        });
        CellId(self.cells.len() - 1)
    }

    /// A cell a reader may know exactly although it is not published (never hidden).
    pub fn known(&mut self, size: u64, people: impl IntoIterator<Item = u32>) -> CellId {
        let id = self.cell(size, people);
        self.cells[id.0].state = CellState::Known;
        id
    }

    /// A part that is never published and rests on fewer than [`K`] people (an organisation
    /// pooled into "other" in one period): hidden, and it counts as hidden in its sums.
    pub fn unpublished(&mut self, size: u64, people: impl IntoIterator<Item = u32>) -> CellId {
        let id = self.cell(size, people);
        self.cells[id.0].state = CellState::Hidden;
        id
    }

    /// Records that `total` is exactly the sum of `parts`.
    pub fn sum(&mut self, total: CellId, parts: Vec<CellId>) {
        if !parts.is_empty() {
            self.sums.push((total, parts));
        }
    }

    /// The state of a cell.
    pub fn state(&self, id: CellId) -> CellState {
        self.cells.get(id.0).map_or(CellState::Hidden, |c| c.state)
    }

    /// The distinct people behind a cell (for checks; ids are the caller's, never output).
    pub fn people_of(&self, id: CellId) -> &[u32] {
        self.cells.get(id.0).map_or(&[], |c| c.people.as_slice())
    }

    /// The value of a cell (whatever its state; for building outputs through [`Ledger::figure`]).
    fn size(&self, id: CellId) -> u64 {
        self.cells.get(id.0).map_or(0, |c| c.size)
    }

    fn hidden(&self, id: CellId) -> bool {
        matches!(self.state(id), CellState::Hidden | CellState::Withheld)
    }

    /// Hides cells until no relation lets a reader subtract their way to a hidden cell (see the
    /// module documentation). Cells only ever become hidden, so this ends.
    pub fn protect(&mut self) {
        let mut sums_of: Vec<Vec<usize>> = vec![Vec::new(); self.cells.len()];
        for (i, (total, parts)) in self.sums.iter().enumerate() {
            for c in std::iter::once(total).chain(parts) {
                if let Some(list) = sums_of.get_mut(c.0) {
                    list.push(i);
                }
            }
        }
        let mut queue: Vec<usize> = (0..self.sums.len()).rev().collect();
        let mut queued = vec![true; self.sums.len()];
        while let Some(i) = queue.pop() {
            queued[i] = false;
            let Some(hide) = self.needs_hiding(i) else {
                continue;
            };
            self.cells[hide.0].state = CellState::Withheld;
            for &j in &sums_of[hide.0] {
                if !queued[j] {
                    queued[j] = true;
                    queue.push(j);
                }
            }
            // The same relation may need more than one extra cell.
            if !queued[i] {
                queued[i] = true;
                queue.push(i);
            }
        }
    }

    /// The cell relation `i` still needs hidden, if any.
    fn needs_hiding(&self, i: usize) -> Option<CellId> {
        let (total, parts) = &self.sums[i];
        let hidden_parts: Vec<CellId> = parts.iter().copied().filter(|&p| self.hidden(p)).collect();
        let total_hidden = self.hidden(*total);
        let hidden_count = hidden_parts.len() + usize::from(total_hidden);
        let exposed = hidden_count == 1
            || (!total_hidden && !hidden_parts.is_empty() && self.people(&hidden_parts) < K);
        if !exposed {
            return None;
        }
        let candidate = parts
            .iter()
            .copied()
            .filter(|&p| self.state(p) == CellState::Shown)
            .min_by_key(|&p| (self.size(p), self.cells[p.0].people.len(), p));
        candidate.or_else(|| (self.state(*total) == CellState::Shown).then_some(*total))
    }

    /// Distinct people behind a set of cells.
    fn people(&self, cells: &[CellId]) -> usize {
        let lists: Vec<&Vec<u32>> = cells.iter().map(|c| &self.cells[c.0].people).collect();
        if lists.iter().any(|l| l.len() >= K) {
            return K;
        }
        if lists.iter().map(|l| l.len()).sum::<usize>() < K {
            return lists.iter().map(|l| l.len()).sum();
        }
        lists
            .iter()
            .flat_map(|l| l.iter().copied())
            .collect::<HashSet<u32>>()
            .len()
    }

    /// The cell's own value as a published figure ("< 5" when hidden for either reason).
    pub fn figure(&self, id: CellId) -> Suppressed<u64> {
        self.derived(id, Some(self.size(id)))
    }

    /// A figure derived from the cell (its share of a total, a rate): hidden when the cell is.
    pub fn derived<T>(&self, id: CellId, value: Option<T>) -> Suppressed<T> {
        match self.state(id) {
            CellState::Hidden => Suppressed::new_opt(None, 0),
            CellState::Withheld => Suppressed::withheld(),
            CellState::Shown | CellState::Known => Suppressed::new_opt(value, K),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(from: u32, n: u32) -> std::ops::Range<u32> {
        from..from + n
    }

    #[test]
    fn one_hidden_group_hides_the_next_smallest() {
        let mut ledger = Ledger::default();
        let total = ledger.cell(60, people(0, 22));
        let big = ledger.cell(40, people(0, 10));
        let middle = ledger.cell(15, people(10, 8));
        let small = ledger.cell(3, people(18, 2));
        let next = ledger.cell(2, people(20, 2)); // hidden too: 2 people
        ledger.sum(total, vec![big, middle, small, next]);
        ledger.protect();
        // Two hidden cells, but only 4 people behind them together: one more is hidden.
        assert_eq!(ledger.state(middle), CellState::Withheld);
        assert_eq!(ledger.state(big), CellState::Shown);
        assert!(ledger.figure(middle).is_withheld());
        assert_eq!(ledger.figure(total).published(), Some(&60));
    }

    #[test]
    fn a_withheld_total_hides_one_of_its_parts() {
        let mut ledger = Ledger::default();
        // all = p1 + p2; p1 hidden (3 people) → p2 withheld; p2 = a + b → one of a, b withheld.
        let all = ledger.cell(30, people(0, 13));
        let p1 = ledger.cell(5, people(0, 3));
        let p2 = ledger.cell(25, people(3, 10));
        let a = ledger.cell(10, people(3, 5));
        let b = ledger.cell(15, people(8, 5));
        ledger.sum(all, vec![p1, p2]);
        ledger.sum(p2, vec![a, b]);
        ledger.protect();
        assert_eq!(ledger.state(p2), CellState::Withheld);
        assert_eq!(ledger.state(a), CellState::Withheld);
        // p1 + p2 = 30 and p2 − a = 15: three unknowns, two equations — p1 stays unknown.
        assert_eq!(ledger.state(b), CellState::Shown);
    }

    #[test]
    fn known_parts_are_never_chosen() {
        let mut ledger = Ledger::default();
        let total = ledger.cell(12, people(0, 8));
        let hidden = ledger.cell(2, people(0, 2));
        let known = ledger.known(1, people(2, 1));
        let shown = ledger.cell(9, people(3, 5));
        ledger.sum(total, vec![hidden, known, shown]);
        ledger.protect();
        assert_eq!(ledger.state(known), CellState::Known);
        assert_eq!(ledger.state(shown), CellState::Withheld);
    }
}
