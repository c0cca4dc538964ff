"""kabar: political event data from Indonesian and English news.

The same coder as the ``kabar`` command line (Rust, through PyO3): each document
gives a list of events, each event the record of the project's DESIGN.md — source
and target actors with CAMEO codes, the CAMEO event code and root, PLOVER
category, QuadClass, Goldstein score, date, place, issues and the evidence
sentence with character offsets into the cleaned text.

    >>> import kabar
    >>> events = kabar.extract("Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo.", date="2023-02-01")
    >>> [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in events]  # doctest: +SKIP
    [('IDNGOV', '040', 'JPNGOV')]

A document in a batch is a dict ``{"id", "text", "date"?, "lang"?, "title"?, "url"?}``,
read exactly as ``kabar extract --input-format jsonl`` reads the same JSON line
(blank fields count as absent; ``date`` is a ``datetime.date`` or a string such as
``"2023-02-01"``; ``lang`` is ``"id"``, ``"en"`` or ``None``/``"auto"`` to detect it).
A document without an ``id`` is named by its position in the batch.

Batches release the GIL and code on all cores. Flat rows (:data:`COLUMNS`, the
columns of ``kabar extract --output-format tsv`` and of the Parquet export) come from
:func:`extract_rows` and :func:`extract_columns`; :mod:`kabar.spark` codes Spark
DataFrames. Bad input raises ``TypeError`` or ``ValueError`` naming the document
and field.
"""

from __future__ import annotations

import threading
from typing import Any, Dict, Iterable, List, Mapping, Optional, Union
import datetime as _dt

from ._kabar import COLUMNS, Coder, __version__, clean
from ._kabar import default_coder_py as _default_coder_py

__all__ = [
    "COLUMNS",
    "Coder",
    "__version__",
    "clean",
    "extract",
    "extract_batch",
    "extract_columns",
    "extract_rows",
]

_lock = threading.Lock()
_default: Optional[Coder] = None


def _coder() -> Coder:
    """The coder over the built-in dictionaries, built once per process."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = _default_coder_py()
    return _default


def extract(
    text: str,
    lang: Optional[str] = None,
    date: Union[str, _dt.date, None] = None,
    id: Union[str, int, None] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """Code one document with the built-in dictionaries; returns its events.

    ``lang`` is ``"id"``, ``"en"`` or ``None`` (detected); ``date`` is the
    publication date that anchors "kemarin" or "last week"; ``id`` becomes every
    event's ``doc_id`` (default ``"0"``); a ``title`` not already at the start of
    ``text`` is put before it.
    """
    return _coder().extract(text, lang=lang, date=date, id=id, title=title, url=url)


def extract_batch(docs: Iterable[Mapping[str, Any]], *, parallel: bool = True) -> List[List[Dict[str, Any]]]:
    """Code many documents on all cores (the GIL is released); one list of events per document, in order."""
    return _coder().extract_batch(docs, parallel=parallel)


def extract_rows(docs: Iterable[Mapping[str, Any]], *, parallel: bool = True) -> List[Dict[str, Any]]:
    """Code many documents; every event as one flat dict with the keys of :data:`COLUMNS`, in that order."""
    return _coder().extract_rows(docs, parallel=parallel)


def extract_columns(docs: Iterable[Mapping[str, Any]], *, parallel: bool = True) -> Dict[str, List[Any]]:
    """Code many documents; the events as one list per column of :data:`COLUMNS`.

    ``pandas.DataFrame(kabar.extract_columns(docs))`` is a DataFrame of events.
    """
    return _coder().extract_columns(docs, parallel=parallel)
