"""Shared fixtures: the repository, the `kabar` command line to compare with, the test articles."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = REPO / "samples" / "000_835c4cdb98e1286e.txt"


def find_kabar_bin():
    """`$KABAR_BIN`, else the newest of target/{release,debug}/kabar."""
    if os.environ.get("KABAR_BIN"):
        return Path(os.environ["KABAR_BIN"])
    built = [p for p in (REPO / "target" / "release" / "kabar", REPO / "target" / "debug" / "kabar") if p.exists()]
    return max(built, key=lambda p: p.stat().st_mtime) if built else None


@pytest.fixture(scope="session")
def kabar_bin():
    path = find_kabar_bin()
    if path is None or not path.exists():
        pytest.fail("no kabar binary to compare with: run `cargo build -p kabar` or set KABAR_BIN")
    return path


@pytest.fixture(scope="session")
def run_cli(kabar_bin):
    """Run `kabar extract --input-format jsonl --keep-duplicates ARGS` on JSON lines; stdout as text."""

    def run(docs, *args):
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        proc = subprocess.run(
            [str(kabar_bin), "extract", "--input-format", "jsonl", "--keep-duplicates", *args, "-"],
            input=lines.encode("utf-8"),
            capture_output=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        return proc.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def articles():
    """300 synthetic Indonesian and English articles (tests/fixtures/make_articles.py)."""
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")
