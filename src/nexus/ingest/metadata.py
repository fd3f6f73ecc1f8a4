"""Metadata that readers gather for a document: where it came from, who published it, when."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from urllib.parse import urlparse

from nexus.model.document import Document
from nexus.model.rejection import Rejection
from nexus.model.source import UNKNOWN_SOURCE, Source
from nexus.model.vocabulary import reliability_grades

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or a string starting YYYY-MM-DD; None when there is none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and (m := _ISO_DATE.match(value.strip())):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class DocumentMeta:
    """What is known about a document besides its text. `source` None means: name it after the URL's host."""

    origin: str
    source: Source | None = None
    url: str | None = None
    published: dt.date | None = None
    external_id: str | None = None

    def with_fields(
        self,
        *,
        source: object = None,
        reliability: object = None,
        url: object = None,
        published: dt.date | None = None,
        external_id: object = None,
    ) -> DocumentMeta:
        """This metadata with the document's own fields (front matter, JSON fields) taking precedence."""
        new = self
        if isinstance(source, str) and source.strip():
            grade = str(reliability).strip().upper() if reliability else "F"
            new = replace(new, source=Source(source.strip(), grade if grade in reliability_grades() else "F"))  # type: ignore[arg-type]
        if isinstance(url, str) and url.strip():
            new = replace(new, url=url.strip())
        if published:
            new = replace(new, published=published)
        if external_id is not None and str(external_id).strip():
            new = replace(new, external_id=str(external_id).strip())
        return new

    def resolved_source(self) -> Source:
        if self.source:
            return self.source
        host = urlparse(self.url).hostname if self.url else None
        return Source(host.removeprefix("www.")) if host else Source(UNKNOWN_SOURCE)

    def document(self, text: str, raw: bytes, media_type: str, *, title: str | None = None) -> Document | Rejection:
        if not text.strip():
            return Rejection(self.origin, "empty: there is no text to ingest", None, raw)
        return Document.create(
            text,
            source=self.resolved_source(),
            origin=self.origin,
            media_type=media_type,
            raw=raw,
            title=title,
            url=self.url,
            published=self.published,
            external_id=self.external_id,
        )
