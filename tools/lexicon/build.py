#!/usr/bin/env python3
"""Build data/verbs/{id,en}.tsv from the compact sources in tools/lexicon/src/.

Source format (one entry a line, `#` lines are copied as comments):

    CODE  word word * word   [:flags]

  * CODE   a CAMEO code as written in CAMEO_codefile.txt ("040", "0871")
  * words  the pattern; `*` is the coder's 0-3 token gap
  * :flags optional last token, letters n/t/p/s ("":n", ":pt"; s = a state after "be")

English only: a word ending in `~` is a verb and is expanded to all its
inflected forms (base, 3sg, past, past participle, -ing): "impose~ * sanctions"
-> impose/imposes/imposed/imposing * sanctions.  Irregular verbs come from
IRREGULAR below, consonant doubling from DOUBLE.  A word ending in `^` is a
noun and is expanded to singular and plural ("airstrike^").  An entry written
out literally always wins over a form produced by expansion (so "meeting :n"
beats the -ing form of "meet~"); two literal entries with the same pattern are
an error.

Sources per language (SOURCES below): English is src/en.txt; Indonesian is
src/id.txt (written by hand) followed by src/id-wordnet.txt (picked by hand from
the WordNet candidates of tools/lexicon/wordnet.py).  A pattern of a later file
that an earlier file already has is dropped: id.txt wins.  A ` #` outside the
first column starts a comment to the end of the line (id-wordnet.txt uses it to
note the English verbs a pattern came from).

Indonesian only: a pattern with a compound of COMPOUNDS ("kerja sama") also matches
its joined and hyphenated spellings ("kerjasama", "kerja-sama"), as produced entries
(the list is in spelling.py); a one-word event noun (flag n) in any pattern also
matches its plural by reduplication ("mengadakan perundingan" -> "mengadakan
perundingan-perundingan").

Usage: python3 tools/lexicon/build.py   (run from the repository root or anywhere)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spelling import plural_variants, spelling_variants  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCES = {"id": ["id.txt", "id-wordnet.txt"], "en": ["en.txt"]}

IRREGULAR = {  # base: (3sg, past, pp, ing)
    "meet": ("meets", "met", "met", "meeting"),
    "hold": ("holds", "held", "held", "holding"),
    "fight": ("fights", "fought", "fought", "fighting"),
    "shoot": ("shoots", "shot", "shot", "shooting"),
    "strike": ("strikes", "struck", "struck", "striking"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "send": ("sends", "sent", "sent", "sending"),
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "sit": ("sits", "sat", "sat", "sitting"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "overthrow": ("overthrows", "overthrew", "overthrown", "overthrowing"),
    "lay": ("lays", "laid", "laid", "laying"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "put": ("puts", "put", "put", "putting"),
    "set": ("sets", "set", "set", "setting"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "fly": ("flies", "flew", "flown", "flying"),
    "go": ("goes", "went", "gone", "going"),
    "beat": ("beats", "beat", "beaten", "beating"),
    "lead": ("leads", "led", "led", "leading"),
    "make": ("makes", "made", "made", "making"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "lend": ("lends", "lent", "lent", "lending"),
    "pay": ("pays", "paid", "paid", "paying"),
    "sell": ("sells", "sold", "sold", "selling"),
    "stand": ("stands", "stood", "stood", "standing"),
    "hang": ("hangs", "hanged", "hanged", "hanging"),
    "slay": ("slays", "slew", "slain", "slaying"),
    "come": ("comes", "came", "come", "coming"),
    "begin": ("begins", "began", "begun", "beginning"),
    "rise": ("rises", "rose", "risen", "rising"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "overrun": ("overruns", "overran", "overrun", "overrunning"),
    "run": ("runs", "ran", "run", "running"),
    "quit": ("quits", "quit", "quit", "quitting"),
    "retake": ("retakes", "retook", "retaken", "retaking"),
    "stab": ("stabs", "stabbed", "stabbed", "stabbing"),
}
DOUBLE = {"ban", "plan", "stop", "kidnap", "commit", "admit", "submit", "regret",
          "bar", "rebut", "drop", "grab", "nab", "patrol", "control", "compel",
          "expel", "propel", "slam", "ship", "step", "plot", "rob",
          "abet", "ram", "trap", "wrap", "prod", "prop", "shun",
          "chop", "strip", "slap", "scrap", "stab", "pin", "spot", "confer", "machine-gun", "refer", "deter", "prefer"}

# British spelling doubles a final l after one vowel ("cancelled",
# "travelling"); American does not. News in both spellings is coded, so
# these verbs get both.
BRITISH_DOUBLE_L = {"cancel", "travel", "signal", "label", "fuel", "model",
                    "level", "channel", "quarrel", "marshal", "total"}


def verb_forms(base):
    if base in BRITISH_DOUBLE_L:
        return [base, base + "s", base + "ed", base + "led", base + "ing", base + "ling"]
    if base in IRREGULAR:
        return [base, *IRREGULAR[base]]
    if base.endswith("ie"):
        ing, past = base[:-2] + "ying", base + "d"
    elif base.endswith(("ee", "ye", "oe")):
        ing, past = base + "ing", base + "d"
    elif base.endswith("e"):
        ing, past = base[:-1] + "ing", base + "d"
    elif base in DOUBLE:
        ing, past = base + base[-1] + "ing", base + base[-1] + "ed"
    elif re.search(r"[^aeiou]y$", base):
        ing, past = base + "ing", base[:-1] + "ied"
    else:
        ing, past = base + "ing", base + "ed"
    if re.search(r"(s|x|z|ch|sh|o)$", base):
        s3 = base + "es"
    elif re.search(r"[^aeiou]y$", base):
        s3 = base[:-1] + "ies"
    else:
        s3 = base + "s"
    return [base, s3, past, past, ing]


def noun_forms(n):
    if re.search(r"(s|x|z|ch|sh)$", n):
        pl = n + "es"
    elif re.search(r"[^aeiou]y$", n):
        pl = n[:-1] + "ies"
    else:
        pl = n + "s"
    return [n, pl]


def expand(words):
    """Return list of word lists."""
    out = [[]]
    for w in words:
        if w.endswith("~") and len(w) > 1:
            alts = verb_forms(w[:-1])
        elif w.endswith("^") and len(w) > 1:
            alts = noun_forms(w[:-1])
        else:
            alts = [w]
        seen = []
        for a in alts:
            if a not in seen:
                seen.append(a)
        out = [o + [a] for o in out for a in seen]
    return out


def event_nouns(lang):
    """The one-word event nouns (flag n) of a language's sources: Indonesian writes
    their plural by reduplication, in any pattern that holds them."""
    out = set()
    if lang != "id":
        return out
    for name in SOURCES[lang]:
        with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
            for raw in f:
                toks = re.sub(r"\s#.*$", "", raw).split()
                if len(toks) == 3 and toks[2].startswith(":") and "n" in toks[2]:
                    if "-" not in toks[1] and toks[1] != "*":
                        out.add(toks[1])
    return out


def build(lang):
    dst = os.path.join(ROOT, "data", "verbs", f"{lang}.tsv")
    literal = {}   # pattern -> (code, flags, lineno, src)
    expanded = {}
    order = []     # ("comment", text) | ("entry", pattern)
    errors = 0
    overridden = 0
    counts = {}
    nouns = event_nouns(lang)
    for si, name in enumerate(SOURCES[lang]):
        src = os.path.join(HERE, "src", name)
        earlier = dict(literal), dict(expanded)  # what the files before this one have
        counts[name] = 0
        with open(src, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.lstrip().startswith("#"):
                    line = re.sub(r"\s#.*$", "", line)  # trailing comment
                if not line.strip():
                    order.append(("blank", ""))
                    continue
                if line.lstrip().startswith("#"):
                    order.append(("comment", line.strip()))
                    continue
                toks = line.split()
                code, rest = toks[0], toks[1:]
                flags = ""
                if rest and rest[-1].startswith(":"):
                    flags = rest.pop()[1:]
                if not re.fullmatch(r"\d{3,4}", code) or not rest:
                    print(f"{src}:{no}: bad line: {line}", file=sys.stderr)
                    errors += 1
                    continue
                is_lit = not any(w.endswith(("~", "^")) and len(w) > 1 for w in rest)
                pats = [" ".join(ws) for ws in expand(rest)]
                variants = []
                if lang == "id":
                    variants = [v for p in pats for v in spelling_variants(p)[1:]]
                    variants += [
                        r for p in pats + variants for r in plural_variants(p, nouns)
                        if r not in pats
                    ]
                for pat in pats + variants:
                    if pat in variants and is_lit and pat not in pats:
                        # a spelling variant of a literal entry: produced, so a
                        # literal entry of that spelling elsewhere wins
                        if pat in literal or pat in expanded:
                            continue
                        expanded[pat] = (code, flags, no, name)
                        order.append(("entry", pat, False))
                        continue
                    if si > 0 and (pat in earlier[0] or pat in earlier[1]):
                        overridden += 1  # an earlier source (id.txt) wins
                        continue
                    if is_lit:
                        if pat in literal:
                            print(f"{src}:{no}: duplicate literal '{pat}' (line {literal[pat][2]})",
                                  file=sys.stderr)
                            errors += 1
                            continue
                        literal[pat] = (code, flags, no, name)
                    else:
                        if pat in expanded:
                            if expanded[pat][:2] != (code, flags):
                                print(f"{src}:{no}: note: '{pat}' already produced with "
                                      f"{expanded[pat][0]} (line {expanded[pat][2]}); keeping first",
                                      file=sys.stderr)
                            continue
                        expanded[pat] = (code, flags, no, name)
                    order.append(("entry", pat, is_lit))
    header = [
        f"# kabar event-verb lexicon, {'Indonesian' if lang == 'id' else 'English'}.",
        "# GENERATED by tools/lexicon/build.py from "
        + " + ".join(f"tools/lexicon/src/{n}" for n in SOURCES[lang])
        + f" -- edit the source{'s' if len(SOURCES[lang]) > 1 else ''}, then rerun build.py and check.py.",
        "# Columns: cameo<TAB>pattern<TAB>flags (flags n=event noun, t=topic verb, "
        "p=passive, agent after oleh/by). See data/README.md and data/NOTICE.",
        "",
    ]
    emitted = set()
    body = []
    for item in order:
        kind, val = item[0], item[1]
        if kind == "comment":
            body.append(val)
        elif kind == "blank":
            if body and body[-1] != "":
                body.append("")
        else:
            if val in emitted:
                continue
            if item[2]:
                code, flags, _, name = literal[val]
            elif val in literal:
                continue  # an explicit entry elsewhere overrides this inflected form
            else:
                code, flags, _, name = expanded[val]
            emitted.add(val)
            counts[name] += 1
            body.append(f"{code}\t{val}\t{flags}")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(header + body).rstrip("\n") + "\n")
    per = ", ".join(f"{n}: {c}" for n, c in counts.items())
    note = f"; {overridden} later-file patterns already in an earlier file" if overridden else ""
    print(f"{dst}: {len(emitted)} patterns ({per}{note})")
    return errors


if __name__ == "__main__":
    err = 0
    for lang in (sys.argv[1:] or ["id", "en"]):
        err += build(lang)
    sys.exit(1 if err else 0)
