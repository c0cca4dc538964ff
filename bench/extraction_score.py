#!/usr/bin/env python3
"""Helper for bench/extraction.sh: run trafilatura, score extractors.

Subcommands
  trafilatura HTML_DIR OUT.jsonl   extract every HTML_DIR/*.html in one thread;
                                   writes {"id","text"} lines, prints seconds
  score GOLD NAME=FILE[:SECONDS]…  score system outputs against ground-truth.json

Scoring reproduces the article-extraction-benchmark's evaluate.py exactly:
  * tokens are the regex \\w+ matches of the text, case kept (the benchmark
    compiles with IGNORECASE, which does not fold case: no lower-casing);
  * a page's shingles are its word 4-grams with multiplicities (a text of fewer
    than 4 tokens is one shorter shingle); TP = sum of min(gold, predicted)
    counts, FP/FN the excesses, then TP, FP, FN are divided by their sum so
    that every page weighs the same;
  * P and R are *macro* averages over pages (precision over pages with
    TP+FP > 0, recall over pages with TP+FN > 0; P = R = 1 when a page has
    FP = FN = 0), and F1 = 2PR/(P+R) of those averages.
A page missing from a system's output is scored as an empty extraction.
System outputs are JSON objects (one per line, or concatenated) with "id" (the
page's file stem, with or without .html/.html.gz) and "text"; several objects
with the same id are joined with a newline.
"""

import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return _TOKEN_RE.findall(text or "")


def ngrams(text, n=4):
    tokens = tokenize(text)
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i : i + n])
        if shingle:
            result.append(shingle)
    return result


def shingle_matching(true, pred, n=4):
    true_sh = Counter(ngrams(true, n))
    pred_sh = Counter(ngrams(pred, n))
    tp = fp = fn = 0.0
    for key in set(true_sh) | set(pred_sh):
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(tp_fp_fns):
    ps = [precision_score(*x) for x in tp_fp_fns if x[0] + x[1] > 0]
    rs = [recall_score(*x) for x in tp_fp_fns if x[0] + x[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f1


def page_id(raw):
    name = Path(str(raw)).name
    for suffix in (".gz", ".html", ".htm"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def load_system(path):
    """id -> extracted text, from JSONL or concatenated JSON objects."""
    data = Path(path).read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    texts = {}
    pos = 0
    while True:
        while pos < len(data) and data[pos].isspace():
            pos += 1
        if pos >= len(data):
            break
        obj, pos = decoder.raw_decode(data, pos)
        if not isinstance(obj, dict) or "id" not in obj:
            continue
        key = page_id(obj["id"])
        text = obj.get("text") or ""
        # The gold is the article body. kabar's cleaned text starts with the
        # headline paragraph (it is coded too); the record also carries the
        # headline as "title", so score the body: the text after it.
        title = (obj.get("title") or "").strip()
        if title and text.startswith(title):
            text = text[len(title):].lstrip()
        texts[key] = texts[key] + "\n" + text if key in texts else text
    return texts


def cmd_score(gold_path, specs):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    rows = []
    for spec in specs:
        name, _, rest = spec.partition("=")
        path, seconds = rest, None
        if ":" in rest:
            head, _, tail = rest.rpartition(":")
            try:
                seconds = float(tail)
                path = head
            except ValueError:
                pass
        pred = load_system(path)
        missing = sum(1 for k in gold if k not in pred)
        scores = [
            shingle_matching(gold[k].get("articleBody", ""), pred.get(k, ""))
            for k in gold
        ]
        p, r, f1 = metrics(scores)
        speed = len(gold) / seconds if seconds and seconds > 0 else None
        rows.append((name, p, r, f1, speed, missing))

    print(f"pages: {len(gold)}   metric: word 4-gram shingles, macro-averaged "
          "over pages (article-extraction-benchmark)")
    print(f"{'system':<14} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>9} {'missing':>8}")
    if os.environ.get("PER_PAGE"):
        pred = {n: load_system(s.partition("=")[2].rpartition(":")[0] or s.partition("=")[2]) for n, s in ((sp.partition("=")[0], sp) for sp in specs)}
        for k in gold:
            cells = []
            for n, texts in pred.items():
                tp, fp, fn = shingle_matching(gold[k].get("articleBody", ""), texts.get(k, ""))
                cells.append(f"{n} P {precision_score(tp, fp, fn):.2f} R {recall_score(tp, fp, fn):.2f}")
            print(k[:12], "  ".join(cells))
    for name, p, r, f1, speed, missing in rows:
        sp = f"{speed:9.1f}" if speed is not None else f"{'-':>9}"
        print(f"{name:<14} {p:6.3f} {r:6.3f} {f1:6.3f} {sp} {missing:8d}")
    by_name = {row[0]: row for row in rows}
    k, t = by_name.get("kabar"), by_name.get("trafilatura")
    if k and t and k[4] and t[4]:
        print(f"speed ratio kabar/trafilatura: {k[4] / t[4]:.2f}x")
    return 0


def cmd_trafilatura(html_dir, out_path):
    import trafilatura  # imported before timing starts

    pages = sorted(Path(html_dir).glob("*.html"))
    start = time.perf_counter()
    with open(out_path, "w", encoding="utf-8") as out:
        for page in pages:
            html = page.read_bytes()
            text = trafilatura.extract(html, include_comments=False) or ""
            out.write(json.dumps({"id": page.stem, "text": text}, ensure_ascii=False))
            out.write("\n")
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.3f}")
    return 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "trafilatura":
        return cmd_trafilatura(argv[1], argv[2])
    if len(argv) >= 3 and argv[0] == "score":
        return cmd_score(argv[1], argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
