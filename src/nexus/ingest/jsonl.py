"""JSON-lines batches: one document a line with `id, date, title, url, text` (gzip allowed)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from nexus.ingest.decoding import decode
from nexus.ingest.metadata import DocumentMeta, parse_date
from nexus.model.document import Document
from nexus.model.rejection import RAW_KEPT, Rejection


def _open(path: Path) -> IO[bytes]:
    return cast(IO[bytes], gzip.open(path, "rb")) if path.name.endswith(".gz") else path.open("rb")


def count_lines(path: Path) -> int:
    """Non-blank lines, for a progress bar's total (0 when the file cannot be read)."""
    try:
        with _open(path) as f:
            return sum(1 for line in f if line.strip())
    except (OSError, EOFError, zlib.error):
        return 0


def read_jsonl(path: Path, meta: DocumentMeta, max_line_bytes: int) -> Iterator[Document | Rejection]:
    """Each line as a document or a rejection naming the line; a corrupt file stops with one rejection."""
    origin = meta.origin
    number = 0
    try:
        with _open(path) as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                if len(line) > max_line_bytes:
                    yield Rejection(
                        origin,
                        f"line is {len(line):,} bytes, over the {max_line_bytes:,}-byte limit",
                        number,
                        line[:RAW_KEPT],
                        len(line),
                    )
                    continue
                yield _record(line, number, meta)
    except (OSError, EOFError, zlib.error) as e:
        yield Rejection(origin, f"the file is unreadable after line {number} ({e})", number + 1)


def _record(line: bytes, number: int, meta: DocumentMeta) -> Document | Rejection:
    origin = meta.origin
    text = decode(line, origin, number)
    if isinstance(text, Rejection):
        return text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        return Rejection(origin, f"not JSON ({e.msg} at column {e.colno})", number, line)
    if not isinstance(record, dict):
        return Rejection(origin, f"not a JSON object but a {type(record).__name__}", number, line)
    body = record.get("text")
    if not isinstance(body, str):
        reason = "has no `text` field" if body is None else f"`text` is a {type(body).__name__}, not a string"
        return Rejection(origin, reason, number, line)
    if not body.strip():
        return Rejection(origin, "`text` is empty", number, line)
    title = record.get("title")
    line_meta = DocumentMeta(f"{origin}:{number}", meta.source).with_fields(
        url=record.get("url"),
        published=parse_date(record.get("date")),
        external_id=record.get("id"),
        source=record.get("source"),
        reliability=record.get("reliability"),
    )
    return line_meta.document(body, line, "application/jsonl", title=title if isinstance(title, str) else None)
