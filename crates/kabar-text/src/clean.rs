//! Cleaning of plain-text news pages: whitespace normalisation, removal of
//! the boilerplate scrapes carry (doubled titles, "Baca Juga" / "Read also"
//! links, advertisements, share bars, credits and comment-form footers),
//! and detection of the title and the dateline.
//!
//! The input is a page with its title on the first line and one paragraph a
//! line (blank lines optional). Every [`Span`] indexes [`Cleaned::text`] in
//! bytes.

use serde::Serialize;

/// A byte range of [`Cleaned::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The spanned text of `doc` (empty if `doc` is not the spanned string).
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        doc.get(self.start..self.end).unwrap_or("")
    }
}

/// The dateline that opens the story, e.g. "Damaskus, Purna Warta" or
/// "JAKARTA (Reuters) -".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Dateline {
    /// The whole dateline, including a trailing separator ("-", "–", ":").
    pub span: Span,
    /// The place words only, e.g. "Damaskus".
    pub place: Span,
}

/// A line taken out of the page, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// The line as normalised.
    pub text: String,
    /// One of `"doubled title"`, `"related link"`, `"advertisement"`,
    /// `"caption"`, `"footer"`.
    pub reason: &'static str,
}

/// A cleaned page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Cleaned {
    /// Kept paragraphs (title first, when there is one) joined by a blank line.
    pub text: String,
    /// The title paragraph.
    pub title: Option<Span>,
    /// The dateline at the start of the first body paragraph.
    pub dateline: Option<Dateline>,
    /// Every dropped line, in page order.
    pub removed: Vec<Removed>,
}

/// Capitalised words that typically open a sentence (Indonesian and
/// English). They end the agency name of a dateline without a separator
/// ("Damaskus, Purna Warta **Dalam** pertemuan …"), are never place names,
/// and let a sentence end after an ambiguous abbreviation ("… dll. Namun").
pub const SENTENCE_OPENERS: &[&str] = &[
    // Indonesian
    "Dalam",
    "Pada",
    "Di",
    "Ke",
    "Dari",
    "Sebagai",
    "Menurut",
    "Menurutnya",
    "Presiden",
    "Wakil",
    "Menteri",
    "Perdana",
    "Sebanyak",
    "Seorang",
    "Sebuah",
    "Para",
    "Kepala",
    "Ketua",
    "Ia",
    "Dia",
    "Mereka",
    "Kami",
    "Kita",
    "Saya",
    "Ini",
    "Itu",
    "Namun",
    "Sementara",
    "Selain",
    "Hal",
    "Sebelumnya",
    "Adapun",
    "Setelah",
    "Sejumlah",
    "Pemerintah",
    "Gubernur",
    "Bupati",
    "Wali",
    "Polisi",
    "Kepolisian",
    "Pihak",
    "Juru",
    "Direktur",
    "Sekretaris",
    "Duta",
    "Pasukan",
    "Tentara",
    "Militer",
    "Warga",
    "Saat",
    "Ketika",
    "Meski",
    "Meskipun",
    "Untuk",
    "Dengan",
    "Kementerian",
    "Mantan",
    "Anggota",
    "Pejabat",
    "Komandan",
    "Panglima",
    "Jaksa",
    "Hakim",
    "Ribuan",
    "Ratusan",
    "Puluhan",
    "Belasan",
    "Kemudian",
    "Lalu",
    "Selanjutnya",
    "Sedangkan",
    "Bahkan",
    "Tetapi",
    "Tapi",
    "Oleh",
    "Karena",
    "Akibatnya",
    "Kini",
    "Hingga",
    "Sejak",
    "Jika",
    "Apabila",
    "Bagi",
    "Tak",
    "Tidak",
    "Salah",
    "Sekitar",
    "Kapolri",
    "Kapolda",
    "Kapolres",
    "Dewan",
    "Badan",
    "Tim",
    "Otoritas",
    "Pemimpin",
    // English
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "During",
    "For",
    "From",
    "With",
    "By",
    "President",
    "Prime",
    "Minister",
    "Foreign",
    "Officials",
    "Police",
    "Security",
    "Government",
    "Authorities",
    "Secretary",
    "Chief",
    "Head",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "Two",
    "Three",
    "Several",
    "Some",
    "Many",
    "One",
    "Thousands",
    "Hundreds",
    "Dozens",
    "However",
    "But",
    "And",
    "Meanwhile",
    "Also",
    "Earlier",
    "Later",
    "Last",
    "Today",
    "Yesterday",
    "According",
    "Speaking",
    "Lawmakers",
    "Troops",
    "Forces",
    "Militants",
];

/// Extra words that open a paragraph but are never a dateline's place.
const NOT_PLACES: &[&str] = &[
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Ya",
    "Yes",
    "No",
    "So",
    "Now",
    "Well",
    "Jadi",
    "Walaupun",
    "Sehingga",
    "Pertama",
    "Kedua",
    "Ketiga",
    "First",
    "Second",
    "Finally",
    "Meanwhile",
    "Indeed",
    "Sayangnya",
    "Untungnya",
    "Selain",
];

/// What a boilerplate line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Related,
    Ad,
    Caption,
    Footer,
    /// A footer after which nothing of the story follows.
    EndFooter,
}

impl Kind {
    fn reason(self) -> &'static str {
        match self {
            Kind::Related => "related link",
            Kind::Ad => "advertisement",
            Kind::Caption => "caption",
            Kind::Footer | Kind::EndFooter => "footer",
        }
    }
}

/// Line prefixes (ASCII, compared case-insensitively, ending at a word
/// boundary; a trailing ':' may be preceded by spaces), the longest line (in
/// chars) they apply to, and what they mark.
const PREFIXES: &[(&str, usize, Kind)] = &[
    // Links to other stories.
    ("baca juga", 250, Kind::Related),
    ("baca pula", 250, Kind::Related),
    ("baca selengkapnya", 250, Kind::Related),
    ("baca berita", 250, Kind::Related),
    ("baca:", 200, Kind::Related),
    ("simak juga", 250, Kind::Related),
    ("simak video", 250, Kind::Related),
    ("simak:", 200, Kind::Related),
    ("lihat juga", 250, Kind::Related),
    ("lihat:", 200, Kind::Related),
    ("tonton juga", 250, Kind::Related),
    ("tonton video", 250, Kind::Related),
    ("saksikan juga", 250, Kind::Related),
    ("saksikan video", 250, Kind::Related),
    ("berita terkait:", 250, Kind::Related),
    ("artikel terkait:", 250, Kind::Related),
    ("klik di sini", 200, Kind::Related),
    ("klik disini", 200, Kind::Related),
    ("read also", 250, Kind::Related),
    ("also read", 250, Kind::Related),
    ("read more", 250, Kind::Related),
    ("see also", 250, Kind::Related),
    ("related:", 250, Kind::Related),
    ("related story", 250, Kind::Related),
    ("related stories", 250, Kind::Related),
    ("related coverage", 250, Kind::Related),
    ("related content", 250, Kind::Related),
    ("related video", 250, Kind::Related),
    ("related link", 250, Kind::Related),
    ("click here", 200, Kind::Related),
    ("watch:", 200, Kind::Related),
    ("more:", 200, Kind::Related),
    // Advertisement slots.
    ("advertisement", 60, Kind::Ad),
    ("scroll to continue", 80, Kind::Ad),
    ("scroll to resume", 80, Kind::Ad),
    ("scroll untuk", 80, Kind::Ad),
    ("continue reading", 80, Kind::Ad),
    ("lanjutkan membaca", 80, Kind::Ad),
    ("story continues", 80, Kind::Ad),
    ("article continues", 80, Kind::Ad),
    ("content continues", 80, Kind::Ad),
    ("sponsored", 40, Kind::Ad),
    ("konten sponsor", 80, Kind::Ad),
    // Photo captions.
    ("foto:", 200, Kind::Caption),
    ("(foto:", 200, Kind::Caption),
    ("photo:", 200, Kind::Caption),
    ("ilustrasi:", 200, Kind::Caption),
    ("gambar:", 200, Kind::Caption),
    ("image:", 200, Kind::Caption),
    // Share bars, tags and credits.
    ("share this", 120, Kind::Footer),
    ("share:", 120, Kind::Footer),
    ("share on", 60, Kind::Footer),
    ("share via", 60, Kind::Footer),
    ("bagikan:", 120, Kind::Footer),
    ("bagikan artikel", 120, Kind::Footer),
    ("bagikan berita", 120, Kind::Footer),
    ("bagikan ke", 60, Kind::Footer),
    ("tags:", 300, Kind::Footer),
    ("tag:", 300, Kind::Footer),
    ("topik:", 200, Kind::Footer),
    ("topics:", 200, Kind::Footer),
    ("editor:", 120, Kind::Footer),
    ("penulis:", 120, Kind::Footer),
    ("sumber:", 120, Kind::Footer),
    ("source:", 120, Kind::Footer),
    ("pewarta:", 120, Kind::Footer),
    ("reporter:", 120, Kind::Footer),
    ("redaktur:", 120, Kind::Footer),
    ("penyunting:", 120, Kind::Footer),
    ("kontributor:", 120, Kind::Footer),
    ("fotografer:", 120, Kind::Footer),
    ("author:", 120, Kind::Footer),
    ("writer:", 120, Kind::Footer),
    ("follow us", 120, Kind::Footer),
    ("ikuti kami", 120, Kind::Footer),
    ("ikuti berita", 160, Kind::Footer),
    ("ikuti juga", 160, Kind::Footer),
    ("dapatkan update", 200, Kind::Footer),
    ("dapatkan berita", 200, Kind::Footer),
    ("download aplikasi", 160, Kind::Footer),
    ("unduh aplikasi", 160, Kind::Footer),
    ("subscribe", 120, Kind::Footer),
    ("berlangganan", 120, Kind::Footer),
    ("sign up", 120, Kind::Footer),
    ("newsletter", 120, Kind::Footer),
    ("reporting by", 250, Kind::Footer),
    ("(reporting by", 250, Kind::Footer),
    ("additional reporting", 250, Kind::Footer),
    ("writing by", 200, Kind::Footer),
    ("editing by", 200, Kind::Footer),
    ("compiled by", 200, Kind::Footer),
    ("halaman selanjutnya", 80, Kind::Footer),
    ("halaman berikutnya", 80, Kind::Footer),
    ("next page", 60, Kind::Footer),
    // The comment form and what follows the story.
    ("leave a reply", 120, Kind::EndFooter),
    ("leave a comment", 120, Kind::EndFooter),
    ("post a comment", 120, Kind::EndFooter),
    ("add a comment", 120, Kind::EndFooter),
    ("tinggalkan balasan", 120, Kind::EndFooter),
    ("tinggalkan komentar", 120, Kind::EndFooter),
    ("tulis komentar", 120, Kind::EndFooter),
    ("kirim komentar", 120, Kind::EndFooter),
    (
        "your email address will not be published",
        200,
        Kind::EndFooter,
    ),
    ("alamat email anda tidak akan", 200, Kind::EndFooter),
    ("required fields are marked", 120, Kind::EndFooter),
    ("our standards", 120, Kind::EndFooter),
    ("copyright", 200, Kind::EndFooter),
    ("all rights reserved", 200, Kind::EndFooter),
    ("hak cipta dilindungi", 200, Kind::EndFooter),
];

/// Whole lines (compared on lowercase letters and digits only) that are
/// boilerplate wherever they occur.
const EXACT: &[(&str, Kind)] = &[
    ("bagikan", Kind::Footer),
    ("share", Kind::Footer),
    ("sharethisarticle", Kind::Footer),
    ("facebook", Kind::Footer),
    ("twitter", Kind::Footer),
    ("whatsapp", Kind::Footer),
    ("telegram", Kind::Footer),
    ("linkedin", Kind::Footer),
    ("pinterest", Kind::Footer),
    ("email", Kind::Footer),
    ("print", Kind::Footer),
    ("cetak", Kind::Footer),
    ("copylink", Kind::Footer),
    ("salintautan", Kind::Footer),
    ("salinlink", Kind::Footer),
    ("tweet", Kind::Footer),
    ("iklan", Kind::Ad),
    ("ads", Kind::Ad),
    ("komentar", Kind::EndFooter),
    ("comments", Kind::EndFooter),
    ("comment", Kind::EndFooter),
    ("beritaterkait", Kind::EndFooter),
    ("artikelterkait", Kind::EndFooter),
    ("beritalainnya", Kind::EndFooter),
    ("bacaberitalainnya", Kind::EndFooter),
    ("relatedarticles", Kind::EndFooter),
    ("relatedposts", Kind::EndFooter),
    ("relatedstories", Kind::EndFooter),
    ("relatednews", Kind::EndFooter),
    ("related", Kind::EndFooter),
    ("youmayalsolike", Kind::EndFooter),
    ("youmightalsolike", Kind::EndFooter),
    ("recommendedforyou", Kind::EndFooter),
    ("mostread", Kind::EndFooter),
    ("terpopuler", Kind::EndFooter),
    ("populer", Kind::EndFooter),
];

/// Clean a plain-text news page (title on the first line).
///
/// Line endings and whitespace within lines are normalised (runs collapse to
/// one space, zero-width characters go); non-empty lines are paragraphs and
/// the kept ones are joined by `"\n\n"`. Related-story links, advertisement
/// slots, captions, share bars and credits are dropped wherever they are;
/// after the story has started, a comment form ("Leave a Reply",
/// "Tinggalkan Balasan"), a "related articles" header or a copyright line
/// ends it and everything after is dropped. A repeat of the title before the
/// first body paragraph is dropped. Markers only count at the start of a
/// short line, so body sentences that mention "share" are kept.
pub fn clean_plain(raw: &str) -> Cleaned {
    let mut removed = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    let mut ended = false;
    let mut buf = String::new();
    for line in raw.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        normalize_line(line, &mut buf);
        if buf.is_empty() {
            continue;
        }
        let line = buf.clone();
        if ended {
            removed.push(Removed {
                text: line,
                reason: "footer",
            });
            continue;
        }
        if let Some(kind) = classify(&line) {
            // A comment form before any body text ends nothing.
            if kind == Kind::EndFooter && kept.len() >= 2 {
                ended = true;
            }
            removed.push(Removed {
                text: line,
                reason: kind.reason(),
            });
            continue;
        }
        if kept.len() == 1 && same_text(&kept[0], &line) {
            removed.push(Removed {
                text: line,
                reason: "doubled title",
            });
            continue;
        }
        kept.push(line);
    }

    let has_title = kept.len() >= 2 && kept.first().is_some_and(|t| looks_like_title(t));
    let mut text = String::with_capacity(kept.iter().map(|p| p.len() + 2).sum());
    let mut title = None;
    let mut dateline = None;
    for (i, p) in kept.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        if i == 0 && has_title {
            title = Some(Span {
                start,
                end: text.len(),
            });
        }
        if i == usize::from(has_title) {
            dateline = find_dateline(p).map(|(end, place_start, place_end)| Dateline {
                span: Span {
                    start,
                    end: start + end,
                },
                place: Span {
                    start: start + place_start,
                    end: start + place_end,
                },
            });
        }
    }
    Cleaned {
        text,
        title,
        dateline,
        removed,
    }
}

/// Collapse whitespace runs to one space, drop zero-width characters, trim.
fn normalize_line(line: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    for c in line.chars() {
        if matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}' | '\u{2060}') {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
}

/// Lowercase letters and digits of `s`, for comparing lines loosely.
fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// Are `a` and `b` the same text up to case, spacing and punctuation?
fn same_text(a: &str, b: &str) -> bool {
    letters(a).next().is_some() && letters(a).eq(letters(b))
}

/// Is the first paragraph a headline rather than the story's first paragraph?
fn looks_like_title(p: &str) -> bool {
    p.chars().count() <= 250
        && find_dateline(p).is_none_or(|(end, _, _)| {
            // A dateline with a separator ("JAKARTA (Reuters) -") opens a story.
            !p[..end].ends_with(['-', '–', '—', ':'])
        })
}

/// Does `line` start with `marker` (ASCII, case-insensitively) at a word
/// boundary? A marker ending in ':' also matches "Tags :".
fn has_prefix(line: &str, marker: &str) -> bool {
    let (word, colon) = match marker.strip_suffix(':') {
        Some(w) => (w, true),
        None => (marker, false),
    };
    let Some(head) = line.get(..word.len()) else {
        return false;
    };
    if !head.eq_ignore_ascii_case(word) {
        return false;
    }
    let rest = &line[word.len()..];
    if colon {
        rest.trim_start().starts_with(':')
    } else {
        // Word boundary: the marker is not the start of a longer word.
        !rest.chars().next().is_some_and(char::is_alphanumeric)
    }
}

/// What kind of boilerplate `line` is, if any.
fn classify(line: &str) -> Option<Kind> {
    let len = line.chars().count();
    for &(marker, max, kind) in PREFIXES {
        if len <= max && has_prefix(line, marker) {
            return Some(kind);
        }
    }
    if len <= 60 {
        // "Komentar", "3 Comments", "Berita Terkait", "Share this:".
        let squeezed = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let mut key = [0u8; 40];
        let mut n = 0;
        for c in letters(squeezed) {
            if n == key.len() || !c.is_ascii() {
                n = usize::MAX;
                break;
            }
            key[n] = c as u8;
            n += 1;
        }
        if n != usize::MAX {
            let key = std::str::from_utf8(&key[..n]).unwrap_or("");
            if let Some(&(_, kind)) = EXACT.iter().find(|(k, _)| *k == key) {
                return Some(kind);
            }
        }
    }
    if len <= 150 {
        let lower = line.to_lowercase();
        if lower.contains("all rights reserved") || lower.contains("hak cipta dilindungi") {
            return Some(Kind::EndFooter);
        }
        if line.contains('©') {
            // "© 2023 ANTARA", "Copyright © Kompas.com" end the page; a bare
            // credit ("(Image: © NASA)", "© Aaron Schwartz") is a caption.
            let has_year = line
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"));
            return Some(if has_year || lower.contains("copyright") {
                Kind::EndFooter
            } else {
                Kind::Caption
            });
        }
        if line.contains("RELATED") && line.starts_with("RELATED") {
            return Some(Kind::Related);
        }
    }
    // Agency or editor initials alone on a line: "(rdp/imk)", "(ant)", "(Reuters)".
    if len <= 30 && line.starts_with('(') && line.ends_with(')') {
        let inner = &line[1..line.len() - 1];
        if !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | ' ' | '-' | '*'))
            && inner.chars().any(|c| c.is_ascii_alphabetic())
        {
            return Some(Kind::Footer);
        }
    }
    None
}

/// A space-separated word of a paragraph with its byte range.
#[derive(Clone, Copy)]
struct W<'a> {
    s: &'a str,
    start: usize,
    end: usize,
}

fn words(p: &str) -> impl Iterator<Item = W<'_>> {
    let base = p.as_ptr() as usize;
    p.split(' ').filter(|s| !s.is_empty()).map(move |s| {
        let start = s.as_ptr() as usize - base;
        W {
            s,
            start,
            end: start + s.len(),
        }
    })
}

fn is_separator(s: &str) -> bool {
    matches!(s, "-" | "--" | "–" | "—" | ":" | "|")
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Can `w` (without a trailing comma) be one word of a place name?
fn place_word(w: &str) -> bool {
    capitalised(w)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        && !SENTENCE_OPENERS.contains(&w)
        && !NOT_PLACES.contains(&w)
}

/// Can `w` be one word of an agency or site name ("Purna", "ANTARA", "Kompas.com")?
fn agency_word(w: &str) -> bool {
    (capitalised(w) || (w.contains('.') && w.chars().next().is_some_and(char::is_alphabetic)))
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&'))
        && !SENTENCE_OPENERS.contains(&w)
}

/// Find a dateline at the start of paragraph `p`: returns (end of the whole
/// dateline, start of the place, end of the place), byte offsets into `p`.
fn find_dateline(p: &str) -> Option<(usize, usize, usize)> {
    let ws: Vec<W> = words(p).take(12).collect();
    let first = ws.first()?;
    // "TEMPO.CO, Jakarta - …": the site comes first.
    if let Some(site) = first.s.strip_suffix(',') {
        if site.contains('.') && agency_word(site) {
            let (end, ps, pe) = dash_dateline(&ws[1..])?;
            return Some((end, ps, pe));
        }
    }
    paren_dateline(p, &ws)
        .or_else(|| comma_dateline(&ws))
        .or_else(|| dash_dateline(&ws))
}

/// "Jakarta - …", "JAKARTA – …": 1–3 place words and a separator.
fn dash_dateline(ws: &[W]) -> Option<(usize, usize, usize)> {
    for n in 1..=3 {
        let sep = ws.get(n)?;
        let place = ws.get(..n)?;
        if !place.iter().all(|w| place_word(w.s)) {
            return None;
        }
        if is_separator(sep.s) {
            return Some((sep.end, place[0].start, place[n - 1].end));
        }
    }
    None
}

/// Place words up to the first comma: (index of the word after the comma,
/// place start, place end).
fn place_before_comma(ws: &[W]) -> Option<(usize, usize, usize)> {
    for (i, w) in ws.iter().enumerate().take(3) {
        let (s, comma) = match w.s.strip_suffix(',') {
            Some(s) => (s, true),
            None => (w.s, false),
        };
        if !place_word(s) {
            return None;
        }
        if comma {
            return Some((i + 1, ws[0].start, w.end - 1));
        }
    }
    None
}

/// "JAKARTA (Reuters) -", "MOSCOW, Feb 1 (Reuters) -", "Jakarta (ANTARA) -".
fn paren_dateline(p: &str, ws: &[W]) -> Option<(usize, usize, usize)> {
    let open = p.find('(')?;
    if open > 60 || open == 0 {
        return None;
    }
    let close = open + p.get(open..)?.find(')')?;
    let inner = p.get(open + 1..close)?;
    let inner_words: Vec<&str> = inner.split(' ').filter(|w| !w.is_empty()).collect();
    if inner.len() > 30
        || inner_words.is_empty()
        || inner_words.len() > 4
        || !inner_words.iter().all(|w| agency_word(w))
    {
        return None;
    }
    let rest = p.get(close + 1..)?;
    let sep = rest.trim_start().split(' ').next()?;
    if !is_separator(sep) {
        return None;
    }
    let end = close + 1 + (rest.len() - rest.trim_start().len()) + sep.len();
    // The place: words before the first comma, else all words before '('.
    if let Some((_, ps, pe)) = place_before_comma(ws).filter(|&(_, _, pe)| pe < open) {
        return Some((end, ps, pe));
    }
    let before: Vec<&W> = ws.iter().take_while(|w| w.end <= open).collect();
    if before.is_empty() || before.len() > 3 || !before.iter().all(|w| place_word(w.s)) {
        return None;
    }
    Some((end, before[0].start, before[before.len() - 1].end))
}

/// "Damaskus, Purna Warta Dalam …", "JAKARTA, KOMPAS.com - …",
/// "Jakarta, 1 Februari 2023 - …".
fn comma_dateline(ws: &[W]) -> Option<(usize, usize, usize)> {
    let (next, ps, pe) = place_before_comma(ws)?;
    let after = ws.get(next..).unwrap_or(&[]);
    // With a separator: up to five short words (agency, date) before it.
    for (k, w) in after.iter().enumerate().take(6) {
        if is_separator(w.s) {
            let short = after.first().is_some_and(|f| w.start - f.start <= 50);
            return (k > 0 && short).then_some((w.end, ps, pe));
        }
        // "Jakarta, ANTARA: …"
        if let Some(agency) = w.s.strip_suffix(':') {
            return agency_word(agency).then_some((w.end, ps, pe));
        }
        let dateish = w.s.chars().next().is_some_and(|c| c.is_ascii_digit());
        if !(agency_word(w.s) || dateish) {
            break;
        }
    }
    // Without a separator: 1–4 agency words, then a sentence opener.
    let mut last = None;
    for (k, w) in after.iter().enumerate().take(5) {
        if SENTENCE_OPENERS.contains(&w.s) {
            return last.map(|end| (end, ps, pe));
        }
        if k == 4 || !agency_word(w.s) {
            return None;
        }
        last = Some(w.end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../tests/data/seed_000_835c4cdb98e1286e.txt");

    fn dl(p: &str) -> Option<(String, String)> {
        let c = clean_plain(&format!("Judul berita\n\n{p}"));
        c.dateline.map(|d| {
            (
                d.span.text(&c.text).to_string(),
                d.place.text(&c.text).to_string(),
            )
        })
    }

    #[test]
    fn seed_keeps_title_once_and_drops_links_and_comment_form() {
        let c = clean_plain(SEED);
        let title = "Perundingan Iran dengan Rusia tentang Suriah, Yaman dan Libya";
        assert_eq!(c.title.map(|t| t.text(&c.text)), Some(title));
        assert_eq!(c.text.matches(title).count(), 1);
        assert!(!c.text.contains("Baca Juga"));
        assert!(!c.text.contains("Penjarahan"));
        assert!(!c.text.contains("Leave a Reply"));
        assert!(!c.text.contains("email"));
        assert!(c.text.ends_with("negara-negara tersebut."));
        assert!(c.text.contains("pada hari Rabu 1 Februari"));
        let reasons: Vec<&str> = c.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                "doubled title",
                "related link",
                "related link",
                "footer",
                "footer"
            ]
        );
        // Title plus eight body paragraphs, separated by blank lines.
        assert_eq!(c.text.split("\n\n").count(), 9);
    }

    #[test]
    fn seed_dateline_is_place_and_agency() {
        let c = clean_plain(SEED);
        let d = c.dateline.expect("seed has a dateline");
        assert_eq!(d.span.text(&c.text), "Damaskus, Purna Warta");
        assert_eq!(d.place.text(&c.text), "Damaskus");
        assert!(c.text[d.span.end..].starts_with(" Dalam pertemuan"));
    }

    #[test]
    fn datelines_of_agencies_and_sites() {
        let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            dl("JAKARTA (Reuters) - Indonesia said on Monday"),
            s("JAKARTA (Reuters) -", "JAKARTA")
        );
        assert_eq!(
            dl("MOSCOW, Feb 1 (Reuters) - Russia said"),
            s("MOSCOW, Feb 1 (Reuters) -", "MOSCOW")
        );
        assert_eq!(
            dl("Jakarta (ANTARA) - Presiden Joko Widodo"),
            s("Jakarta (ANTARA) -", "Jakarta")
        );
        assert_eq!(
            dl("JAKARTA, KOMPAS.com - Presiden Joko Widodo"),
            s("JAKARTA, KOMPAS.com -", "JAKARTA")
        );
        assert_eq!(
            dl("Jakarta, CNN Indonesia -- Menteri Luar Negeri"),
            s("Jakarta, CNN Indonesia --", "Jakarta")
        );
        assert_eq!(
            dl("TEMPO.CO, Jakarta - Presiden Joko Widodo"),
            s("TEMPO.CO, Jakarta -", "Jakarta")
        );
        assert_eq!(
            dl("Jakarta - Presiden Joko Widodo"),
            s("Jakarta -", "Jakarta")
        );
        assert_eq!(
            dl("KYIV, Ukraine (AP) — Russian forces shelled"),
            s("KYIV, Ukraine (AP) —", "KYIV")
        );
        assert_eq!(
            dl("Kuala Lumpur, Bernama The Malaysian government"),
            s("Kuala Lumpur, Bernama", "Kuala Lumpur")
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert_eq!(dl("Namun, Presiden Jokowi mengatakan hal itu."), None);
        assert_eq!(dl("Iran, Rusia dan Turki bertemu di Astana."), None);
        assert_eq!(dl("Menurut dia, pertemuan itu penting."), None);
        assert_eq!(dl("Rabu, 1 Februari 2023 menjadi hari penting."), None);
        assert_eq!(dl("The talks (in Moscow) - said officials"), None);
        assert_eq!(dl("Jakarta, Presiden Joko Widodo mengatakan"), None);
        assert_eq!(dl("However, the minister said"), None);
    }

    #[test]
    fn whitespace_and_line_endings_are_normalised() {
        let c = clean_plain(
            "  Judul \t berita \r\n\r\n Paragraf\u{a0} satu ,  dua.\r\nParagraf\u{200b} dua.  ",
        );
        assert_eq!(
            c.text,
            "Judul berita\n\nParagraf satu , dua.\n\nParagraf dua."
        );
        assert_eq!(c.title, Some(Span { start: 0, end: 12 }));
    }

    #[test]
    fn empty_blank_and_footer_only_pages() {
        assert_eq!(clean_plain(""), Cleaned::default());
        assert_eq!(clean_plain(" \n\t\r\n "), Cleaned::default());
        let c = clean_plain("Leave a Reply\nYour email address will not be published. Required fields are marked *\nShare this:\nFacebook");
        assert!(c.text.is_empty());
        assert!(c.title.is_none() && c.dateline.is_none());
        assert_eq!(c.removed.len(), 4);
        assert!(c.removed.iter().all(|r| r.reason == "footer"));
    }

    #[test]
    fn english_page_with_links_ads_and_credits() {
        let raw = "Iran and Russia discuss Syria\n\
            Iran and Russia discuss Syria\n\
            MOSCOW, Feb 1 (Reuters) - Iran's envoy met Russia's deputy foreign minister on Wednesday.\n\
            Read also: Turkey welcomes Iran role in Syria talks\n\
            ADVERTISEMENT\n\
            Scroll to continue with content\n\
            Users can share their views on the talks online, the ministry said in a statement on its website.\n\
            RELATED: Saudi Arabia and Iran restore ties\n\
            (Reporting by Jane Doe; Editing by John Roe)\n\
            Our Standards: The Thomson Reuters Trust Principles.\n\
            The talks will continue next week.";
        let c = clean_plain(raw);
        assert_eq!(
            c.text,
            "Iran and Russia discuss Syria\n\n\
             MOSCOW, Feb 1 (Reuters) - Iran's envoy met Russia's deputy foreign minister on Wednesday.\n\n\
             Users can share their views on the talks online, the ministry said in a statement on its website."
        );
        let reasons: Vec<&str> = c.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                "doubled title",
                "related link",
                "advertisement",
                "advertisement",
                "related link",
                "footer",
                "footer",
                "footer"
            ]
        );
        let d = c.dateline.expect("dateline");
        assert_eq!(d.span.text(&c.text), "MOSCOW, Feb 1 (Reuters) -");
    }

    #[test]
    fn indonesian_page_with_tags_share_bar_and_comments() {
        let raw = "Menlu RI Bertemu Menlu Malaysia\n\
            Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menlu Malaysia di Jakarta, Senin.\n\
            BACA JUGA: Harga beras naik lagi\n\
            Foto: Menlu Retno Marsudi (ANTARA/Ho)\n\
            Kedua menteri sepakat memperkuat kerja sama. Bagikan informasi ini kepada keluarga, kata Retno sambil tersenyum kepada para wartawan.\n\
            (ant/rdp)\n\
            Editor : Budi Santoso\n\
            Tags: Retno Marsudi, Malaysia\n\
            Bagikan\n\
            Komentar\n\
            Mantap sekali beritanya!\n\
            Copyright © 2023 ANTARA";
        let c = clean_plain(raw);
        assert_eq!(c.text.split("\n\n").count(), 3);
        assert!(c.text.contains("Bagikan informasi ini"));
        assert!(!c.text.contains("Mantap"));
        assert!(!c.text.contains("Harga beras"));
        assert_eq!(c.removed.len(), 9);
        assert_eq!(c.removed[1].reason, "caption");
        let d = c.dateline.expect("dateline");
        assert_eq!(d.place.text(&c.text), "Jakarta");
        assert_eq!(d.span.text(&c.text), "Jakarta (ANTARA) -");
    }

    #[test]
    fn title_repeated_after_blank_lines_and_without_title() {
        let c =
            clean_plain("Judul Satu\n\n\nJUDUL  SATU.\n\nIsi berita pertama yang cukup panjang.");
        assert_eq!(
            c.text,
            "Judul Satu\n\nIsi berita pertama yang cukup panjang."
        );
        // A story with a separator dateline on the first line has no title.
        let c = clean_plain("JAKARTA (Reuters) - Indonesia said.\nSecond paragraph.");
        assert_eq!(c.title, None);
        assert_eq!(c.dateline.map(|d| d.span), Some(Span { start: 0, end: 19 }));
        // A single paragraph is body, not title.
        assert_eq!(clean_plain("Hanya satu paragraf.").title, None);
    }

    #[test]
    fn long_body_lines_starting_like_markers_are_kept() {
        let long = format!(
            "Share prices fell sharply on Monday as {}",
            "investors sold. ".repeat(10)
        );
        let c = clean_plain(&format!("Markets\n{long}"));
        assert!(c.removed.is_empty());
        assert!(c.text.contains("Share prices"));
        let c = clean_plain("Judul\nKomentar Presiden itu memicu perdebatan di parlemen.");
        assert!(c.removed.is_empty());
    }
}
