#!/usr/bin/env python3
"""Check the gazetteer files of data/ (actors/*.tsv, places/*.tsv).

    python3 tools/check_tsv.py [DATA_DIR]      # default: data/ next to this script

Checks: the number of TAB-separated fields of every row, that lat/lon/population parse,
that codes are CAMEO-like (upper-case letters, three at a time), that every city's
country is a code of countries.tsv, that roles read `CODE FROM..TO` with ISO dates in
order, that no alias is empty or repeated within a row, and it lists aliases that two
different actors share (within and across countries, regions, organisations, persons),
matching them the way kabar does: all-capital aliases of at most five letters as written,
the others case-insensitively. Exits 1 on an error; shared aliases are only reported.
"""
import os
import re
import sys
from collections import defaultdict

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
SPEC = {
    "actors/countries.tsv": ["code", "iso2", "fips", "lat", "lon", "name", "aliases"],
    "actors/regions.tsv": ["code", "lat", "lon", "name", "aliases"],
    "actors/organizations.tsv": ["code", "name", "aliases"],
    "actors/persons.tsv": ["name", "aliases", "roles"],
    "places/cities.tsv": ["name", "country", "lat", "lon", "population", "capital", "aliases"],
    "places/provinces.tsv": ["name", "country", "lat", "lon", "population", "capital", "aliases"],
}
CODE = re.compile(r"^(?:[A-Z]{3})+$")
ROLE = re.compile(r"^([A-Z]{3}(?:[A-Z]{3})*) (\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$")
errors = []


def key(alias):
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if alias.isupper() and len(letters) <= 5:
        return alias
    return alias.casefold()


def rows(rel):
    with open(os.path.join(DATA, rel), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != len(SPEC[rel]):
                errors.append(f"{rel}:{n}: {len(fields)} fields, want {len(SPEC[rel])}")
                continue
            if any(not x.strip() for x in fields):
                errors.append(f"{rel}:{n}: empty field")
            yield n, dict(zip(SPEC[rel], fields))


def aliases_of(rel, n, r):
    out = [r["name"]] + r["aliases"].split("|")
    seen = set()
    for a in out:
        if not a.strip() or a != a.strip():
            errors.append(f"{rel}:{n}: empty or padded alias in {r['name']!r}")
        seen.add(a.casefold())
    return [a for a in out if a.strip()]


def floats(rel, n, r, *cols):
    for c in cols:
        try:
            v = float(r[c])
        except ValueError:
            errors.append(f"{rel}:{n}: {c}={r[c]!r} is not a number")
            continue
        lim = 90 if c == "lat" else 180
        if c in ("lat", "lon") and not -lim <= v <= lim:
            errors.append(f"{rel}:{n}: {c}={v} out of range")


def main():
    owners = defaultdict(set)  # alias key -> {(file, code/name)}
    counts = {}
    country_codes = set()
    for rel in SPEC:
        counts[rel] = 0
        for n, r in rows(rel):
            counts[rel] += 1
            if "code" in r and not CODE.match(r["code"]):
                errors.append(f"{rel}:{n}: bad code {r['code']!r}")
            if rel == "actors/countries.tsv":
                country_codes.add(r["code"])
                if not re.fullmatch(r"[A-Z]{2}", r["iso2"]) or not re.fullmatch(r"[A-Z]{2}", r["fips"]):
                    errors.append(f"{rel}:{n}: bad iso2/fips {r['iso2']!r} {r['fips']!r}")
            if "lat" in r:
                floats(rel, n, r, "lat", "lon")
            if rel in ("places/cities.tsv", "places/provinces.tsv"):
                if r["country"] not in country_codes:
                    errors.append(f"{rel}:{n}: unknown country {r['country']!r}")
                if not r["population"].isdigit():
                    errors.append(f"{rel}:{n}: population {r['population']!r}")
                if r["capital"] not in ("0", "1"):
                    errors.append(f"{rel}:{n}: capital {r['capital']!r}")
            if rel == "actors/persons.tsv":
                for role in r["roles"].split("|"):
                    m = ROLE.match(role)
                    if not m:
                        errors.append(f"{rel}:{n}: bad role {role!r}")
                    elif m.group(2) and m.group(3) and m.group(2) > m.group(3):
                        errors.append(f"{rel}:{n}: role ends before it starts {role!r}")
            ident = r.get("code", "") + ("/" + r["name"] if rel != "actors/countries.tsv" else "")
            if rel in ("places/cities.tsv", "places/provinces.tsv"):
                ident = r["country"] + "/" + r["name"]
            for a in aliases_of(rel, n, r):
                owners[key(a)].add((rel.split("/")[-1], ident, r.get("code") or r.get("country") or r["name"]))
    shared = []
    for k, own in sorted(owners.items()):
        actor_files = {o for o in own if o[0] not in ("cities.tsv", "provinces.tsv")}
        codes = {o[2] for o in own}
        if len(codes) > 1 and (len(actor_files) > 1 or len({o[0] for o in own}) > 1):
            shared.append((k, sorted(o[1] for o in own)))
    for rel, c in counts.items():
        print(f"{rel}: {c} rows")
    if shared:
        print(f"{len(shared)} aliases name more than one code (kabar must choose):")
        for k, o in shared:
            print(f"  {k!r}: {', '.join(o)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
