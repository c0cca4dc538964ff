//! Publication dates from meta values, URLs and Indonesian/English date strings.

use chrono::NaiveDate;

/// Month number of an English or Indonesian month name or abbreviation.
fn month(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let m = match w.as_str() {
        "januari" | "january" | "jan" => 1,
        "februari" | "february" | "feb" | "pebruari" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "aug" | "agu" | "agt" | "agus" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "oct" | "okt" => 10,
        "november" | "nov" | "nop" | "nopember" => 11,
        "desember" | "december" | "dec" | "des" => 12,
        _ => return None,
    };
    Some(m)
}

/// Split into runs of digits and runs of letters, each with its byte offset.
fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in s.char_indices() {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        match (start, kind) {
            (Some((_, d)), Some(k)) if d == k => {}
            (Some((b, _)), k) => {
                out.push((b, &s[b..i]));
                start = k.map(|k| (i, k));
            }
            (None, k) => start = k.map(|k| (i, k)),
        }
    }
    if let Some((b, _)) = start {
        out.push((b, &s[b..]));
    }
    out
}

fn num(t: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Find a date in `s`; `named_only` accepts only dates with a month name.
fn find(s: &str, named_only: bool) -> Option<NaiveDate> {
    let t = tokens(s);
    for w in t.windows(3) {
        let (a, b, c) = (w[0].1, w[1].1, w[2].1);
        // 1 Februari 2023 / 01 Feb 2023
        if let (Some(d), Some(m), Some(y)) = (num(a, 1..=2), month(b), num(c, 4..=4)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
        // February 1, 2023
        if let (Some(m), Some(d), Some(y)) = (month(a), num(b, 1..=2), num(c, 4..=4)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
        if named_only {
            continue;
        }
        // 2023-02-01
        if let (Some(y), Some(m), Some(d)) = (num(a, 4..=4), num(b, 1..=2), num(c, 1..=2)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
        // 01/02/2023 (day first, as written in Indonesia and most of the world)
        if let (Some(d), Some(m), Some(y)) = (num(a, 1..=2), num(b, 1..=2), num(c, 4..=4)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    if named_only {
        return None;
    }
    // 20230201
    t.iter().find_map(|(_, tok)| {
        let n = num(tok, 8..=8)?;
        ymd(n / 10000, n / 100 % 100, n % 100)
    })
}

/// Parse a date as found in meta tags, feeds, JSON or CSV: ISO 8601
/// (`2023-02-01T10:15:00+07:00`), RFC 2822 (`Wed, 01 Feb 2023 …`), Indonesian
/// (`Rabu, 1 Februari 2023 10:15 WIB`), English (`February 1, 2023`),
/// `01/02/2023` (day first) or `20230201`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    find(s, false)
}

/// A date spelt with a month name somewhere in running text.
pub(crate) fn find_named_date(s: &str) -> Option<NaiveDate> {
    find(s, true)
}

/// A date in a URL path: `/2023/02/01/`, `/20230201…`, `-2023-02-01-`.
pub fn parse_date_in_url(url: &str) -> Option<NaiveDate> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let digits: Vec<&str> = tokens(path)
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    for w in digits.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4..=4), num(w[1], 2..=2), num(w[2], 2..=2))
        {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    digits.iter().find_map(|t| {
        // An 8-digit run, or the first 8 digits of a longer id such as 20230201101500.
        let head = t.get(..8)?;
        let n = num(head, 8..=8)?;
        if !(t.starts_with("19") || t.starts_with("20")) {
            return None;
        }
        ymd(n / 10000, n / 100 % 100, n % 100)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn formats() {
        assert_eq!(parse_date("Rabu, 1 Februari 2023 10:15 WIB"), d(2023, 2, 1));
        assert_eq!(parse_date("2023-02-01T10:15:00+07:00"), d(2023, 2, 1));
        assert_eq!(parse_date("Wed, 01 Feb 2023 03:15:00 GMT"), d(2023, 2, 1));
        assert_eq!(parse_date("February 1, 2023"), d(2023, 2, 1));
        assert_eq!(parse_date("01/02/2023"), d(2023, 2, 1));
        assert_eq!(
            parse_date("Selasa, 17 Agu 2021 | 09:00 WIB"),
            d(2021, 8, 17)
        );
        assert_eq!(parse_date("no date"), None);
    }

    #[test]
    fn urls() {
        assert_eq!(
            parse_date_in_url("https://nasional.kompas.com/read/2023/02/01/10150001/judul"),
            d(2023, 2, 1)
        );
        assert_eq!(
            parse_date_in_url("https://x.id/berita/20230201101500-4-1/judul"),
            d(2023, 2, 1)
        );
        assert_eq!(parse_date_in_url("https://x.id/d-6543210/judul"), None);
    }
}
