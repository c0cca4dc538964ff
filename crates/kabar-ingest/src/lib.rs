//! Readers that turn raw news files into [`Article`]s for kabar's coder.
//!
//! Every reader streams: memory stays bounded by [`ReadOptions::max_bytes`]
//! per record whatever the size of the input. Bad input never stops a run:
//! each bad file, line or record gives one [`IngestError`] naming where it is,
//! and reading goes on with the next one.
//!
//! | input | one article per | `origin` |
//! |---|---|---|
//! | plain text (`.txt`) | file (title = first line) | `dir/a.txt` |
//! | JSONL (`.jsonl`) | line | `docs.jsonl:7` |
//! | CSV (`.csv`, `.tsv`) | row ([`CsvColumns`]) | `docs.csv:3` |
//! | HTML (`.html`) | file (main content) | `page.html` |
//! | WARC (`.warc`, `.warc.gz`) | HTML response record | `crawl.warc.gz#record 12` |
//! | RSS/Atom (`.xml`, `.rss`, `.atom`) | entry | `feed.xml#entry 3` |
//!
//! Any of these may be gzip- or zstd-compressed. Errors read
//! `{origin}: {reason}`, with `(byte N)` (uncompressed offset) for WARC records.
//!
//! Main content comes from `dom_smoothie` (Mozilla Readability): word-4-gram F1
//! 0.948 on the 181 pages of the shared extraction benchmark (see
//! `examples/extraction_bench.rs`).

mod date;
mod html;
mod page_scan;
mod source;
mod tabular;
mod warc;

pub use date::{parse_date, parse_date_in_url};
pub use html::{extract_html, HtmlPage};

use chrono::NaiveDate;
use kabar_core::{Document, Lang};
use std::fmt;
use std::path::Path;

/// One article as read from the input, before coding.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Identifier: the record's own id when it has one, else derived from its origin.
    pub id: String,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub date: Option<NaiveDate>,
    /// Language, when the record gives it (JSONL `lang`, HTML `lang`) or, for
    /// HTML pages and feed entries, detected from the text. Plain text, JSONL
    /// and CSV records are not detected here: readers stay cheap and sequential,
    /// and the coder detects the language on all cores.
    pub lang: Option<Lang>,
    /// Site name (`og:site_name`, feed title or host name), when known.
    pub site: Option<String>,
    /// Article text: main content (paragraphs separated by blank lines) for
    /// HTML, WARC and feeds; the raw text for plain text, JSONL and CSV.
    pub text: String,
    /// Where the article was read: `docs.jsonl:7`, `crawl.warc.gz#record 12`, `page.html`.
    pub origin: String,
}

/// One input record as read: either a finished [`Article`] or an HTML page
/// whose main-content extraction is still to do. Readers stay sequential and
/// cheap; [`Record::into_article`] does the expensive part and may run on any
/// thread, so a pipeline extracts pages on all cores.
#[derive(Debug, Clone)]
pub struct Record(RecordKind);

#[derive(Debug, Clone)]
enum RecordKind {
    Ready(Article),
    Page {
        /// Raw page bytes (any encoding; decoded on extraction).
        bytes: Vec<u8>,
        url: Option<String>,
        /// Identifier that replaces the URL-or-origin default.
        id: Option<String>,
        origin: String,
        /// Where to point an error about the page (origin with byte offset).
        error_at: String,
    },
}

impl Record {
    pub(crate) fn ready(a: Article) -> Self {
        Record(RecordKind::Ready(a))
    }

    pub(crate) fn page(
        bytes: Vec<u8>,
        url: Option<String>,
        id: Option<String>,
        origin: String,
        error_at: String,
    ) -> Self {
        Record(RecordKind::Page {
            bytes,
            url,
            id,
            origin,
            error_at,
        })
    }

    /// Where the record was read (`crawl.warc.gz#record 12`, `docs.jsonl:7`).
    pub fn origin(&self) -> &str {
        match &self.0 {
            RecordKind::Ready(a) => &a.origin,
            RecordKind::Page { origin, .. } => origin,
        }
    }

    /// The article: extracts an HTML page's main content, title, date,
    /// language and site; an error when the page holds no text.
    pub fn into_article(self) -> Result<Article, IngestError> {
        match self.0 {
            RecordKind::Ready(a) => Ok(a),
            RecordKind::Page {
                bytes,
                url,
                id,
                origin,
                error_at,
            } => {
                let html = source::decode(&bytes, true);
                let mut a = html::article_from_html(&html, url.as_deref(), &origin);
                if a.text.trim().is_empty() && a.title.is_none() {
                    return Err(IngestError::new(
                        error_at,
                        "no text found in the page; skipped",
                    ));
                }
                if let Some(id) = id {
                    a.id = id;
                }
                Ok(a)
            }
        }
    }
}

/// Where readers hand their records.
pub(crate) type RecordSink<'a> = &'a mut dyn FnMut(Result<Record, IngestError>);

/// A file, line or record that could not be read; the run goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// Where: file name with line, record or byte offset.
    pub origin: String,
    /// What is wrong, in words a user can act on.
    pub reason: String,
}

impl IngestError {
    pub(crate) fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        IngestError {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for IngestError {}

/// Input format; [`Format::Auto`] decides from the file extension, then the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Format {
    /// Decide from the extension (`.txt`, `.jsonl`, `.csv`, `.html`, `.warc`, `.xml`/`.rss`/`.atom`,
    /// each optionally `.gz` or `.zst`), else from the first bytes.
    #[default]
    Auto,
    /// One article per file; the first line is the title.
    Text,
    /// One JSON object per line: `{"id", "text", "url"?, "title"?, "date"?, "lang"?}`.
    Jsonl,
    /// Comma-separated values with a header row (columns id, url, title, date, text).
    Csv,
    /// One HTML page per file.
    Html,
    /// Web archive: every `response` record holding HTML is one article.
    Warc,
    /// RSS or Atom feed: every entry is one article.
    Feed,
}

impl Format {
    /// All formats, for command-line value lists.
    pub const ALL: [Format; 7] = [
        Format::Auto,
        Format::Text,
        Format::Jsonl,
        Format::Csv,
        Format::Html,
        Format::Warc,
        Format::Feed,
    ];

    /// Lower-case name as written on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Warc => "warc",
            Format::Feed => "feed",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .or(match s.as_str() {
                "txt" | "plain" => Some(Format::Text),
                "json" | "ndjson" => Some(Format::Jsonl),
                "htm" => Some(Format::Html),
                "rss" | "atom" => Some(Format::Feed),
                _ => None,
            })
            .ok_or_else(|| {
                format!(
                    "unknown input format {s:?}: use auto, text, jsonl, csv, html, warc or feed"
                )
            })
    }
}

/// Column names of a CSV input (matched case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvColumns {
    /// Identifier column (default `id`); the row number is used when absent.
    pub id: String,
    /// URL column (default `url`).
    pub url: String,
    /// Headline column (default `title`).
    pub title: String,
    /// Publication date column (default `date`).
    pub date: String,
    /// Article text column (default `text`); required.
    pub text: String,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns {
            id: "id".into(),
            url: "url".into(),
            title: "title".into(),
            date: "date".into(),
            text: "text".into(),
        }
    }
}

/// How [`read`] reads its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Input format, or [`Format::Auto`].
    pub format: Format,
    /// Column names for CSV input.
    pub csv_columns: CsvColumns,
    /// Largest record (file, line, WARC record, decompressed) read, in bytes;
    /// larger ones are skipped with an error. Default 10 MiB.
    pub max_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: Format::Auto,
            csv_columns: CsvColumns::default(),
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

/// Read every article in `path` and hand each one, or each error, to `sink`
/// (pages extracted on the calling thread; see [`read_records`] to do it elsewhere).
pub fn read(path: &Path, opts: &ReadOptions, sink: &mut dyn FnMut(Result<Article, IngestError>)) {
    read_records(path, opts, &mut |r| sink(r.and_then(Record::into_article)));
}

/// Read every record in `path` and hand each one, or each error, to `sink`.
///
/// `path` may be a file, a directory (walked recursively in name order,
/// hidden files skipped) or `-` for standard input (named `<stdin>` in origins). Files ending in `.gz` or
/// `.zst`, or starting with a gzip or zstd magic number, are decompressed.
pub fn read_records(path: &Path, opts: &ReadOptions, sink: RecordSink<'_>) {
    if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        source::read_stream(Box::new(stdin.lock()), "<stdin>", None, opts, sink);
        return;
    }
    if path.is_dir() {
        let walker = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => source::read_file(e.path(), opts, sink),
                Ok(_) => {}
                Err(e) => {
                    let origin = e
                        .path()
                        .map_or_else(|| path.display().to_string(), |p| p.display().to_string());
                    sink(Err(IngestError::new(origin, format!("cannot read: {e}"))));
                }
            }
        }
        return;
    }
    source::read_file(path, opts, sink);
}

/// Read articles from any byte stream (a socket, a pipe, an in-memory buffer);
/// `name` stands for the stream in origins and errors and, with its extension,
/// helps detect the format (`"feed.xml.gz"`). `-` is standard input for [`read`].
pub fn read_from(
    reader: impl std::io::Read + 'static,
    name: &str,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, IngestError>),
) {
    source::read_stream(
        Box::new(reader),
        name,
        Some(Path::new(name)),
        opts,
        &mut |r| sink(r.and_then(Record::into_article)),
    );
}

/// Read everything in `path` into a vector (convenience for small inputs and tests).
pub fn read_all(path: &Path, opts: &ReadOptions) -> Vec<Result<Article, IngestError>> {
    let mut out = Vec::new();
    read(path, opts, &mut |r| out.push(r));
    out
}

/// The document the coder sees: the title and a blank line before the body,
/// unless the body already starts with the title.
pub fn article_to_document(a: &Article) -> Document {
    let body = a.text.trim_start();
    let text = match a.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if !body.starts_with(t) => {
            if body.is_empty() {
                t.to_string()
            } else {
                format!("{t}\n\n{body}")
            }
        }
        _ => a.text.clone(),
    };
    Document {
        id: a.id.clone(),
        url: a.url.clone(),
        title: a.title.clone(),
        date: a.date,
        lang: a.lang,
        text,
    }
}

/// Detect the language of `text` (Indonesian or English) when it says enough.
pub(crate) fn detect_lang(text: &str) -> Option<Lang> {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    kabar_text::detect_lang(&text[..end])
}
