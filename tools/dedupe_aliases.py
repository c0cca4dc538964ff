#!/usr/bin/env python3
"""Remove repeated aliases from a converted dictionary file, keeping the LAST
entry that lists them (the one kabar's matcher uses: later entries of the same
kind override earlier ones). Rows whose name is taken by a later row are
dropped. Used on data/actors/phoenix.tsv (name aliases roles) and
data/issues.tsv (code aliases) after `kabar dict import-petrarch`, so that
`kabar dict check` reports no conflicts inherited from the source dictionaries.

    python3 tools/dedupe_aliases.py data/actors/phoenix.tsv names
    python3 tools/dedupe_aliases.py data/issues.tsv aliases
"""
import sys

def key(s):
    return " ".join(s.lower().replace("\u2019", "'").split())

def main(path, layout):
    lines = open(path, encoding="utf-8").read().split("\n")
    seen = set()
    out = []
    dropped = removed = 0
    for line in reversed(lines):
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        cols = line.split("\t")
        if layout == "names":  # name, aliases, roles
            name = cols[0]
            if key(name) in seen:
                dropped += 1
                continue
            aliases = [a for a in cols[1].split("|") if a.strip()] if len(cols) > 1 else []
            keep = [a for a in aliases if key(a) not in seen and key(a) != key(name)]
            removed += len(aliases) - len(keep)
            seen.add(key(name))
            seen.update(key(a) for a in keep)
            cols[1] = "|".join(keep) if keep else name
        else:  # code, aliases
            aliases = [a for a in cols[1].split("|") if a.strip()]
            keep = [a for a in aliases if key(a) not in seen]
            removed += len(aliases) - len(keep)
            if not keep:
                dropped += 1
                continue
            seen.update(key(a) for a in keep)
            cols[1] = "|".join(keep)
        out.append("\t".join(cols))
    out.reverse()
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(f"{path}: {dropped} rows dropped, {removed} repeated aliases removed")

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("names", "aliases"):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
