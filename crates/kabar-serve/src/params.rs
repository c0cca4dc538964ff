//! Query parameters of the API and their validation. Every parameter is
//! taken as text and checked here, so a bad value is a 400 that names it;
//! an empty value counts as not given (a filter bar sends `actor=`).

use crate::error::ApiError;
use chrono::NaiveDate;
use kabar_core::CodeTables;
use kabar_store::{DateRange, Query, StatsFilter};
use serde::Deserialize;
use utoipa::IntoParams;

/// The filters shared by the event list and the aggregate views.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Filters {
    /// First event date included (YYYY-MM-DD).
    pub since: Option<String>,
    /// Last event date included (YYYY-MM-DD).
    pub until: Option<String>,
    /// Source actor code prefix (`IRN` matches `IRN`, `IRNGOV`).
    pub actor: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO root, `01` to `20`.
    pub root: Option<String>,
    /// CAMEO event code prefix (`04`, `042`, `0311`); must begin a code of the codebook.
    pub cameo: Option<String>,
    /// Language of at least one mention: `id` or `en`.
    pub lang: Option<String>,
    /// Country (ISO 3166-1 alpha-3) where the event took place.
    pub country: Option<String>,
    /// Full-text search over evidence sentences (SQLite FTS5: words, "a phrase", OR, NOT, prefix*).
    pub text: Option<String>,
}

/// Names of the filters, in [`Filters`] order.
pub const FILTER_NAMES: [&str; 9] = [
    "since", "until", "actor", "target", "root", "cameo", "lang", "country", "text",
];

/// The value of a parameter, `None` when absent or blank.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Parse a YYYY-MM-DD date named `name`.
pub fn date(name: &str, v: &Option<String>) -> Result<Option<NaiveDate>, ApiError> {
    given(v)
        .map(|s| {
            let bad =
                || ApiError::bad_request(format!("{name}: {s:?} is not a date (use YYYY-MM-DD)"));
            if s.len() != 10 {
                return Err(bad());
            }
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad())
        })
        .transpose()
}

fn actor_code(name: &str, v: &Option<String>) -> Result<Option<String>, ApiError> {
    given(v)
        .map(|s| {
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
                Ok(s.to_ascii_uppercase())
            } else {
                Err(ApiError::bad_request(format!(
                    "{name}: {s:?} is not a CAMEO actor code (letters and digits, e.g. IRNGOV)"
                )))
            }
        })
        .transpose()
}

impl Filters {
    /// The filters given, by name.
    pub fn given_names(&self) -> Vec<&'static str> {
        let values = [
            &self.since,
            &self.until,
            &self.actor,
            &self.target,
            &self.root,
            &self.cameo,
            &self.lang,
            &self.country,
            &self.text,
        ];
        FILTER_NAMES
            .iter()
            .zip(values)
            .filter(|(_, v)| given(v).is_some())
            .map(|(n, _)| *n)
            .collect()
    }

    /// The date range, checked.
    pub fn dates(&self) -> Result<DateRange, ApiError> {
        let since = date("since", &self.since)?;
        let until = date("until", &self.until)?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(ApiError::bad_request(format!(
                    "since: {s} is after until ({u})"
                )));
            }
        }
        Ok(DateRange { since, until })
    }

    /// The CAMEO root as two digits.
    pub fn root(&self) -> Result<Option<String>, ApiError> {
        given(&self.root)
            .map(|s| match s.parse::<u8>() {
                Ok(n @ 1..=20) if s.len() <= 2 => Ok(format!("{n:02}")),
                _ => Err(ApiError::bad_request(format!(
                    "root: {s:?} is not a CAMEO root (01 to 20)"
                ))),
            })
            .transpose()
    }

    fn cameo(&self) -> Result<Option<String>, ApiError> {
        given(&self.cameo)
            .map(|s| {
                let digits = (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
                if digits && CodeTables::get().codes().iter().any(|c| c.starts_with(s)) {
                    Ok(s.to_string())
                } else {
                    Err(ApiError::bad_request(format!(
                        "cameo: {s:?} is not a CAMEO event code or the start of one"
                    )))
                }
            })
            .transpose()
    }

    fn lang(&self) -> Result<Option<String>, ApiError> {
        given(&self.lang)
            .map(|s| match s.to_ascii_lowercase().as_str() {
                l @ ("id" | "en") => Ok(l.to_string()),
                _ => Err(ApiError::bad_request(format!(
                    "lang: {s:?} is not a language kabar codes (id or en)"
                ))),
            })
            .transpose()
    }

    fn country(&self) -> Result<Option<String>, ApiError> {
        given(&self.country)
            .map(|s| {
                if s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
                    Ok(s.to_ascii_uppercase())
                } else {
                    Err(ApiError::bad_request(format!(
                        "country: {s:?} is not an ISO 3166-1 alpha-3 code (e.g. IDN)"
                    )))
                }
            })
            .transpose()
    }

    fn text(&self) -> Result<Option<String>, ApiError> {
        given(&self.text)
            .map(|s| {
                if s.chars().count() <= 500 {
                    Ok(s.to_string())
                } else {
                    Err(ApiError::bad_request(
                        "text: a search of at most 500 characters",
                    ))
                }
            })
            .transpose()
    }

    /// An event query with every filter checked (page size and cursor unset).
    pub fn to_query(&self) -> Result<Query, ApiError> {
        Ok(Query {
            actor: actor_code("actor", &self.actor)?,
            target: actor_code("target", &self.target)?,
            root: self.root()?,
            cameo: self.cameo()?,
            dates: self.dates()?,
            lang: self.lang()?,
            country: self.country()?,
            text: self.text()?,
            limit: 1,
            cursor: None,
        })
    }

    /// The filters of an aggregate view: every given filter is checked; those
    /// the view does not apply (not in `applied`) are listed as ignored.
    pub fn to_stats(&self, applied: &[&str]) -> Result<(StatsFilter, Vec<String>), ApiError> {
        let q = self.to_query()?;
        let ignored = self
            .given_names()
            .into_iter()
            .filter(|n| !applied.contains(n))
            .map(str::to_string)
            .collect();
        let pick = |name: &str, v: Option<String>| v.filter(|_| applied.contains(&name));
        Ok((
            StatsFilter {
                dates: q.dates,
                root: pick("root", q.root),
                actor: pick("actor", q.actor),
                target: pick("target", q.target),
                country: pick("country", q.country),
            },
            ignored,
        ))
    }
}

/// Paging and format of the event list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventPaging {
    /// Events per page, 1 to 500 (default 50).
    pub limit: Option<String>,
    /// Where the previous page ended: its `next_cursor`.
    pub cursor: Option<String>,
    /// `json` (default) or `csv` (one flat row per event; the next cursor in
    /// the `X-Next-Cursor` header).
    pub format: Option<String>,
}

/// Parse a count named `name` in `1..=max`, `default` when absent.
pub fn limit(
    name: &str,
    v: &Option<String>,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match given(v) {
        None => Ok(default),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request(format!(
                "{name}: {s:?} is not a number from 1 to {max}"
            ))),
        },
    }
}

/// A cursor as the store gives it (`DAY:ID`), checked.
pub fn cursor(v: &Option<String>) -> Result<Option<String>, ApiError> {
    given(v)
        .map(|s| {
            let ok = s
                .split_once(':')
                .is_some_and(|(a, b)| a.parse::<i64>().is_ok() && b.parse::<i64>().is_ok());
            if ok {
                Ok(s.to_string())
            } else {
                Err(ApiError::bad_request(format!(
                    "cursor: {s:?} is not a cursor this API gave (use next_cursor)"
                )))
            }
        })
        .transpose()
}

/// Bucket of the timeline.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TimelineParams {
    /// `day` (default) or `week` (dated by its Monday).
    pub bucket: Option<String>,
}

/// Size of the dyad network.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NetworkParams {
    /// Edges, heaviest first: 1 to 2000 (default 100).
    pub limit: Option<String>,
}

/// Size of the map.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MapParams {
    /// Places, most events first: 1 to 5000 (default 500).
    pub limit: Option<String>,
}

/// Actor search.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActorParams {
    /// Code prefix (`IRN`); empty lists the actors with most events.
    pub q: Option<String>,
    /// Actors, 1 to 200 (default 20).
    pub limit: Option<String>,
}

/// Check an actor search prefix (empty is allowed).
pub fn actor_prefix(v: &Option<String>) -> Result<String, ApiError> {
    Ok(actor_code("q", v)?.unwrap_or_default())
}
