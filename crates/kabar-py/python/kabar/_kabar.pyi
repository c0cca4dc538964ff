"""Type stubs for kabar's extension module (the Rust coder behind :mod:`kabar`)."""

import datetime
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

__version__: str

#: The flat event columns, in order (``kabar extract --output-format tsv``, Parquet).
COLUMNS: Tuple[str, ...]

_Date = Union[str, datetime.date, None]
_Id = Union[str, int, None]
#: An event: the DESIGN.md record (``event_id``, ``doc_id``, ``date``, ``source``,
#: ``target``, ``cameo``, ``root``, ``plover``, ``quad_class``, ``goldstein``,
#: ``location``, ``issues``, ``negated``, ``modality``, ``lang``, ``confidence``,
#: ``evidence``), as in ``kabar extract``'s JSON.
Event = Dict[str, Any]
#: A document: ``{"id", "text", "date"?, "lang"?, "title"?, "url"?}``.
Doc = Mapping[str, Any]

class Coder:
    """A coder over the built-in dictionaries plus, if given, a dictionary directory
    laid out like kabar's ``data/`` (as ``kabar extract --dict DIR``)."""

    def __init__(
        self,
        dict_dir: Union[str, os.PathLike[str], None] = None,
        *,
        keep_hypothetical: bool = False,
    ) -> None: ...
    @property
    def dict_dir(self) -> Optional[str]: ...
    def extract(
        self,
        text: str,
        lang: Optional[str] = None,
        date: _Date = None,
        id: _Id = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> List[Event]: ...
    def extract_batch(self, docs: Iterable[Doc], *, parallel: bool = True) -> List[List[Event]]: ...
    def extract_rows(self, docs: Iterable[Doc], *, parallel: bool = True) -> List[Dict[str, Any]]: ...
    def extract_columns(self, docs: Iterable[Doc], *, parallel: bool = True) -> Dict[str, List[Any]]: ...

def clean(html: str, url: Optional[str] = None) -> Dict[str, Optional[str]]:
    """Main content of an HTML page: ``title``, ``url``, ``date`` (``YYYY-MM-DD``),
    ``lang``, ``site``, ``text``."""

def default_coder_py() -> Coder: ...
