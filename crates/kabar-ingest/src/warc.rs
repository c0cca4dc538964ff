//! A streaming WARC reader: `response` (and HTML `resource`) records become articles.
//!
//! Written here rather than taken from a crate so that a record with a wrong
//! `Content-Length` can be reported and the reader can find the next record.

use crate::source::{binary_at, Input};
use crate::{IngestError, ReadOptions};
use crate::{Record, RecordSink};
use std::io::{BufRead, Cursor, Read};

const MAX_LINE: u64 = 64 * 1024;

struct Reader {
    input: Input,
    /// Uncompressed bytes consumed so far.
    pos: u64,
}

impl Reader {
    /// One line (up to `MAX_LINE` bytes), `None` at end of input.
    fn line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut buf = Vec::new();
        let n = self
            .input
            .by_ref()
            .take(MAX_LINE)
            .read_until(b'\n', &mut buf)?;
        self.pos += n as u64;
        Ok((n > 0).then_some(buf))
    }

    fn push_back(&mut self, bytes: Vec<u8>) {
        self.pos -= bytes.len() as u64;
        let rest = std::mem::replace(&mut self.input, Box::new(Cursor::new(Vec::new())));
        self.input = Box::new(Cursor::new(bytes).chain(rest));
    }
}

fn trim_line(l: &[u8]) -> &[u8] {
    let l = l.strip_suffix(b"\n").unwrap_or(l);
    l.strip_suffix(b"\r").unwrap_or(l)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Read a WARC stream, one article per HTML response record.
pub(crate) fn read_warc(input: Input, name: &str, opts: &ReadOptions, sink: RecordSink<'_>) {
    let mut r = Reader { input, pos: 0 };
    let mut record = 0usize;
    let mut resync = false;
    loop {
        // Find the version line, skipping blank lines (and junk when resynchronising).
        let start;
        loop {
            let at = r.pos;
            match r.line() {
                Ok(None) => return,
                Ok(Some(l)) if l.starts_with(b"WARC/") => {
                    start = at;
                    break;
                }
                Ok(Some(l)) if trim_line(&l).is_empty() || resync => {}
                Ok(Some(_)) => {
                    sink(Err(IngestError::new(
                        format!("{name}#record {} (byte {at})", record + 1),
                        "not a WARC record header (expected \"WARC/1.x\"); skipping to the next record",
                    )));
                    resync = true;
                }
                Err(e) => {
                    return sink(Err(IngestError::new(
                        format!("{name} (byte {at})"),
                        format!("cannot read or decompress (truncated or corrupt?): {e}"),
                    )))
                }
            }
        }
        resync = false;
        record += 1;
        let origin = format!("{name}#record {record}");
        let at = |pos: u64| format!("{origin} (byte {pos})");
        // Header fields.
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut ok = true;
        loop {
            match r.line() {
                Ok(Some(l)) if trim_line(&l).is_empty() => break,
                Ok(Some(l)) => {
                    let l = String::from_utf8_lossy(trim_line(&l)).into_owned();
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                    if headers.len() > 1000 {
                        ok = false;
                        break;
                    }
                }
                Ok(None) => {
                    return sink(Err(IngestError::new(
                        at(start),
                        "truncated: the input ends inside the record header",
                    )))
                }
                Err(e) => {
                    return sink(Err(IngestError::new(
                        at(r.pos),
                        format!("cannot read or decompress (truncated or corrupt?): {e}"),
                    )))
                }
            }
        }
        let get = |k: &str| {
            headers
                .iter()
                .find(|(h, _)| h == k)
                .map(|(_, v)| v.as_str())
        };
        let length = get("content-length").and_then(|v| v.parse::<u64>().ok());
        let Some(length) = length.filter(|_| ok) else {
            sink(Err(IngestError::new(
                at(start),
                "record header has no valid Content-Length; skipping to the next record",
            )));
            resync = true;
            continue;
        };
        if length > opts.max_bytes as u64 {
            let skipped = std::io::copy(&mut r.input.by_ref().take(length), &mut std::io::sink());
            match skipped {
                Ok(n) => r.pos += n,
                Err(e) => {
                    return sink(Err(IngestError::new(
                        at(r.pos),
                        format!("cannot read or decompress (truncated or corrupt?): {e}"),
                    )))
                }
            }
            sink(Err(IngestError::new(
                at(start),
                format!(
                    "record of {length} bytes is larger than the {}-byte limit; skipped",
                    opts.max_bytes
                ),
            )));
            continue;
        }
        let mut body = Vec::new();
        let read = r.input.by_ref().take(length).read_to_end(&mut body);
        r.pos += body.len() as u64;
        if let Err(e) = read {
            return sink(Err(IngestError::new(
                at(r.pos),
                format!(
                    "cannot read or decompress (truncated or corrupt?): {e}; rest of file skipped"
                ),
            )));
        }
        if (body.len() as u64) < length {
            return sink(Err(IngestError::new(
                at(start),
                format!(
                    "truncated: Content-Length says {length} bytes but the input ends after {}",
                    body.len()
                ),
            )));
        }
        // The block must be followed by two CRLFs; if not, the length is wrong.
        let mut trailer = Vec::new();
        let tr = r.input.by_ref().take(4).read_to_end(&mut trailer);
        r.pos += trailer.len() as u64;
        if tr.is_err() || (!trailer.is_empty() && trailer != b"\r\n\r\n") {
            let mut back = match find(&body, b"\nWARC/") {
                Some(i) => body[i + 1..].to_vec(),
                None => Vec::new(),
            };
            back.extend_from_slice(&trailer);
            r.push_back(back);
            sink(Err(IngestError::new(
                at(start),
                format!("Content-Length {length} does not end at the record boundary (wrong length?); record skipped"),
            )));
            resync = true;
            continue;
        }
        let kind = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let ctype = get("content-type").unwrap_or("").to_ascii_lowercase();
        let url = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let id = get("warc-record-id").map(|u| u.trim_matches(['<', '>']).to_string());
        let payload = if kind == "response" && ctype.contains("application/http") {
            match http_payload(&body, opts.max_bytes) {
                Ok(Some(p)) => p,
                Ok(None) => continue,
                Err(reason) => {
                    sink(Err(IngestError::new(at(start), reason)));
                    continue;
                }
            }
        } else if (kind == "resource" || kind == "response") && ctype.contains("html") {
            body
        } else {
            continue;
        };
        if let Some(p) = binary_at(&payload) {
            sink(Err(IngestError::new(
                at(start),
                format!("HTML payload holds binary data (NUL byte at payload byte {p}); skipped"),
            )));
            continue;
        }
        sink(Ok(Record::page(
            payload,
            url,
            id,
            origin.clone(),
            at(start),
        )));
    }
}

/// The HTML body of an HTTP response; `Ok(None)` when it is not a successful HTML response.
fn http_payload(block: &[u8], max: usize) -> Result<Option<Vec<u8>>, String> {
    let (head_end, sep) = match find(block, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => match find(block, b"\n\n") {
            Some(i) => (i, 2),
            None => return Err("HTTP response without a header/body separator; skipped".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code = status.split_whitespace().nth(1).unwrap_or("");
    if !code.starts_with('2') {
        return Ok(None);
    }
    let mut ctype = String::new();
    let mut chunked = false;
    let mut gzip = false;
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase());
            match k.as_str() {
                "content-type" => ctype = v,
                "transfer-encoding" => chunked = v.contains("chunked"),
                "content-encoding" => gzip = v.contains("gzip"),
                _ => {}
            }
        }
    }
    if !ctype.is_empty() && !ctype.contains("html") {
        return Ok(None);
    }
    let mut body = block[head_end + sep..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("HTTP body claims chunked encoding but is not; skipped")?;
    }
    if gzip {
        let dec = flate2::read::MultiGzDecoder::new(Cursor::new(body));
        body = crate::source::read_capped(dec, max).map_err(|e| format!("gzip HTTP body: {e}"))?;
    }
    Ok(Some(body))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = find(b, b"\n")?;
        let size_str = String::from_utf8_lossy(&b[..nl]);
        let size_str = size_str.trim().split(';').next().unwrap_or("").to_string();
        let size = usize::from_str_radix(&size_str, 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}
