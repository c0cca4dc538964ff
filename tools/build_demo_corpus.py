#!/usr/bin/env python3
"""Build samples/demo/corpus.jsonl.gz, the corpus `kabar demo` serves.

It holds redistributable news only (sources and licenses in data/NOTICE):
- articles of the Scrapinghub article-extraction benchmark (MIT), dated
  November 2019, cleaned from their HTML by `kabar clean`: the 49 pages in
  which kabar codes at least one event with both actors (list below);
- the 162 PLOVER gold-standard sentences (CC BY-SA 4.0), which carry no real
  date, grouped six at a time into 27 sample "articles" dated one a day from
  1 November 2019 (titles say so);
- the reference article (samples/000_835c4cdb98e1286e.txt), dated 2023-02-01.

Usage: tools/build_demo_corpus.py KABAR_BINARY SHARED_DATA_DIR
  e.g. tools/build_demo_corpus.py target/release/kabar ../shared/data
"""

import datetime
import gzip
import json
import pathlib
import subprocess
import sys

BENCHMARK_PAGES = [
    "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
    "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85",
    "14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f",
    "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
    "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432",
    "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198",
    "360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469",
    "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
    "3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2",
    "42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc",
    "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca",
    "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e",
    "5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca",
    "5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b",
    "5fa3154ec031ab35411a457d78eb5aa92c0e803c5329bd05c001e6d64009e206",
    "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35",
    "6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85",
    "702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed",
    "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f",
    "7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9",
    "7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03",
    "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
    "7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8",
    "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574",
    "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730",
    "88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7",
    "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50",
    "921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f",
    "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b",
    "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31",
    "abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5",
    "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800",
    "b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147",
    "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7",
    "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23",
    "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
    "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c",
    "d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f",
    "d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d",
    "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756",
    "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
    "dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356",
    "e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090",
    "e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5",
    "e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358",
    "ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de",
    "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf",
    "f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db",
    "f5c90a6d5253c3a21ff3168c64bea4b5ffade7a1ba5bed952a59ebee0d648d98",
]

PLOVER_PER_ARTICLE = 6


def main() -> None:
    kabar, shared = sys.argv[1], pathlib.Path(sys.argv[2])
    root = pathlib.Path(__file__).resolve().parent.parent
    html = shared / "extraction-benchmark" / "html"
    files = [str(html / f"{p}.html.gz") for p in BENCHMARK_PAGES]
    cleaned = subprocess.run(
        [kabar, "clean", *files], check=True, capture_output=True, text=True
    ).stdout
    docs = []
    for line in cleaned.splitlines():
        d = json.loads(line)
        d.pop("duplicate_of", None)
        docs.append({k: v for k, v in d.items() if v is not None})
    gold = json.loads((shared / "plover" / "PLOVER_GSR_CAMEO.dev.json").read_text())
    start = datetime.date(2019, 11, 1)
    for n, i in enumerate(range(0, len(gold), PLOVER_PER_ARTICLE)):
        chunk = gold[i : i + PLOVER_PER_ARTICLE]
        title = f"PLOVER gold-standard sentences, set {n + 1}"
        text = title + "\n\n" + "\n\n".join(g["text"] for g in chunk)
        docs.append(
            {
                "id": f"plover-gsr-{n + 1:02d}",
                "title": title,
                "date": (start + datetime.timedelta(days=n)).isoformat(),
                "lang": "en",
                "text": text,
            }
        )
    seed = (root / "samples" / "000_835c4cdb98e1286e.txt").read_text()
    docs.append(
        {"id": "000_835c4cdb98e1286e", "date": "2023-02-01", "lang": "id", "text": seed}
    )
    out = root / "samples" / "demo" / "corpus.jsonl.gz"
    body = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(out, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as z:
        z.write(body.encode("utf-8"))
    print(f"{out}: {len(docs)} documents, {len(body)} characters")


if __name__ == "__main__":
    main()
