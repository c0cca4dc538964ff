//! The dyad rollup's row format: one row per (tier, period, source actor)
//! holding every target actor's tallies packed in a blob, so a date range
//! reads one row per source actor and period (about 250 rows a day on a
//! large store) instead of one per dyad, and decodes the rest in Rust.
//!
//! A blob is a sequence of entries ordered by target id, each: the target
//! id's increase over the previous entry's (or over 0), events and mentions
//! as (zig-zag) varints, then the Goldstein sum as a little-endian f64;
//! about 11 bytes instead of 32 for four fixed-width numbers, so the rows a
//! write transaction rewrites are small.

use crate::{Result, StoreError};
use integer_encoding::VarInt;

/// Events, mentions and Goldstein sum of one rollup cell.
pub(crate) type Tally = (i64, i64, f64);

fn corrupt() -> StoreError {
    StoreError::Invalid("a dyad rollup row is damaged".into())
}

#[inline]
fn varint(blob: &[u8], at: &mut usize) -> Result<i64> {
    // Most numbers (target id steps, a period's counts) fit one byte: decode
    // the zig-zag byte inline instead of through the general decoder.
    if let Some(&b) = blob.get(*at) {
        if b < 0x80 {
            *at += 1;
            let u = u64::from(b);
            return Ok((u >> 1) as i64 ^ -((u & 1) as i64));
        }
    }
    let (v, n) = i64::decode_var(blob.get(*at..).ok_or_else(corrupt)?).ok_or_else(corrupt)?;
    *at += n;
    Ok(v)
}

/// Visit every (target id, tally) of a blob, in target order.
#[inline]
pub(crate) fn for_each(blob: &[u8], mut f: impl FnMut(i64, Tally)) -> Result<()> {
    let mut at = 0;
    let mut target = 0i64;
    while at < blob.len() {
        target += varint(blob, &mut at)?;
        let events = varint(blob, &mut at)?;
        let mentions = varint(blob, &mut at)?;
        let g = blob.get(at..at + 8).ok_or_else(corrupt)?;
        let mut w = [0u8; 8];
        w.copy_from_slice(g);
        at += 8;
        f(target, (events, mentions, f64::from_le_bytes(w)));
    }
    Ok(())
}

/// The blob of `entries` (ordered by target id).
pub(crate) fn encode(entries: &[(i64, Tally)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() * 12);
    let mut prev = 0i64;
    let mut buf = [0u8; 10];
    for &(t, (e, m, g)) in entries {
        for v in [t - prev, e, m] {
            let n = v.encode_var(&mut buf);
            out.extend_from_slice(&buf[..n]);
        }
        out.extend_from_slice(&g.to_le_bytes());
        prev = t;
    }
    out
}

/// Add `deltas` (ordered by target id, one per target) to the entries of
/// `blob`; targets left with no event and no mention are dropped.
pub(crate) fn merge(blob: &[u8], deltas: &[(i64, Tally)]) -> Result<Vec<(i64, Tally)>> {
    let mut out: Vec<(i64, Tally)> = Vec::with_capacity(blob.len() / 11 + deltas.len());
    let mut d = deltas.iter().peekable();
    let push = |out: &mut Vec<(i64, Tally)>, t: i64, v: Tally| {
        if v.0 != 0 || v.1 != 0 {
            out.push((t, v));
        }
    };
    for_each(blob, |t, v| {
        while let Some(&&(dt, dv)) = d.peek() {
            if dt >= t {
                break;
            }
            push(&mut out, dt, dv);
            d.next();
        }
        match d.peek() {
            Some(&&(dt, dv)) if dt == t => {
                push(&mut out, t, (v.0 + dv.0, v.1 + dv.1, v.2 + dv.2));
                d.next();
            }
            _ => push(&mut out, t, v),
        }
    })?;
    for &(dt, dv) in d {
        push(&mut out, dt, dv);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(blob: &[u8]) -> Vec<(i64, Tally)> {
        let mut v = Vec::new();
        for_each(blob, |t, x| v.push((t, x))).unwrap();
        v
    }

    #[test]
    fn one_and_many_byte_numbers_of_either_sign_read_back() {
        let values = [
            0,
            1,
            -1,
            63,
            -64,
            64,
            -65,
            300,
            -300,
            i64::MAX,
            i64::MIN + 1,
        ];
        let blob = encode(&values.map(|v| (0, (v, -v, 0.5))));
        let read: Vec<(i64, i64)> = entries(&blob).iter().map(|e| (e.1 .0, e.1 .1)).collect();
        assert_eq!(read, values.map(|v| (v, -v)).to_vec());
    }

    #[test]
    fn merging_adds_matching_targets_keeps_order_and_drops_emptied_ones() {
        let blob = encode(&[(2, (1, 3, 4.0)), (5, (2, 2, -1.0)), (9, (1, 1, 7.0))]);
        let merged = merge(
            &blob,
            &[(1, (1, 1, 0.5)), (5, (-2, -2, 1.0)), (9, (0, 2, 0.0))],
        )
        .unwrap();
        assert_eq!(
            merged,
            vec![(1, (1, 1, 0.5)), (2, (1, 3, 4.0)), (9, (1, 3, 7.0))]
        );
        assert_eq!(entries(&encode(&merged)), merged);
        assert_eq!(
            merge(&[], &[(4, (1, 1, 2.0))]).unwrap(),
            vec![(4, (1, 1, 2.0))]
        );
    }

    #[test]
    fn a_truncated_row_is_an_error() {
        let mut blob = encode(&[(2, (1, 3, 4.0))]);
        blob.pop();
        assert!(for_each(&blob, |_, _| {}).is_err());
    }
}
