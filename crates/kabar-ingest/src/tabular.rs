//! Line- and row-oriented readers: JSONL and CSV.

use crate::source::{decode, Input};
use crate::{Article, IngestError, ReadOptions};
use crate::{Record, RecordSink};
use std::io::{BufRead, Read};

/// Read one line of at most `max` bytes; a longer line is drained and reported.
/// `Ok(None)` at end of input.
fn next_line(input: &mut Input, max: usize, buf: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
    buf.clear();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let n = input.by_ref().take(limit).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.len() > max && !buf.ends_with(b"\n") {
        // Drain the rest of the over-long line without keeping it.
        let mut sink = Vec::new();
        loop {
            sink.clear();
            let m = input.by_ref().take(65536).read_until(b'\n', &mut sink)?;
            if m == 0 || sink.ends_with(b"\n") {
                break;
            }
        }
        return Ok(Some(false));
    }
    Ok(Some(true))
}

fn value_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// JSON Lines: one object per line with at least `text`.
pub(crate) fn read_jsonl(mut input: Input, name: &str, opts: &ReadOptions, sink: RecordSink<'_>) {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        line_no += 1;
        let origin = format!("{name}:{line_no}");
        let ok = match next_line(&mut input, opts.max_bytes, &mut buf) {
            Ok(None) => break,
            Ok(Some(ok)) => ok,
            Err(e) => {
                sink(Err(IngestError::new(
                    origin,
                    format!("cannot read or decompress (truncated or corrupt?): {e}; rest of file skipped"),
                )));
                break;
            }
        };
        if !ok {
            sink(Err(IngestError::new(
                origin,
                format!(
                    "line longer than the {}-byte limit; skipped",
                    opts.max_bytes
                ),
            )));
            continue;
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s,
            Err(e) => {
                sink(Err(IngestError::new(
                    origin,
                    format!(
                        "not valid UTF-8 at byte {} of the line; JSON must be UTF-8",
                        e.valid_up_to()
                    ),
                )));
                continue;
            }
        };
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            continue;
        }
        sink(jsonl_article(line, name, line_no, origin).map(Record::ready));
    }
}

fn jsonl_article(
    line: &str,
    name: &str,
    line_no: usize,
    origin: String,
) -> Result<Article, IngestError> {
    let v: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| IngestError::new(origin.clone(), format!("not a JSON object: {e}")))?;
    let obj = v
        .as_object()
        .ok_or_else(|| IngestError::new(origin.clone(), "not a JSON object"))?;
    let get = |k: &str| {
        obj.get(k)
            .and_then(value_string)
            .filter(|s| !s.trim().is_empty())
    };
    let text = get("text")
        .or_else(|| get("content"))
        .or_else(|| get("body"))
        .ok_or_else(|| IngestError::new(origin.clone(), "no \"text\" field"))?;
    let date = match get("date") {
        Some(d) => Some(crate::parse_date(&d).ok_or_else(|| {
            IngestError::new(origin.clone(), format!("\"date\" {d:?} is not a date"))
        })?),
        None => None,
    };
    let lang = get("lang")
        .map(|l| {
            l.parse()
                .map_err(|e: String| IngestError::new(origin.clone(), e))
        })
        .transpose()?;
    let url = get("url");
    Ok(Article {
        id: get("id").unwrap_or_else(|| format!("{name}:{line_no}")),
        site: url.as_deref().and_then(crate::html::host_of),
        url,
        title: get("title"),
        date,
        lang,
        text,
        origin,
    })
}

/// CSV with a header row; columns named by [`crate::CsvColumns`].
/// Counts the bytes read since the last [`Metered::reset`] and fails once they
/// pass a limit: the CSV parser buffers a whole row, and a row that never ends
/// (an unclosed quote in a large file) must not take all memory.
struct Metered {
    inner: Input,
    since_reset: std::rc::Rc<std::cell::Cell<u64>>,
    limit: u64,
}

impl Read for Metered {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.since_reset.get() > self.limit {
            return Err(std::io::Error::other(ROW_TOO_LONG));
        }
        let n = self.inner.read(buf)?;
        self.since_reset
            .set(self.since_reset.get().saturating_add(n as u64));
        Ok(n)
    }
}

const ROW_TOO_LONG: &str = "row longer than the byte limit (an unclosed quote?)";

pub(crate) fn read_csv(input: Input, name: &str, opts: &ReadOptions, sink: RecordSink<'_>) {
    let tsv = name.to_ascii_lowercase().contains(".tsv");
    let since_reset = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let metered = Metered {
        inner: input,
        since_reset: since_reset.clone(),
        // The parser reads ahead in 8 KiB blocks; leave room for that.
        limit: u64::try_from(opts.max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(64 * 1024),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(if tsv { b'\t' } else { b',' })
        .from_reader(metered);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return sink(Err(IngestError::new(
                format!("{name}:1"),
                format!("cannot read the CSV header: {e}"),
            )))
        }
    };
    let cols = &opts.csv_columns;
    let find = |want: &str| {
        headers.iter().position(|h| {
            String::from_utf8_lossy(h)
                .trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(want)
        })
    };
    let Some(text_col) = find(&cols.text) else {
        return sink(Err(IngestError::new(
            format!("{name}:1"),
            format!("no {:?} column in the CSV header", cols.text),
        )));
    };
    let (id_col, url_col, title_col, date_col) = (
        find(&cols.id),
        find(&cols.url),
        find(&cols.title),
        find(&cols.date),
    );
    let mut record = csv::ByteRecord::new();
    loop {
        let line = rdr.position().line();
        let origin = format!("{name}:{line}");
        match rdr.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                if let csv::ErrorKind::Io(io) = e.kind() {
                    let reason = if io.to_string() == ROW_TOO_LONG {
                        format!(
                            "row longer than the {}-byte limit (an unclosed quote?); rest of file skipped",
                            opts.max_bytes
                        )
                    } else {
                        format!("cannot read or decompress (truncated or corrupt?): {io}; rest of file skipped")
                    };
                    sink(Err(IngestError::new(origin, reason)));
                    break;
                }
                sink(Err(IngestError::new(origin, format!("bad CSV row: {e}"))));
                continue;
            }
        }
        since_reset.set(0);
        let line = record.position().map_or(line, csv::Position::line);
        let origin = format!("{name}:{line}");
        if record.as_slice().len() > opts.max_bytes {
            sink(Err(IngestError::new(
                origin,
                format!("row longer than the {}-byte limit; skipped", opts.max_bytes),
            )));
            continue;
        }
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(|b| decode(b, false).trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let Some(text) = field(Some(text_col)) else {
            sink(Err(IngestError::new(
                origin,
                format!("empty {:?} column", cols.text),
            )));
            continue;
        };
        let date = match field(date_col) {
            Some(d) => match crate::parse_date(&d) {
                Some(d) => Some(d),
                None => {
                    sink(Err(IngestError::new(
                        origin,
                        format!("{:?} is not a date", d),
                    )));
                    continue;
                }
            },
            None => None,
        };
        let url = field(url_col);
        sink(Ok(Record::ready(Article {
            id: field(id_col).unwrap_or_else(|| format!("{name}:{line}")),
            site: url.as_deref().and_then(crate::html::host_of),
            url,
            title: field(title_col),
            date,
            lang: None,
            text,
            origin,
        })));
    }
}
