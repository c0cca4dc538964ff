//! The SQLite implementation of [`EventStore`]: one file, WAL journal,
//! migrations applied on open, FTS5 over evidence sentences.
//!
//! Durability: the store runs in WAL mode with `synchronous = NORMAL`, so a
//! commit appends to the WAL without waiting for an fsync. A killed process
//! (kill -9, a crash, an out-of-memory kill) loses nothing that was committed:
//! the WAL is in the operating system's page cache and is replayed on open.
//! Only a power loss or kernel crash can roll back the last transactions
//! (never corrupt the file); re-running the ingest then writes them again.

use crate::edges::EdgeSum;
use crate::packed::{self, Tally};
use crate::tiers;
use crate::{
    day_date, day_number, ActorInfo, Counts, DateRange, DyadRow, EventStore, LocationRow, Page,
    Query, Result, StoreError, StoreOptions, StoredEvent, StoredMention, TimelineRow, WriteSummary,
};
use crate::{ActorCount, EventDetail, StatsFilter, StoredDocument};

// Read-side look-ups (event detail, documents, actor search, filtered
// rollups) live in their own file; a child module so they share the row readers.
#[path = "lookup.rs"]
mod lookup;
use chrono::NaiveDate;
use kabar_core::{
    ActorRef, CodedDocument, DatePrecision, Document, Event, Evidence, Lang, Location, Modality,
};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Transaction};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::OnceLock;

/// Schema versions, applied in order; `PRAGMA user_version` is the number applied.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL UNIQUE            -- URL host without www.; '' for documents without URL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,            -- the URL, or 'id:' || doc_id without URL
    doc_id TEXT NOT NULL,                -- the caller's document id
    url TEXT,
    title TEXT,
    date INTEGER,                        -- publication date, days since 1970-01-01
    lang TEXT,
    site_id INTEGER NOT NULL REFERENCES sources(id),
    hash BLOB NOT NULL,                  -- XXH3-128 of the cleaned text
    chars INTEGER NOT NULL,
    text TEXT NOT NULL,                  -- cleaned text: what mention offsets index
    duplicate_of INTEGER REFERENCES documents(id),
    added INTEGER NOT NULL,              -- Unix seconds
    mentions_from INTEGER NOT NULL DEFAULT 1, -- its mentions: ids mentions_from..=mentions_to
    mentions_to INTEGER NOT NULL DEFAULT 0    -- (a document's mentions are written together)
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    country TEXT,
    sector TEXT
);
CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,               -- '' when unknown
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    UNIQUE (name, country)
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,              -- GLOBALEVENTID
    day INTEGER NOT NULL,
    source_id INTEGER REFERENCES actors(id),
    target_id INTEGER REFERENCES actors(id),
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    location_id INTEGER REFERENCES locations(id),
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    first_mention INTEGER NOT NULL,
    source_url TEXT,
    added INTEGER NOT NULL
);
CREATE INDEX events_merge ON events(cameo, source_id, target_id, location_id, day);
CREATE INDEX events_source ON events(source_id, day);
CREATE INDEX events_target ON events(target_id, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    site_id INTEGER NOT NULL REFERENCES sources(id),
    copied INTEGER NOT NULL,             -- 1: credited to a near-duplicate from its first copy
    record_id TEXT NOT NULL,
    day INTEGER,
    date_precision TEXT NOT NULL,
    source_id INTEGER, source_text TEXT, source_name TEXT, source_country TEXT,
    source_sector TEXT, source_start INTEGER, source_end INTEGER,
    target_id INTEGER, target_text TEXT, target_name TEXT, target_country TEXT,
    target_sector TEXT, target_start INTEGER, target_end INTEGER,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    plover TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    location_id INTEGER,
    issues TEXT NOT NULL,
    negated INTEGER NOT NULL,
    modality TEXT NOT NULL,
    lang TEXT NOT NULL,
    confidence REAL NOT NULL,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE VIRTUAL TABLE evidence USING fts5(
    sentence, content = 'mentions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE rollup_daily (
    day INTEGER NOT NULL,
    quad_class INTEGER NOT NULL,
    root TEXT NOT NULL,
    events INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (day, quad_class, root)
) WITHOUT ROWID;
CREATE TABLE rollup_dyads (
    grain INTEGER NOT NULL,              -- 0 day, 1 month, 2 year (3 all dates: migration 3)
    period INTEGER NOT NULL,             -- day number, year*12+month-1, or year
    source_id INTEGER NOT NULL,
    target_id INTEGER NOT NULL,
    events INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (grain, period, source_id, target_id)
) WITHOUT ROWID;
CREATE TABLE rollup_locations (
    grain INTEGER NOT NULL,
    period INTEGER NOT NULL,
    location_id INTEGER NOT NULL,
    events INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (grain, period, location_id)
) WITHOUT ROWID;
"#,
    // 2: cheaper writes. One day-leading index serves both the merge look-up
    // (exact seeks, one per day of the window) and date-ordered scans, so
    // `events_day` goes; the mentions index covers the per-event document and
    // site checks of a merge, so they never read the (wide) mention rows.
    r#"
DROP INDEX events_merge;
DROP INDEX events_day;
CREATE INDEX events_merge ON events(day, cameo, source_id, target_id, location_id);
DROP INDEX mentions_event;
CREATE INDEX mentions_event ON mentions(event_id, doc_id, site_id);
"#,
    // 3: an all-dates tier (grain 3, period 0) of the dyad and location
    // rollups, so a range covering the whole store reads one row per dyad or
    // place instead of every year, month and day; filled from the year tier.
    r#"
INSERT INTO rollup_dyads (grain, period, source_id, target_id, events, mentions, goldstein)
    SELECT 3, 0, source_id, target_id, sum(events), sum(mentions), sum(goldstein)
    FROM rollup_dyads WHERE grain = 2 GROUP BY source_id, target_id;
INSERT INTO rollup_locations (grain, period, location_id, events, mentions)
    SELECT 3, 0, location_id, sum(events), sum(mentions)
    FROM rollup_locations WHERE grain = 2 GROUP BY location_id;
"#,
    // 4: sizes of the large tables, kept in the write transaction, so that
    // `kabar stats` does not count millions of rows.
    r#"
CREATE TABLE counters (
    name TEXT PRIMARY KEY,               -- documents, events, mentions
    n INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counters (name, n) VALUES
    ('documents', (SELECT count(*) FROM documents)),
    ('events', (SELECT count(*) FROM events)),
    ('mentions', (SELECT count(*) FROM mentions));
"#,
    // 5: the dyad rollup packed per source actor (see `packed`): a date
    // range reads one row per source actor and period instead of one per
    // dyad. Filled from `rollup_dyads` by `pack_dyad_rollup`, which then drops it.
    r#"
CREATE TABLE rollup_dyad_targets (
    grain INTEGER NOT NULL,              -- 0 day, 1 month, 2 year, 3 all dates (see tiers)
    period INTEGER NOT NULL,             -- day number, year*12+month-1, year, or 0
    source_id INTEGER NOT NULL,
    targets BLOB NOT NULL,               -- per target actor: id, events, mentions, Goldstein sum
    PRIMARY KEY (grain, period, source_id)
) WITHOUT ROWID;
"#,
    // 6: dyad queries ("every Iran-Russia event") walk the dyad's own events
    // in date order instead of all of the source actor's: a dyad with few or
    // no events took seconds on 10M events.
    r#"
CREATE INDEX events_dyad ON events(source_id, target_id, day);
"#,
];

/// The schema version whose migration packs the dyad rollup (Rust code after its SQL).
const PACKED_DYADS_VERSION: usize = 5;

/// Fill `rollup_dyad_targets` from the one-row-per-dyad `rollup_dyads`, then drop it.
fn pack_dyad_rollup(tx: &Transaction) -> Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO rollup_dyad_targets (grain, period, source_id, targets) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut st = tx.prepare(
        "SELECT grain, period, source_id, target_id, events, mentions, goldstein \
         FROM rollup_dyads WHERE events <> 0 OR mentions <> 0 \
         ORDER BY grain, period, source_id, target_id",
    )?;
    let mut rows = st.query([])?;
    let mut group: Option<(i64, i64, i64)> = None;
    let mut entries: Vec<(i64, Tally)> = Vec::new();
    while let Some(r) = rows.next()? {
        let key = (r.get(0)?, r.get(1)?, r.get(2)?);
        if group.is_some_and(|g| g != key) {
            if let Some((g, p, s)) = group {
                insert.execute(params![g, p, s, packed::encode(&entries)])?;
            }
            entries.clear();
        }
        group = Some(key);
        entries.push((r.get(3)?, (r.get(4)?, r.get(5)?, r.get(6)?)));
    }
    if let Some((g, p, s)) = group {
        insert.execute(params![g, p, s, packed::encode(&entries)])?;
    }
    drop(rows);
    drop(st);
    drop(insert);
    tx.execute_batch("DROP TABLE rollup_dyads")?;
    Ok(())
}

/// The 34 stored columns of a mention's record, in the order of [`MentionRow`].
const MENTION_COLS: &str = "record_id, day, date_precision, \
    source_id, source_text, source_name, source_country, source_sector, source_start, source_end, \
    target_id, target_text, target_name, target_country, target_sector, target_start, target_end, \
    cameo, root, plover, quad_class, goldstein, location_id, issues, negated, modality, lang, \
    confidence, trigger, trigger_start, trigger_end, sentence_start, sentence_end, sentence";

/// A mention as read back: its record columns with `m.` prefix, plus what
/// joins give (see [`read_mention`] for the positions).
fn mention_select() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(mention_select_sql)
}

fn mention_select_sql() -> String {
    let cols: Vec<String> = MENTION_COLS
        .split(',')
        .map(|c| format!("m.{}", c.trim()))
        .collect();
    format!(
        "SELECT m.id, m.event_id, m.doc_id, m.copied, {}, sa.code, ta.code, l.name, l.country, \
         l.lat, l.lon, d.doc_id, d.url, d.chars, d.added, s.host, e.day, e.added \
         FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN sources s ON s.id = m.site_id \
         JOIN events e ON e.id = m.event_id \
         LEFT JOIN actors sa ON sa.id = m.source_id LEFT JOIN actors ta ON ta.id = m.target_id \
         LEFT JOIN locations l ON l.id = m.location_id",
        cols.join(", ")
    )
}

const EVENT_SELECT: &str = "SELECT e.id, e.day, e.added, e.cameo, e.root, e.quad_class, \
    e.goldstein, e.num_mentions, e.num_sources, e.num_articles, e.source_url, e.first_mention, \
    sa.code, sa.country, sa.sector, ta.code, ta.country, ta.sector, \
    l.name, l.country, l.lat, l.lon \
    FROM events e LEFT JOIN actors sa ON sa.id = e.source_id \
    LEFT JOIN actors ta ON ta.id = e.target_id LEFT JOIN locations l ON l.id = e.location_id";

/// One mention's record columns, ids resolved.
#[derive(Debug, Clone)]
///
/// Text borrows from the record being written (no copy per mention), or is
/// owned when read back from the store.
struct MentionRow<'a> {
    record_id: Text<'a>,
    day: Option<i64>,
    date_precision: Text<'a>,
    source: Side<'a>,
    target: Side<'a>,
    cameo: Text<'a>,
    root: Text<'a>,
    plover: Option<Text<'a>>,
    quad_class: i64,
    goldstein: f64,
    location_id: Option<i64>,
    issues: Text<'a>,
    negated: bool,
    modality: Text<'a>,
    lang: Text<'a>,
    confidence: f64,
    trigger: Text<'a>,
    trigger_start: i64,
    trigger_end: i64,
    sentence_start: i64,
    sentence_end: i64,
    sentence: Text<'a>,
}

/// A text column of a [`MentionRow`]: borrowed, or owned when read back.
type Text<'a> = Cow<'a, str>;

/// Text column `k` of a row, owned.
fn owned(r: &Row, k: usize) -> rusqlite::Result<Text<'static>> {
    Ok(Cow::Owned(r.get::<_, String>(k)?))
}

/// Nullable text column `k` of a row, owned.
fn owned_opt(r: &Row, k: usize) -> rusqlite::Result<Option<Text<'static>>> {
    Ok(r.get::<_, Option<String>>(k)?.map(Cow::Owned))
}

/// One actor of a mention, flattened (all `None` when there is none).
#[derive(Debug, Clone, Default)]
struct Side<'a> {
    id: Option<i64>,
    text: Option<Text<'a>>,
    name: Option<Text<'a>>,
    country: Option<Text<'a>>,
    sector: Option<Text<'a>>,
    start: Option<i64>,
    end: Option<i64>,
}

impl MentionRow<'_> {
    /// The rollup key of an event this mention creates or joins on `day`
    /// (`root`: its CAMEO root, interned).
    fn key(&self, root: u32, day: i64) -> EventKey {
        EventKey {
            day,
            quad_class: self.quad_class,
            root,
            source_id: self.source.id,
            target_id: self.target.id,
            location_id: self.location_id,
            goldstein: self.goldstein,
        }
    }

    /// Read the 34 record columns starting at column `o`.
    fn from_row(r: &Row, o: usize) -> rusqlite::Result<MentionRow<'static>> {
        let side = |k: usize| -> rusqlite::Result<Side<'static>> {
            Ok(Side {
                id: r.get(k)?,
                text: owned_opt(r, k + 1)?,
                name: owned_opt(r, k + 2)?,
                country: owned_opt(r, k + 3)?,
                sector: owned_opt(r, k + 4)?,
                start: r.get(k + 5)?,
                end: r.get(k + 6)?,
            })
        };
        Ok(MentionRow {
            record_id: owned(r, o)?,
            day: r.get(o + 1)?,
            date_precision: owned(r, o + 2)?,
            source: side(o + 3)?,
            target: side(o + 10)?,
            cameo: owned(r, o + 17)?,
            root: owned(r, o + 18)?,
            plover: owned_opt(r, o + 19)?,
            quad_class: r.get(o + 20)?,
            goldstein: r.get(o + 21)?,
            location_id: r.get(o + 22)?,
            issues: owned(r, o + 23)?,
            negated: r.get::<_, i64>(o + 24)? != 0,
            modality: owned(r, o + 25)?,
            lang: owned(r, o + 26)?,
            confidence: r.get(o + 27)?,
            trigger: owned(r, o + 28)?,
            trigger_start: r.get(o + 29)?,
            trigger_end: r.get(o + 30)?,
            sentence_start: r.get(o + 31)?,
            sentence_end: r.get(o + 32)?,
            sentence: owned(r, o + 33)?,
        })
    }
}

/// Ids of actors and locations seen, so most mentions need no look-up.
/// Rows of these tables are never deleted, so cached ids stay valid; the
/// cache is dropped when a transaction fails.
#[derive(Default)]
struct Caches {
    actors: fnv::FnvHashMap<String, i64>,
    /// Location ids by name, then country ('' when unknown).
    locations: fnv::FnvHashMap<String, fnv::FnvHashMap<String, i64>>,
    sites: fnv::FnvHashMap<String, i64>,
    /// CAMEO codes and roots as small numbers, for the write path's keys.
    codes: Interner,
}

/// Strings numbered in order of first sight: keys of small numbers
/// instead of strings (no allocation or string hashing per key).
#[derive(Default)]
struct Interner {
    ids: fnv::FnvHashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    /// The number of `s`, given it the first time.
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(s.to_string(), id);
        self.names.push(s.to_string());
        id
    }

    /// The string numbered `id`.
    fn name(&self, id: u32) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }
}

/// The SQLite event store (see the crate docs).
pub struct SqliteStore {
    conn: Connection,
    options: StoreOptions,
    caches: Caches,
    /// Whether this connection has written (and so reads through the page cache, see [`SqliteStore::write_tx`]).
    writer: bool,
    scratch: Scratch,
}

/// Working memory of the write path, kept (empty) between transactions so
/// that its tables are not allocated, and their memory faulted in, anew for
/// each one.
#[derive(Default)]
struct Scratch {
    pending: Vec<PendingEvent>,
    pending_by_key: fnv::FnvHashMap<MergeKey, usize>,
    deltas: Deltas,
}

/// Rollup deltas accumulated during one transaction: one cell per event
/// key (day, QuadClass, root, dyad, place), spread over the daily, dyad and
/// location rollups and their time tiers once, when the transaction ends.
#[derive(Default)]
struct Deltas {
    cells: fnv::FnvHashMap<Cell, Tally>,
}

/// The rollup key of one event, its root interned in [`Deltas::roots`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Cell {
    day: i64,
    quad_class: i64,
    root: u32,
    source_id: Option<i64>,
    target_id: Option<i64>,
    location_id: Option<i64>,
}

/// What the rollups need to know of a merged event.
#[derive(Clone)]
struct EventKey {
    day: i64,
    quad_class: i64,
    /// The CAMEO root, numbered by [`Caches::codes`].
    root: u32,
    source_id: Option<i64>,
    target_id: Option<i64>,
    location_id: Option<i64>,
    goldstein: f64,
}

impl Deltas {
    fn bump(&mut self, k: &EventKey, events: i64, mentions: i64) {
        let cell = Cell {
            day: k.day,
            quad_class: k.quad_class,
            root: k.root,
            source_id: k.source_id,
            target_id: k.target_id,
            location_id: k.location_id,
        };
        let e = self.cells.entry(cell).or_default();
        e.0 += events;
        e.1 += mentions;
        e.2 += k.goldstein * events as f64;
    }

    /// Spread the cells over the rollups' keys: (daily, dyads, locations).
    #[allow(clippy::type_complexity)]
    fn spread(
        &mut self,
        codes: &Interner,
    ) -> (
        Vec<((i64, i64, String), Tally)>,
        Vec<((i64, i64, i64, i64), Tally)>,
        Vec<((i64, i64, i64), (i64, i64))>,
    ) {
        let mut daily: fnv::FnvHashMap<(i64, i64, u32), Tally> = fnv::FnvHashMap::default();
        let mut dyads: fnv::FnvHashMap<(i64, i64, i64, i64), Tally> = fnv::FnvHashMap::default();
        let mut locations: fnv::FnvHashMap<(i64, i64, i64), (i64, i64)> =
            fnv::FnvHashMap::default();
        for (c, (events, mentions, g)) in self.cells.drain() {
            let e = daily.entry((c.day, c.quad_class, c.root)).or_default();
            e.0 += events;
            e.1 += mentions;
            e.2 += g;
            let Ok(date) = day_date(c.day) else { continue };
            for (grain, period) in tiers::keys(date) {
                if let (Some(s), Some(t)) = (c.source_id, c.target_id) {
                    let e = dyads.entry((grain, period, s, t)).or_default();
                    e.0 += events;
                    e.1 += mentions;
                    e.2 += g;
                }
                if let Some(l) = c.location_id {
                    let e = locations.entry((grain, period, l)).or_default();
                    e.0 += events;
                    e.1 += mentions;
                }
            }
        }
        let daily = daily
            .into_iter()
            .map(|((d, q, r), t)| ((d, q, codes.name(r).to_string()), t))
            .collect();
        (
            daily,
            dyads.into_iter().collect(),
            locations.into_iter().collect(),
        )
    }

    /// Add the deltas to the rollups, leaving none.
    fn flush(&mut self, tx: &Transaction, codes: &Interner) -> Result<()> {
        let (mut daily, mut dyads, mut locations) = self.spread(codes);
        let mut st = tx.prepare_cached(
            "INSERT INTO rollup_daily (day, quad_class, root, events, mentions, goldstein) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (day, quad_class, root) DO UPDATE SET \
             events = events + excluded.events, mentions = mentions + excluded.mentions, \
             goldstein = goldstein + excluded.goldstein",
        )?;
        // Keys in order: consecutive upserts land on the same or the next
        // B-tree page instead of anywhere in the table.
        daily.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for ((day, q, root), (e, m, g)) in daily {
            st.execute(params![day, q, root, e, m, g])?;
        }
        // One packed row per (grain, period, source): read, add, write back.
        let mut read = tx.prepare_cached(
            "SELECT targets FROM rollup_dyad_targets WHERE grain = ?1 AND period = ?2 \
             AND source_id = ?3",
        )?;
        let mut write = tx.prepare_cached(
            "INSERT INTO rollup_dyad_targets (grain, period, source_id, targets) \
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (grain, period, source_id) \
             DO UPDATE SET targets = excluded.targets",
        )?;
        let mut remove = tx.prepare_cached(
            "DELETE FROM rollup_dyad_targets WHERE grain = ?1 AND period = ?2 AND source_id = ?3",
        )?;
        dyads.sort_unstable_by_key(|x| x.0);
        let mut targets: Vec<(i64, Tally)> = Vec::new();
        let mut i = 0;
        while i < dyads.len() {
            let (grain, period, s, _) = dyads[i].0;
            targets.clear();
            while let Some(((g, p, s2, t), v)) = dyads.get(i) {
                if (*g, *p, *s2) != (grain, period, s) {
                    break;
                }
                targets.push((*t, *v));
                i += 1;
            }
            let old: Option<Vec<u8>> = read
                .query_row(params![grain, period, s], |r| r.get(0))
                .optional()?;
            let merged = packed::merge(old.as_deref().unwrap_or_default(), &targets)?;
            if merged.is_empty() {
                if old.is_some() {
                    remove.execute(params![grain, period, s])?;
                }
            } else {
                write.execute(params![grain, period, s, packed::encode(&merged)])?;
            }
        }
        let mut st = tx.prepare_cached(
            "INSERT INTO rollup_locations (grain, period, location_id, events, mentions) \
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (grain, period, location_id) DO UPDATE SET \
             events = events + excluded.events, mentions = mentions + excluded.mentions",
        )?;
        locations.sort_unstable_by_key(|x| x.0);
        for ((grain, period, l), (e, m)) in locations {
            st.execute(params![grain, period, l, e, m])?;
        }
        Ok(())
    }
}

/// A stored document, as the write path needs it.
struct DocCtx {
    id: i64,
    site_id: i64,
    /// Shared with the events it is the first source of.
    url: Option<Arc<str>>,
    date: Option<i64>,
}

/// State of one write transaction.
struct Tx<'a> {
    tx: Transaction<'a>,
    caches: &'a mut Caches,
    window: i64,
    now: i64,
    today: i64,
    next_mention: i64,
    /// Id of the next event created (events get ids max + 1, as SQLite gives).
    next_event: i64,
    /// Events created in this transaction, written when it ends (or before
    /// anything reads events back): mentions merging into them are counted
    /// here instead of with a look-up and an update each.
    pending: Vec<PendingEvent>,
    /// Where each pending event is in `pending`, by its merge key.
    pending_by_key: fnv::FnvHashMap<MergeKey, usize>,
    /// First mention not yet in the full-text index (indexed in one
    /// statement with the pending events).
    fts_from: i64,
    deltas: Deltas,
    /// Rows added (or removed, negative) to the large tables, for `counters`.
    tallies: Tallies,
    summary: WriteSummary,
}

/// What two mentions must share to be one event (with the day, or a day within the window).
/// (The CAMEO code is numbered by [`Caches::codes`].)
type MergeKey = (i64, u32, Option<i64>, Option<i64>, Option<i64>);

/// An event created in the current transaction, not yet written: mentions
/// merging into it are counted here, and it is inserted once with its final
/// counts (its mentions are written before it, in the same transaction).
struct PendingEvent {
    id: i64,
    key: EventKey,
    /// Its CAMEO code, numbered by [`Caches::codes`].
    cameo: u32,
    first_mention: i64,
    /// Its first article's URL.
    url: Option<Arc<str>>,
    num_mentions: i64,
    /// Distinct documents and sites of its mentions.
    docs: Distinct,
    sites: Distinct,
}

/// Distinct ids, the first kept inline: most events have one document and
/// one site, so this needs no allocation; the rest are few, so a linear
/// search is fastest.
struct Distinct {
    first: i64,
    more: Vec<i64>,
}

impl Distinct {
    fn new(first: i64) -> Self {
        Distinct {
            first,
            more: Vec::new(),
        }
    }

    fn insert(&mut self, id: i64) {
        if id != self.first && !self.more.contains(&id) {
            self.more.push(id);
        }
    }

    fn len(&self) -> i64 {
        1 + self.more.len() as i64
    }
}

/// Rows added to (or, negative, removed from) the tables `kabar stats` counts.
#[derive(Default)]
struct Tallies {
    documents: i64,
    events: i64,
    mentions: i64,
}

/// The event a mention merges into.
enum Found {
    /// Created in this transaction: its position in [`Tx::pending`].
    Pending(usize),
    /// Stored before: its id and day.
    Stored(i64, i64),
}

fn content_hash(text: &str) -> Vec<u8> {
    twox_hash::XxHash3_128::oneshot(text.as_bytes())
        .to_le_bytes()
        .to_vec()
}

/// The site of a URL: its host, lower case, without `www.`; '' without URL.
pub(crate) fn site_of(url: Option<&str>) -> String {
    url.and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .map(|h| h.strip_prefix("www.").map(str::to_string).unwrap_or(h))
        .unwrap_or_default()
}

impl Tx<'_> {
    fn site_id(&mut self, host: &str) -> Result<i64> {
        if let Some(&id) = self.caches.sites.get(host) {
            return Ok(id);
        }
        let id: i64 = self.tx.prepare_cached(
            "INSERT INTO sources (host) VALUES (?1) ON CONFLICT (host) DO UPDATE SET host = excluded.host RETURNING id",
        )?
        .query_row([host], |r| r.get(0))?;
        self.caches.sites.insert(host.to_string(), id);
        Ok(id)
    }

    fn actor_id(&mut self, a: &ActorRef) -> Result<i64> {
        if let Some(&id) = self.caches.actors.get(&a.code) {
            return Ok(id);
        }
        let id: i64 = self
            .tx
            .prepare_cached(
                "INSERT INTO actors (code, country, sector) VALUES (?1, ?2, ?3) \
             ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING id",
            )?
            .query_row(params![a.code, a.country, a.sector], |r| r.get(0))?;
        self.caches.actors.insert(a.code.clone(), id);
        Ok(id)
    }

    fn location_id(&mut self, l: &Location) -> Result<i64> {
        let country = l.country.as_deref().unwrap_or_default();
        if let Some(&id) = self
            .caches
            .locations
            .get(&l.name)
            .and_then(|by_country| by_country.get(country))
        {
            return Ok(id);
        }
        let id: i64 = self
            .tx
            .prepare_cached(
                "INSERT INTO locations (name, country, lat, lon) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (name, country) DO UPDATE SET name = excluded.name RETURNING id",
            )?
            .query_row(params![l.name, country, l.lat, l.lon], |r| r.get(0))?;
        self.caches
            .locations
            .entry(l.name.clone())
            .or_default()
            .insert(country.to_string(), id);
        Ok(id)
    }

    fn side<'e>(&mut self, a: Option<&'e ActorRef>) -> Result<Side<'e>> {
        let Some(a) = a else {
            return Ok(Side::default());
        };
        Ok(Side {
            id: Some(self.actor_id(a)?),
            text: Some(Cow::Borrowed(&a.text)),
            name: a.name.as_deref().map(Cow::Borrowed),
            country: a.country.as_deref().map(Cow::Borrowed),
            sector: a.sector.as_deref().map(Cow::Borrowed),
            start: Some(a.start as i64),
            end: Some(a.end as i64),
        })
    }

    fn mention_row<'e>(&mut self, e: &'e Event) -> Result<MentionRow<'e>> {
        let location_id = match &e.location {
            Some(l) => Some(self.location_id(l)?),
            None => None,
        };
        Ok(MentionRow {
            record_id: Cow::Borrowed(&e.event_id),
            day: e.date.map(day_number),
            date_precision: Cow::Borrowed(kabar_core::flat::precision_name(e.date_precision)),
            source: self.side(e.source.as_ref())?,
            target: self.side(e.target.as_ref())?,
            cameo: Cow::Borrowed(&e.cameo),
            root: Cow::Borrowed(&e.root),
            plover: e.plover.as_deref().map(Cow::Borrowed),
            quad_class: i64::from(e.quad_class),
            goldstein: f64::from(e.goldstein),
            location_id,
            issues: match e.issues.as_slice() {
                [] => Cow::Borrowed(""),
                [one] => Cow::Borrowed(one),
                many => Cow::Owned(many.join(",")),
            },
            negated: e.negated,
            modality: Cow::Borrowed(kabar_core::flat::modality_name(e.modality)),
            lang: Cow::Borrowed(e.lang.code()),
            confidence: f64::from(e.confidence),
            trigger: Cow::Borrowed(&e.evidence.trigger),
            trigger_start: e.evidence.trigger_start as i64,
            trigger_end: e.evidence.trigger_end as i64,
            sentence_start: e.evidence.start as i64,
            sentence_end: e.evidence.end as i64,
            sentence: Cow::Borrowed(&e.evidence.sentence),
        })
    }

    /// Store one coded document.
    fn document(&mut self, c: &CodedDocument) -> Result<()> {
        let d = &c.doc;
        let hash = content_hash(&d.text);
        let key = match &d.url {
            Some(u) => u.clone(),
            None => format!("id:{}", d.id),
        };
        let existing: Option<(i64, Vec<u8>)> = self
            .tx
            .prepare_cached("SELECT id, hash FROM documents WHERE key = ?1")?
            .query_row([&key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let site_id = self.site_id(&site_of(d.url.as_deref()))?;
        let first = match &c.duplicate_of {
            Some(first) => self
                .tx
                .prepare_cached(
                    "SELECT id FROM documents WHERE doc_id = ?1 ORDER BY id DESC LIMIT 1",
                )?
                .query_row([first], |r| r.get::<_, i64>(0))
                .optional()?,
            None => None,
        };
        let chars = d.text.chars().count() as i64;
        let day = d.date.map(day_number);
        let lang = d.lang.map(Lang::code);
        let now = self.now;
        // The document's columns after its identifier, as both statements bind them.
        let fields: [&dyn rusqlite::ToSql; 11] = [
            &d.id, &d.url, &d.title, &day, &lang, &site_id, &hash, &chars, &d.text, &first, &now,
        ];
        let mut range_written = false;
        let (id, copies) = match existing {
            Some((_, h)) if h == hash => {
                self.summary.unchanged += 1;
                return Ok(());
            }
            Some((id, _)) => {
                // A changed article: its copies' credits and its own mentions go.
                self.flush_pending()?;
                let copies = self.copies_of(id)?;
                for &copy in &copies {
                    self.remove_mentions(copy)?;
                }
                self.remove_mentions(id)?;
                self.tx
                    .prepare_cached(
                        "UPDATE documents SET doc_id = ?2, url = ?3, title = ?4, date = ?5, \
                         lang = ?6, site_id = ?7, hash = ?8, chars = ?9, text = ?10, \
                         duplicate_of = ?11, added = ?12 WHERE id = ?1",
                    )?
                    .execute(params_from_iter(
                        std::iter::once(&id as &dyn rusqlite::ToSql).chain(fields),
                    ))?;
                self.summary.replaced += 1;
                (id, copies)
            }
            None => {
                let same: Option<i64> = self
                    .tx
                    .prepare_cached("SELECT id FROM documents WHERE hash = ?1 LIMIT 1")?
                    .query_row([&hash], |r| r.get(0))
                    .optional()?;
                if same.is_some() {
                    self.summary.unchanged += 1;
                    return Ok(());
                }
                // A first copy's mentions are one per record, numbered from
                // the next mention id: its range is written with the row, not
                // by rewriting the row (and its text) afterwards.
                let range = if c.duplicate_of.is_none() {
                    (
                        self.next_mention,
                        self.next_mention + c.events.len() as i64 - 1,
                    )
                } else {
                    (1, 0)
                };
                self.tx
                    .prepare_cached(
                        "INSERT INTO documents (key, doc_id, url, title, date, lang, site_id, \
                         hash, chars, text, duplicate_of, added, mentions_from, mentions_to) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                    )?
                    .execute(params_from_iter(
                        std::iter::once(&key as &dyn rusqlite::ToSql)
                            .chain(fields)
                            .chain([&range.0 as &dyn rusqlite::ToSql, &range.1]),
                    ))?;
                range_written = c.duplicate_of.is_none();
                self.summary.added += 1;
                self.tallies.documents += 1;
                (self.tx.last_insert_rowid(), Vec::new())
            }
        };
        let ctx = self.doc_ctx(id, site_id, d);
        let lo = self.next_mention;
        self.code(c, &ctx, first)?;
        if !range_written || self.next_mention != lo + c.events.len() as i64 {
            self.set_range(id, lo)?;
        }
        // A replaced article's near-duplicates are credited to its new events.
        for copy in copies {
            let lo = self.next_mention;
            self.credit_copy(copy, id)?;
            self.set_range(copy, lo)?;
        }
        Ok(())
    }

    /// Record that document `doc`'s mentions are ids `lo` up to the last one written.
    fn set_range(&self, doc: i64, lo: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE documents SET mentions_from = ?2, mentions_to = ?3 WHERE id = ?1",
            )?
            .execute(params![doc, lo, self.next_mention - 1])?;
        Ok(())
    }

    fn doc_ctx(&self, id: i64, site_id: i64, d: &Document) -> DocCtx {
        DocCtx {
            id,
            site_id,
            url: d.url.as_deref().map(Arc::from),
            date: d.date.map(day_number),
        }
    }

    /// The document's mentions: its own events, or, for a near-duplicate,
    /// credits copied from its first copy.
    fn code(&mut self, c: &CodedDocument, ctx: &DocCtx, first: Option<i64>) -> Result<()> {
        if c.duplicate_of.is_some() {
            if let Some(first) = first {
                self.credit_copy(ctx.id, first)?;
            }
            return Ok(());
        }
        for e in &c.events {
            let row = self.mention_row(e)?;
            let day = row.day.or(ctx.date).unwrap_or(self.today);
            let cameo = self.caches.codes.id(&row.cameo);
            let root = self.caches.codes.id(&row.root);
            match self.find_event(&row, cameo, day)? {
                Some(Found::Stored(id, day)) => {
                    self.add_mention(id, &row.key(root, day), ctx, &row, false)?
                }
                Some(Found::Pending(i)) => {
                    let p = &mut self.pending[i];
                    p.num_mentions += 1;
                    p.docs.insert(ctx.id);
                    p.sites.insert(ctx.site_id);
                    let id = p.id;
                    self.insert_mention(id, ctx, &row, false)?;
                }
                None => {
                    let id = self.new_event(&row, (cameo, root), day, ctx)?;
                    self.insert_mention(id, ctx, &row, false)?;
                }
            }
        }
        Ok(())
    }

    fn copies_of(&self, id: i64) -> Result<Vec<i64>> {
        let mut st = self
            .tx
            .prepare_cached("SELECT id FROM documents WHERE duplicate_of = ?1 ORDER BY id")?;
        let rows = st.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Credit a near-duplicate `copy` with every mention coded in `first`.
    fn credit_copy(&mut self, copy: i64, first: i64) -> Result<()> {
        // The first copy's events may have been created in this transaction.
        self.flush_pending()?;
        let (site_id, url, date): (i64, Option<String>, Option<i64>) = self
            .tx
            .prepare_cached("SELECT site_id, url, date FROM documents WHERE id = ?1")?
            .query_row([copy], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let ctx = DocCtx {
            id: copy,
            site_id,
            url: url.as_deref().map(Arc::from),
            date,
        };
        let rows: Vec<(i64, MentionRow)> = {
            let sql = format!(
                "SELECT event_id, {MENTION_COLS} FROM mentions WHERE id BETWEEN \
                 (SELECT mentions_from FROM documents WHERE id = ?1) AND \
                 (SELECT mentions_to FROM documents WHERE id = ?1) AND copied = 0 ORDER BY id"
            );
            let mut st = self.tx.prepare_cached(&sql)?;
            let rows = st.query_map([first], |r| Ok((r.get(0)?, MentionRow::from_row(r, 1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for (event_id, row) in rows {
            let key = self.event_key(event_id)?;
            self.add_mention(event_id, &key, &ctx, &row, true)?;
        }
        Ok(())
    }

    /// The event this mention merges into: same cameo, actors and
    /// location, on the closest day within the window (earliest id on a tie).
    /// Per day, nearest days first: the events created in this transaction,
    /// else one exact index seek (a day has a pending event only if it had
    /// no stored one when the event was created).
    /// (`cameo`: the mention's CAMEO code, numbered by [`Caches::codes`].)
    fn find_event(&self, row: &MentionRow, cameo: u32, day: i64) -> Result<Option<Found>> {
        let mut st = self.tx.prepare_cached(
            "SELECT id FROM events WHERE day = ?1 AND cameo = ?2 AND source_id IS ?3 \
             AND target_id IS ?4 AND location_id IS ?5 ORDER BY id LIMIT 1",
        )?;
        let mut key: MergeKey = (day, cameo, row.source.id, row.target.id, row.location_id);
        for dist in 0..=self.window {
            let candidates = if dist == 0 {
                [Some(day), None]
            } else {
                [Some(day - dist), Some(day + dist)]
            };
            let mut best: Option<(i64, Found)> = None;
            for d in candidates.into_iter().flatten() {
                key.0 = d;
                let found = match self.pending_by_key.get(&key) {
                    Some(&i) => Some((self.pending[i].id, Found::Pending(i))),
                    None => st
                        .query_row(
                            params![d, row.cameo, row.source.id, row.target.id, row.location_id],
                            |r| r.get::<_, i64>(0),
                        )
                        .optional()?
                        .map(|id| (id, Found::Stored(id, d))),
                };
                if let Some((id, f)) = found {
                    if best.as_ref().is_none_or(|(b, _)| id < *b) {
                        best = Some((id, f));
                    }
                }
            }
            if let Some((_, f)) = best {
                return Ok(Some(f));
            }
        }
        Ok(None)
    }

    /// A new event for this mention (its first), written with one mention,
    /// article and source; [`Tx::flush_pending`] sets its final counts.
    /// (`codes`: its CAMEO code and root, numbered by [`Caches::codes`].)
    fn new_event(
        &mut self,
        row: &MentionRow,
        codes: (u32, u32),
        day: i64,
        ctx: &DocCtx,
    ) -> Result<i64> {
        let id = self.next_event;
        self.next_event += 1;
        self.summary.new_events += 1;
        self.tallies.events += 1;
        let (cameo, root) = codes;
        let key = (day, cameo, row.source.id, row.target.id, row.location_id);
        self.pending_by_key.insert(key, self.pending.len());
        self.pending.push(PendingEvent {
            id,
            key: row.key(root, day),
            cameo,
            first_mention: self.next_mention,
            url: ctx.url.clone(),
            num_mentions: 1,
            docs: Distinct::new(ctx.id),
            sites: Distinct::new(ctx.site_id),
        });
        Ok(id)
    }

    /// Write the counts of the events created since the last call, and index
    /// the evidence of the mentions written since: afterwards every event
    /// and mention of the transaction reads back right with SQL.
    fn flush_pending(&mut self) -> Result<()> {
        if !self.pending.is_empty() {
            let mut st = self.tx.prepare_cached(
                "INSERT INTO events (id, day, source_id, target_id, cameo, root, quad_class, \
                 goldstein, location_id, num_mentions, num_sources, num_articles, first_mention, \
                 source_url, added) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?;
            let codes = &self.caches.codes;
            for p in self.pending.drain(..) {
                let k = &p.key;
                st.execute(params![
                    p.id,
                    k.day,
                    k.source_id,
                    k.target_id,
                    codes.name(p.cameo),
                    codes.name(k.root),
                    k.quad_class,
                    k.goldstein,
                    k.location_id,
                    p.num_mentions,
                    p.sites.len(),
                    p.docs.len(),
                    p.first_mention,
                    p.url,
                    self.now
                ])?;
                self.deltas.bump(&p.key, 1, p.num_mentions);
            }
            self.pending_by_key.clear();
        }
        if self.fts_from < self.next_mention {
            self.tx
                .prepare_cached(
                    "INSERT INTO evidence (rowid, sentence) \
                     SELECT id, sentence FROM mentions WHERE id >= ?1 AND copied = 0",
                )?
                .execute([self.fts_from])?;
            self.fts_from = self.next_mention;
        }
        Ok(())
    }

    fn event_key(&mut self, event_id: i64) -> Result<EventKey> {
        let (key, root) = self
            .tx
            .prepare_cached(
                "SELECT day, quad_class, root, source_id, target_id, location_id, goldstein \
                 FROM events WHERE id = ?1",
            )?
            .query_row([event_id], |r| {
                let key = EventKey {
                    day: r.get(0)?,
                    quad_class: r.get(1)?,
                    root: 0,
                    source_id: r.get(3)?,
                    target_id: r.get(4)?,
                    location_id: r.get(5)?,
                    goldstein: r.get(6)?,
                };
                Ok((key, r.get::<_, String>(2)?))
            })?;
        Ok(EventKey {
            root: self.caches.codes.id(&root),
            ..key
        })
    }

    /// Add one mention of `event_id` found in (or credited to) document `ctx`.
    fn add_mention(
        &mut self,
        event_id: i64,
        key: &EventKey,
        ctx: &DocCtx,
        row: &MentionRow,
        copied: bool,
    ) -> Result<()> {
        let (new_doc, new_site): (bool, bool) = self
            .tx
            .prepare_cached(
                "SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND doc_id = ?2), \
                        NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND site_id = ?3)",
            )?
            .query_row(params![event_id, ctx.id, ctx.site_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        self.tx
            .prepare_cached(
                "UPDATE events SET num_mentions = num_mentions + 1, \
                 num_articles = num_articles + ?2, num_sources = num_sources + ?3 WHERE id = ?1",
            )?
            .execute(params![event_id, new_doc, new_site])?;
        self.insert_mention(event_id, ctx, row, copied)?;
        self.deltas.bump(key, 0, 1);
        Ok(())
    }

    /// Insert a mention row (its sentence is indexed by [`Tx::flush_pending`]);
    /// the caller keeps the event's counts and the rollups right.
    fn insert_mention(
        &mut self,
        event_id: i64,
        ctx: &DocCtx,
        row: &MentionRow,
        copied: bool,
    ) -> Result<()> {
        let id = self.next_mention;
        self.next_mention += 1;
        static SQL: OnceLock<String> = OnceLock::new();
        let sql = SQL.get_or_init(|| {
            let placeholders = vec!["?"; 39].join(", ");
            format!(
                "INSERT INTO mentions (id, event_id, doc_id, site_id, copied, {MENTION_COLS}) VALUES ({placeholders})"
            )
        });
        let (src, tgt) = (&row.source, &row.target);
        self.tx.prepare_cached(sql)?.execute(params![
            id,
            event_id,
            ctx.id,
            ctx.site_id,
            i64::from(copied),
            row.record_id,
            row.day,
            row.date_precision,
            src.id,
            src.text,
            src.name,
            src.country,
            src.sector,
            src.start,
            src.end,
            tgt.id,
            tgt.text,
            tgt.name,
            tgt.country,
            tgt.sector,
            tgt.start,
            tgt.end,
            row.cameo,
            row.root,
            row.plover,
            row.quad_class,
            row.goldstein,
            row.location_id,
            row.issues,
            i64::from(row.negated),
            row.modality,
            row.lang,
            row.confidence,
            row.trigger,
            row.trigger_start,
            row.trigger_end,
            row.sentence_start,
            row.sentence_end,
            row.sentence,
        ])?;
        self.summary.mentions += 1;
        self.tallies.mentions += 1;
        Ok(())
    }

    /// Remove every mention of document `doc`, fixing the counts of the
    /// events they belonged to (and deleting events left without mentions).
    fn remove_mentions(&mut self, doc: i64) -> Result<()> {
        let gone: Vec<(i64, i64, bool, String)> = {
            let mut st = self.tx.prepare_cached(
                "SELECT m.id, m.event_id, m.copied, m.sentence FROM mentions m, documents d \
                 WHERE d.id = ?1 AND m.id BETWEEN d.mentions_from AND d.mentions_to",
            )?;
            let rows = st.query_map([doc], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        self.tallies.mentions -= gone.len() as i64;
        let mut per_event: BTreeMap<i64, i64> = BTreeMap::new();
        for (id, event_id, copied, sentence) in &gone {
            if !copied {
                self.tx
                    .prepare_cached(
                        "INSERT INTO evidence (evidence, rowid, sentence) VALUES ('delete', ?1, ?2)",
                    )?
                    .execute(params![id, sentence])?;
            }
            *per_event.entry(*event_id).or_default() += 1;
        }
        self.tx
            .prepare_cached(
                "DELETE FROM mentions WHERE id BETWEEN \
                 (SELECT mentions_from FROM documents WHERE id = ?1) AND \
                 (SELECT mentions_to FROM documents WHERE id = ?1)",
            )?
            .execute([doc])?;
        self.tx
            .prepare_cached(
                "UPDATE documents SET mentions_from = 1, mentions_to = 0 WHERE id = ?1",
            )?
            .execute([doc])?;
        for (event_id, removed) in per_event {
            let key = self.event_key(event_id)?;
            let (n, articles, sources, first): (i64, i64, i64, Option<i64>) = self
                .tx
                .prepare_cached(
                    "SELECT count(*), count(DISTINCT doc_id), count(DISTINCT site_id), min(id) \
                     FROM mentions WHERE event_id = ?1",
                )?
                .query_row([event_id], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?;
            match first {
                None => {
                    self.tx
                        .prepare_cached("DELETE FROM events WHERE id = ?1")?
                        .execute([event_id])?;
                    self.deltas.bump(&key, -1, -removed);
                    self.tallies.events -= 1;
                }
                Some(first) => {
                    self.tx
                        .prepare_cached(
                            "UPDATE events SET num_mentions = ?2, num_articles = ?3, num_sources = ?4, \
                             first_mention = ?5, source_url = (SELECT d.url FROM mentions m \
                             JOIN documents d ON d.id = m.doc_id WHERE m.id = ?5) WHERE id = ?1",
                        )?
                        .execute(params![event_id, n, articles, sources, first])?;
                    self.deltas.bump(&key, 0, -removed);
                }
            }
        }
        Ok(())
    }
}

fn invalid(what: &str, v: &str) -> StoreError {
    StoreError::Invalid(format!("the store holds an unknown {what} {v:?}"))
}

fn usize_of(v: i64) -> Result<usize> {
    usize::try_from(v).map_err(|_| StoreError::Invalid(format!("negative offset {v} in the store")))
}

/// A stored mention read with [`mention_select`].
fn read_mention(r: &Row) -> Result<StoredMention> {
    let m = MentionRow::from_row(r, 4)?;
    let o = 38;
    let source_code: Option<String> = r.get(o)?;
    let target_code: Option<String> = r.get(o + 1)?;
    let loc_name: Option<String> = r.get(o + 2)?;
    let loc_country: Option<String> = r.get(o + 3)?;
    let lat: Option<f64> = r.get(o + 4)?;
    let lon: Option<f64> = r.get(o + 5)?;
    let doc_id: String = r.get(o + 6)?;
    let url: Option<String> = r.get(o + 7)?;
    let chars: i64 = r.get(o + 8)?;
    let added: i64 = r.get(o + 9)?;
    let host: String = r.get(o + 10)?;
    let event_day: i64 = r.get(o + 11)?;
    let event_added: i64 = r.get(o + 12)?;
    let actor = |s: &Side, code: Option<String>| -> Result<Option<ActorRef>> {
        match (s.id, code) {
            (Some(_), Some(code)) => Ok(Some(ActorRef {
                text: s.text.as_deref().map(str::to_string).unwrap_or_default(),
                code,
                country: s.country.as_deref().map(str::to_string),
                sector: s.sector.as_deref().map(str::to_string),
                name: s.name.as_deref().map(str::to_string),
                start: usize_of(s.start.unwrap_or(0))?,
                end: usize_of(s.end.unwrap_or(0))?,
            })),
            _ => Ok(None),
        }
    };
    let record = Event {
        event_id: m.record_id.into_owned(),
        doc_id: doc_id.clone(),
        date: m.day.map(day_date).transpose()?,
        date_precision: match &*m.date_precision {
            "day" => DatePrecision::Day,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            "document" => DatePrecision::Document,
            other => return Err(invalid("date precision", other)),
        },
        source: actor(&m.source, source_code)?,
        target: actor(&m.target, target_code)?,
        cameo: m.cameo.into_owned(),
        root: m.root.into_owned(),
        plover: m.plover.map(Cow::into_owned),
        quad_class: u8::try_from(m.quad_class).map_err(|_| invalid("QuadClass", "?"))?,
        goldstein: m.goldstein as f32,
        location: match (loc_name, lat, lon) {
            (Some(name), Some(lat), Some(lon)) => Some(Location {
                name,
                country: loc_country.filter(|c| !c.is_empty()),
                lat,
                lon,
            }),
            _ => None,
        },
        issues: m
            .issues
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        negated: m.negated,
        modality: match &*m.modality {
            "asserted" => Modality::Asserted,
            "planned" => Modality::Planned,
            "hypothetical" => Modality::Hypothetical,
            other => return Err(invalid("modality", other)),
        },
        lang: m
            .lang
            .parse::<Lang>()
            .map_err(|_| invalid("language", &m.lang))?,
        confidence: m.confidence as f32,
        evidence: Evidence {
            sentence: m.sentence.into_owned(),
            start: usize_of(m.sentence_start)?,
            end: usize_of(m.sentence_end)?,
            trigger: m.trigger.into_owned(),
            trigger_start: usize_of(m.trigger_start)?,
            trigger_end: usize_of(m.trigger_end)?,
        },
    };
    Ok(StoredMention {
        event_id: r.get(1)?,
        event_date: day_date(event_day)?,
        event_added,
        mention_added: added,
        site: host,
        identifier: url.unwrap_or(doc_id),
        doc_len: chars,
        copied: r.get::<_, i64>(3)? != 0,
        record,
    })
}

/// A merged event's columns read with [`EVENT_SELECT`] (its first mention is
/// filled in by the caller).
struct EventHead {
    first_mention: i64,
    event: StoredEvent,
}

fn read_event_head(r: &Row) -> Result<EventHead> {
    let actor = |k: usize| -> rusqlite::Result<Option<ActorInfo>> {
        Ok(r.get::<_, Option<String>>(k)?.map(|code| ActorInfo {
            code,
            country: r.get(k + 1).ok().flatten(),
            sector: r.get(k + 2).ok().flatten(),
        }))
    };
    let loc_name: Option<String> = r.get(18)?;
    let location = match loc_name {
        Some(name) => Some(Location {
            name,
            country: r.get::<_, Option<String>>(19)?.filter(|c| !c.is_empty()),
            lat: r.get(20)?,
            lon: r.get(21)?,
        }),
        None => None,
    };
    let placeholder = Event {
        event_id: String::new(),
        doc_id: String::new(),
        date: None,
        date_precision: DatePrecision::Document,
        source: None,
        target: None,
        cameo: String::new(),
        root: String::new(),
        plover: None,
        quad_class: 0,
        goldstein: 0.0,
        location: None,
        issues: Vec::new(),
        negated: false,
        modality: Modality::Asserted,
        lang: Lang::En,
        confidence: 0.0,
        evidence: Evidence {
            sentence: String::new(),
            start: 0,
            end: 0,
            trigger: String::new(),
            trigger_start: 0,
            trigger_end: 0,
        },
    };
    Ok(EventHead {
        first_mention: r.get(11)?,
        event: StoredEvent {
            id: r.get(0)?,
            date: day_date(r.get(1)?)?,
            added: r.get(2)?,
            cameo: r.get(3)?,
            root: r.get(4)?,
            quad_class: u8::try_from(r.get::<_, i64>(5)?).map_err(|_| invalid("QuadClass", "?"))?,
            goldstein: r.get::<_, f64>(6)? as f32,
            num_mentions: r.get(7)?,
            num_sources: r.get(8)?,
            num_articles: r.get(9)?,
            source_url: r.get(10)?,
            source: actor(12)?,
            target: actor(15)?,
            location,
            first: placeholder,
        },
    })
}

impl SqliteStore {
    /// Open (or create) the store at `path` with default options, applying
    /// any schema migrations it lacks.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_with(path, StoreOptions::default())
    }

    /// Open (or create) the store at `path`.
    pub fn open_with(path: &Path, options: StoreOptions) -> Result<Self> {
        let conn = Connection::open(path)?;
        Self::init(conn, options)
    }

    /// A store in memory (for tests and one-off runs).
    pub fn in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?, StoreOptions::default())
    }

    fn init(mut conn: Connection, options: StoreOptions) -> Result<Self> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // Pages of 8 KiB for a new store (an existing one keeps its own):
        // index B-trees one level shallower and half as many page look-ups
        // per insert; ingest of 4M events wrote 46,300 events/s against
        // 42,300 with 4 KiB pages. Only takes effect before the first table.
        conn.execute_batch("PRAGMA page_size = 8192")?;
        conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        // A write transaction of a large store rewrites the same index and
        // rollup pages as the one before it; copying them into the database
        // once every few transactions (a WAL of up to 1 GiB) instead of
        // after each one saves most of the checkpoint work. The WAL is
        // checkpointed and removed when the last connection closes.
        let page_size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        let wal_pages = (1 << 30) / page_size.max(512);
        conn.execute_batch(&format!(
            "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY; \
             PRAGMA wal_autocheckpoint = {wal_pages}; PRAGMA mmap_size = 8589934592;"
        ))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::Invalid(format!(
                "the store has schema version {version}; this kabar knows up to {known}: use a newer kabar"
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            // Another process may open the same store at the same moment:
            // take the write lock first, then apply the step only if the
            // schema is still one step behind it.
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now == i as i64 {
                tx.execute_batch(sql)?;
                if i + 1 == PACKED_DYADS_VERSION {
                    pack_dyad_rollup(&tx)?;
                }
                tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
            }
            tx.commit()?;
        }
        Ok(SqliteStore {
            conn,
            options,
            caches: Caches::default(),
            writer: false,
            scratch: Scratch::default(),
        })
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Run `PRAGMA integrity_check`; `Ok(())` when SQLite answers "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let answer: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if answer == "ok" {
            Ok(())
        } else {
            Err(StoreError::Invalid(format!("integrity check: {answer}")))
        }
    }

    /// Copy the write-ahead log into the database file and empty it (SQLite
    /// does this when the last connection closes): queries right after a
    /// large ingest then read the database file alone.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Update the planner's statistics (`ANALYZE`); worth running after a large ingest.
    pub fn analyze(&self) -> Result<()> {
        self.conn.execute_batch("ANALYZE")?;
        Ok(())
    }

    fn write_tx(&mut self, batch: &[CodedDocument]) -> Result<WriteSummary> {
        if !self.writer {
            // A writer reads pages through SQLite's page cache, not the memory
            // map: a mapped page is never cached, so with a WAL every touch of
            // it looks the page up in the WAL index again (walFindFrame, 8%
            // of a large ingest's time). Readers keep the map.
            // Foreign keys are not enforced while writing: the write path
            // keeps every reference whole itself (tests check it with
            // `PRAGMA foreign_key_check`), and a new event's row is written
            // after its mentions, with its final counts, in the same transaction.
            self.conn
                .execute_batch("PRAGMA mmap_size = 0; PRAGMA foreign_keys = OFF")?;
            self.writer = true;
        }
        let now = chrono::Utc::now();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let next_mention: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM mentions", [], |r| {
                r.get(0)
            })?;
        let next_event: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM events", [], |r| {
                r.get(0)
            })?;
        let scratch = std::mem::take(&mut self.scratch);
        let mut t = Tx {
            tx,
            caches: &mut self.caches,
            window: i64::from(self.options.merge_window_days),
            now: now.timestamp(),
            today: day_number(now.date_naive()),
            next_mention,
            next_event,
            pending: scratch.pending,
            pending_by_key: scratch.pending_by_key,
            fts_from: next_mention,
            deltas: scratch.deltas,
            tallies: Tallies::default(),
            summary: WriteSummary::default(),
        };
        for c in batch {
            t.document(c)?;
        }
        t.flush_pending()?;
        let Tx {
            tx,
            caches,
            mut deltas,
            tallies,
            summary,
            pending,
            pending_by_key,
            ..
        } = t;
        deltas.flush(&tx, &caches.codes)?;
        {
            let mut st = tx.prepare_cached("UPDATE counters SET n = n + ?2 WHERE name = ?1")?;
            for (name, n) in [
                ("documents", tallies.documents),
                ("events", tallies.events),
                ("mentions", tallies.mentions),
            ] {
                if n != 0 {
                    st.execute(params![name, n])?;
                }
            }
        }
        tx.commit()?;
        self.scratch = Scratch {
            pending,
            pending_by_key,
            deltas,
        };
        Ok(summary)
    }

    fn ids_with_prefix(&self, table_col: &str, prefix: &str) -> Result<Vec<i64>> {
        let sql = format!("SELECT id FROM {table_col} = ?1 ORDER BY id");
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([prefix], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn day_bounds(&self, range: DateRange) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let (lo, hi): (Option<i64>, Option<i64>) = self.conn.query_row(
            // Two subqueries: SQLite answers a lone min() or max() from the
            // index, but both in one query with a full scan.
            "SELECT (SELECT min(day) FROM events), (SELECT max(day) FROM events)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Ok(None);
        };
        let since = match range.since {
            Some(d) => d,
            None => day_date(lo)?,
        };
        let until = match range.until {
            Some(d) => d,
            None => day_date(hi)?,
        };
        Ok((since <= until).then_some((since, until)))
    }

    /// The rollup slices answering `range`: the all-dates tier when the
    /// range covers every stored day, else days, months and years.
    fn rollup_slices(&self, range: DateRange) -> Result<Vec<(i64, i64, i64)>> {
        let Some((since, until)) = self.day_bounds(range)? else {
            return Ok(Vec::new());
        };
        let Some((first, last)) = self.day_bounds(DateRange::default())? else {
            return Ok(Vec::new());
        };
        if since <= first && until >= last {
            return Ok(vec![(tiers::ALL, 0, 0)]);
        }
        Ok(tiers::slices(since, until))
    }

    fn actor_code(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT code FROM actors WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    fn first_mention(&self, id: i64) -> Result<Event> {
        let sql = format!("{} WHERE m.id = ?1", mention_select());
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query([id])?;
        match rows.next()? {
            Some(r) => Ok(read_mention(r)?.record),
            None => Err(StoreError::Invalid(format!("mention {id} is missing"))),
        }
    }
}

impl SqliteStore {
    /// The `limit` places with most events over `range` among those `keep`
    /// accepts (location id), from the location rollup.
    pub(super) fn location_counts(
        &self,
        range: DateRange,
        keep: &dyn Fn(i64) -> bool,
        limit: usize,
    ) -> Result<Vec<LocationRow>> {
        let slices = self.rollup_slices(range)?;
        let mut acc: fnv::FnvHashMap<i64, (i64, i64)> = fnv::FnvHashMap::default();
        let mut st = self.conn.prepare_cached(
            "SELECT location_id, events, mentions FROM rollup_locations \
             WHERE grain = ?1 AND period BETWEEN ?2 AND ?3",
        )?;
        for (grain, lo, hi) in slices {
            let mut rows = st.query(params![grain, lo, hi])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                if !keep(id) {
                    continue;
                }
                let e = acc.entry(id).or_default();
                e.0 += r.get::<_, i64>(1)?;
                e.1 += r.get::<_, i64>(2)?;
            }
        }
        let mut places: Vec<(i64, (i64, i64))> = acc.into_iter().filter(|(_, v)| v.0 > 0).collect();
        places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        places.truncate(limit);
        let mut st = self
            .conn
            .prepare_cached("SELECT name, country, lat, lon FROM locations WHERE id = ?1")?;
        places
            .into_iter()
            .map(|(id, (events, mentions))| {
                let location = st.query_row([id], |r| {
                    Ok(Location {
                        name: r.get(0)?,
                        country: r.get::<_, Option<String>>(1)?.filter(|c| !c.is_empty()),
                        lat: r.get(2)?,
                        lon: r.get(3)?,
                    })
                })?;
                Ok(LocationRow {
                    location,
                    events,
                    mentions,
                })
            })
            .collect()
    }

    /// The `limit` heaviest dyad edges over `range` among those `keep`
    /// accepts (source id, target id), from the packed dyad rollup. With
    /// `sources`, only those source actors' rows are read (one look-up per
    /// source and period instead of every row of the range).
    pub(super) fn dyad_edges(
        &self,
        range: DateRange,
        sources: Option<&[i64]>,
        keep: &dyn Fn(i64, i64) -> bool,
        limit: usize,
    ) -> Result<Vec<DyadRow>> {
        let slices = self.rollup_slices(range)?;
        let mut sum = EdgeSum::default();
        let periods: i64 = slices.iter().map(|(_, lo, hi)| hi - lo + 1).sum();
        match sources {
            Some(ids) if (ids.len() as i64).saturating_mul(periods) <= SOURCE_LOOKUPS => {
                let mut st = self.conn.prepare_cached(
                    "SELECT targets FROM rollup_dyad_targets \
                     WHERE grain = ?1 AND period = ?2 AND source_id = ?3",
                )?;
                for (grain, lo, hi) in slices {
                    for period in lo..=hi {
                        for &s in ids {
                            let mut rows = st.query(params![grain, period, s])?;
                            if let Some(r) = rows.next()? {
                                sum.push(s, dyad_blob(r, 0)?);
                            }
                        }
                    }
                }
            }
            _ => {
                let mut st = self.conn.prepare_cached(
                    "SELECT source_id, targets FROM rollup_dyad_targets \
                     WHERE grain = ?1 AND period BETWEEN ?2 AND ?3",
                )?;
                for (grain, lo, hi) in slices {
                    let mut rows = st.query(params![grain, lo, hi])?;
                    while let Some(r) = rows.next()? {
                        sum.push(r.get(0)?, dyad_blob(r, 1)?);
                    }
                }
            }
        }
        sum.top(keep, limit)?
            .into_iter()
            .map(|((s, t), (events, mentions, g))| {
                Ok(DyadRow {
                    source: self.actor_code(s)?,
                    target: self.actor_code(t)?,
                    events,
                    mentions,
                    goldstein_mean: g / events as f64,
                })
            })
            .collect()
    }
}

/// Most point look-ups (source actors × periods) a restricted dyad read
/// makes before reading the whole range is cheaper.
const SOURCE_LOOKUPS: i64 = 4096;

/// The packed targets column `i` of a dyad rollup row.
fn dyad_blob<'r>(r: &'r rusqlite::Row, i: usize) -> Result<&'r [u8]> {
    r.get_ref(i)?
        .as_blob()
        .map_err(|e| StoreError::Invalid(format!("a dyad rollup row: {e}")))
}

/// The event query: `conds` joined by AND, in (day, id) order; through the
/// dyad index when `dyad`.
fn events_sql(dyad: bool, conds: &[String], limit: usize) -> String {
    let select = if dyad {
        EVENT_SELECT.replacen("FROM events e ", "FROM events e INDEXED BY events_dyad ", 1)
    } else {
        EVENT_SELECT.to_string()
    };
    format!(
        "{select}{}{} ORDER BY e.day, e.id LIMIT {limit}",
        if conds.is_empty() { "" } else { " WHERE " },
        conds.join(" AND "),
    )
}

fn parse_cursor(c: &str) -> Result<(i64, i64)> {
    let bad = || StoreError::Invalid(format!("{c:?} is not a cursor kabar gave"));
    let (a, b) = c.split_once(':').ok_or_else(bad)?;
    Ok((a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?))
}

impl EventStore for SqliteStore {
    fn write(&mut self, batch: &[CodedDocument]) -> Result<WriteSummary> {
        let res = self.write_tx(batch);
        if res.is_err() {
            self.caches = Caches::default();
        }
        res
    }

    fn counts(&self) -> Result<Counts> {
        // The small tables are counted; the large ones keep their sizes in
        // `counters`, so no count runs over millions of rows.
        let n = |t: &str| -> Result<u64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                    r.get::<_, i64>(0)
                })? as u64)
        };
        let counter = |name: &str| -> Result<u64> {
            let v: i64 = self
                .conn
                .prepare_cached("SELECT n FROM counters WHERE name = ?1")?
                .query_row([name], |r| r.get(0))?;
            u64::try_from(v)
                .map_err(|_| StoreError::Invalid(format!("the store counts {v} {name}")))
        };
        Ok(Counts {
            documents: counter("documents")?,
            events: counter("events")?,
            mentions: counter("mentions")?,
            actors: n("actors")?,
            sources: n("sources")?,
            locations: n("locations")?,
        })
    }

    fn query(&self, q: &Query) -> Result<Page> {
        let limit = q.limit.max(1);
        let empty = Page {
            events: Vec::new(),
            next_cursor: None,
        };
        let mut wh: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        // The actor (or target) filter drives the query: one ordered index
        // range per matching code, merged here, so no sort is ever needed.
        let mut driver: Option<(&str, Vec<i64>)> = None;
        for (col, want) in [("e.source_id", &q.actor), ("e.target_id", &q.target)] {
            let Some(prefix) = want else { continue };
            let ids = self.ids_with_prefix(
                "actors WHERE substr(code, 1, length(?1))",
                &prefix.to_ascii_uppercase(),
            )?;
            if ids.is_empty() {
                return Ok(empty);
            }
            if driver.is_none() {
                driver = Some((col, ids));
            } else {
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                wh.push(format!("{col} IN ({})", list.join(",")));
            }
        }
        if let Some(root) = &q.root {
            wh.push("e.root = ?".into());
            args.push(Value::Text(root.clone()));
        }
        if let Some(cameo) = &q.cameo {
            wh.push("substr(e.cameo, 1, length(?)) = ?".into());
            args.push(Value::Text(cameo.clone()));
            args.push(Value::Text(cameo.clone()));
        }
        if let Some(d) = q.dates.since {
            wh.push("e.day >= ?".into());
            args.push(Value::Integer(day_number(d)));
        }
        if let Some(d) = q.dates.until {
            wh.push("e.day <= ?".into());
            args.push(Value::Integer(day_number(d)));
        }
        if let Some(country) = &q.country {
            let ids =
                self.ids_with_prefix("locations WHERE country", &country.to_ascii_uppercase())?;
            if ids.is_empty() {
                return Ok(empty);
            }
            let list: Vec<String> = ids.iter().map(i64::to_string).collect();
            wh.push(format!("e.location_id IN ({})", list.join(",")));
        }
        if let Some(lang) = &q.lang {
            wh.push(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.lang = ?)".into(),
            );
            args.push(Value::Text(lang.to_ascii_lowercase()));
        }
        if let Some(text) = &q.text {
            wh.push(
                "e.id IN (SELECT m.event_id FROM mentions m WHERE m.id IN \
                 (SELECT rowid FROM evidence WHERE evidence MATCH ?))"
                    .into(),
            );
            args.push(Value::Text(text.clone()));
        }
        if let Some(c) = &q.cursor {
            let (day, id) = parse_cursor(c)?;
            wh.push("(e.day, e.id) > (?, ?)".into());
            args.push(Value::Integer(day));
            args.push(Value::Integer(id));
        }
        // Both actors named: walk the dyad's own events (the planner would
        // rather keep date order from the source's index and scan them all).
        let dyad = q.actor.is_some() && q.target.is_some();
        let run = |extra: Option<(&str, i64)>| -> Result<Vec<EventHead>> {
            let mut conds = wh.clone();
            let mut a = args.clone();
            if let Some((col, id)) = extra {
                conds.push(format!("{col} = ?"));
                a.push(Value::Integer(id));
            }
            let sql = events_sql(dyad, &conds, limit + 1);
            let mut st = self.conn.prepare_cached(&sql)?;
            let mut rows = st.query(params_from_iter(a))?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                out.push(read_event_head(r)?);
            }
            Ok(out)
        };
        let mut heads = match &driver {
            None => run(None)?,
            Some((col, ids)) => {
                let mut all = Vec::new();
                for &id in ids {
                    all.extend(run(Some((col, id)))?);
                }
                all.sort_by_key(|h| (crate::day_number(h.event.date), h.event.id));
                all.truncate(limit + 1);
                all
            }
        };
        let next_cursor = if heads.len() > limit {
            heads.truncate(limit);
            heads
                .last()
                .map(|h| format!("{}:{}", day_number(h.event.date), h.event.id))
        } else {
            None
        };
        let mut events = Vec::with_capacity(heads.len());
        for h in heads {
            let mut e = h.event;
            e.first = self.first_mention(h.first_mention)?;
            events.push(e);
        }
        Ok(Page {
            events,
            next_cursor,
        })
    }

    fn timeline(&self, range: DateRange) -> Result<Vec<TimelineRow>> {
        let Some((since, until)) = self.day_bounds(range)? else {
            return Ok(Vec::new());
        };
        let mut st = self.conn.prepare_cached(
            "SELECT day, quad_class, root, events, mentions, goldstein FROM rollup_daily \
             WHERE day BETWEEN ?1 AND ?2 AND (events <> 0 OR mentions <> 0) \
             ORDER BY day, quad_class, root",
        )?;
        let mut rows = st.query(params![day_number(since), day_number(until)])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(TimelineRow {
                date: day_date(r.get(0)?)?,
                quad_class: u8::try_from(r.get::<_, i64>(1)?)
                    .map_err(|_| invalid("QuadClass", "?"))?,
                root: r.get(2)?,
                events: r.get(3)?,
                mentions: r.get(4)?,
                goldstein_sum: r.get(5)?,
            });
        }
        Ok(out)
    }

    fn dyads(&self, range: DateRange, limit: usize) -> Result<Vec<DyadRow>> {
        self.dyad_edges(range, None, &|_, _| true, limit)
    }

    fn locations(&self, range: DateRange, limit: usize) -> Result<Vec<LocationRow>> {
        self.location_counts(range, &|_| true, limit)
    }

    fn for_each_event(&self, f: &mut dyn FnMut(StoredEvent) -> Result<()>) -> Result<()> {
        let sql = format!("{EVENT_SELECT} ORDER BY e.id");
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let h = read_event_head(r)?;
            let mut e = h.event;
            e.first = self.first_mention(h.first_mention)?;
            f(e)?;
        }
        Ok(())
    }

    fn for_each_mention(&self, f: &mut dyn FnMut(StoredMention) -> Result<()>) -> Result<()> {
        let sql = format!("{} ORDER BY m.id", mention_select());
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            f(read_mention(r)?)?;
        }
        Ok(())
    }

    fn event(&self, id: i64, max_mentions: usize) -> Result<Option<EventDetail>> {
        self.event_detail(id, max_mentions)
    }

    fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        self.stored_document(id)
    }

    fn actors(&self, prefix: &str, limit: usize) -> Result<Vec<ActorCount>> {
        self.actors_with_prefix(prefix, limit)
    }

    fn timeline_filtered(&self, f: &StatsFilter) -> Result<Vec<TimelineRow>> {
        self.timeline_where(f)
    }

    fn dyads_filtered(&self, f: &StatsFilter, limit: usize) -> Result<Vec<DyadRow>> {
        self.dyads_where(f, limit)
    }

    fn locations_filtered(&self, f: &StatsFilter, limit: usize) -> Result<Vec<LocationRow>> {
        self.locations_where(f, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store left at schema version 3 (one row per dyad, no counters)
    /// opens at the current version with the same dyad network and counts.
    #[test]
    fn a_version_3_store_migrates_to_packed_dyads_and_counters() {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..3] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 3;
             INSERT INTO actors (id, code) VALUES (1, 'IRN'), (2, 'RUS'), (3, 'USA');
             INSERT INTO events (id, day, cameo, root, quad_class, goldstein, num_mentions,
                 num_sources, num_articles, first_mention, added)
                 VALUES (1, 19389, '040', '04', 1, 1.0, 1, 1, 1, 1, 0),
                        (2, 19391, '040', '04', 1, 1.0, 1, 1, 1, 2, 0);
             INSERT INTO rollup_dyads VALUES
                 (0, 19389, 1, 2, 2, 5, 2.0), (0, 19390, 1, 2, 1, 1, 1.0),
                 (0, 19390, 3, 1, 1, 2, -4.0), (0, 19391, 2, 3, 0, 0, 0.0),
                 (1, 24277, 1, 2, 3, 6, 3.0), (1, 24277, 3, 1, 1, 2, -4.0),
                 (2, 2023, 1, 2, 3, 6, 3.0), (2, 2023, 3, 1, 1, 2, -4.0),
                 (3, 0, 1, 2, 3, 6, 3.0), (3, 0, 3, 1, 1, 2, -4.0);",
        )
        .unwrap();
        let s = SqliteStore::init(conn, StoreOptions::default()).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let range = DateRange {
            since: NaiveDate::from_ymd_opt(2023, 2, 1),
            until: NaiveDate::from_ymd_opt(2023, 2, 2),
        };
        let got: Vec<(String, String, i64, i64, f64)> = s
            .dyads(range, 10)
            .unwrap()
            .into_iter()
            .map(|d| (d.source, d.target, d.events, d.mentions, d.goldstein_mean))
            .collect();
        assert_eq!(
            got,
            vec![
                ("IRN".into(), "RUS".into(), 3, 6, 1.0),
                ("USA".into(), "IRN".into(), 1, 2, -4.0)
            ]
        );
        let c = s.counts().unwrap();
        assert_eq!((c.documents, c.events, c.mentions, c.actors), (0, 2, 0, 3));
    }

    /// A query naming both actors walks the dyad's index, not every event
    /// of the source actor (seconds on a large store for a rare dyad).
    #[test]
    fn a_dyad_query_uses_the_dyad_index() {
        let s = SqliteStore::in_memory().unwrap();
        let plan: Vec<String> = s
            .conn
            .prepare(&format!(
                "EXPLAIN QUERY PLAN {}",
                events_sql(
                    true,
                    &["e.source_id = 1".into(), "e.target_id IN (3, 4)".into()],
                    51
                )
            ))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(plan.iter().any(|p| p.contains("events_dyad")), "{plan:?}");
    }
}
