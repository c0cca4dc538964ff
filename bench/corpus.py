#!/usr/bin/env python3
"""Generate a synthetic news crawl as WARC.gz for kabar's ingest benchmark.

    python3 bench/corpus.py [--articles N] [--out FILE] [--seed S] [--parallel DIR]

Articles are made from the Indonesian and English sentences of the BPPT
parallel corpus (../shared/data/parallel/bppt-int-dev.{id,en}): each article
takes 8-16 random sentences of one language, the first shortened into
a headline, and is wrapped in an HTML page with the furniture of a real news
site (navigation, share bar, "Baca Juga"/"Read also" links, related list,
comments footer, meta tags with the publication date). Every record is a
WARC/1.0 `response` with an HTTP header, each in its own gzip member as crawlers
write them. About 5 % of articles are syndicated copies of an earlier article
on another site (same body, new dateline), so near-duplicate detection has work.

Standard library only; the output is deterministic for a given seed.
"""

import argparse
import datetime as dt
import gzip
import html
import os
import random
import sys
import uuid

SITES = [
    ("kabar-harian.example.id", "id"), ("warta-nusantara.example.id", "id"),
    ("berita-kini.example.id", "id"), ("suara-jakarta.example.id", "id"),
    ("antara-contoh.example.id", "id"), ("detak-news.example.id", "id"),
    ("world-wire.example.com", "en"), ("daily-globe.example.com", "en"),
    ("asia-monitor.example.com", "en"), ("the-courier.example.com", "en"),
    ("pacific-times.example.com", "en"), ("news-desk.example.com", "en"),
]

NAV = {
    "id": ["Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi"],
    "en": ["Home", "World", "Politics", "Business", "Sport", "Technology"],
}
READ_ALSO = {"id": "Baca Juga", "en": "Read also"}
RELATED = {"id": "Berita Terkait", "en": "Related stories"}
COMMENTS = {"id": "Komentar", "en": "Comments"}
SHARE = {"id": "Bagikan artikel ini", "en": "Share this article"}


def load(parallel, lang):
    path = os.path.join(parallel, f"bppt-int-dev.{lang}")
    with open(path, encoding="utf-8") as f:
        return [s.strip() for s in f if len(s.strip()) > 20]


def headline(sentence):
    words = sentence.rstrip(".").split()
    return " ".join(words[: min(len(words), 10)])


def page(rng, lang, site, title, body, date, related):
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV[lang])
    paras = []
    for i, s in enumerate(body):
        paras.append(f"<p>{html.escape(s)}</p>")
        if i == 2:
            r = html.escape(rng.choice(related))
            paras.append(f'<p><strong>{READ_ALSO[lang]}:</strong> <a href="/x">{r}</a></p>')
    rel = "".join(f'<li><a href="/r{i}">{html.escape(r)}</a></li>' for i, r in enumerate(related))
    iso = date.isoformat()
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{html.escape(title)} - {site}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{iso}T08:{rng.randint(10, 59)}:00+07:00">
<link rel="stylesheet" href="/static/site.css"><script src="/static/ads.js"></script>
</head><body>
<header><div class="logo">{site}</div><nav><ul>{nav}</ul></nav></header>
<div class="ad-banner">ADVERTISEMENT</div>
<main><article>
<h1>{html.escape(title)}</h1>
<div class="byline">{date.strftime('%d/%m/%Y')} 08:00</div>
<div class="share">{SHARE[lang]}: Facebook Twitter WhatsApp</div>
<div class="article-body">
{''.join(paras)}
</div>
</article>
<aside><h3>{RELATED[lang]}</h3><ul>{rel}</ul></aside>
<section class="comments"><h3>{COMMENTS[lang]} (0)</h3></section>
</main>
<footer><p>&copy; {date.year} {site}. All rights reserved.</p></footer>
</body></html>
"""


def record(url, date, html_text):
    payload = html_text.encode("utf-8")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(payload)}\r\n\r\n".encode()
    ) + payload
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=random.getrandbits(128))}>\r\n"
        f"WARC-Date: {date.isoformat()}T09:00:00Z\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--out", default=os.path.join(here, "out", "corpus", "news-100k.warc.gz"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--parallel", default=os.path.join(here, "..", "..", "shared", "data", "parallel"))
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.parallel, "bppt-int-dev.id")):
        sys.exit(f"corpus: the parallel sentences are not at {a.parallel} (../shared is missing?)")
    rng = random.Random(a.seed)
    random.seed(a.seed)
    sents = {"id": load(a.parallel, "id"), "en": load(a.parallel, "en")}
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    start = dt.date(2023, 1, 1)
    earlier = []
    copies = 0
    with open(a.out, "wb") as f:
        for i in range(a.articles):
            date = start + dt.timedelta(days=(i * 730) // max(a.articles, 1))
            if earlier and rng.random() < 0.05:
                lang, title, body = rng.choice(earlier)
                site = rng.choice([s for s, l in SITES if l == lang])
                body = list(body)
                body[0] = f"{site.split('.')[0].upper()} - {body[0]}"
                copies += 1
            else:
                site, lang = rng.choice(SITES)
                pool = sents[lang]
                # Sentences drawn at random: with only 4,000 sentences per
                # language, runs of neighbouring sentences would make many
                # accidental near-duplicates.
                body = rng.sample(pool, rng.randint(8, 16))
                title = headline(body[0])
                if len(earlier) < 5000:
                    earlier.append((lang, title, body))
                elif rng.random() < 0.1:
                    earlier[rng.randrange(len(earlier))] = (lang, title, body)
            related = [headline(rng.choice(sents[lang])) for _ in range(4)]
            url = f"https://{site}/{date.year}/{date.month:02d}/{date.day:02d}/{i}-{title[:40].lower().replace(' ', '-')}"
            f.write(record(url, date, page(rng, lang, site, title, body, date, related)))
            if (i + 1) % 10000 == 0:
                print(f"corpus: {i + 1} articles", file=sys.stderr)
    size = os.path.getsize(a.out)
    print(f"corpus: wrote {a.articles} articles ({copies} syndicated copies) to {a.out}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
