//! HTML pages: main content (readability, via `dom_smoothie`) and metadata; feeds.

use crate::date::{find_named_date, parse_date, parse_date_in_url};
use crate::page_scan::PageScan;
use crate::{Article, IngestError};
use crate::{Record, RecordSink};
use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use kabar_core::Lang;

/// What is read from one HTML page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlPage {
    /// Headline (`og:title`, else the readability title).
    pub title: Option<String>,
    /// Canonical URL (`link rel=canonical`, `og:url`), else the URL it was fetched from.
    pub url: Option<String>,
    /// Publication date (meta tags, JSON-LD, `<time>`, URL, or a date in the page's top text).
    pub date: Option<NaiveDate>,
    /// Language (`<html lang>` when Indonesian or English, else detected).
    pub lang: Option<Lang>,
    /// Site name (`og:site_name`, else the host name).
    pub site: Option<String>,
    /// Main content, paragraphs separated by blank lines.
    pub text: String,
}

/// Host name of an absolute URL, without `www.`.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// `datePublished` out of JSON-LD blocks, searched as text (the blocks are often invalid JSON).
fn json_ld_date(blocks: &[NodeRef]) -> Option<NaiveDate> {
    blocks.iter().find_map(|n| {
        let t = n.text();
        let pos = t.find("\"datePublished\"")?;
        let rest = &t[pos + 15..];
        let start = rest.find('"')? + 1;
        let end = start + rest[start..].find('"')?;
        parse_date(&rest[start..end])
    })
}

/// A date spelt out in an element whose class or id says it holds the date
/// (`<div class="date">Rabu, 1 Februari 2023 10:15 WIB</div>`).
fn dateline_element(candidates: &[Vec<NodeRef>; 4]) -> Option<NaiveDate> {
    candidates.iter().find_map(|nodes| {
        nodes.iter().find_map(|n| {
            let t = n.text();
            (t.len() < 200).then(|| find_named_date(&t)).flatten()
        })
    })
}

/// Paragraphs: lines trimmed, runs of spaces collapsed, blank lines between.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

/// Text of an HTML fragment or page without readability: `<p>`s, else all text.
fn plain_text(doc: &Document) -> String {
    let ps: Vec<String> = doc
        .select("p")
        .nodes()
        .iter()
        .map(|n| n.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect();
    if ps.is_empty() {
        for junk in ["script", "style", "noscript"] {
            doc.select(junk).remove();
        }
        paragraphs(&doc.select("body").formatted_text())
    } else {
        ps.join("\n\n")
    }
}

/// Remove page furniture (see [`crate::page_scan`]) except elements holding
/// so much text that they must be the article itself (a body whose class says
/// "gallery").
fn remove_furniture(nodes: &[NodeRef]) {
    for node in nodes {
        if node.text().len() < 1500 {
            node.remove_from_parent();
        }
    }
}

/// `articleBody` of a JSON-LD block: the publisher's own statement of the
/// article's text. Parsed as JSON when the block is valid, so escapes and
/// nested objects (`@graph`) are handled; HTML inside it is reduced to text.
fn json_ld_body(blocks: &[NodeRef]) -> Option<String> {
    fn find(v: &serde_json::Value) -> Option<&str> {
        match v {
            serde_json::Value::Object(m) => m
                .get("articleBody")
                .and_then(|b| b.as_str())
                .or_else(|| m.values().find_map(find)),
            serde_json::Value::Array(a) => a.iter().find_map(find),
            _ => None,
        }
    }
    blocks.iter().find_map(|n| {
        let t = n.text();
        if !t.contains("articleBody") {
            return None;
        }
        let v: serde_json::Value = serde_json::from_str(t.trim()).ok()?;
        let body = find(&v)?;
        let text = if body.contains('<') {
            plain_text(&Document::from(body))
        } else {
            paragraphs(body)
        };
        (!text.trim().is_empty()).then_some(text)
    })
}

/// Extract main content and metadata from an HTML page fetched from `url` (if known).
pub fn extract_html(html: &str, url: Option<&str>) -> HtmlPage {
    let doc = Document::from(html);
    let scan = PageScan::new(&doc);
    let canonical = scan
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| scan.og_url.clone().filter(|u| u.starts_with("http")))
        .or_else(|| url.map(str::to_string));
    let site = scan
        .site_name
        .clone()
        .or_else(|| canonical.as_deref().and_then(host_of));
    let og_title = scan.og_title.clone().or_else(|| scan.twitter_title.clone());
    let html_lang = scan.html_lang.as_deref().and_then(|l| {
        l.split(['-', '_'])
            .next()
            .and_then(|p| p.parse::<Lang>().ok())
    });
    let meta_date = scan
        .meta_dates()
        .find_map(parse_date)
        .or_else(|| json_ld_date(&scan.json_ld));
    let ld_body = json_ld_body(&scan.json_ld);
    // Read before the furniture goes (a byline box often holds the date),
    // and only when no tag gave one.
    let dated_element = match meta_date {
        Some(_) => None,
        None => dateline_element(&scan.dateline),
    };
    let page_title = scan.title.map(|t| t.text().trim().to_string());
    remove_furniture(&scan.furniture);
    drop(scan);
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let abs_url = canonical.as_deref().filter(|u| u.starts_with("http"));
    let parsed = dom_smoothie::Readability::with_document(doc.clone(), abs_url, Some(cfg.clone()))
        .or_else(|_| dom_smoothie::Readability::with_document(doc.clone(), None, Some(cfg)))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let (rd_title, mut text) = match parsed {
        Some(a) => (Some(a.title), paragraphs(&a.text_content)),
        None => (None, String::new()),
    };
    // Readability sometimes settles on a caption or teaser box; the
    // publisher's JSON-LD articleBody, when clearly longer, is the article.
    if let Some(body) = ld_body {
        if text.len() * 2 < body.len() {
            text = body;
        }
    }
    if text.trim().is_empty() {
        text = plain_text(&doc);
    }
    let title = og_title
        .or(rd_title)
        .or(page_title)
        .filter(|t| !t.is_empty());
    let head: String = text.chars().take(600).collect();
    let date = meta_date
        .or_else(|| canonical.as_deref().and_then(parse_date_in_url))
        .or_else(|| find_named_date(&head))
        .or(dated_element);
    let lang = html_lang.or_else(|| crate::detect_lang(&text));
    HtmlPage {
        title,
        url: canonical,
        date,
        lang,
        site,
        text,
    }
}

/// Build an article from one HTML page; `id` is set to the URL or origin.
pub(crate) fn article_from_html(html: &str, url: Option<&str>, origin: &str) -> Article {
    let p = extract_html(html, url);
    Article {
        id: p.url.clone().unwrap_or_else(|| origin.to_string()),
        url: p.url,
        title: p.title,
        date: p.date,
        lang: p.lang,
        site: p.site,
        text: p.text,
        origin: origin.to_string(),
    }
}

/// Every entry of an RSS or Atom feed.
pub(crate) fn read_feed(bytes: &[u8], name: &str, sink: RecordSink<'_>) {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return sink(Err(IngestError::new(
                name,
                format!("not an RSS or Atom feed: {e}"),
            )))
        }
    };
    let site = feed.title.as_ref().map(|t| t.content.trim().to_string());
    for (i, entry) in feed.entries.iter().enumerate() {
        let origin = format!("{name}#entry {}", i + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = if body.contains('<') {
            plain_text(&Document::from(body.as_str()))
        } else {
            paragraphs(&body)
        };
        let title = entry
            .title
            .as_ref()
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty());
        if text.trim().is_empty() && title.is_none() {
            sink(Err(IngestError::new(
                origin,
                "entry has neither title nor text; skipped",
            )));
            continue;
        }
        let url = entry.links.first().map(|l| l.href.clone());
        let date = entry
            .published
            .or(entry.updated)
            .map(|d| d.date_naive())
            .or_else(|| url.as_deref().and_then(parse_date_in_url));
        let id = if entry.id.is_empty() {
            url.clone().unwrap_or_else(|| origin.clone())
        } else {
            entry.id.clone()
        };
        sink(Ok(Record::ready(Article {
            id,
            lang: crate::detect_lang(&format!("{} {text}", title.as_deref().unwrap_or(""))),
            site: site.clone().or_else(|| url.as_deref().and_then(host_of)),
            url,
            title,
            date,
            text,
            origin,
        })));
    }
}
