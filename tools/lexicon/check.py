#!/usr/bin/env python3
"""Validate kabar's lexicon files and print counts.

verbs/{id,en}.tsv: exactly 3 TAB fields (flags may be empty), code in
CAMEO_codefile.txt, lowercase pattern of words and `*` (not first/last, not two
in a row), flags only n/t/p, no pattern listed twice.
agents.tsv: 2 fields, no alias under two codes. discards.tsv: scope is
phrase|sentence, lowercase, no duplicates. modality.tsv: kind/lang valid.
Exit status 1 on any error.  Usage: python3 tools/lexicon/check.py
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "data")
errors = 0


def err(msg):
    global errors
    errors += 1
    print("ERROR:", msg)


def rows(path):
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield no, line


def cameo_codes():
    codes = set()
    for line in open(os.path.join(DATA, "cameo", "CAMEO_codefile.txt"), encoding="utf-8"):
        m = re.match(r"LABELi?:\s*(\d{3,4})=", line, re.I)
        if m:
            codes.add(m.group(1))
    return codes


def check_verbs(lang, codes):
    path = os.path.join(DATA, "verbs", f"{lang}.tsv")
    seen = {}
    per_root = collections.Counter()
    per_code = collections.Counter()
    flags_count = collections.Counter()
    for no, line in rows(path):
        f = line.split("\t")
        where = f"{path}:{no}"
        if len(f) != 3:
            err(f"{where}: expected 3 TAB fields, got {len(f)}: {line!r}")
            continue
        code, pat, flags = f
        if code not in codes:
            err(f"{where}: unknown CAMEO code {code}")
        if pat != pat.lower() or pat != pat.strip() or "  " in pat:
            err(f"{where}: pattern not lowercase/trimmed: {pat!r}")
        toks = pat.split(" ")
        if toks[0] == "*" or toks[-1] == "*" or any(a == b == "*" for a, b in zip(toks, toks[1:])):
            err(f"{where}: misplaced '*': {pat!r}")
        for t in toks:
            if t != "*" and not re.fullmatch(r"[\w'][\w'\-]*", t):
                err(f"{where}: odd token {t!r} in {pat!r}")
        if not re.fullmatch(r"[ntps]*", flags) or len(set(flags)) != len(flags):
            err(f"{where}: bad flags {flags!r}")
        if pat in seen:
            err(f"{where}: duplicate pattern {pat!r} (first at line {seen[pat][0]}, code {seen[pat][1]} vs {code})")
        seen[pat] = (no, code)
        per_root[code[:2]] += 1
        per_code[code] += 1
        for c in flags:
            flags_count[c] += 1
    return per_root, per_code, flags_count, len(seen)


def check_agents():
    path = os.path.join(DATA, "agents.tsv")
    owner = {}
    codes = collections.Counter()
    for no, line in rows(path):
        f = line.split("\t")
        if len(f) != 2:
            err(f"{path}:{no}: expected 2 TAB fields")
            continue
        code, aliases = f
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", code):
            err(f"{path}:{no}: odd agent code {code}")
        for a in aliases.split("|"):
            if not a or a != a.strip():
                err(f"{path}:{no}: empty/untrimmed alias {a!r}")
                continue
            k = a.lower()
            if k in owner and owner[k] != code:
                err(f"{path}:{no}: alias {a!r} under {code} and {owner[k]}")
            owner[k] = code
            codes[code] += 1
    return codes, len(owner)


def check_discards():
    path = os.path.join(DATA, "discards.tsv")
    seen = set()
    c = collections.Counter()
    for no, line in rows(path):
        f = line.split("\t")
        if len(f) != 2 or f[0] not in ("phrase", "sentence", "cause"):
            err(f"{path}:{no}: expected 'phrase|sentence|cause<TAB>text': {line!r}")
            continue
        if f[1] != f[1].lower() or not f[1].strip():
            err(f"{path}:{no}: phrase must be lowercase: {f[1]!r}")
        if tuple(f) in seen:
            err(f"{path}:{no}: duplicate {f[1]!r}")
        seen.add(tuple(f))
        c[f[0]] += 1
    return c


def check_modality():
    path = os.path.join(DATA, "modality.tsv")
    c = collections.Counter()
    for no, line in rows(path):
        f = line.split("\t")
        if len(f) != 3 or f[0] not in ("negation", "planned", "hypothetical", "obligation", "refusal") or f[1] not in ("id", "en"):
            err(f"{path}:{no}: expected kind<TAB>lang<TAB>cues: {line!r}")
            continue
        cues = f[2].split("|")
        if any(not x.strip() or x != x.lower() for x in cues):
            err(f"{path}:{no}: empty or non-lowercase cue")
        c[(f[0], f[1])] += len(cues)
    return c


def main():
    codes = cameo_codes()
    roots = [f"{i:02d}" for i in range(1, 21)]
    res = {}
    for lang in ("id", "en"):
        res[lang] = check_verbs(lang, codes)
    print("verb patterns per CAMEO root   id     en")
    for r in roots:
        print(f"  {r}                         {res['id'][0][r]:5d}  {res['en'][0][r]:5d}")
    print(f"  total                      {res['id'][3]:5d}  {res['en'][3]:5d}")
    for lang in ("id", "en"):
        print(f"  flags {lang}: " + ", ".join(f"{k}={v}" for k, v in sorted(res[lang][2].items())))
        print(f"  distinct codes used {lang}: {len(res[lang][1])}")
    ac, na = check_agents()
    print(f"agents: {na} aliases, {len(ac)} codes; top: " +
          ", ".join(f"{k}={v}" for k, v in ac.most_common(12)))
    dc = check_discards()
    print("discards: " + ", ".join(f"{k}={v}" for k, v in sorted(dc.items())))
    mc = check_modality()
    print("modality cues: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(mc.items())))
    print("OK" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
