"""Plain text and Markdown documents; Markdown front matter gives title, date, URL and source."""

from __future__ import annotations

import re
from typing import Any

import yaml

from nexus.ingest.metadata import DocumentMeta, parse_date
from nexus.model.document import Document
from nexus.model.rejection import Rejection

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HEADING = re.compile(r"^#\s+(.+)$", re.M)


def read_text(text: str, raw: bytes, meta: DocumentMeta, media_type: str = "text/plain") -> Document | Rejection:
    """A text document; its title is its first line when that line is short."""
    first = text.strip().split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 200 and len(text.strip()) > len(first) else None
    return meta.document(text, raw, media_type, title=title)


def read_markdown(text: str, raw: bytes, meta: DocumentMeta) -> Document | Rejection:
    """A Markdown document; YAML front matter (title, date, url, source, reliability) is metadata, not text."""
    fields: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as e:
            return Rejection(meta.origin, f"front matter is not valid YAML ({str(e).splitlines()[0]})", None, raw)
        if isinstance(loaded, dict):
            fields = loaded
        text = text.replace("\r\n", "\n")[match.end() :]
    if not text.strip():
        return Rejection(meta.origin, "empty: there is no text after the front matter", None, raw)
    heading = _HEADING.search(text)
    meta = meta.with_fields(
        source=fields.get("source"),
        reliability=fields.get("reliability"),
        url=fields.get("url"),
        published=parse_date(fields.get("date")),
    )
    title = fields.get("title") or (heading.group(1).strip() if heading else None)
    return meta.document(text, raw, "text/markdown", title=str(title) if title else None)
