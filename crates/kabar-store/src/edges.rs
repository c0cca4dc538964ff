//! Summing packed dyad rollup rows (see `packed`) into the heaviest edges of
//! a date range. Rows are grouped by source actor and each group's targets
//! are summed in a dense scratch array indexed by target id, so an entry
//! costs an add instead of a hash-map probe; only the `limit` heaviest edges
//! are then sorted. On a 10M-event store a two-year network read about
//! 660,000 entries and spent most of its time hashing and sorting them.

use crate::packed::{self, Tally};
use crate::{Result, StoreError};

/// Highest actor id a rollup row may name; guards the scratch array against
/// a damaged blob.
const MAX_ACTOR_ID: i64 = 1 << 28;

/// Rollup rows collected for one query: their packed targets copied end to
/// end into one buffer, and per row (source actor id, start, end) in it.
#[derive(Default)]
pub(crate) struct EdgeSum {
    bytes: Vec<u8>,
    rows: Vec<(i64, usize, usize)>,
}

/// One summed edge: (source id, target id) and its tally.
pub(crate) type Edge = ((i64, i64), Tally);

impl EdgeSum {
    /// Add one rollup row.
    pub(crate) fn push(&mut self, source: i64, targets: &[u8]) {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(targets);
        self.rows.push((source, start, self.bytes.len()));
    }

    /// The `limit` edges with most events (then mentions, then ids) among
    /// those with events that `keep` accepts.
    pub(crate) fn top(
        mut self,
        keep: &dyn Fn(i64, i64) -> bool,
        limit: usize,
    ) -> Result<Vec<Edge>> {
        self.rows.sort_by_key(|r| r.0);
        let mut cells: Vec<Tally> = Vec::new();
        let mut stamp: Vec<usize> = Vec::new();
        let mut touched: Vec<usize> = Vec::new();
        let mut edges: Vec<Edge> = Vec::new();
        for (n, group) in self.rows.chunk_by(|a, b| a.0 == b.0).enumerate() {
            let source = group[0].0;
            let generation = n + 1;
            touched.clear();
            for &(_, start, end) in group {
                let mut damaged = false;
                packed::for_each(&self.bytes[start..end], |t, (e, m, g)| {
                    let Some(at) = usize::try_from(t).ok().filter(|_| t <= MAX_ACTOR_ID) else {
                        damaged = true;
                        return;
                    };
                    if at >= cells.len() {
                        cells.resize(at + 1, (0, 0, 0.0));
                        stamp.resize(at + 1, 0);
                    }
                    if stamp[at] != generation {
                        stamp[at] = generation;
                        cells[at] = (0, 0, 0.0);
                        touched.push(at);
                    }
                    let c = &mut cells[at];
                    c.0 += e;
                    c.1 += m;
                    c.2 += g;
                })?;
                if damaged {
                    return Err(StoreError::Invalid(
                        "a dyad rollup row names an impossible actor id".into(),
                    ));
                }
            }
            for &at in &touched {
                let tally = cells[at];
                let target = at as i64;
                if tally.0 > 0 && keep(source, target) {
                    edges.push(((source, target), tally));
                }
            }
        }
        let heavier = |a: &Edge, b: &Edge| {
            b.1 .0
                .cmp(&a.1 .0)
                .then(b.1 .1.cmp(&a.1 .1))
                .then(a.0.cmp(&b.0))
        };
        if limit == 0 {
            return Ok(Vec::new());
        }
        if edges.len() > limit {
            edges.select_nth_unstable_by(limit - 1, heavier);
            edges.truncate(limit);
        }
        edges.sort_unstable_by(heavier);
        Ok(edges)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob(entries: &[(i64, Tally)]) -> Vec<u8> {
        packed::encode(entries)
    }

    #[test]
    fn sums_a_dyad_across_rows_and_keeps_the_heaviest_in_order() {
        let mut sum = EdgeSum::default();
        sum.push(2, &blob(&[(1, (1, 2, 3.0)), (5, (4, 4, -8.0))]));
        sum.push(1, &blob(&[(2, (3, 3, 1.5))]));
        sum.push(2, &blob(&[(1, (2, 2, 1.0)), (7, (1, 1, 0.0))]));
        let top = sum.top(&|_, _| true, 3).unwrap();
        assert_eq!(
            top,
            vec![
                ((2, 5), (4, 4, -8.0)),
                ((2, 1), (3, 4, 4.0)),
                ((1, 2), (3, 3, 1.5)),
            ]
        );
    }

    #[test]
    fn drops_edges_the_filter_refuses_and_edges_without_events() {
        let mut sum = EdgeSum::default();
        sum.push(1, &blob(&[(2, (2, 2, 0.0)), (3, (1, 1, 0.0))]));
        sum.push(1, &blob(&[(3, (-1, -1, 0.0))]));
        sum.push(4, &blob(&[(2, (9, 9, 0.0))]));
        let top = sum.top(&|s, _| s == 1, 10).unwrap();
        assert_eq!(top, vec![((1, 2), (2, 2, 0.0))]);
    }

    #[test]
    fn a_damaged_row_is_an_error_not_a_panic() {
        let mut sum = EdgeSum::default();
        sum.push(1, &[0x80]);
        assert!(sum.top(&|_, _| true, 10).is_err());
        let mut sum = EdgeSum::default();
        sum.push(1, &blob(&[(MAX_ACTOR_ID + 1, (1, 1, 0.0))]));
        assert!(sum.top(&|_, _| true, 10).is_err());
    }
}
