//! Time tiers of the dyad and location rollups: a day, a month and a year key
//! for every event, so any inclusive date range is answered from at most five
//! contiguous slices instead of one row per day.

use chrono::{Datelike, NaiveDate};

/// Grain of a rollup row.
pub(crate) const DAY: i64 = 0;
/// Grain of a rollup row.
pub(crate) const MONTH: i64 = 1;
/// Grain of a rollup row.
pub(crate) const YEAR: i64 = 2;
/// Grain of a rollup row: every date (period 0), for ranges covering the
/// whole store.
pub(crate) const ALL: i64 = 3;

/// Month key: months since year 0.
pub(crate) fn month_key(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// The (grain, period) keys a day is counted under.
pub(crate) fn keys(d: NaiveDate) -> [(i64, i64); 4] {
    [
        (DAY, crate::day_number(d)),
        (MONTH, month_key(d)),
        (YEAR, i64::from(d.year())),
        (ALL, 0),
    ]
}

fn last_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|n| n.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

fn last_of_year(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Slices `(grain, first period, last period)` covering `since..=until`
/// exactly, coarsest grain first wherever a whole month or year fits.
pub(crate) fn slices(since: NaiveDate, until: NaiveDate) -> Vec<(i64, i64, i64)> {
    let mut out: Vec<(i64, i64, i64)> = Vec::new();
    let mut cur = since;
    while cur <= until {
        let (grain, period, end) = if cur.ordinal() == 1 && last_of_year(cur) <= until {
            (YEAR, i64::from(cur.year()), last_of_year(cur))
        } else if cur.day() == 1 && last_of_month(cur) <= until {
            (MONTH, month_key(cur), last_of_month(cur))
        } else {
            (DAY, crate::day_number(cur), cur)
        };
        match out.last_mut() {
            Some(last) if last.0 == grain && last.2 + 1 == period => last.2 = period,
            _ => out.push((grain, period, period)),
        }
        match end.succ_opt() {
            Some(n) => cur = n,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_range_is_at_most_five_slices_and_covers_every_day_once() {
        let s = slices(d("2021-03-15"), d("2024-07-20"));
        assert_eq!(s.len(), 5, "{s:?}");
        let grains: Vec<i64> = s.iter().map(|x| x.0).collect();
        assert_eq!(grains, vec![DAY, MONTH, YEAR, MONTH, DAY]);
        // Count days covered.
        let mut days = 0i64;
        for (g, a, b) in s {
            days += match g {
                DAY => b - a + 1,
                MONTH => (a..=b)
                    .map(|m| {
                        let first =
                            NaiveDate::from_ymd_opt((m / 12) as i32, (m % 12) as u32 + 1, 1)
                                .unwrap();
                        i64::from(last_of_month(first).day())
                    })
                    .sum(),
                _ => (a..=b)
                    .map(|y| {
                        if NaiveDate::from_ymd_opt(y as i32, 2, 29).is_some() {
                            366
                        } else {
                            365
                        }
                    })
                    .sum(),
            };
        }
        assert_eq!(days, (d("2024-07-20") - d("2021-03-15")).num_days() + 1);
        assert_eq!(
            slices(d("2023-01-01"), d("2023-12-31")),
            vec![(YEAR, 2023, 2023)]
        );
        assert!(slices(d("2023-02-02"), d("2023-02-01")).is_empty());
    }
}
