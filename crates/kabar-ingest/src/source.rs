//! Opening inputs: files and stdin, decompression, format detection, decoding.

use crate::{html, tabular, warc, Article, Format, IngestError, ReadOptions};
use crate::{Record, RecordSink};
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

/// A boxed buffered byte stream.
pub(crate) type Input = Box<dyn BufRead>;

/// Read one file (not a directory).
pub(crate) fn read_file(path: &Path, opts: &ReadOptions, sink: RecordSink<'_>) {
    let name = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(f) => read_stream(Box::new(f), &name, Some(path), opts, sink),
        Err(e) => sink(Err(IngestError::new(name, format!("cannot open: {e}")))),
    }
}

/// Lower-case file name with a `.gz`/`.zst` suffix removed.
fn inner_name(path: Option<&Path>) -> String {
    let name = path
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    for suffix in [".gz", ".zst", ".zstd"] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            return stripped.to_string();
        }
    }
    name
}

fn format_from_name(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.')?.1;
    Some(match ext {
        "txt" | "text" => Format::Text,
        "jsonl" | "ndjson" | "json" => Format::Jsonl,
        "csv" | "tsv" => Format::Csv,
        "html" | "htm" | "xhtml" => Format::Html,
        "warc" | "arc" => Format::Warc,
        "xml" | "rss" | "atom" => Format::Feed,
        _ => return None,
    })
}

fn format_from_content(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if head.starts_with(b"{") {
        return Format::Jsonl;
    }
    if head.starts_with(b"<") {
        let lower = head.to_ascii_lowercase();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Format::Feed;
        }
        return Format::Html;
    }
    Format::Text
}

/// Read one input stream: decompress, detect the format and dispatch.
pub(crate) fn read_stream(
    raw: Box<dyn Read>,
    name: &str,
    path: Option<&Path>,
    opts: &ReadOptions,
    sink: RecordSink<'_>,
) {
    let mut raw = BufReader::new(raw);
    let magic = match raw.fill_buf() {
        Ok(b) => b.get(..4).map(<[u8]>::to_vec).unwrap_or_else(|| b.to_vec()),
        Err(e) => return sink(Err(IngestError::new(name, format!("cannot read: {e}")))),
    };
    let decoded: Box<dyn Read> = if magic.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(raw))
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        match ruzstd::decoding::StreamingDecoder::new(raw) {
            Ok(d) => Box::new(d),
            Err(e) => {
                return sink(Err(IngestError::new(
                    name,
                    format!("broken zstd header: {e}"),
                )))
            }
        }
    } else {
        Box::new(raw)
    };
    // Peek at the first bytes for format detection without losing them.
    let mut head = Vec::with_capacity(2048);
    let mut decoded = decoded;
    if let Err(e) = (&mut decoded).take(2048).read_to_end(&mut head) {
        return sink(Err(IngestError::new(
            name,
            format!(
                "cannot read or decompress at byte {} (truncated or corrupt?): {e}",
                head.len()
            ),
        )));
    }
    if head.is_empty() {
        // An empty pipe is an empty batch (a Spark partition with no rows, a
        // quiet hour of a feed); an empty file is a broken crawl or download.
        if path.is_none() && name == "<stdin>" {
            return;
        }
        return sink(Err(IngestError::new(name, "empty file: no article in it")));
    }
    // UTF-16 text (Windows exports) is transcoded to UTF-8 as it streams, so
    // every reader below sees UTF-8 and its NUL bytes do not look binary.
    if let Some(enc) = utf16_encoding(&head) {
        let mut utf8 = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(enc))
            .build(Cursor::new(std::mem::take(&mut head)).chain(decoded));
        if let Err(e) = (&mut utf8).take(2048).read_to_end(&mut head) {
            return sink(Err(IngestError::new(
                name,
                format!("cannot read UTF-16 text at byte {}: {e}", head.len()),
            )));
        }
        decoded = Box::new(utf8);
    }
    let format = match opts.format {
        Format::Auto => {
            format_from_name(&inner_name(path)).unwrap_or_else(|| format_from_content(&head))
        }
        f => f,
    };
    if format != Format::Csv && format != Format::Jsonl {
        if let Some(pos) = binary_at(&head) {
            return sink(Err(IngestError::new(
                name,
                format!("binary data, not {format} (NUL byte at byte {pos}); skipped"),
            )));
        }
    }
    let input: Input = Box::new(BufReader::new(Cursor::new(head).chain(decoded)));
    match format {
        Format::Jsonl => tabular::read_jsonl(input, name, opts, sink),
        Format::Csv => tabular::read_csv(input, name, opts, sink),
        Format::Warc => warc::read_warc(input, name, opts, sink),
        Format::Text | Format::Html | Format::Feed | Format::Auto => {
            let bytes = match read_capped(input, opts.max_bytes) {
                Ok(b) => b,
                Err(reason) => return sink(Err(IngestError::new(name, reason))),
            };
            if let Some(pos) = binary_at(&bytes) {
                return sink(Err(IngestError::new(
                    name,
                    format!("binary data, not {format} (NUL byte at byte {pos}); skipped"),
                )));
            }
            let stem = path
                .and_then(|p| p.file_name())
                .map(|n| id_from_file_name(&n.to_string_lossy()))
                .unwrap_or_else(|| "stdin".to_string());
            match format {
                Format::Html => sink(Ok(Record::page(
                    bytes,
                    None,
                    Some(stem),
                    name.to_string(),
                    name.to_string(),
                ))),
                Format::Feed => html::read_feed(&bytes, name, sink),
                _ => sink(read_text(&decode(&bytes, false), &stem, name).map(Record::ready)),
            }
        }
    }
}

/// A document id from a file name: the name without its format and
/// compression extensions (`a.txt.gz` → `a`, `news.2023.html` → `news.2023`).
fn id_from_file_name(name: &str) -> String {
    let mut id = name;
    for ext in [".gz", ".zst"] {
        id = id.strip_suffix(ext).unwrap_or(id);
    }
    for ext in [".txt", ".text", ".html", ".htm", ".xhtml"] {
        if let Some(s) = id.strip_suffix(ext).filter(|s| !s.is_empty()) {
            return s.to_string();
        }
    }
    id.to_string()
}

fn read_text(text: &str, id: &str, origin: &str) -> Result<Article, IngestError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::new(origin, "empty file: no article in it"));
    }
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Ok(Article {
        id: id.to_string(),
        title,
        lang: None,
        text: text.to_string(),
        origin: origin.to_string(),
        ..Article::default()
    })
}

/// UTF-16 by its byte-order mark, or, without one, by the zero high bytes of
/// ASCII characters in every other position.
fn utf16_encoding(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    match head {
        [0xFF, 0xFE, ..] => return Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => return Some(encoding_rs::UTF_16BE),
        _ => {}
    }
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let zeros = |offset: usize| {
        head.iter()
            .skip(offset)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 10 >= pairs * 7 && even * 20 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 20 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Offset of the first NUL byte: text never has one.
pub(crate) fn binary_at(bytes: &[u8]) -> Option<usize> {
    // UTF-16 input is transcoded before this check.
    bytes.iter().position(|&b| b == 0)
}

/// Read at most `max` bytes; more is an error (the rest is not read).
pub(crate) fn read_capped(input: impl Read, max: usize) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    match input.take(limit).read_to_end(&mut buf) {
        Ok(_) if buf.len() > max => Err(format!(
            "larger than the {max}-byte limit per record; skipped"
        )),
        Ok(_) => Ok(buf),
        Err(e) => Err(format!(
            "cannot read or decompress at byte {} (truncated or corrupt?): {e}",
            buf.len()
        )),
    }
}

/// Decode bytes to text: UTF-8 when valid, else the declared (HTML) or detected encoding.
pub(crate) fn decode(bytes: &[u8], html: bool) -> String {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode(bytes).0.into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let declared = if html { meta_charset(bytes) } else { None };
    let enc = declared.unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new();
        det.feed(bytes, true);
        det.guess(None, true)
    });
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The `charset` an HTML page declares in its first 4 KiB.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let pos = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = &lower[pos + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
        .unwrap_or(rest.len());
    let enc = encoding_rs::Encoding::for_label(&rest[..end])?;
    // A page that claims UTF-8 but is not valid UTF-8 is better guessed.
    (enc != encoding_rs::UTF_8).then_some(enc)
}
