//! Helpers shared by the ingest tests.
#![allow(dead_code)]

use kabar_ingest::{read_all, Article, IngestError, ReadOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The committed fixture `name`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fresh scratch directory for one test.
pub fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("kabar-ingest")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Articles and errors read from `path` with default options.
pub fn split(path: &Path, opts: &ReadOptions) -> (Vec<Article>, Vec<IngestError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for r in read_all(path, opts) {
        match r {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

pub fn zstd(data: &[u8]) -> Vec<u8> {
    ruzstd::encoding::compress_to_vec(data, ruzstd::encoding::CompressionLevel::Fastest)
}

/// An HTML news page with a title and some paragraphs.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><nav>Beranda | Nasional</nav>\
         <article><h1>{title}</h1><p>{body}</p><p>{body}</p>\
         <p>{body}</p></article></body></html>"
    )
}

/// One WARC record; `length` overrides the true Content-Length.
pub fn warc_record(kind: &str, uri: &str, block: &[u8], length: Option<usize>) -> Vec<u8> {
    let ctype = if kind == "response" {
        "application/http; msgtype=response"
    } else {
        "application/warc-fields"
    };
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
         Content-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        length.unwrap_or(block.len())
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response record carrying `html`.
pub fn warc_response(uri: &str, html: &str, length: Option<usize>) -> Vec<u8> {
    let block = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    warc_record("response", uri, block.as_bytes(), length)
}

/// Gzip each record as its own member, as WARC.gz files do.
pub fn warc_gz(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}
