"""HTML pages: the main text (not menus, scripts or boilerplate), title, date and URL, via trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from nexus.ingest.metadata import DocumentMeta, parse_date
from nexus.model.document import Document
from nexus.model.rejection import Rejection

# trafilatura logs every page it finds thin at WARNING; our own rejection says what matters.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(text: str, raw: bytes, meta: DocumentMeta) -> Document | Rejection:
    """The article text of a page; script, style and navigation never reach the store."""
    body = trafilatura.extract(text, include_comments=False, include_tables=True, favor_recall=True)
    if not body or not body.strip():
        body = trafilatura.html2txt(text)  # short pages have no "main" part: take all visible text
    if not body or not body.strip():
        return Rejection(meta.origin, "no readable text in this HTML page", None, raw)
    found = trafilatura.extract_metadata(text)
    title = found.title if found and found.title else None
    meta = meta.with_fields(
        url=found.url if found else None,
        published=parse_date(found.date) if found else None,
    )
    return meta.document(body, raw, "text/html", title=title)
