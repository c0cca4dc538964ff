//! Read-side look-ups of the SQLite store that a dashboard needs besides
//! paged queries: one event with its mentions and their documents, one
//! document with its text, actor search, and the rollup views with filters.
//! Also the read-only connection a server keeps several of.
//!
//! A child module of `sqlite` so it shares that module's row readers.

use super::{
    day_date, day_number, mention_select, read_event_head, read_mention, tiers, Result,
    SqliteStore, StoreOptions, EVENT_SELECT,
};
use crate::packed;
use crate::{
    ActorCount, ActorInfo, DocumentInfo, DocumentMention, DyadRow, EventDetail, EventMention,
    EventStore, LocationRow, StatsFilter, StoreError, StoredDocument, TimelineRow,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Page cache of a read-only connection (KiB): several are open at once, and
/// reads of a large store go through the memory map anyway.
const READER_CACHE_KIB: i64 = 65_536;

impl SqliteStore {
    /// Open an existing store for reading only: writes fail, nothing is
    /// migrated (open it once with [`SqliteStore::open`] first to apply
    /// migrations). Several such handles can read while one writer writes.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let store = Self::init(conn, StoreOptions::default())?;
        store.conn.execute_batch(&format!(
            "PRAGMA query_only = 1; PRAGMA cache_size = -{READER_CACHE_KIB};"
        ))?;
        Ok(store)
    }

    /// Identity and metadata of the document with row id `rowid`.
    fn document_info(&self, rowid: i64) -> Result<DocumentInfo> {
        let mut st = self.conn.prepare_cached(
            "SELECT d.doc_id, d.url, d.title, d.date, d.lang, s.host FROM documents d \
             JOIN sources s ON s.id = d.site_id WHERE d.id = ?1",
        )?;
        let (id, url, title, day, lang, site): DocRow = st.query_row([rowid], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?;
        Ok(DocumentInfo {
            id,
            url,
            title,
            date: day.map(day_date).transpose()?,
            lang,
            site,
        })
    }

    /// See [`EventStore::event`].
    pub(super) fn event_detail(&self, id: i64, max_mentions: usize) -> Result<Option<EventDetail>> {
        let head = {
            let mut st = self
                .conn
                .prepare_cached(&format!("{EVENT_SELECT} WHERE e.id = ?1"))?;
            let mut rows = st.query([id])?;
            match rows.next()? {
                Some(r) => read_event_head(r)?,
                None => return Ok(None),
            }
        };
        let mut event = head.event;
        event.first = self.first_mention(head.first_mention)?;
        let mut st = self.conn.prepare_cached(&format!(
            "{} WHERE m.event_id = ?1 ORDER BY m.id LIMIT ?2",
            mention_select()
        ))?;
        let limit = i64::try_from(max_mentions).unwrap_or(i64::MAX);
        let mut rows = st.query(params![id, limit])?;
        let mut docs: HashMap<i64, DocumentInfo> = HashMap::new();
        let mut mentions = Vec::new();
        while let Some(r) = rows.next()? {
            let rowid: i64 = r.get(2)?;
            let mention = read_mention(r)?;
            let document = match docs.get(&rowid) {
                Some(d) => d.clone(),
                None => {
                    let d = self.document_info(rowid)?;
                    docs.insert(rowid, d.clone());
                    d
                }
            };
            mentions.push(EventMention { mention, document });
        }
        Ok(Some(EventDetail { event, mentions }))
    }

    /// See [`EventStore::document`].
    pub(super) fn stored_document(&self, id: &str) -> Result<Option<StoredDocument>> {
        const SELECT: &str = "SELECT d.id, d.text, (SELECT f.doc_id FROM documents f \
             WHERE f.id = d.duplicate_of), d.mentions_from, d.mentions_to FROM documents d";
        let read =
            |r: &rusqlite::Row| -> rusqlite::Result<(i64, String, Option<String>, i64, i64)> {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            };
        let by_id = self
            .conn
            .prepare_cached(&format!(
                "{SELECT} WHERE d.doc_id = ?1 ORDER BY d.id DESC LIMIT 1"
            ))?
            .query_row([id], read)
            .optional()?;
        let found = match by_id {
            Some(f) => Some(f),
            None => self
                .conn
                .prepare_cached(&format!("{SELECT} WHERE d.key = ?1"))?
                .query_row([id], read)
                .optional()?,
        };
        let Some((rowid, text, duplicate_of, from, to)) = found else {
            return Ok(None);
        };
        let info = self.document_info(rowid)?;
        let mut st = self.conn.prepare_cached(
            "SELECT event_id, cameo, sentence_start, sentence_end, copied FROM mentions \
             WHERE id BETWEEN ?1 AND ?2 ORDER BY sentence_start, id",
        )?;
        let mut rows = st.query(params![from, to])?;
        let mut mentions = Vec::new();
        while let Some(r) = rows.next()? {
            mentions.push(DocumentMention {
                event_id: r.get(0)?,
                cameo: r.get(1)?,
                sentence_start: offset(r.get(2)?)?,
                sentence_end: offset(r.get(3)?)?,
                copied: r.get::<_, i64>(4)? != 0,
            });
        }
        Ok(Some(StoredDocument {
            info,
            text,
            duplicate_of,
            mentions,
        }))
    }

    /// See [`EventStore::actors`].
    pub(super) fn actors_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<ActorCount>> {
        let mut found: HashMap<i64, ActorInfo> = HashMap::new();
        {
            let mut st = self.conn.prepare_cached(
                "SELECT id, code, country, sector FROM actors \
                 WHERE substr(code, 1, length(?1)) = ?1",
            )?;
            let mut rows = st.query([prefix.to_ascii_uppercase()])?;
            while let Some(r) = rows.next()? {
                found.insert(
                    r.get(0)?,
                    ActorInfo {
                        code: r.get(1)?,
                        country: r.get(2)?,
                        sector: r.get(3)?,
                    },
                );
            }
        }
        if found.is_empty() {
            return Ok(Vec::new());
        }
        let mut events: HashMap<i64, i64> = HashMap::new();
        let mut st = self.conn.prepare_cached(
            "SELECT source_id, targets FROM rollup_dyad_targets WHERE grain = ?1 AND period = 0",
        )?;
        let mut rows = st.query([tiers::ALL])?;
        while let Some(r) = rows.next()? {
            let s: i64 = r.get(0)?;
            let blob = r
                .get_ref(1)?
                .as_blob()
                .map_err(|e| StoreError::Invalid(format!("a dyad rollup row: {e}")))?;
            packed::for_each(blob, |t, (n, _, _)| {
                if found.contains_key(&s) {
                    *events.entry(s).or_default() += n;
                }
                if t != s && found.contains_key(&t) {
                    *events.entry(t).or_default() += n;
                }
            })?;
        }
        let mut out: Vec<ActorCount> = found
            .into_iter()
            .map(|(id, actor)| ActorCount {
                actor,
                events: events.get(&id).copied().unwrap_or(0),
            })
            .collect();
        out.sort_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| a.actor.code.cmp(&b.actor.code))
        });
        out.truncate(limit);
        Ok(out)
    }

    /// See [`EventStore::timeline_filtered`].
    pub(super) fn timeline_where(&self, f: &StatsFilter) -> Result<Vec<TimelineRow>> {
        let Some(root) = &f.root else {
            return self.timeline(f.dates);
        };
        let Some((since, until)) = self.day_bounds(f.dates)? else {
            return Ok(Vec::new());
        };
        let mut st = self.conn.prepare_cached(
            "SELECT day, quad_class, root, events, mentions, goldstein FROM rollup_daily \
             WHERE day BETWEEN ?1 AND ?2 AND root = ?3 AND (events <> 0 OR mentions <> 0) \
             ORDER BY day, quad_class, root",
        )?;
        let mut rows = st.query(params![day_number(since), day_number(until), root])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(TimelineRow {
                date: day_date(r.get(0)?)?,
                quad_class: u8::try_from(r.get::<_, i64>(1)?).map_err(|_| {
                    StoreError::Invalid("the store holds an unknown QuadClass".into())
                })?,
                root: r.get(2)?,
                events: r.get(3)?,
                mentions: r.get(4)?,
                goldstein_sum: r.get(5)?,
            });
        }
        Ok(out)
    }

    /// Ids of actors whose code starts with `prefix` (`None`: no filter).
    fn actor_ids(&self, prefix: Option<&str>) -> Result<Option<HashSet<i64>>> {
        let Some(p) = prefix else { return Ok(None) };
        let ids = self.ids_with_prefix(
            "actors WHERE substr(code, 1, length(?1))",
            &p.to_ascii_uppercase(),
        )?;
        Ok(Some(ids.into_iter().collect()))
    }

    /// See [`EventStore::dyads_filtered`].
    pub(super) fn dyads_where(&self, f: &StatsFilter, limit: usize) -> Result<Vec<DyadRow>> {
        if f.actor.is_none() && f.target.is_none() {
            return self.dyads(f.dates, limit);
        }
        let sources = self.actor_ids(f.actor.as_deref())?;
        let targets = self.actor_ids(f.target.as_deref())?;
        let keep =
            |set: &Option<HashSet<i64>>, id: i64| set.as_ref().is_none_or(|s| s.contains(&id));
        if sources.as_ref().is_some_and(HashSet::is_empty)
            || targets.as_ref().is_some_and(HashSet::is_empty)
        {
            return Ok(Vec::new());
        }
        let only: Option<Vec<i64>> = sources.as_ref().map(|s| {
            let mut ids: Vec<i64> = s.iter().copied().collect();
            ids.sort_unstable();
            ids
        });
        self.dyad_edges(
            f.dates,
            only.as_deref(),
            &|s, t| keep(&sources, s) && keep(&targets, t),
            limit,
        )
    }

    /// See [`EventStore::locations_filtered`].
    pub(super) fn locations_where(
        &self,
        f: &StatsFilter,
        limit: usize,
    ) -> Result<Vec<LocationRow>> {
        let Some(country) = &f.country else {
            return self.locations(f.dates, limit);
        };
        let places: HashSet<i64> = self
            .ids_with_prefix("locations WHERE country", &country.to_ascii_uppercase())?
            .into_iter()
            .collect();
        if places.is_empty() {
            return Ok(Vec::new());
        }
        self.location_counts(f.dates, &|id| places.contains(&id), limit)
    }
}

/// A document's metadata columns as read.
type DocRow = (
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    String,
);

fn offset(v: i64) -> Result<usize> {
    usize::try_from(v).map_err(|_| StoreError::Invalid(format!("negative offset {v} in the store")))
}
