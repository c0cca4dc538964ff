//! One walk over a parsed page's elements that collects what extraction needs
//! before readability runs: metadata (canonical URL, site name, titles, `<html
//! lang>`, publication-date tags, JSON-LD blocks, elements whose class says
//! they hold a date) and page furniture to remove.
//!
//! Written by hand rather than as CSS selectors because a page used to be
//! traversed once per selector (some twenty times); the rules are the same
//! simple attribute tests the selectors expressed, checked once per element.

use dom_query::{Document, NodeRef};

/// Meta tags giving a publication date, best first, as (attribute, value).
/// `<time datetime>` comes last; see [`PageScan::meta_date`].
const DATE_META: &[(&str, &str)] = &[
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "content_PublishedDate"),
    ("name", "dc.date"),
    ("name", "DC.date.issued"),
    ("name", "date"),
    ("property", "og:published_time"),
];

/// Elements that are page furniture by their tag: readability tends to keep
/// them inside the article node.
const FURNITURE_TAGS: &[&str] = &["figure", "figcaption", "aside", "nav", "form"];

/// Class-name fragments of furniture: image galleries and captions, bylines
/// and timestamps, share bars, related teasers, newsletter boxes, comments.
const FURNITURE_CLASSES: &[&str] = &[
    "caption",
    "gallery",
    "slideshow",
    "carousel",
    "byline",
    "timestamp",
    "share",
    "social",
    "related",
    "newsletter",
    "promo",
    "recommend",
    "comment",
];

/// How many elements of each dateline kind are kept as candidates.
const DATELINE_CANDIDATES: usize = 20;

/// What one walk over a page found.
pub(crate) struct PageScan<'a> {
    /// `link[rel=canonical]` href.
    pub canonical: Option<String>,
    /// `meta[property=og:url]` content.
    pub og_url: Option<String>,
    /// `meta[property=og:site_name]` content.
    pub site_name: Option<String>,
    /// `meta[property=og:title]` content.
    pub og_title: Option<String>,
    /// `meta[name=twitter:title]` content.
    pub twitter_title: Option<String>,
    /// `lang` of the `<html>` element.
    pub html_lang: Option<String>,
    /// Values of [`DATE_META`] tags, by their index there.
    date_meta: [Option<String>; DATE_META.len()],
    /// `datetime` of the first `<time datetime>`.
    time_datetime: Option<String>,
    /// `<script type="application/ld+json">` elements.
    pub json_ld: Vec<NodeRef<'a>>,
    /// Elements that may spell out the date: class containing "date", id
    /// containing "date", class containing "time", `<time>`, in that order of
    /// trust, at most [`DATELINE_CANDIDATES`] of each.
    pub dateline: [Vec<NodeRef<'a>>; 4],
    /// `<title>` element.
    pub title: Option<NodeRef<'a>>,
    /// Furniture elements in document order (outer before inner).
    pub furniture: Vec<NodeRef<'a>>,
}

/// Trimmed, non-empty attribute value.
fn value(n: &NodeRef, name: &str) -> Option<String> {
    n.attr(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn set_once(slot: &mut Option<String>, v: Option<String>) {
    if slot.is_none() {
        *slot = v;
    }
}

impl<'a> PageScan<'a> {
    /// Walk every element of `doc` once.
    pub fn new(doc: &'a Document) -> Self {
        let mut s = PageScan {
            canonical: None,
            og_url: None,
            site_name: None,
            og_title: None,
            twitter_title: None,
            html_lang: None,
            date_meta: Default::default(),
            time_datetime: None,
            json_ld: Vec::new(),
            dateline: Default::default(),
            title: None,
            furniture: Vec::new(),
        };
        for n in doc.root().descendants_it() {
            if !n.is_element() {
                continue;
            }
            let Some(tag) = n.node_name() else { continue };
            s.element(&tag, n);
        }
        s
    }

    fn element(&mut self, tag: &str, n: NodeRef<'a>) {
        match tag {
            "meta" => self.meta(&n),
            "link" if n.attr("rel").is_some_and(|r| &*r == "canonical") => {
                set_once(&mut self.canonical, value(&n, "href"));
            }
            "html" => set_once(&mut self.html_lang, value(&n, "lang")),
            "title" if self.title.is_none() => self.title = Some(n),
            "script"
                if n.attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                self.json_ld.push(n);
            }
            "time" => {
                set_once(&mut self.time_datetime, value(&n, "datetime"));
            }
            _ => {}
        }
        let class = n.attr("class");
        let id = n.attr("id");
        let class = class.as_deref().unwrap_or("");
        let id = id.as_deref().unwrap_or("");
        let kinds = [
            class.contains("date"),
            id.contains("date"),
            class.contains("time"),
            tag == "time",
        ];
        for (k, hit) in kinds.into_iter().enumerate() {
            if hit && self.dateline[k].len() < DATELINE_CANDIDATES {
                self.dateline[k].push(n);
            }
        }
        if FURNITURE_TAGS.contains(&tag)
            || FURNITURE_CLASSES.iter().any(|c| class.contains(c))
            || id.contains("comment")
        {
            self.furniture.push(n);
        }
    }

    fn meta(&mut self, n: &NodeRef<'a>) {
        let content = || value(n, "content");
        for (i, (attr, want)) in DATE_META.iter().enumerate() {
            if self.date_meta[i].is_none() && n.attr(attr).is_some_and(|v| &*v == *want) {
                self.date_meta[i] = content();
            }
        }
        if let Some(p) = n.attr("property") {
            match &*p {
                "og:url" => set_once(&mut self.og_url, content()),
                "og:site_name" => set_once(&mut self.site_name, content()),
                "og:title" => set_once(&mut self.og_title, content()),
                _ => {}
            }
        }
        if n.attr("name").is_some_and(|v| &*v == "twitter:title") {
            set_once(&mut self.twitter_title, content());
        }
    }

    /// The publication-date tag values, best first (`<time datetime>` last).
    pub fn meta_dates(&self) -> impl Iterator<Item = &str> {
        self.date_meta
            .iter()
            .chain(std::iter::once(&self.time_datetime))
            .filter_map(|v| v.as_deref())
    }
}
