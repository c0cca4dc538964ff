#!/usr/bin/env python3
"""Convert Phoenix.agents.txt (PETRARCH, MIT) into kabar agents.tsv lines.

Prints `code<TAB>alias|alias|...` lines (lowercase, underscores -> spaces,
substitution sets !PERSON!/!MINIST! expanded, regular plurals added because
kabar has no stemmer). Entries that need a following noun ("AMBASSADOR_TO {}")
and a short blocklist of words too generic or misleading out of context are
skipped. Used by tools/lexicon/build_agents.py.
"""
import re
import sys

SUBST = {
    "!PERSON!": ["man", "men", "woman", "women", "person"],
    "!MINIST!": ["minister", "ministers", "ministry", "ministries"],
}
BLOCK = {
    "deputy", "prison", "prison house", "state prison", "police post", "police district",
    "security check", "correctional institution", "a cabinet meeting", "authority",
    "central jail authority", "diplomatic building", "crown", "court", "chief", "head",
    "member", "party", "leader", "agent", "guard", "officer", "official", "commander",
    "representative", "spokesman", "spokeswoman", "spokesperson",
}
NO_PLURAL_END = ("police", "personnel", "staff", "military", "people", "clergy",
                 "intelligence", "enforcement", "infantry", "cavalry", "artillery",
                 "media", "press", "police force", "army", "navy", "gendarmerie")


IRREG = {"child": "children", "person": "people", "staff": None}


def plural(w):
    m = re.search(r" (of|in|for|on|to|at|and) ", w)
    if m:
        head, tail = w[: m.start()], w[m.start():]
        p = plural(head)
        return p + tail if p else None
    last = w.split(" ")[-1]
    if last in IRREG:
        return w[: -len(last)] + IRREG[last] if IRREG[last] else None
    if w.endswith(NO_PLURAL_END) or last.endswith(("men", "ish", "ic", "ese", "ed", "ing", "ary_")):
        return None
    if last.endswith("s") and not last.endswith("ss"):
        return None
    if last.endswith("man"):
        return w[:-3] + "men"
    if re.search(r"(s|x|z|ch|sh)$", last):
        return w + "es"
    if re.search(r"[^aeiou]y$", last):
        return w[:-1] + "ies"
    return w + "s"


def parse(path):
    out = {}
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("!") or "=" in line.split("[")[0]:
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]\s*$", line)
        if not m:
            continue
        word, plur, code = m.group(1).strip(), m.group(2), m.group(3)
        word = word.replace("_", " ").strip().lower()
        word = re.sub(r"\s+", " ", word)
        if not word or re.search(r" (of|in|at|for|to|from|on)$", word):
            continue
        if word.endswith(" minist") or word == "minist":
            word = word + "!minist!"
            word = word.replace(" minist!minist!", " !minist!")
        forms = [word]
        for k, vs in SUBST.items():
            if k.lower() in word:
                forms = [word.replace(k.lower(), v) for v in vs]
        res = []
        for f in forms:
            f = f.strip()
            if not f or f in BLOCK or len(f) < 4:
                continue
            res.append(f)
            if plur is None:
                if "!" not in word:
                    p = plural(f)
                    if p:
                        res.append(p)
            elif plur.strip("{} "):
                for p in plur.strip("{} ").split():
                    res.append(p.replace("_", " ").lower())
        for f in res:
            out.setdefault(code, [])
            if f not in out[code]:
                out[code].append(f)
    return out


if __name__ == "__main__":
    d = parse(sys.argv[1])
    for code in sorted(d):
        print(code, len(d[code]), d[code][:12])
