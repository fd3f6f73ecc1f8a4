"""Sanctions lists into the store: each entry a document, its facts statements whose source is the list."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from nexus.ingest.lists.entry import Authority, ListEntry, ListEntryReader, render
from nexus.ingest.lists.ftm import AUTHORITY as FTM
from nexus.ingest.lists.ftm import read_ftm
from nexus.ingest.lists.ofac import AUTHORITY as OFAC
from nexus.ingest.lists.ofac import read_ofac
from nexus.ingest.lists.ofac_advanced import read_ofac_advanced
from nexus.ingest.lists.un import AUTHORITY as UN
from nexus.ingest.lists.un import read_un
from nexus.ingest.pipeline import DEFAULT_BATCH, IngestReport, Progress, ingest
from nexus.model.document import Document
from nexus.model.errors import InvalidInput, Problem
from nexus.model.rejection import Rejection
from nexus.store.writer import StoreWriter

Reader = Callable[[Path], Iterator[ListEntry | Rejection]]
FORMATS: dict[str, tuple[Reader, Authority]] = {
    "ofac": (read_ofac, OFAC),
    "ofac-advanced": (read_ofac_advanced, OFAC),
    "un": (read_un, UN),
    "ftm": (read_ftm, FTM),
}

__all__ = ["FORMATS", "ListEntry", "detect_format", "import_list"]


def detect_format(path: Path) -> str:
    """The list format a file (or folder of OFAC CSVs) is in, from its name and first bytes."""
    if path.is_dir() or path.suffix.lower() == ".csv":
        return "ofac"
    suffix = path.suffix.lower()
    if suffix == ".xml":
        with path.open("rb") as f:
            head = f.read(4096)
        if b"CONSOLIDATED_LIST" in head:
            return "un"
        if b"<Sanctions" in head or b":Sanctions" in head:
            return "ofac-advanced"
        if b"<sdnList" in head:
            raise InvalidInput([Problem(str(path), "OFAC's sdn.xml is not read; use sdn_advanced.xml or the CSVs")])
    if suffix in (".json", ".jsonl", ".ndjson", ".ftm"):
        return "ftm"
    raise InvalidInput([Problem(str(path), f"unknown list format; say --format {', '.join(FORMATS)}")])


def import_list(
    path: Path,
    writer: StoreWriter,
    *,
    format: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
) -> IngestReport:
    """Store every entry of the list at `path`; rows that cannot be read are kept in `rejected`."""
    if not path.exists():
        raise InvalidInput([Problem(str(path), "no such file or folder")])
    fmt = format or detect_format(path)
    if fmt not in FORMATS:
        raise InvalidInput([Problem(str(path), f"unknown list format {fmt!r}; one of {', '.join(FORMATS)}")])
    read, authority = FORMATS[fmt]
    return ingest(
        _documents(read(path), authority), writer, ListEntryReader(), batch_size=batch_size, progress=progress
    )


def _documents(items: Iterable[ListEntry | Rejection], authority: Authority) -> Iterator[Document | Rejection]:
    for item in items:
        yield item if isinstance(item, Rejection) else render(item, authority)
