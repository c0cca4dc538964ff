"""kabar.spark: code a Spark DataFrame of articles into a DataFrame of events.

::

    from pyspark.sql import SparkSession
    import kabar.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    articles = spark.read.json("articles.jsonl")          # columns id, text, date?, lang?, title?, url?
    events = kabar.spark.extract_events(articles)        # one row per event, columns kabar.COLUMNS
    kabar.spark.write_events(events, "events.parquet")   # Parquet, partitioned by date

Each Python worker process builds one :class:`kabar.Coder` on its first batch and
keeps it (a module-level cache keyed by the coder's settings), so dictionaries are
loaded once per executor process, not once per partition or row. Batches arrive
through ``mapInPandas`` as Arrow record batches
(``spark.sql.execution.arrow.maxRecordsPerBatch`` articles each) and are coded by
the Rust coder without the GIL. Spark already runs one worker per core, so by
default each worker codes its batch on one thread (``parallel=False``); pass
``parallel=True`` to use rayon's pool inside each worker as well.

The event columns and their Spark types are those of ``kabar export --format
parquet``: :data:`kabar.COLUMNS` in order, strings (nullable where the record's
field is optional), ``date`` DateType, ``quad_class`` int, ``goldstein`` and
``confidence`` float, ``lat``/``lon`` double, ``negated`` boolean, offsets long.
:func:`write_events` partitions by ``date`` (Spark then stores ``date`` in the
directory names and puts it last when reading back:
``spark.read.parquet(path).select(*kabar.COLUMNS)`` restores the order).

Requires ``pyspark`` (4.x), ``pandas`` (< 3) and ``pyarrow``: ``pip install 'kabar[spark]'``.
"""

from __future__ import annotations

import functools
import math
import threading
from typing import TYPE_CHECKING, Any, Dict, Iterator, Optional, Tuple

from . import COLUMNS, Coder

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["ARTICLE_COLUMNS", "event_schema", "code_batches", "extract_events", "write_events"]

#: Columns of an articles DataFrame that the coder reads (``text`` is required).
ARTICLE_COLUMNS: Tuple[str, ...] = ("id", "text", "date", "lang", "title", "url")

# Spark type of each column that is not a nullable string, and whether it may be null.
_TYPES: Dict[str, Tuple[str, bool]] = {
    "event_id": ("string", False),
    "doc_id": ("string", False),
    "date": ("date", True),
    "date_precision": ("string", False),
    "cameo": ("string", False),
    "root": ("string", False),
    "quad_class": ("int", False),
    "goldstein": ("float", False),
    "lat": ("double", True),
    "lon": ("double", True),
    "issues": ("string", False),
    "negated": ("boolean", False),
    "modality": ("string", False),
    "lang": ("string", False),
    "confidence": ("float", False),
    "trigger": ("string", False),
    "trigger_start": ("long", False),
    "trigger_end": ("long", False),
    "sentence_start": ("long", False),
    "sentence_end": ("long", False),
    "sentence": ("string", False),
}

# pandas dtypes that make Arrow build exactly the Spark types above.
_PANDAS_DTYPES = {
    "int": "int32",
    "float": "float32",
    "double": "float64",
    "boolean": "bool",
    "long": "int64",
}


def event_schema() -> "StructType":
    """The Spark schema of an events DataFrame: :data:`kabar.COLUMNS` in order."""
    from pyspark.sql import types as T

    spark_types = {
        "string": T.StringType(),
        "date": T.DateType(),
        "int": T.IntegerType(),
        "float": T.FloatType(),
        "double": T.DoubleType(),
        "boolean": T.BooleanType(),
        "long": T.LongType(),
    }
    fields = []
    for name in COLUMNS:
        kind, nullable = _TYPES.get(name, ("string", True))
        fields.append(T.StructField(name, spark_types[kind], nullable))
    return T.StructType(fields)


_coders: Dict[Tuple[Optional[str], bool], Coder] = {}
_coders_lock = threading.Lock()


def _coder(dict_dir: Optional[str], keep_hypothetical: bool) -> Coder:
    """This process's coder for these settings, built on first use."""
    key = (dict_dir, keep_hypothetical)
    coder = _coders.get(key)
    if coder is None:
        with _coders_lock:
            coder = _coders.get(key)
            if coder is None:
                coder = Coder(dict_dir, keep_hypothetical=keep_hypothetical)
                _coders[key] = coder
    return coder


def _present(v: Any) -> Any:
    """``None`` for pandas' missing values (NaN, NaT, NA), else the value."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    try:
        import pandas as pd

        if v is pd.NaT or v is pd.NA:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v


def code_batches(
    batches: Iterator["pandas.DataFrame"],
    dict_dir: Optional[str] = None,
    keep_hypothetical: bool = False,
    parallel: bool = False,
) -> Iterator["pandas.DataFrame"]:
    """Code pandas DataFrames of articles into pandas DataFrames of events.

    The function ``mapInPandas`` runs in each worker (also usable without Spark):
    each input frame has ``text`` and any of ``id``, ``date``, ``lang``, ``title``,
    ``url``; each output frame has :data:`kabar.COLUMNS` with the dtypes of
    :func:`event_schema`.
    """
    import pandas as pd

    coder = _coder(dict_dir, keep_hypothetical)
    for frame in batches:
        names = [c for c in ARTICLE_COLUMNS if c in frame.columns]
        docs = [
            {k: _present(v) for k, v in zip(names, row)}
            for row in frame[names].itertuples(index=False, name=None)
        ]
        columns = coder.extract_columns(docs, parallel=parallel)
        out = {}
        for name in COLUMNS:
            kind, _ = _TYPES.get(name, ("string", True))
            dtype = _PANDAS_DTYPES.get(kind, "object")
            out[name] = pd.Series(columns[name], dtype=dtype)
        yield pd.DataFrame(out, columns=list(COLUMNS))


def extract_events(
    articles: "DataFrame",
    dict_dir: Optional[str] = None,
    keep_hypothetical: bool = False,
    parallel: bool = False,
) -> "DataFrame":
    """Code a DataFrame of articles (``id``, ``text``, ``date``, ``lang``, and
    optionally ``title``, ``url``) into a DataFrame of events (:func:`event_schema`).

    ``date`` may be a DateType or a string column (``2023-02-01``); ``lang`` is
    ``id``, ``en`` or null (detected). ``dict_dir`` must be readable at the same
    path on every executor. Articles without ``id`` are named by their position in
    their batch, so give ids.
    """
    if "text" not in articles.columns:
        raise ValueError(f"the articles DataFrame has no 'text' column (columns: {articles.columns})")
    names = [c for c in ARTICLE_COLUMNS if c in articles.columns]
    casts = []
    for name in names:
        col = articles[name]
        # Ids may be numbers; dates strings or dates; everything else is text.
        casts.append(col.cast("string").alias(name) if name in ("id", "lang", "title", "url") else col)
    fn = functools.partial(
        code_batches,
        dict_dir=dict_dir,
        keep_hypothetical=keep_hypothetical,
        parallel=parallel,
    )
    return articles.select(*casts).mapInPandas(fn, schema=event_schema())


def write_events(events: "DataFrame", path: str, mode: str = "overwrite") -> None:
    """Write events as Parquet partitioned by ``date`` (``path/date=2023-02-01/…``)."""
    events.write.mode(mode).partitionBy("date").parquet(path)
