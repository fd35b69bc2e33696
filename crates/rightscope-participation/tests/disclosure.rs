//! Property of complementary suppression on random breakdowns: after [`Ledger::protect`], no hidden
//! cell equals a shown total minus the shown cells, and the hidden cells of a shown total together
//! rest on at least 5 people.

use std::collections::BTreeSet;

use proptest::prelude::*;
use rightscope_participation::disclosure::{CellId, CellState, Ledger};
use rightscope_participation::K;

fn hidden(state: CellState) -> bool {
    matches!(state, CellState::Hidden | CellState::Withheld)
}

/// A rows × columns table of cells over disjoint people (a period × stakeholder-group table),
/// with its row totals, column totals and grand total, and the sums between them.
struct Table {
    ledger: Ledger,
    cells: Vec<CellId>,
    sums: Vec<(CellId, Vec<CellId>)>,
}

/// `sizes[r][c]` = (people, extra messages) of a cell; rows are cut to the shortest row.
fn table(sizes: &[Vec<(u8, u8)>]) -> Table {
    let columns = sizes.iter().map(Vec::len).min().unwrap_or(0);
    let mut ledger = Ledger::default();
    let mut next = 0_u32;
    let mut grid: Vec<Vec<(CellId, u64, Vec<u32>)>> = Vec::new();
    for row in sizes {
        let mut out = Vec::new();
        for &(people, extra) in &row[..columns] {
            let who: Vec<u32> = (next..next + u32::from(people)).collect();
            next += u32::from(people);
            let size = u64::from(people) + u64::from(extra);
            out.push((ledger.cell(size, who.iter().copied()), size, who));
        }
        grid.push(out);
    }
    let total_of = |ledger: &mut Ledger, parts: &[&(CellId, u64, Vec<u32>)]| {
        let size = parts.iter().map(|p| p.1).sum();
        let who: Vec<u32> = parts.iter().flat_map(|p| p.2.iter().copied()).collect();
        let id = ledger.cell(size, who.iter().copied());
        (id, size, who)
    };
    let mut sums = Vec::new();
    let mut rows = Vec::new();
    for row in &grid {
        let parts: Vec<&(CellId, u64, Vec<u32>)> = row.iter().collect();
        let total = total_of(&mut ledger, &parts);
        sums.push((total.0, row.iter().map(|c| c.0).collect()));
        rows.push(total);
    }
    let mut columns_totals = Vec::new();
    for c in 0..columns {
        let parts: Vec<&(CellId, u64, Vec<u32>)> = grid.iter().map(|row| &row[c]).collect();
        let total = total_of(&mut ledger, &parts);
        sums.push((total.0, grid.iter().map(|row| row[c].0).collect()));
        columns_totals.push(total.0);
    }
    let parts: Vec<&(CellId, u64, Vec<u32>)> = rows.iter().collect();
    let grand = total_of(&mut ledger, &parts).0;
    sums.push((grand, rows.iter().map(|r| r.0).collect()));
    sums.push((grand, columns_totals));
    for (total, parts) in &sums {
        ledger.sum(*total, parts.clone());
    }
    Table {
        ledger,
        cells: grid.iter().flatten().map(|c| c.0).collect(),
        sums,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_hidden_cell_is_a_shown_total_minus_shown_cells(
        sizes in prop::collection::vec(prop::collection::vec((1_u8..12, 0_u8..30), 1..7), 1..7),
    ) {
        let mut t = table(&sizes);
        t.ledger.protect();
        // Primary suppression is kept: a cell under 5 people is hidden, and never withheld instead.
        for &id in &t.cells {
            if t.ledger.people_of(id).len() < K {
                prop_assert_eq!(t.ledger.state(id), CellState::Hidden);
            }
            if t.ledger.figure(id).published().is_some() {
                prop_assert!(t.ledger.people_of(id).len() >= K);
            }
        }
        for (total, parts) in &t.sums {
            let hidden_parts: Vec<CellId> =
                parts.iter().copied().filter(|&p| hidden(t.ledger.state(p))).collect();
            let hidden_total = hidden(t.ledger.state(*total));
            // With exactly one hidden cell in a sum, it is the total minus (or plus) the shown ones.
            prop_assert_ne!(hidden_parts.len() + usize::from(hidden_total), 1);
            if !hidden_total && !hidden_parts.is_empty() {
                let union: BTreeSet<u32> = hidden_parts
                    .iter()
                    .flat_map(|&p| t.ledger.people_of(p).iter().copied())
                    .collect();
                prop_assert!(union.len() >= K, "hidden parts of a shown total rest on {} people", union.len());
            }
        }
    }
}
