"""Files and folders: each file to the reader for its kind, folders walked recursively."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nexus.ingest.decoding import binary_kind, decode
from nexus.ingest.html import read_html
from nexus.ingest.jsonl import count_lines, read_jsonl
from nexus.ingest.metadata import DocumentMeta
from nexus.ingest.pdf import read_pdf
from nexus.ingest.text import read_markdown, read_text
from nexus.model.document import Document
from nexus.model.rejection import RAW_KEPT, Rejection
from nexus.model.source import Source

TEXT = (".txt", ".text")
MARKDOWN = (".md", ".markdown")
HTML = (".html", ".htm", ".xhtml")
PDF = (".pdf",)
JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
SUPPORTED = TEXT + MARKDOWN + HTML + PDF + JSONL

DEFAULT_MAX_BYTES = 64 << 20
STORE_FILES = (".duckdb", ".duckdb.wal")  # a store inside a folder being ingested is not a document


@dataclass(frozen=True)
class ReadOptions:
    """`source` names the publisher of files that do not name one themselves."""

    source: Source | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(SUPPORTED, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named and files under folders named (sorted, hidden ones skipped); missing paths as given."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and not child.name.endswith(STORE_FILES):
                    yield child
        else:
            yield path


def estimate(paths: Iterable[Path]) -> int:
    """How many documents the paths hold, counting each JSONL line."""
    return sum(count_lines(p) if _suffix(p) in JSONL else 1 for p in expand(paths))


def read_paths(paths: Iterable[Path], options: ReadOptions | None = None) -> Iterator[Document | Rejection]:
    """Every document the paths hold, and a rejection for everything that cannot be read."""
    options = options or ReadOptions()
    for path in expand(paths):
        yield from read_file(path, options)


def read_file(path: Path, options: ReadOptions) -> Iterator[Document | Rejection]:
    origin = str(path)
    meta = DocumentMeta(origin, options.source)
    suffix = _suffix(path)
    if not path.exists():
        yield Rejection(origin, "no such file or directory")
        return
    if suffix not in SUPPORTED:
        yield Rejection(origin, f"unsupported file type {suffix or '(none)'}; Nexus reads {', '.join(SUPPORTED)}")
        return
    if suffix in JSONL:
        yield from read_jsonl(path, meta, options.max_bytes)
        return
    size = path.stat().st_size
    if size > options.max_bytes:
        with path.open("rb") as f:
            head = f.read(RAW_KEPT)
        yield Rejection(
            origin,
            f"file is {size / 2**20:,.0f} MiB, over the {options.max_bytes / 2**20:,.0f} MiB "
            "limit for one document; split it (or raise --max-bytes)",
            None,
            head,
            size,
        )
        return
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield Rejection(origin, f"cannot read the file ({e.strerror})")
        return
    yield _read_bytes(raw, suffix, meta)


def _read_bytes(raw: bytes, suffix: str, meta: DocumentMeta) -> Document | Rejection:
    if suffix in PDF:
        if binary_kind(raw) != "a PDF":
            return Rejection(meta.origin, "named .pdf but is not a PDF", None, raw)
        return read_pdf(raw, meta)
    text = decode(raw, meta.origin)
    if isinstance(text, Rejection):
        return text
    if suffix in HTML:
        return read_html(text, raw, meta)
    if suffix in MARKDOWN:
        return read_markdown(text, raw, meta)
    return read_text(text, raw, meta)
