"""Spelling variants of Indonesian compounds, shared by build.py (verb patterns) and
build_agents.py (agent aliases)."""
import re

# Indonesian compounds that writers spell apart, joined or hyphenated ("kerja sama",
# "kerjasama", "kerja-sama"); the standard spelling (KBBI) is the split one. Every
# Indonesian pattern written with one spelling also matches the other two, as produced
# (not literal) entries, so a form written out by hand keeps its own code.
COMPOUNDS = [
    "kerja sama", "terima kasih", "unjuk rasa", "baku tembak", "campur tangan",
    "bela sungkawa", "duka cita", "tanda tangan", "air mata", "tatap muka",
    "serah terima", "angkat senjata", "turun tangan", "tindak lanjut", "tanggung jawab",
    "juru bicara", "juru runding", "tuan rumah", "bunuh diri",
]


def spelling_variants(pattern):
    """The pattern with each compound of COMPOUNDS in its split, joined and hyphenated spellings."""
    out = [pattern]
    for c in COMPOUNDS:
        a, b = c.split()
        forms = [f"{a} {b}", f"{a}{b}", f"{a}-{b}"]
        grown = []
        for p in out:
            for f in forms:
                if re.search(rf"{re.escape(f)}(?![\w-])", p):
                    grown += [re.sub(rf"{re.escape(f)}(?![\w-])", g, p) for g in forms]
        out += [g for g in grown if g not in out]
    return out


def plural_variants(pattern, nouns):
    """The pattern with one of its event nouns (`nouns`: the one-word noun patterns) in
    its plural by reduplication: "serangan bom" -> "serangan-serangan bom",
    "mengadakan perundingan" -> "mengadakan perundingan-perundingan"."""
    words = pattern.split()
    return [
        " ".join(words[:i] + [f"{w}-{w}"] + words[i + 1:])
        for i, w in enumerate(words)
        if w in nouns
    ]
