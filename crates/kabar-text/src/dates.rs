//! Date expressions in Indonesian and English news, and their resolution to
//! calendar dates.
//!
//! [`find_dates`] walks the tokens of each sentence once and recognises
//! weekdays ("pada hari Rabu", "Rabu malam", "last Wednesday"), absolute
//! dates ("Rabu 1 Februari", "Rabu (1/2)", "1 Februari 2023",
//! "February 1, 2023", "2023-02-01", "Februari 2023"), relative expressions
//! ("kemarin", "dua hari lalu", "pekan lalu", "three weeks ago", "last
//! year") and years ("tahun 2019", "in 2019"). [`resolve`] turns a value into
//! a date against the publication date (the anchor).

use crate::segment::{Segmented, Token, TokenKind};
use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};
use kabar_core::{DatePrecision, Lang};
use serde::Serialize;

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Direction {
    /// Strictly before the anchor ("Rabu lalu", "last Wednesday").
    Past,
    /// Strictly after the anchor ("Rabu depan", "next Wednesday").
    Next,
    /// The latest one on or before the anchor ("Rabu", "on Wednesday").
    Nearest,
}

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DateValue {
    /// A calendar date, possibly without year or day ("1 Februari",
    /// "Februari 2023", "Rabu (1/2)").
    Absolute {
        /// The year, when written.
        year: Option<i32>,
        /// Month 1–12.
        month: u32,
        /// Day 1–31 (not checked against the month), when written.
        day: Option<u32>,
        /// The weekday written next to the date, if any.
        weekday: Option<Weekday>,
    },
    /// Days from the anchor: "kemarin" −1, "hari ini" 0, "besok" +1, "two days ago" −2.
    RelativeDays(i64),
    /// A weekday without a date ("Rabu malam", "last Wednesday").
    Weekday {
        /// The day of the week.
        weekday: Weekday,
        /// Which occurrence relative to the anchor.
        direction: Direction,
    },
    /// Weeks from the anchor: "pekan lalu" −1, "next week" +1.
    RelativeWeeks(i64),
    /// Months from the anchor: "bulan lalu" −1.
    RelativeMonths(i64),
    /// Years from the anchor: "tahun lalu" −1, "two years ago" −2.
    RelativeYears(i64),
    /// A year on its own: "tahun 2019", "in 2019".
    Year(i32),
}

/// A date expression found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// Byte offset of its first token (including "pada", "hari", "on").
    pub start: usize,
    /// Byte offset just past its last token.
    pub end: usize,
    /// What it says.
    pub value: DateValue,
}

/// A date expression resolved to a calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ResolvedDate {
    /// The date; the first day of the month or year for coarser precisions.
    pub date: NaiveDate,
    /// How exactly the text names it.
    pub precision: DatePrecision,
}

/// Find the date expressions in `text`, segmented as `seg`.
///
/// Expressions never cross sentence boundaries. Both languages' month and
/// weekday names are known whatever `lang` is; `lang` decides relative words
/// and the order of numeric dates (Indonesian day/month, English month/day
/// unless the first number is above 12). Month names must be capitalised and
/// need a day or a year next to them ("May", "March" and "Mei" alone are not
/// dates).
pub fn find_dates(text: &str, seg: &Segmented, lang: Lang) -> Vec<DateMention> {
    let mut out = Vec::new();
    for sentence in &seg.sentences {
        let toks = seg.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
        let cx = Cx { text, toks, lang };
        let mut floor = 0; // first token not yet part of a mention
        let mut k = 0;
        while k < toks.len() {
            match cx.date_at(k) {
                Some((mut s, e, value)) => {
                    s = cx.extend_prefix(s, floor);
                    out.push(DateMention {
                        start: toks[s].start,
                        end: toks[e - 1].end,
                        value,
                    });
                    floor = e;
                    k = e;
                }
                None => k += 1,
            }
        }
    }
    out
}

/// Resolve `value` to a date, given the document's publication date
/// (`anchor`, or a date the caller infers) and today's date.
///
/// * Absolute with a year: that date (day precision), the first of the
///   month (month precision) when no day is written.
/// * Absolute without a year, with an anchor: the year that puts it nearest
///   the anchor but at most 7 days after it (news reports the past).
/// * Absolute without a year or anchor: the latest year on or before
///   `today` whose date falls on the written weekday, or, with no weekday,
///   the latest year on or before `today`.
/// * Weekday: `Nearest` is the latest such day on or before the anchor,
///   `Past` strictly before it, `Next` strictly after it.
/// * RelativeDays: the anchor shifted (day precision). RelativeWeeks: the
///   anchor shifted by 7 days a week, reported with day precision although
///   the text names only the week. RelativeMonths: the first of the shifted
///   month (month precision). RelativeYears: 1 January of the shifted year
///   (year precision). Year: its 1 January (year precision).
///
/// Relative values and weekdays need an anchor. Impossible dates
/// ("31 Februari") give `None`.
pub fn resolve(
    value: &DateValue,
    anchor: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<ResolvedDate> {
    let day = |date| ResolvedDate {
        date,
        precision: DatePrecision::Day,
    };
    match *value {
        DateValue::Absolute {
            year,
            month,
            day: d,
            weekday,
        } => {
            let precision = if d.is_some() {
                DatePrecision::Day
            } else {
                DatePrecision::Month
            };
            let dd = d.unwrap_or(1);
            let date = match (year, anchor) {
                (Some(y), _) => NaiveDate::from_ymd_opt(y, month, dd)?,
                (None, Some(a)) => {
                    let limit = a.checked_add_signed(TimeDelta::try_days(7)?)?;
                    latest_year(a.year() + 1, 9, month, dd, |x| x <= limit)?
                }
                (None, None) => match weekday {
                    Some(w) => latest_year(today.year(), 60, month, dd, |x| {
                        x <= today && x.weekday() == w
                    })?,
                    None => latest_year(today.year(), 9, month, dd, |x| x <= today)?,
                },
            };
            Some(ResolvedDate { date, precision })
        }
        DateValue::Weekday { weekday, direction } => {
            let a = anchor?;
            let from = i64::from(a.weekday().num_days_from_monday());
            let to = i64::from(weekday.num_days_from_monday());
            let shift = match direction {
                Direction::Nearest => -((from - to).rem_euclid(7)),
                Direction::Past => -(((from - to - 1).rem_euclid(7)) + 1),
                Direction::Next => ((to - from - 1).rem_euclid(7)) + 1,
            };
            Some(day(a.checked_add_signed(TimeDelta::try_days(shift)?)?))
        }
        DateValue::RelativeDays(n) => {
            Some(day(anchor?.checked_add_signed(TimeDelta::try_days(n)?)?))
        }
        DateValue::RelativeWeeks(n) => Some(day(
            anchor?.checked_add_signed(TimeDelta::try_days(n.checked_mul(7)?)?)?
        )),
        DateValue::RelativeMonths(n) => {
            let first = anchor?.with_day(1)?;
            let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
            let date = if n >= 0 {
                first.checked_add_months(m)?
            } else {
                first.checked_sub_months(m)?
            };
            Some(ResolvedDate {
                date,
                precision: DatePrecision::Month,
            })
        }
        DateValue::RelativeYears(n) => {
            let y = i32::try_from(i64::from(anchor?.year()).checked_add(n)?).ok()?;
            Some(ResolvedDate {
                date: NaiveDate::from_ymd_opt(y, 1, 1)?,
                precision: DatePrecision::Year,
            })
        }
        DateValue::Year(y) => Some(ResolvedDate {
            date: NaiveDate::from_ymd_opt(y, 1, 1)?,
            precision: DatePrecision::Year,
        }),
    }
}

/// The date `month`/`day` in the latest year from `from` down (at most
/// `span` years) that exists and satisfies `ok`.
fn latest_year(
    from: i32,
    span: i32,
    month: u32,
    day: u32,
    ok: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    (0..=span)
        .filter_map(|back| NaiveDate::from_ymd_opt(from.checked_sub(back)?, month, day))
        .find(|&d| ok(d))
}

/// Matching context: the tokens of one sentence.
struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lang: Lang,
}

/// Parts of the day that may follow a weekday or "kemarin".
const TIMES_OF_DAY: &[&str] = &[
    "pagi",
    "siang",
    "sore",
    "malam",
    "petang",
    "subuh",
    "morning",
    "afternoon",
    "evening",
    "night",
];

impl<'a> Cx<'a> {
    /// Text of token `k`, or "" past the end.
    fn s(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.text(self.text))
    }

    /// Is token `k` the word `w` (ASCII case-insensitively)?
    fn is(&self, k: usize, w: &str) -> bool {
        self.s(k).eq_ignore_ascii_case(w)
    }

    fn is_any(&self, k: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(k, w))
    }

    fn kind(&self, k: usize) -> Option<TokenKind> {
        self.toks.get(k).map(|t| t.kind)
    }

    fn capitalised(&self, k: usize) -> bool {
        self.s(k).chars().next().is_some_and(char::is_uppercase)
    }

    /// A date expression starting at token `k`: (first token, end token, value).
    fn date_at(&self, k: usize) -> Option<(usize, usize, DateValue)> {
        if let Some(r) = self.weekday_at(k) {
            return Some(r);
        }
        if let Some((e, value)) = self.absolute_at(k) {
            return Some((k, e, value));
        }
        if let Some((e, value)) = self.relative_at(k) {
            return Some((k, e, value));
        }
        self.year_at(k)
    }

    /// Include "pada", "hari", "tanggal", "on" before a mention.
    fn extend_prefix(&self, mut s: usize, floor: usize) -> usize {
        if s > floor && self.is_any(s - 1, &["hari", "tanggal", "tgl"]) && !self.is(s, "ini") {
            s -= 1;
        }
        if s > floor && self.is_any(s - 1, &["pada", "on"]) {
            s -= 1;
        }
        s
    }

    /// Skip a time-of-day word ("malam", "dini hari", "night") at `k`.
    fn time_of_day(&self, k: usize) -> usize {
        if self.is(k, "dini") && self.is(k + 1, "hari") {
            k + 2
        } else if self.is_any(k, TIMES_OF_DAY) {
            k + 1
        } else {
            k
        }
    }

    /// "Rabu", "pada hari Rabu 1 Februari", "Rabu (1/2)", "Rabu malam",
    /// "Rabu lalu", "last Wednesday", "Wednesday, Feb. 1, 2023".
    fn weekday_at(&self, k: usize) -> Option<(usize, usize, DateValue)> {
        let w = self.s(k);
        let weekday = weekday_name(w)?;
        if w.eq_ignore_ascii_case("minggu") {
            // "minggu" is a week; "Minggu lalu" opening a sentence is "last week".
            let opens = k == 0 || self.kind(k - 1) == Some(TokenKind::Punct);
            let relative = self.is_any(k + 1, &["lalu", "depan", "ini", "mendatang", "kemarin"]);
            if !self.capitalised(k) || (opens && relative) {
                return None;
            }
        }
        let mut start = k;
        let mut direction = Direction::Nearest;
        if k > 0 {
            let before = match Lower::of(self.s(k - 1)).as_str() {
                "last" | "past" => Some(Direction::Past),
                "next" | "coming" => Some(Direction::Next),
                "this" => Some(Direction::Nearest),
                _ => None,
            };
            if let Some(d) = before {
                direction = d;
                start = k - 1;
            }
        }
        // A written date after the weekday, maybe after a comma or time of day.
        let mut j = k + 1;
        if self.s(j) == "," {
            j += 1;
        }
        for at in [j, self.time_of_day(j)] {
            if let Some((
                e,
                DateValue::Absolute {
                    year, month, day, ..
                },
            )) = self.absolute_at(at)
            {
                let value = DateValue::Absolute {
                    year,
                    month,
                    day,
                    weekday: Some(weekday),
                };
                return Some((start, self.time_of_day(e), value));
            }
        }
        let mut e = self.time_of_day(k + 1);
        let after = match Lower::of(self.s(e)).as_str() {
            "lalu" | "kemarin" => Some(Direction::Past),
            "depan" | "mendatang" | "nanti" => Some(Direction::Next),
            "ini" => Some(Direction::Nearest),
            _ => None,
        };
        if let Some(d) = after {
            direction = d;
            e = self.time_of_day(e + 1);
        }
        Some((start, e, DateValue::Weekday { weekday, direction }))
    }

    /// Month name at `k` (with a following abbreviation period): (month, next token).
    fn month_at(&self, k: usize) -> Option<(u32, usize)> {
        if !self.capitalised(k) {
            return None;
        }
        let (m, short) = month_name(self.s(k))?;
        let glued = self
            .toks
            .get(k..k + 2)
            .is_some_and(|t| t[0].end == t[1].start && t[1].text(self.text) == ".");
        Some((m, if short && glued { k + 2 } else { k + 1 }))
    }

    /// An absolute date at `k`: (end token, value without weekday).
    fn absolute_at(&self, k: usize) -> Option<(usize, DateValue)> {
        let abs = |year, month, day| DateValue::Absolute {
            year,
            month,
            day,
            weekday: None,
        };
        // "(1/2)", "(1/2/2023)"
        if self.s(k) == "(" && self.s(k + 2) == ")" && self.kind(k + 1) == Some(TokenKind::Number) {
            let (y, m, d) = numeric_date(self.s(k + 1), self.lang, true)?;
            return Some((k + 3, abs(y, m, Some(d))));
        }
        // "1/2/2023", "01-02-2023", "2023-02-01"
        if self.kind(k) == Some(TokenKind::Number) {
            if let Some((y, m, d)) = numeric_date(self.s(k), self.lang, false) {
                return Some((k + 1, abs(y, m, Some(d))));
            }
        }
        // "1 Februari 2023", "1st February"
        if let Some(d) = day_number(self.s(k)) {
            let (m, j) = self.month_at(k + 1)?;
            return Some(match year_number(self.s(j)) {
                Some(y) => (j + 1, abs(Some(y), m, Some(d))),
                None => (j, abs(None, m, Some(d))),
            });
        }
        // "February 1, 2023", "Feb. 1", "Februari 2023"
        let (m, j) = self.month_at(k)?;
        if let Some(d) = day_number(self.s(j)) {
            if self.s(j + 1) == "," {
                if let Some(y) = year_number(self.s(j + 2)) {
                    return Some((j + 3, abs(Some(y), m, Some(d))));
                }
            }
            if let Some(y) = year_number(self.s(j + 1)) {
                return Some((j + 2, abs(Some(y), m, Some(d))));
            }
            return Some((j + 1, abs(None, m, Some(d))));
        }
        let y = year_number(self.s(j))?;
        Some((j + 1, abs(Some(y), m, None)))
    }

    /// Relative days, weeks, months and years at `k`: (end token, value).
    fn relative_at(&self, k: usize) -> Option<(usize, DateValue)> {
        match self.lang {
            Lang::Id => self.relative_id(k),
            Lang::En => self.relative_en(k),
        }
    }

    fn relative_id(&self, k: usize) -> Option<(usize, DateValue)> {
        let w = Lower::of(self.s(k));
        match w.as_str() {
            "kemarin" => return Some((self.time_of_day(k + 1), DateValue::RelativeDays(-1))),
            "besok" | "esok" => {
                let e = if self.is(k + 1, "hari") { k + 2 } else { k + 1 };
                return Some((self.time_of_day(e), DateValue::RelativeDays(1)));
            }
            "lusa" => return Some((k + 1, DateValue::RelativeDays(2))),
            "pagi" | "siang" | "sore" | "malam" | "hari" if self.is(k + 1, "ini") => {
                return Some((k + 2, DateValue::RelativeDays(0)));
            }
            _ => {}
        }
        // "dua hari lalu", "sepekan lalu", "pekan depan", "tahun ini".
        let (n, explicit, unit_at) = if let Some((n, unit)) = se_unit(&w) {
            return self.id_direction(k + 1, n, true, unit);
        } else if let Some(n) = count_id(&w) {
            (n, true, k + 1)
        } else {
            (1, false, k)
        };
        let unit = match Lower::of(self.s(unit_at)).as_str() {
            "hari" if explicit => Unit::Days,
            "pekan" => Unit::Weeks,
            "minggu" => {
                // Capitalised "Minggu" mid-sentence is Sunday.
                let opens = unit_at == 0 || self.kind(unit_at - 1) == Some(TokenKind::Punct);
                if self.capitalised(unit_at) && !explicit && !opens {
                    return None;
                }
                Unit::Weeks
            }
            "bulan" => Unit::Months,
            "tahun" => Unit::Years,
            _ => return None,
        };
        self.id_direction(unit_at + 1, n, explicit, unit)
    }

    /// The direction word after an Indonesian unit at `j`.
    fn id_direction(
        &self,
        j: usize,
        n: i64,
        explicit: bool,
        unit: Unit,
    ) -> Option<(usize, DateValue)> {
        let j = if self.is(j, "yang") { j + 1 } else { j };
        let (sign, e) = match Lower::of(self.s(j)).as_str() {
            "lalu" | "silam" => (-1, j + 1),
            "depan" | "mendatang" => (1, j + 1),
            "lagi" if explicit => (1, j + 1),
            "ini" if !explicit => (0, j + 1),
            _ => return None,
        };
        Some((e, unit.value(sign * n)))
    }

    fn relative_en(&self, k: usize) -> Option<(usize, DateValue)> {
        let w = Lower::of(self.s(k));
        match w.as_str() {
            "yesterday" => return Some((self.time_of_day(k + 1), DateValue::RelativeDays(-1))),
            "today" | "tonight" => return Some((k + 1, DateValue::RelativeDays(0))),
            "tomorrow" => return Some((self.time_of_day(k + 1), DateValue::RelativeDays(1))),
            "last" | "next" | "this" => {
                let unit = unit_en(self.s(k + 1))?;
                let n = match w.as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return Some((k + 2, unit.value(n)));
            }
            _ => {}
        }
        // "two days ago", "a week ago", "3 years ago"
        let n = count_en(&w)?;
        let unit = unit_en(self.s(k + 1))?;
        if !self.is(k + 2, "ago") {
            return None;
        }
        Some((k + 3, unit.value(-n)))
    }

    /// "tahun 2019", "pada 2019", "in 2019".
    fn year_at(&self, k: usize) -> Option<(usize, usize, DateValue)> {
        let lead = match self.lang {
            Lang::Id => ["tahun", "pada"],
            Lang::En => ["in", "year"],
        };
        if !self.is_any(k, &lead) {
            return None;
        }
        let y = year_number(self.s(k + 1)).filter(|y| (1900..=2100).contains(y))?;
        // "2019 lalu" / "2019 silam" belong to the mention.
        let e = if self.is_any(k + 2, &["lalu", "silam"]) {
            k + 3
        } else {
            k + 2
        };
        Some((k, e, DateValue::Year(y)))
    }
}

/// Units of relative expressions.
#[derive(Clone, Copy)]
enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Unit {
    fn value(self, n: i64) -> DateValue {
        match self {
            Unit::Days => DateValue::RelativeDays(n),
            Unit::Weeks => DateValue::RelativeWeeks(n),
            Unit::Months => DateValue::RelativeMonths(n),
            Unit::Years => DateValue::RelativeYears(n),
        }
    }
}

fn unit_en(w: &str) -> Option<Unit> {
    Some(match Lower::of(w).as_str() {
        "day" | "days" => Unit::Days,
        "week" | "weeks" => Unit::Weeks,
        "month" | "months" => Unit::Months,
        "year" | "years" => Unit::Years,
        _ => return None,
    })
}

/// "sehari", "sepekan", "seminggu", "sebulan", "setahun": one unit.
fn se_unit(w: &str) -> Option<(i64, Unit)> {
    Some(match w {
        "sehari" => (1, Unit::Days),
        "sepekan" | "seminggu" => (1, Unit::Weeks),
        "sebulan" => (1, Unit::Months),
        "setahun" => (1, Unit::Years),
        _ => return None,
    })
}

fn small_digits(w: &str) -> Option<i64> {
    if w.is_empty() || w.len() > 3 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

fn count_id(w: &str) -> Option<i64> {
    small_digits(w).or(match w {
        "satu" => Some(1),
        "dua" => Some(2),
        "tiga" => Some(3),
        "empat" => Some(4),
        "lima" => Some(5),
        "enam" => Some(6),
        "tujuh" => Some(7),
        "delapan" => Some(8),
        "sembilan" => Some(9),
        "sepuluh" => Some(10),
        "sebelas" => Some(11),
        _ => None,
    })
}

fn count_en(w: &str) -> Option<i64> {
    small_digits(w).or(match w {
        "a" | "an" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "eleven" => Some(11),
        "twelve" => Some(12),
        _ => None,
    })
}

/// A token lower-cased on the stack: date words are short, and this runs for
/// every token of every sentence. Longer tokens become "" (no date word).
struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    fn of(w: &str) -> Lower {
        let mut l = Lower {
            buf: [0; 24],
            len: 0,
        };
        if w.len() <= l.buf.len() && !w.chars().any(|c| !c.is_ascii() && c.is_uppercase()) {
            l.buf[..w.len()].copy_from_slice(w.as_bytes());
            l.buf[..w.len()].make_ascii_lowercase();
            l.len = w.len();
        }
        l
    }

    fn as_str(&self) -> &str {
        // Whole characters of a valid &str were copied, so this never fails.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// Indonesian and English weekday names (any case).
fn weekday_name(w: &str) -> Option<Weekday> {
    if w.len() > 9 {
        return None;
    }
    let l = Lower::of(w);
    Some(match l.as_str() {
        "senin" | "monday" => Weekday::Mon,
        "selasa" | "tuesday" => Weekday::Tue,
        "rabu" | "wednesday" => Weekday::Wed,
        "kamis" | "thursday" => Weekday::Thu,
        "jumat" | "jum'at" | "jum’at" | "friday" => Weekday::Fri,
        "sabtu" | "saturday" => Weekday::Sat,
        "minggu" | "ahad" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Indonesian and English month names and short forms: (month, is short form).
fn month_name(w: &str) -> Option<(u32, bool)> {
    if w.len() > 9 {
        return None;
    }
    let l = Lower::of(w);
    Some(match l.as_str() {
        "januari" | "january" => (1, false),
        "februari" | "pebruari" | "february" => (2, false),
        "maret" | "march" => (3, false),
        "april" => (4, false),
        "mei" | "may" => (5, false),
        "juni" | "june" => (6, false),
        "juli" | "july" => (7, false),
        "agustus" | "august" => (8, false),
        "september" => (9, false),
        "oktober" | "october" => (10, false),
        "november" | "nopember" => (11, false),
        "desember" | "december" => (12, false),
        "jan" => (1, true),
        "feb" | "peb" => (2, true),
        "mar" | "mrt" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "agu" | "agt" | "ags" | "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "okt" | "oct" => (10, true),
        "nov" | "nop" => (11, true),
        "des" | "dec" => (12, true),
        _ => return None,
    })
}

/// A day of the month: "1", "01", "21st".
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix)))
    {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A four-digit year.
fn year_number(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|y| (1000..=2999).contains(y))
}

/// A numeric date: (year, month, day). Two-part forms ("1/2") only inside
/// brackets. Indonesian reads day/month; English month/day unless the first
/// number is above 12. "2023-02-01" is ISO everywhere.
fn numeric_date(w: &str, lang: Lang, bracketed: bool) -> Option<(Option<i32>, u32, u32)> {
    let sep = w.bytes().find(|b| !b.is_ascii_digit())?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let mut parts = [""; 3];
    let mut n = 0;
    for p in w.split(sep as char) {
        if n == 3 || p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        parts[n] = p;
        n += 1;
    }
    let num = |s: &str| s.parse::<u32>().ok();
    let (y, a, b) = match n {
        2 if bracketed && sep == b'/' && parts[0].len() <= 2 && parts[1].len() <= 2 => {
            (None, num(parts[0])?, num(parts[1])?)
        }
        3 if parts[0].len() == 4 && sep != b'.' && parts[1].len() <= 2 && parts[2].len() <= 2 => {
            let y = year_number(parts[0])?;
            let (m, d) = (num(parts[1])?, num(parts[2])?);
            return valid_md(m, d).then_some((Some(y), m, d));
        }
        3 if parts[0].len() <= 2 && parts[1].len() <= 2 => {
            let y = match parts[2].len() {
                4 => year_number(parts[2])?,
                2 if sep != b'.' => {
                    let yy = i32::try_from(num(parts[2])?).ok()?;
                    if yy < 70 {
                        2000 + yy
                    } else {
                        1900 + yy
                    }
                }
                _ => return None,
            };
            (Some(y), num(parts[0])?, num(parts[1])?)
        }
        _ => return None,
    };
    let (m, d) = match lang {
        Lang::En if a <= 12 => (a, b),
        _ => (b, a),
    };
    valid_md(m, d).then_some((y, m, d))
}

fn valid_md(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;
    use chrono::Weekday::{Fri, Mon, Sun, Thu, Tue, Wed};
    use DateValue::{Absolute, RelativeDays, RelativeMonths, RelativeWeeks, RelativeYears, Year};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn found(text: &str, lang: Lang) -> Vec<(&str, DateValue)> {
        let seg = segment(text, lang, &[]);
        find_dates(text, &seg, lang)
            .into_iter()
            .map(|m| (&text[m.start..m.end], m.value))
            .collect()
    }

    fn abs(year: Option<i32>, month: u32, day: Option<u32>, weekday: Option<Weekday>) -> DateValue {
        Absolute {
            year,
            month,
            day,
            weekday,
        }
    }

    fn wd(weekday: Weekday, direction: Direction) -> DateValue {
        DateValue::Weekday { weekday, direction }
    }

    #[test]
    fn indonesian_weekdays_with_dates_times_and_directions() {
        let t = "Ia tiba pada hari Rabu 1 Februari, lalu bertemu menteri pada Rabu malam. \
                 Kamis (2/2) ia pulang. Rabu, 1 Februari 2023 adalah hari kerja. \
                 Sidang digelar Senin lalu dan berlanjut Jum'at depan, bukan Selasa ini.";
        assert_eq!(
            found(t, Lang::Id),
            [
                (
                    "pada hari Rabu 1 Februari",
                    abs(None, 2, Some(1), Some(Wed))
                ),
                ("pada Rabu malam", wd(Wed, Direction::Nearest)),
                ("Kamis (2/2)", abs(None, 2, Some(2), Some(Thu))),
                (
                    "Rabu, 1 Februari 2023",
                    abs(Some(2023), 2, Some(1), Some(Wed))
                ),
                ("Senin lalu", wd(Mon, Direction::Past)),
                ("Jum'at depan", wd(Fri, Direction::Next)),
                ("Selasa ini", wd(Tue, Direction::Nearest)),
            ]
        );
    }

    #[test]
    fn minggu_is_sunday_only_when_it_names_a_day() {
        assert_eq!(
            found("Ia datang hari Minggu dan pergi minggu lalu.", Lang::Id),
            [
                ("hari Minggu", wd(Sun, Direction::Nearest)),
                ("minggu lalu", RelativeWeeks(-1)),
            ]
        );
        assert_eq!(
            found("Minggu lalu harga naik.", Lang::Id),
            [("Minggu lalu", RelativeWeeks(-1))]
        );
        assert_eq!(
            found("Ia bilang minggu ini sibuk.", Lang::Id),
            [("minggu ini", RelativeWeeks(0))]
        );
        assert_eq!(found("Selama satu minggu penuh.", Lang::Id), []);
    }

    #[test]
    fn indonesian_absolute_and_numeric_dates() {
        let t = "Pada 17 Agustus 1945 merdeka. Laporan Februari 2023 dan 5 Okt 2022 terbit. \
                 Data 1/2/2023, 01-02-2023 dan 2023-02-01 sama. Harga 1.000.000 naik 3,5 persen pukul 10.15.";
        assert_eq!(
            found(t, Lang::Id),
            [
                ("Pada 17 Agustus 1945", abs(Some(1945), 8, Some(17), None)),
                ("Februari 2023", abs(Some(2023), 2, None, None)),
                ("5 Okt 2022", abs(Some(2022), 10, Some(5), None)),
                ("1/2/2023", abs(Some(2023), 2, Some(1), None)),
                ("01-02-2023", abs(Some(2023), 2, Some(1), None)),
                ("2023-02-01", abs(Some(2023), 2, Some(1), None)),
            ]
        );
    }

    #[test]
    fn indonesian_relative_expressions() {
        let t = "Kemarin sore polisi datang, hari ini mereka pergi, besok kembali, lusa libur. \
                 Dua hari lalu, 3 hari yang lalu dan sepekan lalu terjadi bentrok. \
                 Pekan depan rapat, bulan lalu sepi, tahun lalu ramai, tahun 2019 juga, dua tahun silam pula.";
        assert_eq!(
            found(t, Lang::Id),
            [
                ("Kemarin sore", RelativeDays(-1)),
                ("hari ini", RelativeDays(0)),
                ("besok", RelativeDays(1)),
                ("lusa", RelativeDays(2)),
                ("Dua hari lalu", RelativeDays(-2)),
                ("3 hari yang lalu", RelativeDays(-3)),
                ("sepekan lalu", RelativeWeeks(-1)),
                ("Pekan depan", RelativeWeeks(1)),
                ("bulan lalu", RelativeMonths(-1)),
                ("tahun lalu", RelativeYears(-1)),
                ("tahun 2019", Year(2019)),
                ("dua tahun silam", RelativeYears(-2)),
            ]
        );
    }

    #[test]
    fn english_dates() {
        let t = "Talks were held on Wednesday and last Friday, with more next Monday and on Tuesday night. \
                 The deal was signed Feb. 1 and ratified on February 1, 2023, after a vote on 1 February 2023. \
                 The plan dates from Feb 1st, 2/1/2023 and 13/2/2023, and from 2023-02-01.";
        assert_eq!(
            found(t, Lang::En),
            [
                ("on Wednesday", wd(Wed, Direction::Nearest)),
                ("last Friday", wd(Fri, Direction::Past)),
                ("next Monday", wd(Mon, Direction::Next)),
                ("on Tuesday night", wd(Tue, Direction::Nearest)),
                ("Feb. 1", abs(None, 2, Some(1), None)),
                ("on February 1, 2023", abs(Some(2023), 2, Some(1), None)),
                ("on 1 February 2023", abs(Some(2023), 2, Some(1), None)),
                ("Feb 1st", abs(None, 2, Some(1), None)),
                ("2/1/2023", abs(Some(2023), 2, Some(1), None)),
                ("13/2/2023", abs(Some(2023), 2, Some(13), None)),
                ("2023-02-01", abs(Some(2023), 2, Some(1), None)),
            ]
        );
    }

    #[test]
    fn english_relative_expressions_and_years() {
        let t = "Yesterday he left, today he spoke, tomorrow he returns. Last week it rained, \
                 next month it snows, two days ago it hailed, three weeks ago it froze, \
                 a year ago it was hot, last year too, and in 2019 it was mild.";
        assert_eq!(
            found(t, Lang::En),
            [
                ("Yesterday", RelativeDays(-1)),
                ("today", RelativeDays(0)),
                ("tomorrow", RelativeDays(1)),
                ("Last week", RelativeWeeks(-1)),
                ("next month", RelativeMonths(1)),
                ("two days ago", RelativeDays(-2)),
                ("three weeks ago", RelativeWeeks(-3)),
                ("a year ago", RelativeYears(-1)),
                ("last year", RelativeYears(-1)),
                ("in 2019", Year(2019)),
            ]
        );
    }

    #[test]
    fn month_words_need_a_day_or_year() {
        assert_eq!(
            found("Officials may meet in March to march on.", Lang::En),
            []
        );
        assert_eq!(
            found("They May agree. Protesters march in May.", Lang::En),
            []
        );
        assert_eq!(found("Rapat digelar pada Mei nanti.", Lang::Id), []);
        assert_eq!(
            found("The vote is on May 5 and in March 2024.", Lang::En),
            [
                ("on May 5", abs(None, 5, Some(5), None)),
                ("March 2024", abs(Some(2024), 3, None, None)),
            ]
        );
        // Fractions and ranges are not dates.
        assert_eq!(
            found(
                "Sekitar 1/2 warga dan 2019-2020 serta 3.5 persen.",
                Lang::Id
            ),
            []
        );
    }

    #[test]
    fn dates_do_not_cross_sentences_and_empty_text_has_none() {
        assert_eq!(found("", Lang::Id), []);
        assert_eq!(
            found("Ia lahir pada 1.\nFebruari adalah bulan kedua.", Lang::Id),
            []
        );
    }

    #[test]
    fn absolute_dates_with_year_resolve_exactly() {
        let today = ymd(2026, 11, 29);
        let r = resolve(&abs(Some(2023), 2, Some(1), None), None, today);
        assert_eq!(
            r,
            Some(ResolvedDate {
                date: ymd(2023, 2, 1),
                precision: DatePrecision::Day
            })
        );
        let r = resolve(&abs(Some(2023), 2, None, None), None, today);
        assert_eq!(
            r,
            Some(ResolvedDate {
                date: ymd(2023, 2, 1),
                precision: DatePrecision::Month
            })
        );
        let r = resolve(&Year(2019), None, today);
        assert_eq!(
            r,
            Some(ResolvedDate {
                date: ymd(2019, 1, 1),
                precision: DatePrecision::Year
            })
        );
    }

    #[test]
    fn yearless_dates_use_the_anchor_then_the_weekday() {
        let today = ymd(2026, 11, 29);
        let rabu_1_feb = abs(None, 2, Some(1), Some(Wed));
        // The seed: no publication date, "Rabu 1 Februari" → the last 1 Feb that was a Wednesday.
        assert_eq!(
            resolve(&rabu_1_feb, None, today).map(|r| r.date),
            Some(ymd(2023, 2, 1))
        );
        // With an anchor: nearest, at most a week ahead of it.
        let feb1 = abs(None, 2, Some(1), None);
        assert_eq!(
            resolve(&feb1, Some(ymd(2023, 2, 2)), today).map(|r| r.date),
            Some(ymd(2023, 2, 1))
        );
        assert_eq!(
            resolve(&feb1, Some(ymd(2023, 1, 28)), today).map(|r| r.date),
            Some(ymd(2023, 2, 1))
        );
        assert_eq!(
            resolve(&feb1, Some(ymd(2023, 1, 20)), today).map(|r| r.date),
            Some(ymd(2022, 2, 1))
        );
        let dec30 = abs(None, 12, Some(30), None);
        assert_eq!(
            resolve(&dec30, Some(ymd(2023, 1, 3)), today).map(|r| r.date),
            Some(ymd(2022, 12, 30))
        );
        // Neither anchor nor weekday: the latest such day up to today.
        assert_eq!(
            resolve(&feb1, None, today).map(|r| r.date),
            Some(ymd(2026, 2, 1))
        );
        assert_eq!(
            resolve(&dec30, None, today).map(|r| r.date),
            Some(ymd(2025, 12, 30))
        );
    }

    #[test]
    fn impossible_dates_resolve_to_nothing() {
        let today = ymd(2026, 11, 29);
        assert_eq!(
            resolve(&abs(Some(2023), 2, Some(31), None), None, today),
            None
        );
        assert_eq!(
            resolve(&abs(None, 2, Some(31), None), Some(today), today),
            None
        );
        assert_eq!(
            resolve(&abs(None, 2, Some(31), Some(Wed)), None, today),
            None
        );
        assert_eq!(
            resolve(&abs(Some(2023), 13, Some(1), None), None, today),
            None
        );
        assert_eq!(resolve(&Year(i32::MAX), None, today), None);
        assert_eq!(resolve(&RelativeDays(i64::MAX), Some(today), today), None);
        assert_eq!(resolve(&RelativeWeeks(i64::MIN), Some(today), today), None);
        assert_eq!(resolve(&RelativeMonths(i64::MIN), Some(today), today), None);
        assert_eq!(resolve(&RelativeYears(i64::MAX), Some(today), today), None);
        // 29 February without a year: the latest leap year.
        let r = resolve(&abs(None, 2, Some(29), None), None, today);
        assert_eq!(r.map(|r| r.date), Some(ymd(2024, 2, 29)));
    }

    #[test]
    fn weekdays_resolve_around_the_anchor() {
        let today = ymd(2026, 11, 29);
        let thu = Some(ymd(2023, 2, 2));
        let wed = Some(ymd(2023, 2, 1));
        let date = |v: DateValue, a| resolve(&v, a, today).map(|r| r.date);
        assert_eq!(
            date(wd(Wed, Direction::Nearest), thu),
            Some(ymd(2023, 2, 1))
        );
        assert_eq!(
            date(wd(Wed, Direction::Nearest), wed),
            Some(ymd(2023, 2, 1))
        );
        assert_eq!(date(wd(Wed, Direction::Past), wed), Some(ymd(2023, 1, 25)));
        assert_eq!(date(wd(Wed, Direction::Past), thu), Some(ymd(2023, 2, 1)));
        assert_eq!(date(wd(Wed, Direction::Next), wed), Some(ymd(2023, 2, 8)));
        assert_eq!(date(wd(Fri, Direction::Next), wed), Some(ymd(2023, 2, 3)));
        assert_eq!(
            date(wd(Thu, Direction::Nearest), wed),
            Some(ymd(2023, 1, 26))
        );
        assert_eq!(date(wd(Wed, Direction::Nearest), None), None);
    }

    #[test]
    fn relative_values_shift_the_anchor() {
        let today = ymd(2026, 11, 29);
        let a = Some(ymd(2023, 3, 31));
        let r = |v: DateValue| resolve(&v, a, today).map(|r| (r.date, r.precision));
        assert_eq!(
            r(RelativeDays(-1)),
            Some((ymd(2023, 3, 30), DatePrecision::Day))
        );
        assert_eq!(
            r(RelativeDays(2)),
            Some((ymd(2023, 4, 2), DatePrecision::Day))
        );
        assert_eq!(
            r(RelativeWeeks(-1)),
            Some((ymd(2023, 3, 24), DatePrecision::Day))
        );
        assert_eq!(
            r(RelativeMonths(-1)),
            Some((ymd(2023, 2, 1), DatePrecision::Month))
        );
        assert_eq!(
            r(RelativeMonths(1)),
            Some((ymd(2023, 4, 1), DatePrecision::Month))
        );
        assert_eq!(
            r(RelativeYears(-1)),
            Some((ymd(2022, 1, 1), DatePrecision::Year))
        );
        assert_eq!(resolve(&RelativeDays(-1), None, today), None);
        assert_eq!(resolve(&RelativeMonths(-1), None, today), None);
    }
}
